package dev.centricity.core.io;

import static dev.centricity.core.io.FuzzWorker.isUtf8;

import dev.centricity.core.CentricityException;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CsvReference.Expectation;
import dev.centricity.core.io.CsvReference.ExpectedRow;
import dev.centricity.core.io.FuzzProperties.NamedPolicy;
import dev.centricity.core.io.FuzzProperties.Observation;
import dev.centricity.core.io.internal.JsonSupport;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;
import net.jqwik.api.statistics.StatisticsCoverage;
import tools.jackson.databind.JsonNode;

/**
 * Fuzzes the cohort reader and analysis to prove the guarantees of {@code docs/robustness.md} for
 * CSV files: <b>every file either fails with a {@link CentricityException} subtype, or gives
 * exactly one row — a member or a {@link RowError} — for every record after its header, and its
 * analysis has no NaN or infinite figure; never another exception type, never a hang.</b>
 *
 * <p>Each try takes a valid seed file ({@link CohortFuzzSeeds}) and applies jqwik-generated {@link
 * CsvMutations} to its records and then to its bytes ({@link CohortFuzzCase}). The file is read
 * with a {@link CohortReader} for a {@link Scorer} of the seed's rubric under one of the policies
 * of {@link FuzzProperties#POLICIES}, taking groups from the column {@code group} or {@code team}:
 *
 * <ol>
 *   <li>from the text with {@link CohortReader#fromString}, collecting every row. Opening may fail
 *       for the header or the file with a {@link CentricityException}; iterating may stop with one
 *       (an unclosed quote, a field or record beyond the limits); nothing else may be thrown. The
 *       rows' lines must rise, every one past the header, and there may be no more rows than
 *       non-empty lines after the first;
 *   <li>when the bytes are not ASCII, so that decoding them matters, from the bytes with {@link
 *       CohortReader#open(java.io.InputStream, String)}: UTF-8 must give the same columns,
 *       warnings, rows and failure as the text; anything else must fail with a {@link
 *       CohortFormatException} after a prefix of the text's rows;
 *   <li>from the bytes again, streamed straight into {@link CohortAnalysis#analyse(CohortRows)},
 *       which must give a report, with the header's warnings first, when the bytes are UTF-8 and
 *       the text was read to its end, and otherwise fail as the readers did; where it fails, the
 *       rows the text gave are analysed with {@link CohortAnalysis#analyse(Iterable)}, which must
 *       give a report. Either report must have a row for every row ({@code rows()} = rows read,
 *       every error row kept among its errors) and no NaN or infinite figure anywhere in it ({@link
 *       #nonFiniteFigures}); when the text holds more than printable ASCII (which may reach the
 *       report as group labels and in error records), its JSON form from {@link CohortReportFormat}
 *       must read back equal.
 * </ol>
 *
 * <p><b>Rows out = rows in, counted independently.</b> Wherever the text is strict RFC 4180 (every
 * quote opens a field, closes it or is doubled inside it), {@link CsvReference} reads it a second
 * time, from the documented rules alone, and says what must come out: whether the header is
 * refused, the columns and header warnings, and for every record after the header its line, whether
 * it is an error record (wrong number of fields, a cell that is not an answer of its trait's
 * scale), and for a member its respondent, group and answers; and whether a field or record beyond
 * the limits stops the file after the rows before it. Table-level mutations keep the text strict by
 * construction, and the number of records written is checked against the oracle's count as well.
 * Where a text-level mutation leaves a stray or unclosed quote, only the guarantee above is
 * checked.
 *
 * <p><b>Properties.</b> {@link
 * #every_well_formed_cohort_file_gives_exactly_the_rows_of_its_records} uses table-level mutations
 * only, so the oracle applies to every try; {@link
 * #every_cohort_file_gives_a_row_per_record_or_fails_with_a_centricity_exception} adds text-level
 * mutations (every byte-level mutation of {@link Mutations}, and CSV's own) on top.
 *
 * <p><b>Time bound.</b> Each try runs on a worker thread and must finish within {@link
 * FuzzProperties#TIME_LIMIT}, as in {@link FuzzProperties}.
 *
 * <p><b>Statistics.</b> Each property reports the outcome of the text reader, whether the oracle
 * applied, the analysis under each policy, the mutations per try and, for the tries with exactly
 * one mutation, the outcome by mutation kind. Coverage checks (from {@link
 * FuzzProperties#COVERAGE_MIN_TRIES} tries on) fail the property unless every outcome occurs (read
 * with members only, read with error rows, read with no rows, header refused, file refused after
 * its header), every policy scores respondents, every kind of mutation is tried alone, and, with
 * text-level mutations, the oracle both applies and does not.
 *
 * <p><b>Tries.</b> 10,000 per property, 20,000 in all (with two to four reads, an analysis and an
 * oracle's reading each), keep the class under 20 s on two idle cores (30 s on busy ones, a little
 * under {@link FuzzProperties} in the same build); the first property, which warms the JIT up and
 * makes the costlier files, takes two thirds of it. Run more with {@code centricity.fuzz.tries},
 * which sets the tries of each property ({@link FuzzTries}), and replay a reported seed with {@code
 * centricity.fuzz.seed}:
 *
 * <pre>
 * ./mvnw -o test -pl centricity-core -Dtest=CohortFuzzProperties -Dcentricity.fuzz.tries=200000
 * ./mvnw -o test -pl centricity-core -Dtest=CohortFuzzProperties -Dcentricity.fuzz.seed=-123456789
 * </pre>
 *
 * <p>A failure is shrunk by jqwik and reported with the counterexample ({@link
 * CohortFuzzCase#toString()}) and the failing file as a Java expression, ready to paste into {@link
 * CohortFuzzRegressionTest}, which keeps every input the suite has found breaking the guarantees.
 */
