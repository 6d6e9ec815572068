package dev.centricity.examples.cli;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortComparison;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.examples.CohortText;
import dev.centricity.examples.HtmlReport;
import dev.centricity.examples.ReportLanguage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity compare}: the change between two responses. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the change between two responses, or two cohorts (survey exports, read as cohort",
      "reads them): overall and dimension by dimension; for cohorts the difference of means with",
      "its Welch interval and Cohen's d, group by group, and the rows of either file that could",
      "not be scored; exit 2 when a cohort has no scored respondent to compare."
    })
final class CompareCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Mixin PolicyOption policy;

  @Mixin CohortSource source;

  @Mixin CsvOption csv;

  @Mixin ThreadsOption threads;

  @Mixin LanguageOption language;

  @Mixin ReportFormatOption format;

  @Mixin OutOption out;

  @Mixin RejectedOption rejected;

  @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier response or cohort.")
  Path before;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The later response or cohort.")
  Path after;

  @Override
  public Integer call() {
    Rubric rubric = this.rubric.orientation();
    dev.centricity.examples.ReportLanguage shown = language.of(rubric);
    Scorer scorer = Scorer.of(rubric, policy.applyTo(rubric));
    boolean cohorts = CohortSource.isCohort(before);
    if (cohorts || CohortSource.isCohort(after)) {
      if (!(cohorts && CohortSource.isCohort(after))) {
        throw new CentricityCli.InputException(
            "compare two responses or two cohorts, not one of each: " + before + ", " + after);
      }
      return compareCohorts(scorer, CohortSource.texts(rubric, language.translations), shown);
    }
    Scorecard a = score(scorer, before);
    Scorecard b = score(scorer, after);
    if (format.get() == ReportFormatOption.Format.json) {
      out.write(
          "{\"before\":"
              + ScorecardFormat.toJson(a)
              + ",\"after\":"
              + ScorecardFormat.toJson(b)
              + "}\n");
      return 0;
    }
    if (format.get() == ReportFormatOption.Format.html) {
      out.write(HtmlReport.render(java.util.List.of(a, b), shown));
      return 0;
    }
    // the label column fits the longest dimension name, so the figures stay in their columns
    int width = 34;
    for (DimensionScore d : a.dimensions()) {
      width =
          Math.max(
              width,
              2 + shown.rubric().dimension(d.id()).map(x -> x.name()).orElse(d.id()).length());
    }
    width = Math.max(width, shown.get("overallIndex").length());
    width = Math.max(width, shown.get("alignment").length());
    String row = "%-" + width + "s %9s %9s %9s%n";
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            row,
            "",
            shown.get("col.before"),
            shown.get("col.after"),
            shown.get("col.change")));
    line(text, row, shown.get("overallIndex"), a.index(), b.index(), shown);
    text.append(
        String.format(
            Locale.ROOT,
            "%-" + width + "s %s -> %s%n",
            shown.get("band"),
            a.band().map(shown::band).orElse("-"),
            b.band().map(shown::band).orElse("-")));
    line(text, row, shown.get("alignment"), a.alignment(), b.alignment(), shown);
    for (DimensionScore d : a.dimensions()) {
      DimensionScore e = b.dimension(d.id()).orElseThrow();
      String name = shown.rubric().dimension(d.id()).map(x -> x.name()).orElse(d.id());
      line(text, row, "  " + name, d.index(), e.index(), shown);
    }
    out.write(text.toString());
    return 0;
  }

  /**
   * Compares two cohort files: overall, by dimension and group by group, with every rejected row of
   * either file reported. Nothing to compare (a side without one scored respondent) is an error.
   */
  private int compareCohorts(
      Scorer scorer, dev.centricity.core.text.RubricTexts texts, ReportLanguage shown) {
    var err = spec.commandLine().getErr();
    CohortReport first;
    CohortReport second;
    if (rejected.given()) {
      try (RejectedOption.Writer a = rejected.open(before, 1);
          RejectedOption.Writer b = rejected.open(after, 2)) {
        first = CohortCommand.analyse(scorer, texts, before, source, csv, threads.get(), err, a);
        second = CohortCommand.analyse(scorer, texts, after, source, csv, threads.get(), err, b);
        a.commit();
        b.commit();
      }
    } else {
      first = CohortCommand.analyse(scorer, texts, before, source, csv, threads.get(), err);
      second = CohortCommand.analyse(scorer, texts, after, source, csv, threads.get(), err);
    }
    if (first.overall().index().isEmpty() || second.overall().index().isEmpty()) {
      throw new CentricityCli.InputException(
          "nothing to compare: "
              + CohortText.scored(before.toString(), first)
              + "; "
              + CohortText.scored(after.toString(), second));
    }
    CohortComparison comparison = CohortComparison.of(first, second);
    String text;
    switch (format.get()) {
      case json:
        text =
            "{\"comparison\":"
                + CohortReportFormat.toJson(comparison)
                + ",\"before\":"
                + CohortText.rowsJson(before.toString(), first)
                + ",\"after\":"
                + CohortText.rowsJson(after.toString(), second)
                + "}\n";
        break;
      case html:
        text =
            HtmlReport.renderComparison(
                comparison, before.toString(), first, after.toString(), second, shown);
        break;
      default:
        text =
            CohortText.render(comparison, shown)
                + CohortText.rejectedOfBoth(
                    before.toString(), first, after.toString(), second, shown);
    }
    out.write(text);
    return 0;
  }

  private static void line(
      StringBuilder text,
      String row,
      String label,
      java.util.OptionalDouble a,
      java.util.OptionalDouble b,
      dev.centricity.examples.ReportLanguage shown) {
    text.append(
        String.format(
            Locale.ROOT,
            row,
            label,
            fmt(a, shown),
            fmt(b, shown),
            a.isPresent() && b.isPresent()
                ? shown.number("%+.3f", b.getAsDouble() - a.getAsDouble())
                : "-"));
  }

  private static String fmt(
      java.util.OptionalDouble v, dev.centricity.examples.ReportLanguage shown) {
    return v.isPresent() ? shown.number("%+.3f", v.getAsDouble()) : "-";
  }

  private static Scorecard score(Scorer scorer, Path file) {
    try {
      return scorer.score(Inputs.response(file));
    } catch (dev.centricity.core.CentricityException e) {
      throw Inputs.prefixed(file, e);
    }
  }
}
