package dev.centricity.core.cohort;

import dev.centricity.core.cohort.internal.Comparisons;
import dev.centricity.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Two cohorts compared, or one cohort at two points in time: the {@link Difference} of the mean
 * overall index and of each dimension's, with Welch's interval and Cohen's d, and the same for
 * every group present in both.
 *
 * <pre>{@code
 * CohortComparison change = CohortComparison.of(lastYear, thisYear);
 * change.index().ifPresent(d -> System.out.println(d.difference() + " " + d.lower() + " " + d.upper()));
 * }</pre>
 *
 * <p>Dimensions are matched by id, groups by label; the reports must be of the same rubric id
 * (versions may differ). Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface CohortComparison {

  /**
   * The group label compared: of the groups of two reports, or of two group summaries with the same
   * label; empty for whole cohorts and for two differently labelled groups.
   */
  Optional<String> group();

  /** The confidence level of the intervals. */
  double confidenceLevel();

  /** The difference of the mean overall index, when both sides have one. */
  Optional<Difference> index();

  /** The differences of the dimensions' mean indices, for the dimensions both sides have. */
  List<Difference> dimensions();

  /** The comparisons of the groups present in both cohorts, sorted by label. */
  List<CohortComparison> groups();

  /**
   * Finds a dimension's difference.
   *
   * @param dimensionId the dimension
   * @return the difference, or empty
   */
  default Optional<Difference> dimension(String dimensionId) {
    return dimensions().stream()
        .filter(d -> d.dimension().equals(Optional.of(dimensionId)))
        .findFirst();
  }

  /**
   * Finds a group's comparison.
   *
   * @param label the group label
   * @return the comparison, or empty when the group is not in both cohorts
   */
  default Optional<CohortComparison> group(String label) {
    return groups().stream().filter(g -> g.group().equals(Optional.of(label))).findFirst();
  }

  /**
   * Compares two cohorts at the first report's confidence level.
   *
   * @param first the reference cohort, or the earlier time
   * @param second the other cohort, or the later time
   * @return the comparison, with its groups
   * @throws CohortComparisonException if the reports are of different rubrics
   */
  static CohortComparison of(CohortReport first, CohortReport second) {
    return of(first, second, first.confidenceLevel());
  }

  /**
   * Compares two cohorts.
   *
   * @param first the reference cohort, or the earlier time
   * @param second the other cohort, or the later time
   * @param confidenceLevel the level of the intervals, in (0, 1)
   * @return the comparison, with its groups
   * @throws CohortComparisonException if the reports are of different rubrics
   * @throws IllegalArgumentException if the level is out of range
   */
  static CohortComparison of(CohortReport first, CohortReport second, double confidenceLevel) {
    if (!first.rubric().id().equals(second.rubric().id())) {
      throw new CohortComparisonException(
          String.format(
              Locale.ROOT,
              "the cohorts cannot be compared: the first was scored with rubric '%s' and the second"
                  + " with rubric '%s', whose indices and dimensions mean different things; compare"
                  + " reports of one rubric (its versions may differ)",
              first.rubric().id(),
              second.rubric().id()));
    }
    List<CohortComparison> groups = new ArrayList<>();
    for (GroupSummary a : first.groups()) {
      second
          .group(a.group().orElseThrow())
          .ifPresent(b -> groups.add(Comparisons.compare(a, b, confidenceLevel, List.of())));
    }
    return Comparisons.compare(first.overall(), second.overall(), confidenceLevel, groups);
  }

  /**
   * Compares two groups — two teams of one report, say — at the 95% level.
   *
   * @param first the reference group
   * @param second the other group
   * @return the comparison, without groups
   */
  static CohortComparison of(GroupSummary first, GroupSummary second) {
    return of(first, second, 0.95);
  }

  /**
   * Compares two groups.
   *
   * @param first the reference group
   * @param second the other group
   * @param confidenceLevel the level of the intervals, in (0, 1)
   * @return the comparison, without groups
   * @throws IllegalArgumentException if the level is out of range
   */
  static CohortComparison of(GroupSummary first, GroupSummary second, double confidenceLevel) {
    return Comparisons.compare(first, second, confidenceLevel, List.of());
  }

  /**
   * A builder for a {@link CohortComparison}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CohortComparison}, checking it when {@code build()} is called. Obtained from
   * {@link CohortComparison#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableCohortComparison.Builder {
    Builder() {}
  }
}
