package dev.centricity.core.cohort.internal;

import java.math.BigInteger;

/**
 * Exact sums of whole-number answers: their count, sum and sum of squares (or, for a pair of items,
 * of products) in {@code long}, so that variances and covariances are exact to the last division
 * and the same whatever the order of the respondents.
 */
final class ItemSums {

  private ItemSums() {}

  /**
   * n Σxy − Σx Σy, exactly, as a double: the centred sum of products times n.
   *
   * @param n the count
   * @param sxy Σxy
   * @param sx Σx
   * @param sy Σy
   * @return n Σxy − Σx Σy
   */
  static double centred(long n, long sxy, long sx, long sy) {
    try {
      return Math.subtractExact(Math.multiplyExact(n, sxy), Math.multiplyExact(sx, sy));
    } catch (ArithmeticException overflow) {
      return BigInteger.valueOf(n)
          .multiply(BigInteger.valueOf(sxy))
          .subtract(BigInteger.valueOf(sx).multiply(BigInteger.valueOf(sy)))
          .doubleValue();
    }
  }

  /**
   * The sample covariance (n Σxy − Σx Σy) / (n (n − 1)); the sample variance when x = y.
   *
   * @param n the count, at least 2
   * @param sxy Σxy
   * @param sx Σx
   * @param sy Σy
   * @return the covariance
   */
  static double covariance(long n, long sxy, long sx, long sy) {
    return centred(n, sxy, sx, sy) / ((double) n * (n - 1));
  }
}