@AddLifecycleHook(FuzzTries.class)
class CohortFuzzProperties {

  private static final Duration TIME_LIMIT = FuzzWorker.TIME_LIMIT;

  private static final String TEXT_READER = "CohortReader.fromString";
  private static final String BYTE_READER = "CohortReader.open(InputStream)";
  private static final String ANALYSE_ROWS = "CohortAnalysis.analyse(rows read)";
  private static final String ANALYSE_STREAM = "CohortAnalysis.analyse(CohortRows of the bytes)";

  private static final String OUTCOME = "outcome of " + TEXT_READER;
  private static final String ORACLE = "rows expected by the oracle";
  private static final String ANALYSIS = "analysis under policy";
  private static final String BY_KIND = "outcome by mutation kind, tries with one mutation";

  static final String MEMBERS_ONLY = "read: members only";
  static final String WITH_ERRORS = "read: with error rows";
  static final String NO_ROWS = "read: no rows";
  static final String HEADER_REFUSED = "refused: the header";
  static final String REFUSED_AFTER_HEADER = "refused: after the header";

  private static final String KNOWN = "known (strict RFC 4180)";
  private static final String UNKNOWN = "unknown (a stray or unclosed quote)";

  @Provide
  Arbitrary<CohortFuzzCase> wellFormedFiles() {
    return CohortFuzzCase.wellFormed(CohortFuzzSeeds.all());
  }

  @Provide
  Arbitrary<CohortFuzzCase> mutatedFiles() {
    return CohortFuzzCase.withTextMutations(CohortFuzzSeeds.all());
  }

  @Property(tries = 10_000)
  void every_well_formed_cohort_file_gives_exactly_the_rows_of_its_records(
      @ForAll("wellFormedFiles") CohortFuzzCase fuzz) {
    List<Observation> seen = withinTimeLimit(fuzz, () -> readAndAnalyse(fuzz));
    List<String> kinds = new ArrayList<>();
    EnumSet.range(CsvMutations.Kind.DROP_COLUMN, CsvMutations.Kind.BOM)
        .forEach(k -> kinds.add(k.name()));
    report(fuzz, seen, coverage(kinds, false));
  }

