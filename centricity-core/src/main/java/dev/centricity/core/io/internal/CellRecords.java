package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Rows already split into cells, such as a workbook's sheet, as records: row k (from 1) is line k,
 * a null cell is empty, a row of only empty cells is skipped as a blank line is in CSV, and a row
 * shorter than the header is filled up with empty cells (a sheet leaves them out). A cell holds at
 * most as many characters as a CSV field. Not thread-safe.
 */
final class CellRecords implements RecordSource {

  private final Iterator<List<String>> rows;
  private final String source;
  private long line;
  private int width = -1;

  CellRecords(Iterator<List<String>> rows, String source) {
    this.rows = rows;
    this.source = source;
  }

  @Override
  public CsvParser.Record next() {
    while (rows.hasNext()) {
      List<String> row = rows.next();
      line++;
      if (row == null) {
        continue;
      }
      if (row.size() > CsvParser.MAX_FIELDS * 10) {
        throw new CohortFormatException(
            source,
            line,
            0,
            "",
            String.format(
                Locale.ROOT, "row %d has more than %,d cells", line, CsvParser.MAX_FIELDS * 10),
            null);
      }
      List<String> cells = new ArrayList<>(row.size());
      boolean blank = true;
      for (String cell : row) {
        String c = cell == null ? "" : cell;
        if (c.length() > CsvParser.MAX_FIELD_CHARS) {
          throw new CohortFormatException(
              source,
              line,
              cells.size() + 1,
              "",
              String.format(
                  Locale.ROOT,
                  "a cell of row %d is longer than the limit of %d characters",
                  line,
                  CsvParser.MAX_FIELD_CHARS),
              null);
        }
        blank &= c.isBlank();
        cells.add(c);
      }
      if (blank) {
        continue;
      }
      // A sheet leaves out empty cells at the end of a row: the header's width is the row's.
      if (width < 0) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
          cells.remove(cells.size() - 1);
        }
        width = cells.size();
      } else {
        while (cells.size() > width && cells.get(cells.size() - 1).isBlank()) {
          cells.remove(cells.size() - 1);
        }
        while (cells.size() < width) {
          cells.add("");
        }
      }
      return new CsvParser.Record(line, Collections.unmodifiableList(cells), null, 0);
    }
    return null;
  }

  @Override
  public char separator() {
    return 0;
  }

  @Override
  public String charsetName() {
    return null;
  }

  @Override
  public void close() {
    if (rows instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        throw new CohortFormatException(source, 0, 0, "", "cannot close: " + e.getMessage(), e);
      }
    }
  }
}
