package dev.centricity.core.cohort.internal;

import java.util.OptionalDouble;

/**
 * Cronbach's alpha of a set of items as psych's {@code alpha.1} computes it: raw from the
 * covariances, standardised from the correlations, and the average inter-item correlation. A figure
 * whose denominator is 0 is NaN, and {@link #present} leaves it out.
 *
 * @param raw (1 − tr C / ΣC) · p/(p − 1)
 * @param standardized (1 − p / ΣR) · p/(p − 1)
 * @param averageCorrelation (ΣR − p) / (p (p − 1))
 */
record Alpha(double raw, double standardized, double averageCorrelation) {

  /** Alpha over the items {@code idx} of the matrices C and R. */
  static Alpha over(double[][] c, double[][] r, int[] idx) {
    int p = idx.length;
    double sumC = 0;
    double traceC = 0;
    double sumR = 0;
    for (int a : idx) {
      traceC += c[a][a];
      for (int b : idx) {
        sumC += c[a][b];
        sumR += r[a][b];
      }
    }
    double factor = p / (p - 1.0);
    double raw = sumC != 0 ? (1 - traceC / sumC) * factor : Double.NaN;
    double std = sumR != 0 ? (1 - p / sumR) * factor : Double.NaN;
    double averageR = (sumR - p) / (p * (p - 1.0));
    return new Alpha(raw, std, averageR);
  }

  /**
   * Alpha of the items left when item {@code a} is dropped. With two items, psych's special case:
   * raw C<sub>12</sub>/C<sub>kept,kept</sub>, standardised and average r both R<sub>12</sub>.
   */
  static Alpha dropping(double[][] c, double[][] r, int a) {
    int p = c.length;
    if (p == 2) {
      int other = 1 - a;
      return new Alpha(c[0][1] / c[other][other], r[0][1], r[0][1]);
    }
    int[] rest = new int[p - 1];
    for (int b = 0, m = 0; b < p; b++) {
      if (b != a) {
        rest[m++] = b;
      }
    }
    return over(c, r, rest);
  }

  /** A figure when it is finite. */
  static OptionalDouble present(double x) {
    return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  /**
   * The corrected item-total correlation of item {@code a} (psych's {@code r.drop}): its covariance
   * with the sum of the other items over the root of both variances; NaN when a variance is 0.
   */
  static double correctedItemTotal(double[][] c, int a) {
    int p = c.length;
    double rowSum = 0;
    double restSum = 0;
    for (int b = 0; b < p; b++) {
      rowSum += c[a][b];
      for (int e = 0; e < p; e++) {
        if (b != a && e != a) {
          restSum += c[b][e];
        }
      }
    }
    double denominator = c[a][a] * restSum;
    return denominator > 0 ? (rowSum - c[a][a]) / Math.sqrt(denominator) : Double.NaN;
  }
}