  @Property(tries = 10_000)
  void every_cohort_file_gives_a_row_per_record_or_fails_with_a_centricity_exception(
      @ForAll("mutatedFiles") CohortFuzzCase fuzz) {
    List<Observation> seen = withinTimeLimit(fuzz, () -> readAndAnalyse(fuzz));
    List<String> kinds = new ArrayList<>();
    EnumSet.range(Mutations.Kind.FLIP_BIT, Mutations.Kind.INSERT_TOKEN)
        .forEach(k -> kinds.add(k.name()));
    kinds.add(CsvMutations.Kind.EDIT_NTH_DELIMITER.name());
    kinds.add(CsvMutations.Kind.INSERT_CSV_TOKEN.name());
    report(fuzz, seen, coverage(kinds, true));
  }

  // ---------------------------------------------------------------------------------------------
  // The tries, run on the worker thread

  private static final Map<String, Scorer> SCORERS = new ConcurrentHashMap<>();

  private static List<Observation> readAndAnalyse(CohortFuzzCase fuzz) {
    List<Observation> seen = new ArrayList<>();
    NamedPolicy policy = fuzz.policy();
    Scorer scorer =
        SCORERS.computeIfAbsent(
            fuzz.seed().name() + "|" + policy.name(), k -> policy.scorer(fuzz.seed().rubric()));
    CohortReader reader =
        // the comma given, as the reference parser splits at commas (detection has its own tests)
        fuzz.groupColumn().equals(CohortReader.GROUP_COLUMN)
            ? CohortReader.of(scorer).withSeparator(',')
            : CohortReader.of(scorer).withSeparator(',').withGroupColumn(fuzz.groupColumn());
    CohortAnalysis analysis = CohortAnalysis.of(scorer);

    // 1. The text, row by row
    String text = fuzz.text();
    Read read = read(TEXT_READER, fuzz, () -> reader.fromString(text));
    seen.add(Observation.of(OUTCOME, read.outcome()));
    checkRows(TEXT_READER, read, text, fuzz);

    CsvReference.Parsed parsed = CsvReference.parse(text);
    if (fuzz.wellFormedByConstruction()) {
      check(parsed.wellFormed(), fuzz, "the table was written with %s", parsed.anomaly());
      int records = parsed.records().isEmpty() ? 0 : parsed.records().size() - 1;
      check(
          records == fuzz.dataRecords(),
          fuzz,
          "the oracle reads %d records after the header where %d were written",
          records,
          fuzz.dataRecords());
    }
    if (parsed.wellFormed()) {
      Expectation expected =
          CsvReference.expect(
              parsed, fuzz.seed().rubric(), scorer.policy().unknownTraits(), fuzz.groupColumn());
      checkExpectation(read, expected, fuzz);
    }
    seen.add(Observation.of(ORACLE, parsed.wellFormed() ? KNOWN : UNKNOWN));

    // 2. The bytes, row by row, where decoding them matters: when they are not ASCII
    byte[] bytes = fuzz.bytes();
    boolean utf8 = isUtf8(bytes);
    if (!isAscii(bytes)) {
      readBytes(reader, bytes, utf8, read, text, fuzz);
    }

    // 3. The bytes streamed into an analysis, or, when they cannot all be read, the rows read
    Result<CohortReport> direct =
        attempt(
            ANALYSE_STREAM,
            fuzz,
            () -> {
              try (CohortRows rows = reader.open(new ByteArrayInputStream(bytes), "<string>")) {
                return analysis.analyse(rows);
              }
            });
    seen.add(
        Observation.of(
            ANALYSE_STREAM,
            direct.loaded() ? "report" : direct.error().getClass().getSimpleName(),
            utf8 ? "UTF-8" : "not UTF-8"));
    CohortReport report = null;
    if (utf8 && read.complete()) {
      check(direct.loaded(), fuzz, "%s failed: %s", ANALYSE_STREAM, direct);
      report = direct.value();
      List<CohortWarning> warnings = report.warnings();
      check(
          warnings.size() >= read.warnings().size()
              && warnings.subList(0, read.warnings().size()).equals(read.warnings()),
          fuzz,
          "%s gave the warnings %s, which do not start with the header's %s",
          ANALYSE_STREAM,
          warnings,
          read.warnings());
    } else {
      Class<?> failure = utf8 ? read.failure().getClass() : CohortFormatException.class;
      check(
          !direct.loaded() && direct.error().getClass() == failure,
          fuzz,
          "%s must fail with a %s but gave %s",
          ANALYSE_STREAM,
          failure.getSimpleName(),
          direct);
      if (read.opened()) {
        Result<CohortReport> analysed =
            attempt(ANALYSE_ROWS, fuzz, () -> analysis.analyse(read.rows()));
        check(analysed.loaded(), fuzz, "%s failed: %s", ANALYSE_ROWS, analysed);
        report = analysed.value();
      }
    }
    if (report != null) {
      checkReport(report, read.rows(), !isPlainText(text), fuzz);
      seen.add(
          Observation.of(
              ANALYSIS,
              policy.name(),
              report.respondents() > 0 ? "respondents scored" : "no respondent scored"));
    }
    return seen;
  }

