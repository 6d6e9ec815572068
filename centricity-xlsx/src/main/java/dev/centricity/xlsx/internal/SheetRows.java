package dev.centricity.xlsx.internal;

import dev.centricity.core.CohortFormatException;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of a workbook's first sheet as lists of cell texts, the first non-blank row being the
 * header, read one at a time from the file.
 *
 * <p>A sheet stores only the cells that hold something, so a row ends at its last filled cell: a
 * row is padded with empty cells to the header's width, and empty cells beyond the header's width
 * are dropped (a filled one is kept, for the reader to report the row as too long). A row the sheet
 * leaves out, or one with no filled cell, is given as a row of no cells, which the reader skips as
 * it skips a blank line: so the k-th row given is sheet row k, and the reader's line numbers are
 * the sheet's row numbers. A number is its shortest decimal ({@code 4}, not {@code 4.0}); a date or
 * time is the number the sheet stores; a formula is its last computed value; a boolean is {@code
 * TRUE} or {@code FALSE}.
 */
public final class SheetRows implements Iterator<List<String>>, Closeable {

  private final String source;
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private int width = -1;
  private int lastRowNumber;
  private Row pending;
  private boolean closed;
  private List<String> next;

  private SheetRows(String source, ReadableWorkbook workbook, Stream<Row> stream) {
    this.source = source;
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
  }

  /**
   * Opens a workbook's first sheet.
   *
   * @param file the workbook
   * @param source the name for messages
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the file is not a workbook that can be read
   */
  public static SheetRows open(File file, String source) {
    ReadableWorkbook workbook = null;
    try {
      workbook = new ReadableWorkbook(file);
      return new SheetRows(source, workbook, workbook.getFirstSheet().openStream());
    } catch (IOException | ExcelReaderException | IllegalStateException e) {
      closeQuietly(workbook);
      throw new CohortFormatException(
          source, 0, 0, "", "cannot read the file as an .xlsx workbook: " + reason(e), e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    if (pending == null) {
      try {
        if (!rows.hasNext()) {
          return false;
        }
        pending = rows.next();
      } catch (ExcelReaderException | UncheckedIOException e) {
        throw new CohortFormatException(
            source, lastRowNumber + 1, 0, "", "cannot read the sheet: " + reason(e), e);
      }
    }
    if (pending.getRowNum() > lastRowNumber + 1) {
      next = List.of(); // a row the sheet leaves out
    } else {
      List<String> cells = cells(pending);
      next = cells == null ? List.of() : cells;
      pending = null;
    }
    return true;
  }

  @Override
  public List<String> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows in " + source);
    }
    List<String> row = next;
    next = null;
    lastRowNumber++;
    return row;
  }

  /** The row's cell texts, or null for a row with no filled cell. */
  private List<String> cells(Row row) {
    int count = row.getCellCount();
    int last = -1;
    List<String> texts = new ArrayList<>(Math.max(count, Math.max(width, 0)));
    for (int i = 0; i < count; i++) {
      String text = text(row.getCell(i));
      texts.add(text);
      if (!text.isBlank()) {
        last = i;
      }
    }
    if (last < 0) {
      return null;
    }
    if (width < 0) {
      width = last + 1;
    }
    int keep = Math.max(width, last + 1);
    while (texts.size() > keep) {
      texts.remove(texts.size() - 1);
    }
    while (texts.size() < keep) {
      texts.add("");
    }
    return texts;
  }

  private static String text(Cell cell) {
    if (cell == null || cell.getType() == CellType.EMPTY) {
      return "";
    }
    String raw = cell.getRawValue();
    if (raw == null) {
      return "";
    }
    switch (cell.getType()) {
      case NUMBER:
        return number(raw);
      case BOOLEAN:
        return "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "TRUE" : "FALSE";
      case FORMULA:
        return raw;
      default:
        String text = cell.getText();
        return text == null ? raw : text;
    }
  }

  private static String number(String raw) {
    try {
      BigDecimal n = new BigDecimal(raw.strip()).stripTrailingZeros();
      return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    } catch (NumberFormatException e) {
      return raw;
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stream.close();
    closeQuietly(workbook);
  }

  private static void closeQuietly(ReadableWorkbook workbook) {
    if (workbook == null) {
      return;
    }
    try {
      workbook.close();
    } catch (IOException ignored) {
      // nothing was written; the rows already read stand
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "the file is damaged or not a workbook" : m;
  }
}
