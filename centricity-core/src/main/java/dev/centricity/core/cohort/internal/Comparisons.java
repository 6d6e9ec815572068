package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.CohortComparison;
import dev.centricity.core.cohort.Difference;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import java.util.List;
import java.util.Optional;

/**
 * Differences between two summaries: Welch's interval and Cohen's d for the overall and each
 * dimension's index (see {@link Difference} for the formulas). Stateless and thread-safe.
 */
public final class Comparisons {

  private Comparisons() {}

  /**
   * Compares two group summaries (see {@link Difference}).
   *
   * @param first the reference
   * @param second the other
   * @param level the confidence level
   * @param groups the comparisons of their groups, if any
   * @return the comparison
   */
  public static CohortComparison compare(
      GroupSummary first, GroupSummary second, double level, List<CohortComparison> groups) {
    Estimates.checkLevel(level);
    CohortComparison.Builder c = CohortComparison.builder().confidenceLevel(level).groups(groups);
    if (first.group().equals(second.group())) {
      c.group(first.group());
    }
    if (first.index().isPresent() && second.index().isPresent()) {
      c.index(difference(Optional.empty(), first.index().get(), second.index().get(), level));
    }
    for (DimensionSummary a : first.dimensions()) {
      Optional<DimensionSummary> b = second.dimension(a.id());
      if (a.index().isPresent() && b.isPresent() && b.get().index().isPresent()) {
        c.addDimensions(
            difference(Optional.of(a.id()), a.index().get(), b.get().index().get(), level));
      }
    }
    return c.build();
  }

  static Difference difference(
      Optional<String> dimension, Estimate first, Estimate second, double level) {
    double diff = second.mean() - first.mean();
    Difference.Builder d =
        Difference.builder().dimension(dimension).first(first).second(second).difference(diff);
    if (first.standardDeviation().isPresent() && second.standardDeviation().isPresent()) {
      double s1 = first.standardDeviation().getAsDouble();
      double s2 = second.standardDeviation().getAsDouble();
      long n1 = first.n();
      long n2 = second.n();
      double v1 = s1 * s1 / n1;
      double v2 = s2 * s2 / n2;
      double se = Math.sqrt(v1 + v2);
      d.standardError(se);
      if (se > 0) {
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double half = Estimates.criticalT(level, df) * se;
        d.degreesOfFreedom(df).lower(diff - half).upper(diff + half);
      } else {
        d.lower(diff).upper(diff);
      }
      double pooled = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2));
      if (pooled > 0) {
        d.cohensD(diff / pooled);
      }
    }
    return d.build();
  }
}
