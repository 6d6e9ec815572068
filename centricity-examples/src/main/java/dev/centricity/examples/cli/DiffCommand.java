package dev.centricity.examples.cli;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.RubricDiffFormat;
import dev.centricity.core.versions.BandTransition;
import dev.centricity.core.versions.RespondentImpact;
import dev.centricity.core.versions.RubricChange;
import dev.centricity.core.versions.RubricDiff;
import dev.centricity.core.versions.RubricImpact;
import dev.centricity.examples.ReportLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity diff}: what changed between two rubric versions (docs/versions.md). */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Lists what changed between two versions of a rubric, whether each change can move a score,",
      "and the version bump the changes need (patch, minor or major). With --cohort, scores the",
      "cohort under both and reports the change in index, with a paired t interval, and the band",
      "transitions. --check-version exits with 2 when the new version is not bumped enough."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReportFormatOption format;

  @Mixin OutOption out;

  @Mixin LanguageOption language;

  @Option(
      names = "--cohort",
      paramLabel = "COHORT.csv",
      description = "A cohort collected under the old rubric, to score under both.")
  Path cohort;

  @Option(
      names = "--check-version",
      description = "Exit with 2 when the new rubric's version is not bumped enough.")
  boolean checkVersion;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier rubric file.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later rubric file.")
  Path newFile;

  @Override
  public Integer call() {
    if (format.get() == ReportFormatOption.Format.html) {
      throw new ParameterException(spec.commandLine(), "diff is written as text or json, not html");
    }
    Rubric old = Inputs.rubric(oldFile, null);
    Rubric neu = Inputs.rubric(newFile, null);
    RubricDiff diff = RubricDiff.between(old, neu);
    Optional<RubricImpact> impact = Optional.empty();
    List<RowError> errors = new ArrayList<>();
    if (cohort != null) {
      Scorer before = Scorer.of(old);
      List<Response> responses = new ArrayList<>();
      try (CohortRows rows = CohortReader.of(before).open(Inputs.requireFile(cohort))) {
        for (CohortRow row : rows) {
          row.error().ifPresent(errors::add);
          row.member().ifPresent(m -> responses.add(m.response()));
        }
      }
      impact = Optional.of(RubricImpact.of(before, Scorer.of(neu), responses));
    }
    String text;
    if (format.get() == ReportFormatOption.Format.json) {
      text =
          (impact.isPresent()
                  ? RubricDiffFormat.toJson(diff, impact.get(), errors)
                  : RubricDiffFormat.toJson(diff))
              + "\n";
    } else {
      text = render(diff, impact, errors, language.forAny(old), language.forAny(neu));
    }
    out.write(text);
    if (checkVersion && !diff.bumpedEnough()) {
      throw new CentricityCli.InputException(
          String.format(
              Locale.ROOT,
              "%s: version %s is not bumped enough from %s: the changes need a %s bump",
              newFile,
              diff.after().version(),
              diff.before().version(),
              name(diff.required())));
    }
    return 0;
  }

  /**
   * The diff as text: the words in the language asked for, the old rubric's texts (statements,
   * names, bands) from {@code was} and the new one's from {@code now}.
   */
  private String render(
      RubricDiff diff,
      Optional<RubricImpact> impact,
      List<RowError> errors,
      ReportLanguage was,
      ReportLanguage now) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%s %s -> %s %s%n",
            Printable.safe(diff.before().id()),
            Printable.safe(diff.before().version()),
            Printable.safe(diff.after().id()),
            Printable.safe(diff.after().version())));
    if (diff.changes().isEmpty()) {
      b.append('\n').append(now.get("diff.noChanges")).append('\n');
    } else {
      int n = diff.changes().size();
      b.append('\n')
          .append(now.get(n == 1 ? "diff.changesOne" : "diff.changesMany", n))
          .append('\n');
      for (RubricChange c : diff.changes()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-6s %s%n",
                name(c.bump()),
                Printable.safe(describe(c, now))
                    + "  "
                    + now.get(c.affectsScores() ? "diff.canChange" : "diff.cannotChange")));
        // the trait's statement or the dimension's name, as the rubric it is in words it
        text(c, c.kind() == RubricChange.Kind.REMOVED ? was : now)
            .ifPresent(t -> b.append("         ").append(Printable.safe(t)).append('\n'));
      }
    }
    b.append('\n')
        .append(
            now.get(
                "diff.version",
                name(diff.required()),
                Printable.safe(diff.before().version()),
                Printable.safe(diff.after().version()),
                diff.versionLowered()
                    ? now.get("diff.lower")
                    : now.get("diff.aBump", name(diff.actual())),
                now.get(diff.bumpedEnough() ? "diff.enough" : "diff.notEnough")))
        .append('\n');
    impact.ifPresent(i -> impact(b, i, errors, was, now));
    return b.toString();
  }

  private void impact(
      StringBuilder b,
      RubricImpact impact,
      List<RowError> errors,
      ReportLanguage was,
      ReportLanguage now) {
    b.append('\n')
        .append(
            now.get("diff.impact", Printable.safe(cohort.toString()), impact.respondents().size()))
        .append('\n');
    if (impact.meanChange().isPresent()) {
      Estimate e = impact.meanChange().get();
      b.append("  ").append(now.get("diff.meanChange", now.number("%+.4f", e.mean()), e.n()));
      if (e.lower().isPresent()) {
        b.append(
            now.get(
                "diff.pairedT",
                now.get("percent", now.number("%.0f", impact.confidence() * 100)),
                now.number("%+.4f", e.lower().getAsDouble())
                    + now.get("intervalSeparator")
                    + now.number("%+.4f", e.upper().getAsDouble())));
      }
      b.append('\n');
    } else {
      b.append("  ").append(now.get("diff.noIndex")).append('\n');
    }
    b.append("  ").append(now.get("diff.transitions")).append('\n');
    for (BandTransition t : impact.transitions()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %s -> %s: %d%n",
              Printable.safe(t.before().map(was::band).orElse(now.get("diff.none"))),
              Printable.safe(t.after().map(now::band).orElse(now.get("diff.none"))),
              t.count()));
    }
    List<RespondentImpact> changed = impact.bandChanged();
    b.append("  ").append(now.get("diff.bandChanged", changed.size())).append('\n');
    for (RespondentImpact r : changed) {
      b.append(
          String.format(
              Locale.ROOT,
              "    #%d%s: %s -> %s%s%n",
              r.position(),
              r.respondent().map(x -> " " + Printable.safe(x)).orElse(""),
              Printable.safe(r.bandBefore().map(was::band).orElse(now.get("diff.none"))),
              Printable.safe(r.bandAfter().map(now::band).orElse(now.get("diff.none"))),
              r.problem().map(p -> " (" + Printable.safe(p) + ")").orElse("")));
    }
    if (!errors.isEmpty()) {
      b.append("  ").append(now.get("unreadRows", errors.size())).append('\n');
      errors.forEach(
          e -> b.append("    ").append(Printable.safe(PlanCommand.rowError(e, was))).append('\n'));
    }
  }

  /** A change in the report's words: what changed, and how; values as the rubrics give them. */
  private static String describe(RubricChange c, ReportLanguage language) {
    String element = language.get("diff.element." + name(c.element()));
    return switch (c.kind()) {
      case ADDED -> language.get("diff.added", element, c.id());
      case REMOVED -> language.get("diff.removed", element, c.id());
      case CHANGED ->
          language.get(
              "diff.changed",
              element,
              c.id(),
              c.field().map(f -> field(f, language)).orElse(""),
              c.before().orElse(""),
              c.after().orElse(""));
    };
  }

  /** A field's name in the report's words, or as the file names it when they have none. */
  private static String field(String field, ReportLanguage language) {
    try {
      return language.get("diff.field." + field);
    } catch (IllegalArgumentException e) {
      return field;
    }
  }

  /** The statement of a changed trait or the name of a changed dimension, in the language. */
  private static Optional<String> text(RubricChange c, ReportLanguage language) {
    if (c.element() == RubricChange.Element.TRAIT) {
      return language.rubric().trait(c.id()).map(t -> t.statement().strip());
    }
    if (c.element() == RubricChange.Element.DIMENSION) {
      return language.rubric().dimension(c.id()).map(d -> d.name());
    }
    return Optional.empty();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
