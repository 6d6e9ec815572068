package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.SurveyJsReader;
import dev.centricity.examples.CohortText;
import dev.centricity.examples.HtmlReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity cohort}: aggregates, agreement and reliability over a CSV of respondents. */
@Command(
    name = "cohort",
    mixinStandardHelpOptions = true,
    description = {
      "Scores every row of a cohort CSV (a row per respondent, a column per trait id, optional",
      "'respondent' and group columns), or of SurveyJS results (a .json file: a list of objects",
      "keyed by question name), and reports the cohort and each group: means with intervals,",
      "bands, agreement (r_wg, ICC) and reliability. Bad rows are listed, never dropped."
    })
final class CohortCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Option(
      names = "--group-by",
      paramLabel = "COLUMN",
      defaultValue = CohortReader.GROUP_COLUMN,
      description = "The column holding each respondent's group (default: ${DEFAULT-VALUE}).")
  String groupBy;

  @Mixin ReportFormatOption format;

  @Mixin OutOption out;

  @Mixin CsvOption csv;

  @Mixin ThreadsOption threads;

  @Mixin LanguageOption language;

  @Parameters(
      index = "0",
      paramLabel = "COHORT",
      description = "The cohort: a CSV file, or SurveyJS results (.json).")
  Path file;

  @Override
  public Integer call() {
    Rubric rubric = this.rubric.orientation();
    CohortReport report =
        analyse(rubric, file, groupBy, csv, threads.get(), spec.commandLine().getErr());
    String text;
    switch (format.get()) {
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
    return 0;
  }

  /** Reads and analyses a cohort file, showing progress on a terminal for large files. */
  static CohortReport analyse(
      Rubric rubric, Path file, String groupBy, CsvOption csv, int threads, PrintWriter err) {
    Scorer scorer = Scorer.of(rubric);
    boolean terminal = System.console() != null;
    try (CohortRows rows = open(scorer, file, groupBy, csv)) {
      Iterable<CohortRow> counted = terminal ? () -> progress(rows.iterator(), err) : rows;
      CohortReport report = CohortAnalysis.of(scorer).withThreads(threads).analyse(counted);
      if (terminal && report.rows() >= PROGRESS_EVERY) {
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
      }
      return report;
    }
  }

  /** A CSV export, or SurveyJS results (a {@code .json} file: a list of objects by question). */
  private static CohortRows open(Scorer scorer, Path file, String groupBy, CsvOption csv) {
    Path f = Inputs.requireFile(file);
    if (f.getFileName() != null
        && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      try {
        return SurveyJsReader.of(scorer).withGroupKey(groupBy).open(f);
      } catch (dev.centricity.core.CentricityException e) {
        throw Inputs.prefixed(f, e);
      }
    }
    return csv.apply(CohortReader.of(scorer).withGroupColumn(groupBy)).open(f);
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
