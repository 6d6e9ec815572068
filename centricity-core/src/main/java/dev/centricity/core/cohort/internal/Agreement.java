package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.WithinGroupAgreement;
import dev.centricity.core.internal.CompiledRubric;
import java.util.Optional;

/**
 * r<sub>wg(J)</sub>, the agreement of a group's answers on a dimension, from the exact sums of each
 * trait's answers (see {@link WithinGroupAgreement} for the formula and its conventions).
 * Stateless.
 */
final class Agreement {

  private Agreement() {}

  /** r<sub>wg(J)</sub> of a group on dimension {@code d}; empty when no trait has two answers. */
  static Optional<WithinGroupAgreement> of(CompiledRubric layout, GroupAccumulator group, int d) {
    int items = 0;
    double ratios = 0;
    for (int t = layout.dimensionStart[d]; t < layout.dimensionEnd[d]; t++) {
      long n = group.traitN[t];
      if (n >= 2) {
        double variance =
            ItemSums.covariance(n, group.traitSumSquares[t], group.traitSum[t], group.traitSum[t]);
        int a = layout.traitPoints[t];
        double uniform = (a * (double) a - 1) / 12;
        ratios += variance / uniform;
        items++;
      }
    }
    if (items == 0) {
      return Optional.empty();
    }
    double v = ratios / items;
    boolean truncated = v > 1;
    double used = truncated ? 1.0 : v;
    double rwg = items * (1 - used) / (items * (1 - used) + used);
    return Optional.of(
        WithinGroupAgreement.builder()
            .rwg(rwg)
            .items(items)
            .respondents(group.dimensionAnswered[d])
            .varianceRatio(v)
            .truncated(truncated)
            .build());
  }
}