  /**
   * Reads the bytes row by row: UTF-8 must give what the text gave, anything else a {@link
   * CohortFormatException} after some of the rows the text gave.
   */
  private static void readBytes(
      CohortReader reader,
      byte[] bytes,
      boolean utf8,
      Read read,
      String text,
      CohortFuzzCase fuzz) {
    Read streamed =
        read(BYTE_READER, fuzz, () -> reader.open(new ByteArrayInputStream(bytes), "<string>"));
    checkRows(BYTE_READER, streamed, text, fuzz);
    if (utf8) {
      check(
          streamed.equals(read),
          fuzz,
          "%s gave %s but %s of the same UTF-8 bytes gave %s",
          TEXT_READER,
          read,
          BYTE_READER,
          streamed);
    } else {
      check(
          streamed.failure() instanceof CohortFormatException
              && streamed.rows().size() <= read.rows().size()
              && streamed.rows().equals(read.rows().subList(0, streamed.rows().size())),
          fuzz,
          "%s of bytes that are not UTF-8 must fail with a CohortFormatException after rows that"
              + " the text reader gives too, but gave %s where the text gave %s",
          BYTE_READER,
          streamed,
          read);
    }
  }

  /**
   * The rows of a file: its columns and warnings when it opened, every row read, and the failure
   * that stopped it, at the header or after it.
   */
  record Read(
      boolean opened,
      List<String> columns,
      List<CohortWarning> warnings,
      List<CohortRow> rows,
      CentricityException failure) {

    /** Whether every row was read. */
    boolean complete() {
      return opened && failure == null;
    }

    String outcome() {
      if (!opened) {
        return HEADER_REFUSED;
      }
      if (failure != null) {
        return REFUSED_AFTER_HEADER;
      }
      if (rows.isEmpty()) {
        return NO_ROWS;
      }
      return rows.stream().anyMatch(CohortRow::isError) ? WITH_ERRORS : MEMBERS_ONLY;
    }

    /** Equal when the parts are equal and the failures have the same type and message. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Read r
          && opened == r.opened
          && columns.equals(r.columns)
          && warnings.equals(r.warnings)
          && rows.equals(r.rows)
          && (failure == null
              ? r.failure == null
              : r.failure != null
                  && failure.getClass() == r.failure.getClass()
                  && Objects.equals(failure.getMessage(), r.failure.getMessage()));
    }

    @Override
    public int hashCode() {
      return Objects.hash(opened, columns, rows.size());
    }

    @Override
    public String toString() {
      String rowsRead =
          rows.size() <= 12
              ? rows.toString()
              : rows.subList(0, 12) + " and " + (rows.size() - 12) + " more";
      return String.format(
          Locale.ROOT,
          "%s, columns %s, %d rows %s%s",
          outcome(),
          columns.size() <= 60 ? columns : columns.size() + " columns",
          rows.size(),
          rowsRead,
          failure == null
              ? ""
              : ", failing with "
                  + failure.getClass().getSimpleName()
                  + ": "
                  + failure.getMessage());
    }
  }

  /** Opens and iterates; a {@link CentricityException} ends the reading, anything else fails. */
  private static Read read(String target, CohortFuzzCase fuzz, Supplier<CohortRows> open) {
    Result<CohortRows> opened = attempt(target, fuzz, open::get);
    if (!opened.loaded()) {
      return new Read(false, List.of(), List.of(), List.of(), opened.error());
    }
    CohortRows rows = opened.value();
    List<CohortRow> out = new ArrayList<>();
    Result<Boolean> iterated =
        attempt(
            target + " then iterating",
            fuzz,
            () -> {
              try (rows) {
                Iterator<CohortRow> it = rows.iterator();
                while (it.hasNext()) {
                  out.add(it.next());
                }
              }
              return true;
            });
    return new Read(true, rows.columns(), rows.warnings(), List.copyOf(out), iterated.error());
  }

  // ---------------------------------------------------------------------------------------------
  // Checks

  /** What any reading must satisfy, whatever the text. */
  private static void checkRows(String target, Read read, String text, CohortFuzzCase fuzz) {
    if (!read.opened()) {
      return;
    }
    check(
        read.columns().stream().noneMatch(String::isEmpty),
        fuzz,
        "%s accepted a header with a blank column: %s",
        target,
        read.columns());
    long previous = 1;
    for (CohortRow row : read.rows()) {
      check(
          row.line() > previous,
          fuzz,
          "%s gave a row on line %d after one on line %d (line 1 at the least is the header)",
          target,
          row.line(),
          previous);
      previous = row.line();
      row.error()
          .ifPresent(
              e ->
                  check(
                      !e.reason().isBlank() && e.describe().startsWith("line " + e.line()),
                      fuzz,
                      "%s gave an error row without a reason: %s",
                      target,
                      e));
    }
    int bound = Math.max(0, CsvReference.nonEmptyLines(text) - 1);
    check(
        read.rows().size() <= bound,
        fuzz,
        "%s gave %d rows from a text of %d non-empty lines after the first",
        target,
        read.rows().size(),
        bound);
  }

  /** What the oracle says a well-formed text must give. */
  private static void checkExpectation(Read read, Expectation expected, CohortFuzzCase fuzz) {
    if (expected.headerRefused() != null) {
      check(
          !read.opened() && read.failure() instanceof CohortFormatException,
          fuzz,
          "%s must refuse the header (%s) with a CohortFormatException but gave %s",
          TEXT_READER,
          expected.headerRefused(),
          read);
      return;
    }
    check(
        read.opened(),
        fuzz,
        "%s must accept the header %s but gave %s",
        TEXT_READER,
        expected.columns(),
        read);
    check(
        read.columns().equals(expected.columns()),
        fuzz,
        "%s read the columns %s but the header has %s",
        TEXT_READER,
        read.columns(),
        expected.columns());
    List<String> warnings = new ArrayList<>();
    read.warnings().forEach(w -> warnings.add(w.code() + " " + w.subject()));
    check(
        warnings.equals(expected.warnings()),
        fuzz,
        "%s warned %s about the header but must warn %s",
        TEXT_READER,
        warnings,
        expected.warnings());
    check(
        read.rows().size() == expected.rows().size(),
        fuzz,
        "rows out must equal rows in: %s gave %d rows for %d records after the header (%s)",
        TEXT_READER,
        read.rows().size(),
        expected.rows().size(),
        read);
    for (int i = 0; i < expected.rows().size(); i++) {
      ExpectedRow e = expected.rows().get(i);
      CohortRow row = read.rows().get(i);
      boolean same =
          row.line() == e.line()
              && row.isError() == e.error()
              && (e.error()
                  ? row.error().get().respondent().equals(e.respondent())
                  : row.member().get().response().respondent().equals(e.respondent())
                      && row.member().get().group().equals(e.group())
                      && row.member().get().response().answers().equals(e.answers()));
      check(same, fuzz, "row %d must be %s but was %s", i + 1, e, row);
    }
    check(
        expected.failsAfterRows()
            ? read.failure() instanceof CohortFormatException
            : read.failure() == null,
        fuzz,
        "%s must %s after its rows but gave %s",
        TEXT_READER,
        expected.failsAfterRows()
            ? "fail with a CohortFormatException for a record beyond the limits"
            : "not fail",
        read);
  }

  /**
   * Rows out = rows in, every error kept, no figure NaN or infinite, and, for a file with text
   * beyond printable ASCII or a report with a text longer than {@link #LONG_TEXT} characters
   * (either may reach the report as group labels, warnings and error records), a JSON form that
   * reads back equal; {@code CohortRoundTripTest} covers the figures themselves.
   */
  private static void checkReport(
      CohortReport report, List<CohortRow> rows, boolean roundTrip, CohortFuzzCase fuzz) {
    long errorRows = rows.stream().filter(CohortRow::isError).count();
    check(
        report.rows() == rows.size()
            && report.respondents() + report.rejected() == rows.size()
            && report.rejected() >= errorRows
            && report.errors().size() == Math.min(report.rejected(), CohortReport.MAX_ERRORS_KEPT),
        fuzz,
        "%s counted %d rows, %d respondents and %d rejected (%d kept) for %d rows, %d of them"
            + " errors",
        ANALYSE_ROWS,
        report.rows(),
        report.respondents(),
        report.rejected(),
        report.errors().size(),
        rows.size(),
        errorRows);
    if (report.rejected() <= CohortReport.MAX_ERRORS_KEPT) {
      rows.stream()
          .filter(CohortRow::isError)
          .forEach(
              r ->
                  check(
                      report.errors().contains(r.error().get()),
                      fuzz,
                      "%s dropped the error row %s",
                      ANALYSE_ROWS,
                      r));
    }
    JsonNode tree = JsonSupport.json().valueToTree(report);
    List<String> bad = new ArrayList<>();
    walk(tree, "", bad);
    check(bad.isEmpty(), fuzz, "%s gave a report with non-finite figures %s", ANALYSE_ROWS, bad);
    if (!roundTrip && longestText(tree) <= LONG_TEXT) {
      return;
    }
    Result<CohortReport> back =
        attempt(
            "CohortReportFormat.fromJson(CohortReportFormat.toJson(report))",
            fuzz,
            () -> CohortReportFormat.fromJson(CohortReportFormat.toJson(report)));
    check(
        back.loaded() && back.value().equals(report),
        fuzz,
        "the report does not read back equal from its JSON: %s",
        back);
  }

  /**
   * The JSON Pointers of every number of a report that is NaN or infinite. The report is turned
   * into a tree by the mapper {@link CohortReportFormat} writes with, which keeps each {@code
   * double} as it is (where the JSON text would spell a NaN as the string {@code "NaN"}), so every
   * figure of every part is reached, including those added to the report later.
   */
  static List<String> nonFiniteFigures(CohortReport report) {
    List<String> bad = new ArrayList<>();
    walk(JsonSupport.json().valueToTree(report), "", bad);
    return bad;
  }

  /** Texts longer than this make a report's JSON worth reading back, whatever its characters. */
  private static final int LONG_TEXT = 1_000;

  /** The length of the longest text value of a tree. */
  private static int longestText(JsonNode node) {
    if (node.isString()) {
      return node.stringValue().length();
    }
    int longest = 0;
    for (JsonNode child : node.values()) {
      longest = Math.max(longest, longestText(child));
    }
    return longest;
  }

  private static void walk(JsonNode node, String path, List<String> bad) {
    if (node.isNumber()) {
      if (!Double.isFinite(node.doubleValue())) {
        bad.add(path + " = " + node.doubleValue());
      }
    } else if (node.isObject()) {
      for (Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), bad);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, bad);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Calls and outcomes

  /** What a call gave: a value, or the CentricityException it failed with. */
  record Result<T>(T value, CentricityException error) {
    boolean loaded() {
      return error == null;
    }

    @Override
    public String toString() {
      return loaded() ? "a value" : error.getClass().getSimpleName() + ": " + error.getMessage();
    }
  }

  /**
   * Calls the library; a {@link CentricityException} is an outcome, anything else fails the
   * property with the input.
   */
  private static <T> Result<T> attempt(String target, CohortFuzzCase fuzz, Callable<T> call) {
    return FuzzWorker.attempt(target, fuzz::describe, call, Result::new);
  }

  private static void check(boolean ok, CohortFuzzCase fuzz, String format, Object... args) {
    FuzzWorker.check(ok, fuzz::describe, format, args);
  }

  /** Whether a text holds printable ASCII, tabs and line ends alone. */
  private static boolean isPlainText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c > 0x7E) && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Runs a try on the worker and waits at most {@link #TIME_LIMIT} for it. */
  private static <T> T withinTimeLimit(CohortFuzzCase fuzz, Callable<T> body) {
    return FuzzWorker.withinTimeLimit(fuzz::describe, body);
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  /** The tries of the running property so far; jqwik makes an instance for each property. */
  private int tries;

  private Predicate<Integer> atLeastOnce() {
    return n -> n > 0 || tries < FuzzProperties.COVERAGE_MIN_TRIES;
  }

  /**
   * Requires every outcome of the text reader, scored respondents under every policy, every kind of
   * mutation tried alone and, with text-level mutations, both verdicts of the oracle.
   */
  private Map<String, Consumer<StatisticsCoverage>> coverage(
      List<String> kinds, boolean textMutations) {
    Map<String, Consumer<StatisticsCoverage>> coverage = new HashMap<>();
    coverage.put(
        OUTCOME,
        c -> {
          for (String o :
              List.of(MEMBERS_ONLY, WITH_ERRORS, NO_ROWS, HEADER_REFUSED, REFUSED_AFTER_HEADER)) {
            c.check(o).count(atLeastOnce());
          }
        });
    coverage.put(
        ANALYSIS,
        c ->
            FuzzProperties.POLICIES.forEach(
                p -> c.check(p.name(), "respondents scored").count(atLeastOnce())));
    coverage.put(
        BY_KIND,
        c -> kinds.forEach(k -> c.checkQuery(v -> v.get(0).equals(k)).count(atLeastOnce())));
    if (textMutations) {
      coverage.put(
          ORACLE,
          c -> {
            c.check(KNOWN).count(atLeastOnce());
            c.check(UNKNOWN).count(atLeastOnce());
          });
    }
    return coverage;
  }

  private void report(
      CohortFuzzCase fuzz,
      List<Observation> seen,
      Map<String, Consumer<StatisticsCoverage>> coverage) {
    tries++;
    List<Observation> all = new ArrayList<>(seen);
    List<String> kinds = fuzz.kinds();
    all.add(
        Observation.of(
            "mutations per try", kinds.isEmpty() ? "0" : kinds.size() == 1 ? "1" : "2 or more"));
    if (kinds.size() == 1) {
      all.add(Observation.of(BY_KIND, kinds.get(0), seen.get(0).values().get(0)));
    }
    for (Observation o : all) {
      StatisticsCollector label = Statistics.label(o.label());
      label.collect(o.values().toArray());
      if (coverage.containsKey(o.label())) {
        label.coverage(coverage.get(o.label()));
      }
    }
  }
}
