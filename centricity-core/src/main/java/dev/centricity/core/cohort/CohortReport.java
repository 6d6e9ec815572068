package dev.centricity.core.cohort;

import dev.centricity.core.RubricIdentity;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.internal.ValueStyle;
import dev.centricity.core.io.CohortReportFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The results of a {@link CohortAnalysis}: the whole cohort and each group summarised with
 * intervals and agreement, intraclass correlations across groups, the reliability of each
 * dimension, the rows that could not be scored, and warnings.
 *
 * <ul>
 *   <li>{@link #rows()} = {@link #respondents()} + {@link #rejected()}: every row is either scored
 *       or recorded as an error, never dropped; {@link #errors()} keeps the first {@value
 *       #MAX_ERRORS_KEPT} in line order (the input order of a file or a cohort);
 *   <li>{@link #overall()} — every respondent scored, grouped or not; {@link #groups()} — one
 *       summary per group label, sorted by label;
 *   <li>{@link #intraclassCorrelations()} — the overall index first, then each dimension, when at
 *       least two groups have respondents (two-pole rubrics);
 *   <li>{@link #reliability()} — one per dimension, in the rubric's order (two-pole rubrics).
 * </ul>
 *
 * <p>No figure depends on the order of the respondents beyond rounding. Immutable and value-based;
 * {@link CohortReportFormat} writes it as JSON.
 */
@Value.Immutable
@ValueStyle
public interface CohortReport {

  /** How many error records a report keeps; {@link #rejected()} counts them all. */
  int MAX_ERRORS_KEPT = 1000;

  /**
   * How many distinct group labels an analysis takes. Each group keeps sums whose size depends on
   * the rubric and becomes a summary in the report (with the default rubric, the report and its
   * JSON take about 12 KB a group), so the number of groups is what bounds an analysis's memory: at
   * this limit, analysing and writing the report fits in a heap of 64 MB. A label beyond this many
   * fails the analysis with a {@link dev.centricity.core.CentricityException} saying so; so many
   * groups usually mean the group column holds an id of each respondent.
   */
  int MAX_GROUPS = 2_000;

  /**
   * The most traits of one dimension whose reliability is computed. Reliability keeps sums for
   * every pair of a dimension's traits (32 bytes a pair, about 1.4 MB at this limit); a larger
   * dimension gets the warning {@code reliability-unavailable} instead.
   */
  int MAX_RELIABILITY_TRAITS = 200;

  /** The exact rubric the cohort was scored with. */
  RubricIdentity rubric();

  /** The policy it was scored under. */
  ScoringPolicy policy();

  /** The confidence level of every interval, such as 0.95. */
  double confidenceLevel();

  /** The number of rows analysed: respondents plus rejected rows. */
  long rows();

  /** The number of respondents scored. */
  long respondents();

  /** The number of rows that could not be scored. */
  long rejected();

  /**
   * The first {@value #MAX_ERRORS_KEPT} rows that could not be scored by line, in line order: the
   * input order of a file or a cohort, whose lines ascend.
   */
  List<RowError> errors();

  /** The number of respondents scored without a group label. */
  long ungrouped();

  /** The whole cohort. */
  GroupSummary overall();

  /** One summary per group, sorted by label. */
  List<GroupSummary> groups();

  /** ICC(1) and ICC(2) of the overall index and of each dimension, when there are groups. */
  List<IntraclassCorrelation> intraclassCorrelations();

  /** The reliability of each dimension. */
  List<Reliability> reliability();

  /** What the host or researcher should know. */
  List<CohortWarning> warnings();

  /**
   * Finds a group's summary.
   *
   * @param label the group label
   * @return the summary, or empty when no scored respondent has that label
   */
  default Optional<GroupSummary> group(String label) {
    return groups().stream().filter(g -> g.group().equals(Optional.of(label))).findFirst();
  }

  /**
   * Finds a dimension's reliability.
   *
   * @param dimensionId the dimension
   * @return its reliability, or empty
   */
  default Optional<Reliability> reliability(String dimensionId) {
    return reliability().stream().filter(r -> r.dimension().equals(dimensionId)).findFirst();
  }

  /**
   * Finds the intraclass correlations of a dimension's index.
   *
   * @param dimensionId the dimension
   * @return them, or empty
   */
  default Optional<IntraclassCorrelation> intraclassCorrelation(String dimensionId) {
    return intraclassCorrelations().stream()
        .filter(i -> i.dimension().equals(Optional.of(dimensionId)))
        .findFirst();
  }

  /** Checks that rows = respondents + rejected, and the confidence level. */
  @Value.Check
  default void check() {
    if (rows() != respondents() + rejected()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "rows (%d) must equal respondents (%d) plus rejected rows (%d)",
              rows(),
              respondents(),
              rejected()));
    }
    if (!(confidenceLevel() > 0 && confidenceLevel() < 1)) {
      throw new IllegalArgumentException(
          "the confidence level must be in (0, 1) but was " + confidenceLevel());
    }
  }

  /**
   * A builder for a {@link CohortReport}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CohortReport}, checking it when {@code build()} is called. Obtained from {@link
   * CohortReport#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableCohortReport.Builder {
    Builder() {}
  }
}
