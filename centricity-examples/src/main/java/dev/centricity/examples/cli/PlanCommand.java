package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.PlanFormat;
import dev.centricity.core.plan.GroupPlan;
import dev.centricity.core.plan.ImprovementPlan;
import dev.centricity.core.plan.PlanChange;
import dev.centricity.core.plan.PlanException;
import dev.centricity.core.plan.Planner;
import dev.centricity.core.plan.Target;
import dev.centricity.core.plan.TraitGain;
import dev.centricity.examples.HtmlReport;
import dev.centricity.examples.ReportLanguage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity plan}: what to change to reach a band or an index (docs/plans.md). */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the fewest answer changes that bring each response into --target (a band label or",
      "an index; by default the next band towards the rubric's second pole), with the scorecard",
      "they give. Traits the rubric marks not actionable are never changed.",
      "With --cohort, ranks the traits each group could gain most from instead."
    })
final class PlanCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Mixin PolicyOption policy;

  @Mixin ReportFormatOption format;

  @Mixin OutOption out;

  @Mixin LanguageOption language;

  @Option(
      names = "--target",
      paramLabel = "BAND|INDEX",
      description = "A band of the rubric, or an index from -1 to 1.")
  String target;

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      description = "Plan for a bundled sample: tableware, online-retailer or sales-talk.")
  String sample;

  @Option(
      names = "--cohort",
      paramLabel = "COHORT.csv",
      description = "Rank the traits for a cohort file and each of its groups.")
  Path cohort;

  @Option(
      names = "--group-by",
      paramLabel = "COLUMN",
      defaultValue = CohortReader.GROUP_COLUMN,
      description =
          "With --cohort, the column holding each respondent's group (default: ${DEFAULT-VALUE}).")
  String groupBy;

  @Parameters(paramLabel = "RESPONSE", arity = "0..*", description = "Response files.")
  List<Path> responses = new ArrayList<>();

  @Override
  public Integer call() {
    Rubric rubric = this.rubric.orientation();
    ReportLanguage shown = language.of(rubric);
    Scorer scorer = Scorer.of(rubric, policy.applyTo(rubric));
    Planner planner = Planner.of(scorer);
    Optional<Target> given = Optional.ofNullable(target).map(Target::parse);
    if (cohort != null) {
      if (!responses.isEmpty() || sample != null) {
        throw new ParameterException(
            spec.commandLine(), "give either --cohort or response files and --sample, not both");
      }
      if (format.get() == ReportFormatOption.Format.html) {
        throw new ParameterException(
            spec.commandLine(), "--cohort plans are written as text or json, not html");
      }
      out.write(groups(planner, rubric, given, shown));
      return 0;
    }
    if (responses.isEmpty() && sample == null) {
      throw new ParameterException(
          spec.commandLine(), "give at least one RESPONSE file, --sample NAME or --cohort FILE");
    }
    List<ImprovementPlan> plans = new ArrayList<>();
    if (sample != null) {
      plans.add(plan(planner, Inputs.sample(sample).orientation(), given));
    }
    for (Path file : responses) {
      Response r = Inputs.response(file);
      try {
        plans.add(plan(planner, r, given));
      } catch (CentricityException e) {
        throw Inputs.prefixed(file, e);
      }
    }
    StringBuilder text = new StringBuilder();
    switch (format.get()) {
      case json:
        if (plans.size() == 1) {
          text.append(PlanFormat.toJson(plans.get(0))).append('\n');
        } else {
          text.append("[\n");
          for (int i = 0; i < plans.size(); i++) {
            text.append(PlanFormat.toJson(plans.get(i)))
                .append(i + 1 < plans.size() ? ",\n" : "\n");
          }
          text.append("]\n");
        }
        break;
      case html:
        text.append(HtmlReport.renderPlans(plans, shown));
        break;
      default:
        for (int i = 0; i < plans.size(); i++) {
          if (i > 0) {
            text.append('\n').append("=".repeat(72)).append("\n\n");
          }
          text.append(render(plans.get(i), shown));
        }
    }
    out.write(text.toString());
    return 0;
  }

  private static ImprovementPlan plan(Planner planner, Response response, Optional<Target> given) {
    Target t = given.orElseGet(() -> defaultTarget(planner, planner.scorer().score(response)));
    return planner.plan(response, t);
  }

  private static Target defaultTarget(Planner planner, Scorecard card) {
    if (!card.determined()) {
      // let the planner say why it cannot plan
      return Target.index(1.0);
    }
    return planner
        .nextBand(card)
        .orElseThrow(
            () ->
                new PlanException(
                    "the rubric has no bands, so give the index to reach with --target"));
  }

  /**
   * The plan as text in a language: where it stands, what to change, what it gives; statements and
   * bands in the language, numbers written as it writes them.
   */
  static String render(ImprovementPlan plan, ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder b = new StringBuilder();
    Scorecard now = plan.current();
    b.append(
            now.respondent()
                .map(r -> language.get("plan.titleFor", Printable.safe(r)))
                .orElse(language.get("plan.title")))
        .append('\n');
    b.append("  ")
        .append(pad(language.get("plan.now") + ":", 8))
        .append(indexAndBand(now, language))
        .append('\n');
    b.append("  ")
        .append(pad(language.get("plan.target") + ":", 8))
        .append(target(plan.target(), language))
        .append('\n');
    if (plan.changes().isEmpty()) {
      b.append('\n')
          .append(language.get(plan.reached() ? "plan.alreadyThere" : "plan.noLever"))
          .append('\n');
    } else {
      b.append('\n').append(language.get("plan.whatToChange")).append('\n');
      int n = 0;
      for (PlanChange c : plan.changes()) {
        n++;
        String statement = rubric.trait(c.trait()).map(t -> t.statement()).orElse("");
        b.append(
            String.format(
                Locale.ROOT,
                "  %d. %s: %s -> %d  (%s)%n     %s%n",
                n,
                Printable.safe(c.trait()),
                c.from().isPresent() ? Integer.toString(c.from().getAsInt()) : "n/a",
                c.to(),
                language.number("%+.3f", c.gain()),
                Printable.safe(statement)));
      }
    }
    Scorecard then = plan.predicted();
    b.append('\n')
        .append(language.get(plan.reached() ? "plan.predicted" : "plan.outOfReach"))
        .append(' ')
        .append(indexAndBand(then, language))
        .append('\n');
    return b.toString();
  }

  /** "index +0.123 (band)", the band in the language. */
  private static String indexAndBand(Scorecard card, ReportLanguage language) {
    return language.get("plan.indexValue", language.number("%+.3f", card.index().getAsDouble()))
        + card.band().map(x -> " (" + Printable.safe(language.band(x)) + ")").orElse("");
  }

  /** A target: its band in the language, or "index x". */
  static String target(Target target, ReportLanguage language) {
    return target
        .band()
        .map(x -> Printable.safe(language.band(x)))
        .orElseGet(
            () -> language.get("plan.indexValue", language.exact(target.index().getAsDouble())));
  }

  private static String pad(String label, int width) {
    return label.length() < width ? label + " ".repeat(width - label.length()) : label + " ";
  }

  private String groups(
      Planner planner, Rubric rubric, Optional<Target> given, ReportLanguage language) {
    Scorer scorer = planner.scorer();
    Map<String, List<Response>> byGroup = new TreeMap<>();
    List<Response> all = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    CohortReader reader;
    try {
      reader = CohortReader.of(scorer).withGroupColumn(groupBy);
    } catch (IllegalArgumentException e) {
      // blank, or the respondent column: a usage error naming the column, not an internal error
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--group-by '" + groupBy + "': " + e.getMessage());
    }
    try (CohortRows rows = reader.open(Inputs.requireFile(cohort))) {
      for (CohortRow row : rows) {
        if (row.error().isPresent()) {
          errors.add(row.error().get());
          continue;
        }
        var member = row.member().orElseThrow();
        all.add(member.response());
        member
            .group()
            .ifPresent(
                g -> byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(member.response()));
      }
    }
    List<GroupPlan> plans = new ArrayList<>();
    plans.add(planner.planGroup(Optional.empty(), all, targetFor(planner, all, given)));
    byGroup.forEach(
        (g, members) ->
            plans.add(
                planner.planGroup(Optional.of(g), members, targetFor(planner, members, given))));
    if (format.get() == ReportFormatOption.Format.json) {
      return PlanFormat.toJson(RubricIdentity.of(rubric), plans, errors) + "\n";
    }
    StringBuilder b = new StringBuilder();
    b.append(
            language.get(
                "plan.groupsTitle",
                Printable.safe(cohort.toString()),
                Printable.safe(rubric.reference())))
        .append('\n');
    for (GroupPlan g : plans) {
      b.append('\n')
          .append(
              g.group()
                  .map(x -> language.get("plan.group", Printable.safe(x)))
                  .orElse(language.get("wholeCohort")))
          .append(": ")
          .append(
              language.get(
                  "plan.groupLine",
                  g.members(),
                  g.undetermined(),
                  g.inTarget(),
                  target(g.target(), language)))
          .append('\n');
      if (g.traits().isEmpty()) {
        b.append("  ").append(language.get("plan.nothingToGain")).append('\n');
      }
      int n = 0;
      for (TraitGain t : g.traits()) {
        if (++n > 10) {
          b.append("  ")
              .append(language.get("plan.moreTraits", g.traits().size() - 10))
              .append('\n');
          break;
        }
        b.append(String.format(Locale.ROOT, "  %2d. %-40s ", n, Printable.safe(t.trait())))
            .append(
                language.get("plan.meanGain", language.number("%+.3f", t.meanGain()), t.members()))
            .append('\n');
      }
    }
    if (!errors.isEmpty()) {
      b.append('\n').append(language.get("unreadRows", errors.size())).append('\n');
      errors.forEach(
          e -> b.append("  ").append(Printable.safe(rowError(e, language))).append('\n'));
    }
    return b.toString();
  }

  /** A rejected row in a language: "line 17 (r-17): reason". */
  static String rowError(RowError e, ReportLanguage language) {
    return language.get("lineWord", e.line())
        + e.respondent().map(r -> " (" + r + ")").orElse("")
        + ": "
        + language.reason(e);
  }

  /** The target given, or the band after the one the members' mean index falls in. */
  private static Target targetFor(Planner planner, List<Response> members, Optional<Target> given) {
    if (given.isPresent()) {
      return given.get();
    }
    double sum = 0;
    int n = 0;
    for (Response r : members) {
      Scorecard card = planner.scorer().score(r);
      if (card.index().isPresent()) {
        sum += card.index().getAsDouble();
        n++;
      }
    }
    if (n == 0) {
      return Target.index(1.0);
    }
    double mean = Math.max(-1.0, Math.min(1.0, sum / n));
    return planner
        .nextBand(mean)
        .orElseThrow(
            () ->
                new PlanException(
                    "the rubric has no bands, so give the index to reach with --target"));
  }
}
