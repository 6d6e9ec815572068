package dev.centricity.examples.hosts;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Host application 3, a research extension: adds a third pole, {@code channel}, to the default
 * rubric in code, profiles a cohort per group, and reports reliability where the library defines
 * it.
 *
 * <pre>
 * java -cp centricity-examples/target/centricity.jar dev.centricity.examples.hosts.ChannelExtension \
 *     [--group-by COLUMN] [COHORT.csv | --write-sample FILE]
 * </pre>
 *
 * <p><b>The rubric</b> ({@link #rubric()}). Claim A16 of the default rubric's references notes that
 * a business may centre on its channels — distributors, resellers, stores, marketplaces — as well
 * as on its products or its customers. The extension adds the pole {@value #CHANNEL} and a tenth
 * dimension, {@value #DIMENSION} (<i>Routes to market</i>), of four statements keyed to {@code
 * channel} and one question running from {@code channel} to {@code customer}, all citing A16; the
 * nine default dimensions stay as they are. With three poles a scorecard has a profile (a share per
 * pole), the leading pole and a strength per pole, but no index, bands or quadrant. Each default
 * dimension holds equal product- and customer-keyed weight while the new one is channel-keyed only,
 * so the channel <i>strength</i> is the cleaner measure of how firmly a group holds that
 * orientation.
 *
 * <p><b>Reliability, and its limit.</b> The library's cohort reliability ({@link Reliability},
 * Cronbach's alpha as R's {@code psych::alpha}) keys every item towards the second of two poles, so
 * {@link CohortReport#reliability()} is empty for three poles. The study ({@link #analyse(Cohort)})
 * therefore also scores the same answers with the two-pole default rubric, under a policy that
 * ignores the channel traits, for the alpha of the nine shared dimensions.
 *
 * <p>Without a file the program studies {@link ChannelSample#cohort()}, 36 fictional respondents;
 * {@link ChannelStudyReport} renders the study. The extended rubric is checked against every
 * invariant of the model by the testkit ({@code ChannelExtensionContractTest}). Thread safety: the
 * methods are stateless and the results immutable.
 */
public final class ChannelExtension {

  /** The id of the third pole. */
  public static final String CHANNEL = "channel";

  /** The id of the new dimension. */
  public static final String DIMENSION = "channels";

  /** The id of the question running from channel to customer. */
  public static final String FIRST_ASK = "channels.first-ask";

  private ChannelExtension() {}

  private static final class Holder {
    static final Rubric RUBRIC = ChannelRubric.build();
  }

  /**
   * The extended rubric, {@code product-customer-channel-centricity} 0.1.0: the default rubric with
   * the pole {@value #CHANNEL} and the dimension {@value #DIMENSION} added, no bands, and worked
   * examples that expect a leading pole.
   *
   * @return the validated rubric, the same instance on every call
   */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  /**
   * The two-pole default rubric's scorer for the same answers: its policy ignores answers to traits
   * it does not have (the channel traits) instead of rejecting the response.
   *
   * @return the scorer
   */
  public static Scorer twoPoleScorer() {
    Rubric base = DefaultRubrics.productCustomer();
    return Scorer.of(
        base,
        ScoringPolicy.from(base.policy())
            .unknownTraits(ScoringPolicy.UnknownTraits.IGNORE)
            .build());
  }

  /**
   * A study's results: the cohort analysed with the extended rubric, and the same answers analysed
   * with the two-pole default rubric for its reliability.
   *
   * @param extended the three-pole report: profiles, strengths and agreement per group; no
   *     reliability
   * @param twoPole the two-pole report of the shared traits, with reliability per dimension
   */
  public record Study(CohortReport extended, CohortReport twoPole) {

    /**
     * The pole with the largest mean share in a group's profile (on a tie, the first in the
     * rubric's order, as a scorecard names its leading pole).
     *
     * @param group the group label
     * @return the pole id; empty when the group has no determined respondent
     */
    public Optional<String> leadingPole(String group) {
      return extended.group(group).flatMap(ChannelExtension::leadingPole);
    }
  }

  /**
   * The pole with the largest mean share of a summary's profile.
   *
   * @param g a group's or the cohort's summary
   * @return the pole id; empty when the summary has no profile
   */
  public static Optional<String> leadingPole(GroupSummary g) {
    String best = null;
    double share = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Estimate> e : g.profile().entrySet()) {
      if (e.getValue().mean() > share) {
        best = e.getKey();
        share = e.getValue().mean();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Analyses a cohort held in memory with the extended rubric, and its answers to the shared traits
   * with the two-pole default rubric.
   *
   * @param cohort respondents with a group each, answering the extended rubric's traits
   * @return the study
   */
  public static Study analyse(Cohort cohort) {
    CohortReport extended = CohortAnalysis.of(Scorer.of(rubric())).analyse(cohort);
    CohortReport twoPole = CohortAnalysis.of(twoPoleScorer()).analyse(cohort);
    return new Study(extended, twoPole);
  }

  /**
   * Analyses a cohort file twice as it streams: with the extended rubric, and with the two-pole
   * default rubric, whose reader skips the channel columns with a warning.
   *
   * @param csv the cohort file: respondent, group and a column per trait of the extended rubric
   * @param groupColumn the column that names each respondent's group
   * @return the study
   * @throws dev.centricity.core.CohortFormatException if the file cannot be read
   */
  public static Study analyse(Path csv, String groupColumn) {
    return new Study(
        analyseFile(Scorer.of(rubric()), csv, groupColumn),
        analyseFile(twoPoleScorer(), csv, groupColumn));
  }

  private static CohortReport analyseFile(Scorer scorer, Path csv, String groupColumn) {
    try (CohortRows rows = CohortReader.of(scorer).withGroupColumn(groupColumn).open(csv)) {
      return CohortAnalysis.of(scorer).analyse(rows);
    }
  }

  @Command(name = "ChannelExtension", synopsisHeading = "usage: ")
  private static final class Cli extends HostCommand {
    @Option(
        names = "--group-by",
        paramLabel = "COLUMN",
        description = "The column naming each respondent's group (default: ${DEFAULT-VALUE}).")
    String groupColumn = CohortReader.GROUP_COLUMN;

    @Option(
        names = "--write-sample",
        paramLabel = "FILE",
        description = "Write the generated cohort as CSV and stop.")
    Path sample;

    @Parameters(
        arity = "0..1",
        paramLabel = "COHORT.csv",
        description = "respondent, group, a column per trait; default: 36 generated respondents")
    Path file;

    @Override
    void execute(PrintStream out, PrintStream err) {
      if (sample != null) {
        Cohort cohort = ChannelSample.cohort();
        try {
          Files.writeString(sample, ChannelSample.toCsv(cohort), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + sample + ": " + e.getMessage(), e);
        }
        out.println("wrote " + cohort.size() + " fictional respondents to " + sample);
        return;
      }
      Study study = file == null ? analyse(ChannelSample.cohort()) : analyse(file, groupColumn);
      out.print(ChannelStudyReport.render(study));
    }
  }

  /**
   * Runs the program.
   *
   * @param args {@code [--group-by COLUMN] [COHORT.csv]}, {@code --write-sample FILE}, or {@code
   *     --help}
   * @param out where the report goes
   * @param err where usage and error messages go
   * @return the exit code: 0 success, 2 bad arguments or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return HostCommand.run(new Cli(), args, out, err);
  }

  /**
   * Prints the study of a cohort file, or of the generated cohort.
   *
   * @param args {@code [--group-by COLUMN] [COHORT.csv]} or {@code --write-sample FILE}
   */
  public static void main(String[] args) {
    HostCommand.main(new Cli(), args);
  }
}
