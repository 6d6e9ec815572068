package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.IntraclassCorrelation;
import java.util.List;
import java.util.Optional;

/**
 * ICC(1) and ICC(2) of a one-way analysis of variance over groups, from each group's moments (see
 * {@link IntraclassCorrelation} for the formulas). Stateless.
 */
final class Intraclass {

  private Intraclass() {}

  /** Mean squares below this are rounding of an exact 0 (indices lie in [−1, 1]). */
  static final double ROUNDING = 1e-20;

  private static double atLeastRounding(double meanSquare) {
    return meanSquare < ROUNDING ? 0.0 : meanSquare;
  }

  /**
   * ICC(1) and ICC(2) from the moments of each group; empty unless at least two groups have values
   * and N &gt; G.
   */
  static Optional<IntraclassCorrelation> of(Optional<String> dimension, List<Moments> groups) {
    int g = 0;
    long total = 0;
    double sum = 0;
    double sumSquaredSizes = 0;
    double within = 0;
    for (Moments m : groups) {
      if (m.n > 0) {
        g++;
        total += m.n;
        sum += m.n * m.mean;
        sumSquaredSizes += (double) m.n * m.n;
        within += m.m2;
      }
    }
    if (g < 2 || total <= g) {
      return Optional.empty();
    }
    double grand = sum / total;
    double between = 0;
    for (Moments m : groups) {
      if (m.n > 0) {
        between += m.n * (m.mean - grand) * (m.mean - grand);
      }
    }
    // Mean squares of indices in [−1, 1] below ROUNDING are what summation in another order leaves
    // of an exact 0; left in, they make ICC(2) = (MSB − MSW)/MSB an order-dependent ±10^33.
    double msb = atLeastRounding(between / (g - 1));
    double msw = atLeastRounding(within / (total - g));
    double k = (total - sumSquaredSizes / total) / (g - 1);
    IntraclassCorrelation.Builder icc =
        IntraclassCorrelation.builder()
            .dimension(dimension)
            .groups(g)
            .respondents(total)
            .groupSize(k)
            .meanSquareBetween(msb)
            .meanSquareWithin(msw);
    double denominator1 = msb + (k - 1) * msw;
    if (denominator1 != 0) {
      icc.icc1((msb - msw) / denominator1);
    }
    if (msb != 0) {
      icc.icc2((msb - msw) / msb);
    }
    return Optional.of(icc.build());
  }
}
