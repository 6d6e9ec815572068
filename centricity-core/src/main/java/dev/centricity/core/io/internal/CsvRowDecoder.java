package dev.centricity.core.io.internal;

import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.cohort.internal.PointRows;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a cohort file's records into answers by trait position, with what each column was matched
 * to: from a record's fields ({@link #read(CsvParser.Record, int[])}), or straight from a chunk's
 * UTF-8 bytes ({@link #decode}), which resolves each distinct cell's bytes once per column and
 * makes no string for them. Both give the same members and the same errors for the same records:
 * the bytes are read only while a record is of the common kind (no quote inside a field, no line
 * break inside quotes, the header's number of fields, every cell an answer), and any other record
 * is read as fields.
 *
 * <p>Not thread-safe: one per thread.
 */
final class CsvRowDecoder {

  private static final int IGNORED = CsvHeader.IGNORED;
  private static final int RESPONDENT = CsvHeader.RESPONDENT;
  private static final int GROUP = CsvHeader.GROUP;

  /** The most distinct group names whose strings are kept. */
  private static final int MAX_GROUP_NAMES = 4096;

  private final int[] role;
  private final String[] traitIds;
  private final List<String> columns;
  private final int respondentColumn;
  private final ColumnCells[] cells;
  private final ByteTable[] cellBytes;
  private final int[][] oneByte;
  private final ByteTable groupBytes = new ByteTable(MAX_GROUP_NAMES);
  private final List<Optional<String>> groupNames = new ArrayList<>();

  /** The respondent and group of the record last read. */
  Optional<String> rowRespondent = Optional.empty();

  Optional<String> rowGroup = Optional.empty();

  CsvRowDecoder(CsvHeader header, Vocabulary vocabulary) {
    this.role = header.role;
    this.traitIds = header.traitIds;
    this.columns = header.columns;
    this.cells = new ColumnCells[role.length];
    this.cellBytes = new ByteTable[role.length];
    this.oneByte = new int[role.length][];
    int r = -1;
    for (int i = 0; i < role.length; i++) {
      if (role[i] == RESPONDENT) {
        r = i;
      } else if (role[i] >= 0) {
        cells[i] =
            new ColumnCells(
                vocabulary.labels[role[i]], vocabulary.missing, header.traitPoints[role[i]]);
        cellBytes[i] = new ByteTable(ColumnCells.CACHE_LIMIT);
        oneByte[i] = new int[128];
      }
    }
    this.respondentColumn = r;
  }

  /**
   * Reads a record into {@code codes} by trait position (a point, 0 for blank, {@link
   * ColumnCells#NOT_APPLICABLE}) and its respondent and group into {@link #rowRespondent} and
   * {@link #rowGroup}; returns the error when the record is not a member.
   */
  RowError read(CsvParser.Record record, int[] codes) {
    List<String> fields = record.fields();
    Optional<String> respondent =
        respondentColumn >= 0 && respondentColumn < fields.size()
            ? nonEmpty(fields.get(respondentColumn))
            : Optional.empty();
    if (record.problem() != null) {
      return RowError.of(
          record.line(),
          respondent,
          Optional.empty(),
          "malformed CSV: " + record.problem(),
          List.of(
              RowProblem.of(
                  RowProblem.Code.MALFORMED_RECORD,
                  Optional.empty(),
                  List.of(Integer.toString(record.problemField())))));
    }
    if (fields.size() != role.length) {
      return RowError.of(
          record.line(),
          respondent,
          Optional.empty(),
          String.format(
              Locale.ROOT,
              "the row has %d %s but the header has %d",
              fields.size(),
              fields.size() == 1 ? "field" : "fields",
              role.length),
          List.of(
              RowProblem.of(
                  RowProblem.Code.FIELD_COUNT,
                  Optional.empty(),
                  List.of(Integer.toString(fields.size()), Integer.toString(role.length)))));
    }
    Arrays.fill(codes, 0);
    Optional<String> group = Optional.empty();
    List<String> problems = null;
    List<RowProblem> coded = null;
    String firstColumn = null;
    for (int i = 0; i < role.length; i++) {
      int r = role[i];
      if (r == GROUP) {
        group = nonEmpty(fields.get(i));
      } else if (r >= 0) {
        String cell = fields.get(i);
        int code = cells[i].code(cell);
        if (code != ColumnCells.BAD) {
          codes[r] = code;
        } else {
          if (problems == null) {
            problems = new ArrayList<>();
            coded = new ArrayList<>();
            firstColumn = traitIds[r];
          }
          problems.add(
              String.format(
                  Locale.ROOT, "column '%s': %s", columns.get(i), cells[i].problem(cell)));
          coded.add(cells[i].rowProblem(columns.get(i), cell));
        }
      }
    }
    if (problems != null) {
      return RowError.of(
          record.line(),
          respondent,
          Optional.of(firstColumn),
          String.join("; ", problems),
          List.copyOf(coded));
    }
    rowRespondent = respondent;
    rowGroup = group;
    return null;
  }

  /**
   * Reads a record and hands it on as a member (points by trait position, in {@code points}) or an
   * error.
   */
  void handOn(CsvParser.Record record, int[] codes, int[] points, PointRows.Sink sink) {
    RowError error = read(record, codes);
    if (error != null) {
      sink.error(error);
      return;
    }
    for (int t = 0; t < codes.length; t++) {
      points[t] = Math.max(codes[t], 0);
    }
    sink.member(record.line(), rowRespondent, rowGroup, points);
  }

  /**
   * Reads every record left in a chunk, in order, handing each on as a member (points by trait
   * position) or an error.
   *
   * @param records the chunk, from its current position
   * @param sink what receives the rows
   * @throws dev.centricity.core.CohortFormatException if the chunk breaks the file's rules beyond a
   *     row (see {@link CsvParser})
   */
  void decode(ChunkRecords records, PointRows.Sink sink) {
    int[] codes = new int[traitIds.length];
    int[] points = new int[traitIds.length];
    byte[] b = records.bytes;
    int to = records.to;
    while (true) {
      while (records.position < to
          && (b[records.position] == '\n' || b[records.position] == '\r')) {
        records.endOfLine();
      }
      if (records.position >= to) {
        return;
      }
      long line = records.line;
      if (!fastRow(records, codes)) {
        handOn(records.next(), codes, points, sink);
        continue;
      }
      for (int t = 0; t < codes.length; t++) {
        points[t] = Math.max(codes[t], 0);
      }
      sink.member(line, rowRespondent, rowGroup, points);
    }
  }

  /**
   * Reads the record at the chunk's position straight from its bytes when it is of the common kind,
   * and moves past it; returns false, having moved nowhere, for any other record.
   */
  private boolean fastRow(ChunkRecords records, int[] codes) {
    byte[] b = records.bytes;
    int to = records.to;
    byte sep = (byte) records.separator;
    long seps = ByteArrays.pattern(sep);
    int start = records.position;
    int p = start;
    int n = role.length;
    int column = 0;
    int respondentFrom = -1;
    int respondentTo = -1;
    Optional<String> group = Optional.empty();
    while (true) {
      int from;
      int end;
      if (p < to && b[p] == '"') {
        from = p + 1;
        int q = from;
        while (q < to) {
          byte c = b[q];
          if (c == '"' || c == '\n' || c == '\r') {
            break;
          }
          q++;
        }
        if (q >= to || b[q] != '"') {
          return false;
        }
        end = q;
        p = q + 1;
        if (p < to && b[p] != sep && b[p] != '\n' && b[p] != '\r') {
          return false; // a doubled quote, or text after the closing quote
        }
      } else {
        from = p;
        p = fieldEnd(b, p, to, seps);
        if (p < to && b[p] == '"') {
          return false;
        }
        end = p;
      }
      if (column == n || end - from > CsvParser.MAX_FIELD_CHARS) {
        return false;
      }
      int r = role[column];
      if (r >= 0) {
        int code = code(column, b, from, end);
        if (code == ColumnCells.BAD) {
          return false;
        }
        codes[r] = code;
      } else if (r == GROUP) {
        group = group(b, from, end);
      } else if (r == RESPONDENT) {
        respondentFrom = from;
        respondentTo = end;
      }
      column++;
      if (p < to && b[p] == sep) {
        p++;
        continue;
      }
      break;
    }
    if (column != n || p - start > records.maxRecordChars) {
      return false;
    }
    long line = records.line;
    if (p < to) {
      p += b[p] == '\r' && p + 1 < to && b[p + 1] == '\n' ? 2 : 1;
      line++;
    }
    records.checkDecodable(records.extent(p));
    records.position = p;
    records.line = line;
    rowRespondent =
        respondentFrom < 0
            ? Optional.empty()
            : nonEmpty(
                new String(
                    b, respondentFrom, respondentTo - respondentFrom, StandardCharsets.UTF_8));
    rowGroup = group;
    return true;
  }

  private static final long QUOTES = ByteArrays.pattern('"');
  private static final long LFS = ByteArrays.pattern('\n');
  private static final long CRS = ByteArrays.pattern('\r');

  /**
   * The index of the first separator, quote or line end in {@code b[p, to)}, or {@code to}; eight
   * bytes at a time.
   */
  private static int fieldEnd(byte[] b, int p, int to, long seps) {
    while (p + 8 <= to) {
      long word = ByteArrays.longAt(b, p);
      long found =
          ByteArrays.matches(word, seps)
              | ByteArrays.matches(word, QUOTES)
              | ByteArrays.matches(word, LFS)
              | ByteArrays.matches(word, CRS);
      if (found != 0) {
        return p + (Long.numberOfTrailingZeros(found) >>> 3);
      }
      p += 8;
    }
    byte sep = (byte) seps;
    while (p < to) {
      byte c = b[p];
      if (c == sep || c == '"' || c == '\n' || c == '\r') {
        return p;
      }
      p++;
    }
    return p;
  }

  /** The answer the cell {@code b[from, end)} of a trait column holds, resolved once per text. */
  private int code(int column, byte[] b, int from, int end) {
    if (end - from == 1 && b[from] >= 0) {
      int[] known = oneByte[column];
      int k = known[b[from]];
      if (k != 0) {
        return k == ColumnCells.BAD ? ColumnCells.BAD : k - 2;
      }
      int code = cells[column].code(String.valueOf((char) b[from]));
      known[b[from]] = code == ColumnCells.BAD ? ColumnCells.BAD : code + 2;
      return code;
    }
    ByteTable table = cellBytes[column];
    int code = table.get(b, from, end);
    if (code != ByteTable.ABSENT) {
      return code;
    }
    code = cells[column].code(new String(b, from, end - from, StandardCharsets.UTF_8));
    table.put(b, from, end, code);
    return code;
  }

  /** The group the cell {@code b[from, end)} names, its string made once per name. */
  private Optional<String> group(byte[] b, int from, int end) {
    int index = groupBytes.get(b, from, end);
    if (index != ByteTable.ABSENT) {
      return groupNames.get(index);
    }
    Optional<String> name = nonEmpty(new String(b, from, end - from, StandardCharsets.UTF_8));
    if (groupNames.size() < MAX_GROUP_NAMES) {
      groupBytes.put(b, from, end, groupNames.size());
      groupNames.add(name);
    }
    return name;
  }

  static Optional<String> nonEmpty(String cell) {
    String s = cell.strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
