package dev.centricity.examples.hosts;

import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.RowError;
import dev.centricity.examples.ShownText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The plain-text report of {@link TeamSurvey}: the rendering, kept apart from the integration. */
final class TeamSurveyReport {

  private TeamSurveyReport() {}

  /**
   * Renders the results as a plain-text report: a line per team (score, interval, band, agreement,
   * reading), the dimension scores per team with the dimensions a team disagrees on marked, the
   * rows set aside, and a note on how to read the flags.
   *
   * @param survey the results
   * @param rubric the rubric they were computed with, for its title and dimension names
   * @return the text, lines ending in {@code '\n'}
   */
  static String render(Survey survey, Rubric rubric) {
    CohortReport report = survey.report();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Team survey: %s (%s)%n",
            rubric.title().orElse(rubric.id()),
            rubric.reference()));
    out.append(
        String.format(
            Locale.ROOT,
            "%d rows: %d respondents scored in %d teams, %d set aside%n%n",
            report.rows(),
            report.respondents(),
            survey.teams().size(),
            report.rejected()));
    int width = "(whole organisation)".length();
    for (TeamResult t : survey.teams()) {
      width = Math.max(width, ShownText.of(t.team()).length());
    }
    // the band column fits the organisation's band as well as every team's
    int bandWidth = "Band".length();
    bandWidth =
        Math.max(bandWidth, survey.organisation().band().map(b -> b.describe().length()).orElse(1));
    for (TeamResult t : survey.teams()) {
      bandWidth = Math.max(bandWidth, t.band().map(b -> b.describe().length()).orElse(1));
    }
    String row = "%-" + width + "s %4s %6s  %-15s %-" + bandWidth + "s %9s  %s%n";
    out.append(
        String.format(
            Locale.ROOT,
            row,
            "Team",
            "n",
            "Score",
            "95% interval",
            "Band",
            "Agreement",
            "Reading"));
    teamLine(out, row, survey.organisation());
    for (TeamResult t : survey.teams()) {
      teamLine(out, row, t);
    }
    dimensionTable(out, survey, rubric);
    if (report.rejected() > 0) {
      out.append("\nRows set aside\n");
      int shown = 0;
      for (RowError e : report.errors()) {
        if (shown++ == TeamSurvey.ERRORS_SHOWN) {
          out.append(
              String.format(
                  Locale.ROOT, "  ... and %d more%n", report.rejected() - TeamSurvey.ERRORS_SHOWN));
          break;
        }
        out.append("  ").append(ShownText.of(e.describe())).append('\n');
      }
    }
    out.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "Agreement is the mean r_wg(J) over the dimensions: 1 when members answer alike, 0"
                    + " when they are%nno closer than random answers. Below %.2f the members"
                    + " disagree, and the team mean speaks for no one%nin particular. A team is not"
                    + " yet clear when its 95%% interval reaches more than one band.%n",
                survey.agreementThreshold()));
    return HostText.trimLines(out.toString());
  }

  private static void teamLine(StringBuilder out, String row, TeamResult t) {
    Optional<Estimate> score = t.score();
    String interval =
        score.isPresent() && score.get().lower().isPresent()
            ? String.format(
                Locale.ROOT,
                "[%5.1f, %5.1f]",
                score.get().lower().getAsDouble(),
                score.get().upper().getAsDouble())
            : "-";
    out.append(
        String.format(
            Locale.ROOT,
            row,
            ShownText.of(t.team()),
            t.summary().respondents(),
            score.map(s -> String.format(Locale.ROOT, "%.1f", s.mean())).orElse("-"),
            interval,
            t.band().map(BandEstimate::describe).orElse("-"),
            HostText.fixed(t.meanAgreement(), 2),
            t.summary().group().isPresent() ? t.reading() : ""));
  }

  /** Dimension scores per team; '*' marks a dimension on which the team's r_wg is low. */
  private static void dimensionTable(StringBuilder out, Survey survey, Rubric rubric) {
    if (survey.teams().isEmpty()) {
      return;
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nDimension scores, 0-100 (* r_wg(J) below %.2f: members disagree on it)%n",
            survey.agreementThreshold()));
    int nameWidth = 10;
    for (var d : rubric.dimensions()) {
      nameWidth = Math.max(nameWidth, d.name().length());
    }
    List<Integer> widths = new ArrayList<>();
    out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", "Dimension"));
    for (TeamResult t : survey.teams()) {
      int w = Math.max(7, ShownText.of(t.team()).length());
      widths.add(w);
      out.append(String.format(Locale.ROOT, " %" + w + "s", ShownText.of(t.team())));
    }
    out.append('\n');
    for (var d : rubric.dimensions()) {
      out.append(String.format(Locale.ROOT, "%-" + nameWidth + "s", d.name()));
      for (int i = 0; i < survey.teams().size(); i++) {
        Optional<DimensionSummary> s = survey.teams().get(i).summary().dimension(d.id());
        String cell = "-";
        if (s.isPresent() && s.get().score().isPresent()) {
          boolean low =
              s.get().agreement().map(a -> a.rwg() < survey.agreementThreshold()).orElse(false);
          cell =
              String.format(Locale.ROOT, "%.1f%s", s.get().score().get().mean(), low ? "*" : " ");
        }
        out.append(String.format(Locale.ROOT, " %" + widths.get(i) + "s", cell));
      }
      out.append('\n');
    }
  }
}
