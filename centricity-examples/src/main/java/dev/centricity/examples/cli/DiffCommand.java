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
      text = render(diff, impact, errors);
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

  private String render(RubricDiff diff, Optional<RubricImpact> impact, List<RowError> errors) {
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
      b.append("\nNo changes: the two rubrics have the same content.\n");
    } else {
      int n = diff.changes().size();
      b.append(String.format(Locale.ROOT, "%n%d %s%n", n, n == 1 ? "change" : "changes"));
      for (RubricChange c : diff.changes()) {
        b.append(
            String.format(
                Locale.ROOT,
                "  %-6s %s%n",
                name(c.bump()),
                Printable.safe(describe(c))
                    + (c.affectsScores() ? "  [can change scores]" : "  [no score can change]")));
      }
    }
    b.append(
        String.format(
            Locale.ROOT,
            "%nVersion: the changes need a %s bump; %s -> %s is %s: %s%n",
            name(diff.required()),
            Printable.safe(diff.before().version()),
            Printable.safe(diff.after().version()),
            diff.versionLowered() ? "lower" : "a " + name(diff.actual()) + " bump",
            diff.bumpedEnough() ? "enough" : "NOT enough"));
    impact.ifPresent(i -> impact(b, i, errors));
    return b.toString();
  }

  private void impact(StringBuilder b, RubricImpact impact, List<RowError> errors) {
    b.append(
        String.format(
            Locale.ROOT,
            "%nImpact on %s (%d respondents)%n",
            Printable.safe(cohort.toString()),
            impact.respondents().size()));
    if (impact.meanChange().isPresent()) {
      Estimate e = impact.meanChange().get();
      b.append(
          String.format(
              Locale.ROOT, "  mean change in index %+.4f over %d respondents", e.mean(), e.n()));
      if (e.lower().isPresent()) {
        b.append(
            String.format(
                Locale.ROOT,
                ", %.0f%% paired t interval [%+.4f, %+.4f]",
                impact.confidence() * 100,
                e.lower().getAsDouble(),
                e.upper().getAsDouble()));
      }
      b.append('\n');
    } else {
      b.append("  no respondent has an index under both rubrics\n");
    }
    b.append("  band transitions (old -> new: respondents)\n");
    for (BandTransition t : impact.transitions()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %s -> %s: %d%n",
              Printable.safe(t.before().orElse("(none)")),
              Printable.safe(t.after().orElse("(none)")),
              t.count()));
    }
    List<RespondentImpact> changed = impact.bandChanged();
    b.append(String.format(Locale.ROOT, "  %d respondents changed band%n", changed.size()));
    for (RespondentImpact r : changed) {
      b.append(
          String.format(
              Locale.ROOT,
              "    #%d%s: %s -> %s%s%n",
              r.position(),
              r.respondent().map(x -> " " + Printable.safe(x)).orElse(""),
              Printable.safe(r.bandBefore().orElse("(none)")),
              Printable.safe(r.bandAfter().orElse("(none)")),
              r.problem().map(p -> " (" + Printable.safe(p) + ")").orElse("")));
    }
    if (!errors.isEmpty()) {
      b.append(String.format(Locale.ROOT, "  %d rows could not be read:%n", errors.size()));
      errors.forEach(e -> b.append("    ").append(Printable.safe(e.describe())).append('\n'));
    }
  }

  private static String describe(RubricChange c) {
    return c.toString().replaceFirst(" \\((patch|minor|major)\\)$", "");
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
