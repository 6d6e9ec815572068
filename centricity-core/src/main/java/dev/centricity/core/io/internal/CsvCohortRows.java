package dev.centricity.core.io.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.cohort.internal.PointRows;
import dev.centricity.core.io.CohortColumns;
import dev.centricity.core.io.CohortMapping;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.text.RubricTexts;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The rows of a CSV cohort file (see {@link CohortReader} for the format): the header resolved once
 * into what each column is, then one {@link CohortRow} per record, read as iterated.
 *
 * <p>Not thread-safe.
 */
public final class CsvCohortRows implements CohortRows, PointRows {

  private static final int IGNORED = CsvHeader.IGNORED;
  private static final int RESPONDENT = CsvHeader.RESPONDENT;
  private static final int GROUP = CsvHeader.GROUP;

  private final RecordSource parser;
  private final java.util.ArrayDeque<CsvParser.Record> ahead;
  private final ColumnCells[] cells;
  private final CohortColumns found;
  private final CohortFormatException failure;
  private final String source;
  private final List<String> columns;
  private final List<CohortWarning> warnings;
  private final String rubricReference;

  /** Per column: the trait position in {@code traitIds}, or IGNORED, RESPONDENT or GROUP. */
  private final int[] role;

  private final String[] traitIds;
  private final int[] traitPoints;
  private final int respondentColumn;
  private boolean iterated;

  private CsvCohortRows(
      RecordSource parser, String source, CsvHeader header, Vocabulary vocabulary, String ref) {
    this.parser = parser;
    this.ahead = new java.util.ArrayDeque<>(header.ahead);
    this.source = source;
    this.columns = header.columns;
    this.warnings = header.warnings;
    this.rubricReference = ref;
    this.role = header.role;
    this.traitIds = header.traitIds;
    this.traitPoints = header.traitPoints;
    this.found = header.found;
    this.failure = header.failure;
    this.cells = new ColumnCells[role.length];
    int r = -1;
    for (int i = 0; i < role.length; i++) {
      if (role[i] == RESPONDENT) {
        r = i;
      } else if (role[i] >= 0) {
        cells[i] =
            new ColumnCells(vocabulary.labels[role[i]], vocabulary.missing, traitPoints[role[i]]);
      }
    }
    this.respondentColumn = r;
  }

  /**
   * Reads the header and checks it against the rubric, with the reader's defaults.
   *
   * @param in the characters; closed on failure
   * @param source a name for messages
   * @param rubric the rubric
   * @param policy unused: columns that match no trait are metadata whatever the policy
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(Reader in, String source, Rubric rubric, ScoringPolicy policy) {
    return open(
        in,
        source,
        new ReaderSettings(
            rubric,
            RubricTexts.of(rubric),
            CohortMapping.builder().build(),
            CohortReader.GROUP_COLUMN,
            false,
            CohortReader.RESPONDENT_COLUMN,
            false,
            0,
            false),
        ',',
        "UTF-8");
  }

  /**
   * Opens CSV rows.
   *
   * @param in the characters
   * @param source a name for messages
   * @param settings what the reader was told
   * @param separator the separator, or 0 to detect it from the header and the first records
   * @param charsetName the charset the characters were decoded from, named in messages
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(
      Reader in, String source, ReaderSettings settings, char separator, String charsetName) {
    return open(new CsvParser(in, source, separator, charsetName), source, settings);
  }

  /**
   * Opens rows already split into cells, the first being the header.
   *
   * @param rows the rows; a null cell is empty
   * @param source a name for messages
   * @param settings what the reader was told
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(
      java.util.Iterator<List<String>> rows, String source, ReaderSettings settings) {
    return open(new CellRecords(rows, source), source, settings);
  }

  private static CsvCohortRows open(RecordSource records, String source, ReaderSettings settings) {
    try {
      Vocabulary vocabulary =
          new Vocabulary(settings.rubric(), settings.texts(), settings.mapping());
      if (records instanceof CsvParser p) {
        // a rubric of many traits needs as many columns, and some metadata besides
        p.allowFields(2 * vocabulary.compiled.traitCount);
      }
      CsvHeader header = CsvHeader.read(records, source, settings, vocabulary);
      return new CsvCohortRows(records, source, header, vocabulary, settings.rubric().reference());
    } catch (RuntimeException e) {
      try {
        records.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** What each column was matched to, the header rows, separator and charset. */
  public CohortColumns found() {
    return found;
  }

