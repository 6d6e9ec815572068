package dev.centricity.examples.hosts;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Host application 1, an HR team survey: reads a cohort CSV in which people from several teams
 * answered the default rubric, and gives each team's result with its 95% interval and how far its
 * members agree, flagging the teams an HR partner should not read at face value.
 *
 * <pre>
 * java -cp centricity-examples/target/centricity.jar dev.centricity.examples.hosts.TeamSurvey \
 *     [--group-by COLUMN] centricity-examples/src/test/resources/cohorts/team-survey.csv
 * </pre>
 *
 * <p>The library does the work: a {@link CohortReader} streams the CSV (a {@code respondent}
 * column, a team column and a column per trait id; bad rows are set aside, never dropped) into a
 * {@link CohortAnalysis}, whose {@link CohortReport} has a {@link GroupSummary} per team. This
 * class adds two flags, each a reason to hold back a team's headline result:
 *
 * <ul>
 *   <li><b>members disagree</b> — the team's mean r<sub>wg(J)</sub> over its dimensions is below
 *       {@link #AGREEMENT_THRESHOLD}: the mean speaks for no one in particular ({@code
 *       docs/cohorts.md});
 *   <li><b>not yet clear</b> — the interval of the team's mean reaches more than one band (or the
 *       team has no interval): more answers are needed before naming its band.
 * </ul>
 *
 * <p>{@link TeamSurveyReport} renders the results as text. Thread safety: the methods are stateless
 * and the results immutable.
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
   * Reads a cohort file, analyses it in one pass and sets the flags with {@link
   * #AGREEMENT_THRESHOLD}.
   *
   * @param scorer the scorer for every respondent, such as {@code
   *     Scorer.of(DefaultRubrics.productCustomer())}
   * @param csv the cohort file
   * @param groupColumn the column that names each respondent's team, such as {@code group}
   * @return the survey's results
   * @throws dev.centricity.core.CohortFormatException if the file cannot be read, or its header
   *     does not fit the rubric
   * @throws IllegalArgumentException if the group column is blank or is {@code respondent}
   */
  public static Survey analyse(Scorer scorer, Path csv, String groupColumn) {
    try (CohortRows rows = CohortReader.of(scorer).withGroupColumn(groupColumn).open(csv)) {
      return assess(CohortAnalysis.of(scorer).analyse(rows), AGREEMENT_THRESHOLD);
    }
  }

  /**
   * Sets the two flags on every team of a report and on the whole organisation. A team without
   * agreement (a single respondent) is not flagged as disagreeing, only as not yet clear.
   *
   * @param report a cohort report of a two-pole rubric with bands
   * @param agreementThreshold the mean r<sub>wg(J)</sub> below which members disagree, in [0, 1]
   * @return the results, teams in the report's (label) order
   * @throws IllegalArgumentException if the threshold is not in [0, 1]
   */
  public static Survey assess(CohortReport report, double agreementThreshold) {
    if (!(agreementThreshold >= 0.0 && agreementThreshold <= 1.0)) {
      throw new IllegalArgumentException(
          "the agreement threshold must be in [0, 1] but was " + agreementThreshold);
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
   * The plain mean of a group's r<sub>wg(J)</sub> over the dimensions that have one (see {@link
   * dev.centricity.core.cohort.WithinGroupAgreement}); a dimension truncated to 0 counts as 0.
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

  @Command(name = "TeamSurvey", synopsisHeading = "usage: ")
  private static final class Cli extends HostCommand {
    @Option(
        names = "--group-by",
        paramLabel = "COLUMN",
        description = "The column naming each respondent's team (default: ${DEFAULT-VALUE}).")
    String groupColumn = CohortReader.GROUP_COLUMN;

    @Parameters(paramLabel = "COHORT.csv", description = "respondent, team, a column per trait")
    Path file;

    @Override
    void execute(PrintStream out, PrintStream err) {
      Rubric rubric = DefaultRubrics.productCustomer();
      out.print(TeamSurveyReport.render(analyse(Scorer.of(rubric), file, groupColumn), rubric));
    }
  }

  /**
   * Runs the program.
   *
   * @param args {@code [--group-by COLUMN] COHORT.csv}, or {@code --help}
   * @param out where the report goes
   * @param err where usage and error messages go
   * @return the exit code: 0 success, 2 bad arguments or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return HostCommand.run(new Cli(), args, out, err);
  }

  /**
   * Prints the team-by-team report of a cohort file.
   *
   * @param args {@code [--group-by COLUMN] COHORT.csv}
   */
  public static void main(String[] args) {
    HostCommand.main(new Cli(), args);
  }
}
