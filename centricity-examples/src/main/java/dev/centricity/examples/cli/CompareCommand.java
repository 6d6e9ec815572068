package dev.centricity.examples.cli;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
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
      "its Welch interval and Cohen's d."
    })
final class CompareCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Mixin PolicyOption policy;

  @Mixin CohortSource source;

  @Mixin CsvOption csv;

  @Mixin ThreadsOption threads;

  @Mixin LanguageOption language;

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
      var err = spec.commandLine().getErr();
      var texts = CohortSource.texts(rubric, language.translations);
      var first = CohortCommand.analyse(scorer, texts, before, source, csv, threads.get(), err);
      var second = CohortCommand.analyse(scorer, texts, after, source, csv, threads.get(), err);
      spec.commandLine()
          .getOut()
          .print(
              dev.centricity.examples.CohortText.render(
                  dev.centricity.core.cohort.CohortComparison.of(first, second), shown));
      spec.commandLine().getOut().flush();
      return 0;
    }
    Scorecard a = score(scorer, before);
    Scorecard b = score(scorer, after);
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "%-34s %9s %9s %9s%n",
            "",
            shown.get("col.before"),
            shown.get("col.after"),
            shown.get("col.change")));
    line(text, shown.get("overallIndex"), a.index(), b.index(), shown);
    text.append(
        String.format(
            Locale.ROOT,
            "%-34s %s -> %s%n",
            shown.get("band"),
            a.band().map(shown::band).orElse("-"),
            b.band().map(shown::band).orElse("-")));
    line(text, shown.get("alignment"), a.alignment(), b.alignment(), shown);
    for (DimensionScore d : a.dimensions()) {
      DimensionScore e = b.dimension(d.id()).orElseThrow();
      String name = shown.rubric().dimension(d.id()).map(x -> x.name()).orElse(d.id());
      line(text, "  " + name, d.index(), e.index(), shown);
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static void line(
      StringBuilder text,
      String label,
      java.util.OptionalDouble a,
      java.util.OptionalDouble b,
      dev.centricity.examples.ReportLanguage shown) {
    text.append(
        String.format(
            Locale.ROOT,
            "%-34s %9s %9s %9s%n",
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
