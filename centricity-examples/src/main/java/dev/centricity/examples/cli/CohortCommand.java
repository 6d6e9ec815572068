package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.CohortWriter;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.examples.CohortText;
import dev.centricity.examples.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity cohort}: aggregates, agreement and reliability over a file of respondents. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every row of a survey export and reports the cohort and each group: means with",
      "intervals, bands, agreement (r_wg, ICC) and reliability; or, with --format csv, writes",
      "each row's scores. Reads CSV (a column per trait id or statement, answers as points or",
      "labels), .xlsx workbooks, SurveyJS results and JSON lines of responses, told apart by",
      "content (see docs/survey-tools.md). Bad rows are listed, never dropped; exit 2 when no",
      "row could be scored."
    })
final class CohortCommand implements Callable<Integer> {

  /** The outputs of {@code cohort}: the report, or the scored rows. */
  enum Format {
    text,
    json,
    html,
    csv
  }

  /** How many rejected rows the message of a run that scored none quotes. */
  static final int REASONS_QUOTED = 3;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Mixin PolicyOption policy;

  @Mixin CohortSource source;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = {
        "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv writes one row per",
        "input row, in order: line, respondent, group, status, reason, index, score, band,",
        "coverage and each dimension's index."
      })
  Format format;

  @Mixin OutOption out;

  @Mixin CsvOption csv;

  @Mixin ThreadsOption threads;

  @Mixin LanguageOption language;

  @Mixin RejectedOption rejected;

  @Parameters(
      index = "0",
      paramLabel = "COHORT",
      description =
          "The cohort: a CSV export, an .xlsx workbook, SurveyJS results or JSON lines of"
              + " responses.")
  Path file;

  @Override
  public Integer call() {
    Rubric rubric = this.rubric.orientation();
    Scorer scorer = Scorer.of(rubric, policy.applyTo(rubric));
    RubricTexts texts = CohortSource.texts(rubric, language.translations);
    PrintWriter err = spec.commandLine().getErr();
    if (format == Format.csv) {
      return writeRows(scorer, texts, err);
    }
    CohortReport report;
    if (rejected.given()) {
      try (RejectedOption.Writer w = rejected.open(file, 1)) {
        report = analyse(scorer, texts, file, source, csv, threads.get(), err, w);
        w.commit();
      }
    } else {
      report = analyse(scorer, texts, file, source, csv, threads.get(), err);
    }
    if (report.respondents() == 0) {
      // nothing to report: the reasons go to stderr, nothing to stdout
      return outcome(report.rows(), 0, report.errors(), err, "the report");
    }
    String text;
    switch (format) {
      case json:
        text = CohortReportFormat.toJson(report) + "\n";
        break;
      case html:
        text = HtmlReport.renderCohort(report, language.of(rubric));
        break;
      default:
        text = CohortText.render(report, language.of(rubric));
    }
    out.write(text);
    return outcome(
        report.rows(), report.respondents(), report.errors(), err, listedIn(report, format));
  }

  /** Streams the scored rows to the output as CSV, one per input row. */
  private int writeRows(Scorer scorer, RubricTexts texts, PrintWriter err) {
    List<RowError> first = new ArrayList<>();
    Counts counts;
    try (CohortRows read = source.open(scorer, texts, file, csv)) {
      if (out.file == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        CohortWriter writer = CohortWriter.of(scorer, stdout);
        counts = write(writer, read, first);
        writer.flush();
        if (stdout.checkError()) {
          throw new CentricityCli.InputException("cannot write the scored rows to standard output");
        }
      } else {
        counts = writeFile(scorer, read, first);
      }
    }
    return outcome(
        counts.rows(), counts.rows() - counts.rejected(), first, err, "the rows written");
  }

  /** How many rows were written, and how many of them were rejected. */
  private record Counts(long rows, long rejected) {}

  private static Counts write(CohortWriter writer, CohortRows read, List<RowError> first) {
    long n = 0;
    for (CohortRow row : read) {
      writer.write(row).ifPresent(e -> keep(first, e));
      n++;
    }
    return new Counts(n, writer.rejected());
  }

  private static void keep(List<RowError> first, RowError e) {
    if (first.size() < REASONS_QUOTED) {
      first.add(e);
    }
  }

  /**
   * Writes the rows to a temporary file beside {@code --out} and moves it into place, so that a
   * failure leaves the previous file as it was.
   */
  private Counts writeFile(Scorer scorer, CohortRows read, List<RowError> first) {
    Path target = out.file.toAbsolutePath();
    try {
      if (Files.exists(target) && Files.isSameFile(target, file.toAbsolutePath())) {
        throw new CentricityCli.InputException(
            "--out " + out.file + " is the cohort being read; write the rows to another file");
      }
    } catch (IOException e) {
      throw new CentricityCli.InputException("cannot write " + out.file + ": " + e.getMessage(), e);
    }
    Path temp = null;
    try {
      temp = Files.createTempFile(target.getParent(), ".centricity-", ".csv");
      Counts n;
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
          CohortWriter writer = CohortWriter.of(scorer, w)) {
        n = write(writer, read, first);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      return n;
    } catch (IOException | UncheckedIOException e) {
      throw new CentricityCli.InputException("cannot write " + out.file + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the move took it, or the failure above is the one to report
        }
      }
    }
  }

  /**
   * Exit 2 when no row could be scored, with the reasons of the first rows; otherwise 0, with the
   * number of rejected rows on stderr when there are any.
   */
  private int outcome(
      long rows, long scored, List<RowError> errors, PrintWriter err, String listedIn) {
    if (rows == 0) {
      err.println("centricity: " + file + ": no respondent rows under the header");
      err.flush();
      return CentricityCli.BAD_INPUT;
    }
    if (scored == 0) {
      StringBuilder why = new StringBuilder();
      for (int i = 0; i < Math.min(REASONS_QUOTED, errors.size()); i++) {
        why.append(i == 0 ? "" : "; ").append(errors.get(i).describe());
      }
      err.println(
          String.format(
              Locale.ROOT,
              "centricity: %s: no row could be scored (%d rejected); the first: %s",
              file,
              rows,
              CohortSource.advice(CentricityCli.oneLine(why.toString()))));
      err.flush();
      return CentricityCli.BAD_INPUT;
    }
    long rejectedRows = rows - scored;
    if (rejectedRows > 0) {
      err.println(
          String.format(
              Locale.ROOT,
              "centricity: %,d of %,d rows of %s were rejected; %s give%s each one's reason",
              rejectedRows,
              rows,
              file,
              listedIn,
              listedIn.startsWith("the rows") ? "" : "s"));
      err.flush();
    }
    return 0;
  }

  /**
   * Where the rejected rows' reasons are to be read: the report, unless it lists fewer than were
   * rejected (the text shows {@value CohortText#REJECTED_SHOWN}, JSON and HTML the rows the report
   * kept), or the {@code --rejected} file.
   */
  private String listedIn(CohortReport report, Format format) {
    if (rejected.given()) {
      return "the file " + rejected.file;
    }
    long listed =
        format == Format.text
            ? Math.min(CohortText.REJECTED_SHOWN, report.errors().size())
            : report.errors().size();
    return listed < report.rejected() ? "the option --rejected FILE" : "the report";
  }

  /** Reads and analyses a cohort file, showing progress on a terminal for large files. */
  static CohortReport analyse(
      Scorer scorer,
      RubricTexts texts,
      Path file,
      CohortSource source,
      CsvOption csv,
      int threads,
      PrintWriter err) {
    return analyse(scorer, texts, file, source, csv, threads, err, null);
  }

  /**
   * Reads and analyses a cohort file, writing every rejected row to {@code rejected} when given.
   */
  static CohortReport analyse(
      Scorer scorer,
      RubricTexts texts,
      Path file,
      CohortSource source,
      CsvOption csv,
      int threads,
      PrintWriter err,
      RejectedOption.Writer rejected) {
    boolean terminal = System.console() != null;
    try (CohortRows rows = source.open(scorer, texts, file, csv)) {
      Iterable<CohortRow> counted = terminal ? () -> progress(rows.iterator(), err) : rows;
      if (rejected != null) {
        counted = rejected.through(counted, scorer);
      }
      CohortReport report = CohortAnalysis.of(scorer).withThreads(threads).analyse(counted);
      if (terminal && report.rows() >= PROGRESS_EVERY) {
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
      }
      return report;
    }
  }

  private static final long PROGRESS_EVERY = 50_000;

  private static Iterator<CohortRow> progress(Iterator<CohortRow> rows, PrintWriter err) {
    return new Iterator<>() {
      long n;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public CohortRow next() {
        CohortRow row = rows.next();
        if (++n % PROGRESS_EVERY == 0) {
          err.printf(Locale.ROOT, "\r%,d rows read", n);
          err.flush();
        }
        return row;
      }
    };
  }
}
