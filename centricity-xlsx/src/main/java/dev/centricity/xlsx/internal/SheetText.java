package dev.centricity.xlsx.internal;

import java.io.Reader;
import java.util.List;

/**
 * A sheet's rows as RFC 4180 text, produced a record at a time as it is read, so that core's CSV
 * reader reads a workbook with its own rules while the sheet streams. Each record starts on the
 * text line of its sheet row number: a row the sheet skips (one with no filled cell) is a blank
 * line, which the CSV reader skips too, so that the line of a row is its number in the sheet.
 */
public final class SheetText extends Reader {

  private final SheetRows rows;
  private final StringBuilder pending = new StringBuilder();
  private int at;
  private int line = 1;

  /**
   * The text of a sheet's rows.
   *
   * @param rows the rows
   */
  public SheetText(SheetRows rows) {
    this.rows = rows;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (at >= pending.length()) {
      pending.setLength(0);
      at = 0;
      if (!rows.hasNext()) {
        return -1;
      }
      List<String> cells = rows.next();
      while (line < rows.rowNumber()) {
        pending.append('\n');
        line++;
      }
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          pending.append(',');
        }
        String cell = cells.get(i);
        pending.append('"').append(cell.replace("\"", "\"\"")).append('"');
        line += count(cell);
      }
      pending.append('\n');
      line++;
    }
    int n = Math.min(length, pending.length() - at);
    pending.getChars(at, at + n, buffer, offset);
    at += n;
    return n;
  }

  /** The line ends a cell holds, which move the next record's line as they would in a file. */
  private static int count(String cell) {
    int n = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  @Override
  public void close() {
    rows.close();
  }
}
