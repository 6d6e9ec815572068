package dev.centricity.examples.hosts;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Host application 1, an HR team survey: reads a cohort CSV in which people from several teams
 * answered the default rubric, and prints a result per team with its 95% interval and how far its
 * members agree, flagging the teams an HR partner should not read at face value.
 *
 * <pre>
 * java -cp centricity-examples/target/centricity.jar dev.centricity.examples.hosts.TeamSurvey \
 *     [--group-by COLUMN] centricity-examples/src/test/resources/cohorts/team-survey.csv
 * </pre>
 *
 * <p>The CSV is what a survey tool exports: a {@code respondent} column, a column naming the team
 * ({@code group} unless {@code --group-by} names another, such as {@code team}) and a column per
 * trait id of the default rubric. Bad rows are set aside and listed, never dropped silently.
 *
 * <p>Two flags, each a reason to hold back a team's headline result:
 *
 * <ul>
 *   <li><b>members disagree</b> — the team's mean r<sub>wg(J)</sub> over the dimensions that have
 *       one is below {@link #AGREEMENT_THRESHOLD} (0.70, the usual cut-off; see {@code
 *       docs/cohorts.md}). The team mean then averages views that differ more than they agree, and
 *       it speaks for no one in particular: talk to the team before acting on it;
 *   <li><b>not yet clear</b> — the 95% interval of the team's mean index reaches more than one band
 *       (or the team has a single respondent, so has no interval): the data cannot yet say which
 *       band the team is in. More respondents, or the next survey round, will narrow it.
 * </ul>
 *
 * <p>{@link #analyse(Scorer, Path, String)} returns the results as values ({@link Survey}, {@link
 * TeamResult}); {@link #render(Survey, Rubric)} turns them into the table; {@link #main(String[])}
 * only parses arguments and prints.
 *
 * <p>Thread safety: the methods are stateless and the results immutable.
 */
public final class TeamSurvey {

  /**
   * The mean r<sub>wg(J)</sub> below which a team's members are taken to disagree: 0.70, the value
   * conventionally required before a group's mean is reported as its shared view (LeBreton &amp;
   * Senter, 2008).
   */
  public static final double AGREEMENT_THRESHOLD = 0.70;

  /** How many rejected rows the printed report lists before it summarises the rest. */
  static final int ERRORS_SHOWN = 10;

  private TeamSurvey() {}

  /**
   * One team's result as an HR tool shows it: the library's summary of the team, and the two flags.
   *
   * @param summary the team's figures, as the library computed them
   * @param meanAgreement the mean r<sub>wg(J)</sub> over the dimensions that have one; empty for a
   *     team of one, or when no trait got two answers
   * @param membersDisagree whether the mean agreement is below the threshold
   * @param notYetClear whether the team's band is uncertain (its interval reaches more than one
   *     band, or there is no interval)
   */
  public record TeamResult(
      GroupSummary summary,
      OptionalDouble meanAgreement,
      boolean membersDisagree,
      boolean notYetClear) {

    /**
     * The team's label.
     *
     * @return the label; {@code "(whole organisation)"} for the summary of everyone
     */
    public String team() {
      return summary.group().orElse("(whole organisation)");
    }

    /**
     * The mean 0–100 score of the team with its interval.
     *
     * @return the score; empty when no member's scorecard was determined
     */
    public Optional<Estimate> score() {
      return summary.score();
    }

    /**
     * The band of the team's mean, or the bands it may be in.
     *
     * @return the band estimate; empty when no member's scorecard was determined
     */
    public Optional<BandEstimate> band() {
      return summary.band();
    }

    /**
     * What an HR partner should make of the result, in a few words: {@code "clear"}, {@code "not
     * yet clear"}, {@code "members disagree"}, or both flags joined by {@code "; "}.
     *
     * @return the reading
     */
    public String reading() {
      if (!membersDisagree && !notYetClear) {
        return "clear";
      }
      List<String> flags = new ArrayList<>();
      if (membersDisagree) {
        flags.add("members disagree");
      }
      if (notYetClear) {
        flags.add("not yet clear");
      }
      return String.join("; ", flags);
    }
  }

  /**
   * A survey's results: the library's report, the whole organisation and each team with its flags.
   *
   * @param report the cohort report the results were read from
   * @param organisation everyone scored, with the same flags as a team
   * @param teams one result per team, sorted by label
   * @param agreementThreshold the threshold the flags were set with
   */
  public record Survey(
      CohortReport report,
      TeamResult organisation,
      List<TeamResult> teams,
      double agreementThreshold) {

    /**
     * Copies the team list.
     *
     * @param report the cohort report
     * @param organisation everyone scored
     * @param teams one result per team
     * @param agreementThreshold the threshold of the flags
     */
    public Survey {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(organisation, "organisation");
      teams = List.copyOf(teams);
    }

    /**
     * Finds a team by label.
     *
     * @param label the team's label
     * @return its result, or empty when no respondent of that team was scored
     */
    public Optional<TeamResult> team(String label) {
      return teams.stream().filter(t -> t.team().equals(label)).findFirst();
    }

    /**
     * The teams that carry a flag, in label order.
     *
     * @return the flagged teams; empty when every team is clear
     */
    public List<TeamResult> flagged() {
      return teams.stream().filter(t -> t.membersDisagree() || t.notYetClear()).toList();
    }
  }

  /**
   * Reads a cohort file, analyses it in one pass and sets the flags with {@link
   * #AGREEMENT_THRESHOLD}.
   *
   * @param scorer the scorer for every respondent, such as {@code
   *     Scorer.of(DefaultRubrics.productCustomer())}
   * @param csv the cohort file
   * @param groupColumn the column that names each respondent's team, such as {@code group} or
   *     {@code team}
   * @return the survey's results
   * @throws dev.centricity.core.CohortFormatException if the file cannot be read, or its header
   *     does not fit the rubric
   * @throws IllegalArgumentException if the group column is blank or is {@code respondent}
   */
  public static Survey analyse(Scorer scorer, Path csv, String groupColumn) {
    CohortReport report;
    try (CohortRows rows = CohortReader.of(scorer).withGroupColumn(groupColumn).open(csv)) {
      report = CohortAnalysis.of(scorer).analyse(rows);
    }
    return assess(report, AGREEMENT_THRESHOLD);
  }

  /**
   * Sets the two flags on every team of a report and on the whole organisation.
   *
   * <p>A team's agreement is the plain mean of r<sub>wg(J)</sub> over its dimensions that have one
   * (see {@link dev.centricity.core.cohort.WithinGroupAgreement}); a dimension truncated to 0
   * counts as 0. The team <i>disagrees</i> when that mean is below {@code agreementThreshold}; a
   * team without agreement (a single respondent) is not flagged as disagreeing, only as not yet
   * clear. A team is <i>not yet clear</i> when its band is uncertain or missing.
   *
   * @param report a cohort report of a two-pole rubric with bands
   * @param agreementThreshold the mean r<sub>wg(J)</sub> below which members disagree, in [0, 1]
   * @return the results, teams in the report's (label) order
   * @throws IllegalArgumentException if the threshold is not in [0, 1]
   */
  public static Survey assess(CohortReport report, double agreementThreshold) {
    if (!(agreementThreshold >= 0.0 && agreementThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the agreement threshold must be in [0, 1] but was %s",
              agreementThreshold));
    }
    List<TeamResult> teams = new ArrayList<>();
    for (GroupSummary g : report.groups()) {
      teams.add(result(g, agreementThreshold));
    }
    return new Survey(
        report, result(report.overall(), agreementThreshold), teams, agreementThreshold);
  }

  private static TeamResult result(GroupSummary g, double threshold) {
    OptionalDouble agreement = meanAgreement(g);
    boolean disagree = agreement.isPresent() && agreement.getAsDouble() < threshold;
    boolean unclear = g.band().map(b -> !b.certain()).orElse(true);
    return new TeamResult(g, agreement, disagree, unclear);
  }

  /**
   * The mean r<sub>wg(J)</sub> of a group over the dimensions that have one.
   *
   * @param g the group
   * @return the mean; empty when no dimension has an agreement figure
   */
  public static OptionalDouble meanAgreement(GroupSummary g) {
    double sum = 0;
    int n = 0;
    for (DimensionSummary d : g.dimensions()) {
      if (d.agreement().isPresent()) {
        sum += d.agreement().get().rwg();
        n++;
      }
    }
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
  }

  /**
   * Renders the results as a plain-text report: a line per team (score, interval, band, agreement,
   * reading), the dimension scores per team with the dimensions a team disagrees on marked, the
   * rows set aside, and a note on how to read the flags.
   *
   * @param survey the results
   * @param rubric the rubric they were computed with, for its title and dimension names
   * @return the text, lines ending in {@code '\n'}
   */
  public static String render(Survey survey, Rubric rubric) {
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
      width = Math.max(width, t.team().length());
    }
    int bandWidth = "Band".length();
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
        if (shown++ == ERRORS_SHOWN) {
          out.append(
              String.format(Locale.ROOT, "  ... and %d more%n", report.rejected() - ERRORS_SHOWN));
          break;
        }
        out.append("  ").append(e.describe()).append('\n');
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
    return out.toString().replaceAll("(?m) +$", "");
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
            t.team(),
            t.summary().respondents(),
            score.map(s -> String.format(Locale.ROOT, "%.1f", s.mean())).orElse("-"),
            interval,
            t.band().map(BandEstimate::describe).orElse("-"),
            t.meanAgreement().isPresent()
                ? String.format(Locale.ROOT, "%.2f", t.meanAgreement().getAsDouble())
                : "-",
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
      int w = Math.max(7, t.team().length());
      widths.add(w);
      out.append(String.format(Locale.ROOT, " %" + w + "s", t.team()));
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

  /**
   * Runs the program with the given arguments, printing to the given streams.
   *
   * @param args {@code [--group-by COLUMN] COHORT.csv}, or {@code --help}
   * @param out where the report goes
   * @param err where usage and error messages go
   * @return the exit code: 0 success, 2 bad arguments or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String groupColumn = CohortReader.GROUP_COLUMN;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.print(usage());
        return 0;
      } else if (a.equals("--group-by") && i + 1 < args.length) {
        groupColumn = args[++i];
      } else if (a.startsWith("--group-by=")) {
        groupColumn = a.substring("--group-by=".length());
      } else if (a.startsWith("-") || file != null) {
        err.print("unexpected argument '" + a + "'\n" + usage());
        return 2;
      } else {
        file = Path.of(a);
      }
    }
    if (file == null) {
      err.print("no cohort file given\n" + usage());
      return 2;
    }
    Rubric rubric = DefaultRubrics.productCustomer();
    try {
      Survey survey = analyse(Scorer.of(rubric), file, groupColumn);
      out.print(render(survey, rubric));
      return 0;
    } catch (CentricityException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  private static String usage() {
    return "usage: TeamSurvey [--group-by COLUMN] COHORT.csv\n"
        + "  COHORT.csv       a row per respondent: respondent, team and one column per trait id\n"
        + "  --group-by NAME  the column naming each respondent's team (default: group)\n";
  }

  /**
   * Prints the team-by-team report of a cohort file.
   *
   * @param args {@code [--group-by COLUMN] COHORT.csv}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }
}
