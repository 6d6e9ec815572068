package dev.centricity.examples.hosts;

import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.examples.hosts.ChannelExtension.Study;
import dev.centricity.rubric.DefaultRubrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** The plain-text report of {@link ChannelExtension}: the rendering, kept apart from the study. */
final class ChannelStudyReport {

  private ChannelStudyReport() {}

  /**
   * Renders a study as plain text: per group the mean profile with intervals, the leading pole and
   * agreement; the mean strength of each pole; reliability of the shared dimensions from the
   * two-pole analysis, with a note on why the extended rubric has none.
   *
   * @param study the study
   * @return the text, lines ending in {@code '\n'}
   */
  static String render(Study study) {
    Rubric rubric = ChannelExtension.rubric();
    CohortReport ext = study.extended();
    List<String> poles = rubric.poles().stream().map(Pole::id).toList();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Research extension: %s (%s)%n",
            rubric.title().orElse(rubric.id()),
            rubric.reference()));
    out.append(
        String.format(
            Locale.ROOT,
            "poles %s; %d rows: %d respondents in %d groups, %d set aside%n",
            String.join(", ", poles),
            ext.rows(),
            ext.respondents(),
            ext.groups().size(),
            ext.rejected()));
    List<GroupSummary> summaries = new ArrayList<>(ext.groups());
    summaries.add(ext.overall());
    int width = 12;
    for (GroupSummary g : summaries) {
      width = Math.max(width, label(g).length());
    }
    out.append("\nMean profile: share of each pole, 95% interval\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s %4s", "Group", "n"));
    for (String p : poles) {
      out.append(String.format(Locale.ROOT, "  %-21s", p));
    }
    out.append(String.format(Locale.ROOT, "  %-9s %5s%n", "leads", "r_wg"));
    for (GroupSummary g : summaries) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s %4d", label(g), g.respondents()));
      for (String p : poles) {
        out.append("  ").append(HostText.estimate(Optional.ofNullable(g.profile().get(p))));
      }
      OptionalDouble rwg = TeamSurvey.meanAgreement(g);
      out.append(
          String.format(
              Locale.ROOT,
              "  %-9s %5s%n",
              ChannelExtension.leadingPole(g).orElse("-"),
              HostText.fixed(rwg, 2)));
    }
    out.append("\nMean pole strength: agreement with each pole's statements, 0-1\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s", "Group"));
    for (String p : poles) {
      out.append(String.format(Locale.ROOT, "  %-21s", p));
    }
    out.append('\n');
    for (GroupSummary g : summaries) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s", label(g)));
      for (String p : poles) {
        out.append("  ").append(HostText.estimate(Optional.ofNullable(g.strengths().get(p))));
      }
      out.append('\n');
    }
    out.append("\nReliability\n");
    out.append(
        "  The library computes Cronbach's alpha (as psych::alpha) for two-pole rubrics only: it"
            + " keys\n  every item towards the second pole, and a channel statement runs towards"
            + " neither end.\n");
    out.append(
        String.format(
            Locale.ROOT,
            "  Extended rubric: %d dimensions with reliability. Two-pole default rubric on the"
                + " same answers%n  (channel statements ignored), the nine shared dimensions:%n",
            ext.reliability().size()));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-28s %6s %9s %7s %6s%n",
            "dimension",
            "alpha",
            "std.alpha",
            "mean r",
            "items"));
    for (Reliability r : study.twoPole().reliability()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %6s %9s %7s %6d%n",
              DefaultRubrics.productCustomer()
                  .dimension(r.dimension())
                  .map(Dimension::name)
                  .orElse(r.dimension()),
              HostText.fixed(r.rawAlpha(), 3),
              HostText.fixed(r.standardizedAlpha(), 3),
              HostText.fixed(r.averageCorrelation(), 3),
              r.items().size()));
    }
    out.append(
        "  Routes to market: no two-pole alpha; psych::alpha on its five columns (the question"
            + " reversed) gives it.\n");
    return HostText.trimLines(out.toString());
  }

  private static String label(GroupSummary g) {
    return g.group().orElse("(all)");
  }
}