  /** The next record: those read ahead with the header first. */
  private CsvParser.Record nextRecord() {
    CsvParser.Record r = ahead.poll();
    if (r != null) {
      return r;
    }
    if (failure != null) {
      throw failure;
    }
    return parser.next();
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public List<CohortWarning> warnings() {
    return warnings;
  }

  private void startIteration() {
    if (iterated) {
      throw new IllegalStateException("the rows of " + source + " can be iterated only once");
    }
    iterated = true;
  }

  @Override
  public Iterator<CohortRow> iterator() {
    startIteration();
    return new Iterator<>() {
      private CsvParser.Record pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (pending == null && !done) {
          pending = nextRecord();
          done = pending == null;
        }
        return pending != null;
      }

      @Override
      public CohortRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more rows in " + source);
        }
        CsvParser.Record record = pending;
        pending = null;
        return toRow(record);
      }
    };
  }

  @Override
  public void close() {
    parser.close();
  }

  /** The rubric's trait ids in the order of the points {@link #stream(Sink)} hands on. */
  @Override
  public List<String> traitIds() {
    return List.of(traitIds);
  }

  /**
   * Reads every remaining record, handing each on as points by trait position rather than as a
   * {@link Response}: the fast path of a cohort analysis. The same records become the same members
   * and errors as by {@link #iterator()}; the rows can be read only once either way.
   *
   * @param sink what receives the records
   * @throws CohortFormatException if the file cannot be read further
   */
  @Override
  public void stream(Sink sink) {
    startIteration();
    int[] codes = new int[traitIds.length];
    int[] points = new int[traitIds.length];
    for (CsvParser.Record record = nextRecord(); record != null; record = nextRecord()) {
      RowError error = read(record, codes);
      if (error != null) {
        sink.error(error);
        continue;
      }
      for (int t = 0; t < codes.length; t++) {
        points[t] = Math.max(codes[t], 0);
      }
      sink.member(record.line(), rowRespondent, rowGroup, points);
    }
  }

  /** The n/a answer in {@code codes}. */
  private static final int NOT_APPLICABLE = -1;

  /** The respondent and group of the record last {@link #read}. */
  private Optional<String> rowRespondent = Optional.empty();

  private Optional<String> rowGroup = Optional.empty();

  /**
   * Reads a record into {@code codes} by trait position (a point, 0 for blank, NOT_APPLICABLE) and
   * its respondent and group into {@code rowRespondent} and {@code rowGroup}; returns the error
   * when the record is not a member.
   */
  private RowError read(CsvParser.Record record, int[] codes) {
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
    java.util.Arrays.fill(codes, 0);
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

  private CohortRow toRow(CsvParser.Record record) {
    int[] codes = new int[traitIds.length];
    RowError error = read(record, codes);
    if (error != null) {
      return CohortRow.of(error);
    }
    // the answers in the order of the columns, as the file gives them
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int r : role) {
      if (r >= 0) {
        int c = codes[r];
        answers.put(
            traitIds[r],
            c > 0 ? Answer.of(c) : c == NOT_APPLICABLE ? Answer.notApplicable() : Answer.blank());
      }
    }
    Response response = Response.builder().respondent(rowRespondent).answers(answers).build();
    return CohortRow.of(
        record.line(),
        rowGroup.map(g -> CohortMember.of(response, g)).orElseGet(() -> CohortMember.of(response)));
  }

  private static Optional<String> nonEmpty(String cell) {
    String s = cell.strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  @Override
  public String toString() {
    return "CohortRows[" + source + " for " + rubricReference + "]";
  }
}
