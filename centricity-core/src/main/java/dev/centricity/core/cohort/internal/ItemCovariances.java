package dev.centricity.core.cohort.internal;

import dev.centricity.core.internal.CompiledRubric;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kept items of a dimension as psych's {@code alpha} sees them: each item's answer mean, its
 * mean after reversal, and the pairwise-complete covariance matrix with reversed items' signs
 * turned. The covariances stop at the first pair answered together by fewer than two respondents,
 * which is then named.
 */
final class ItemCovariances {

  /** C, p × p, in the order of the kept items. */
  final double[][] c;

  /** The mean answer of each kept item. */
  final double[] answerMean;

  /** The mean of each kept item after reversal, (lowest + highest) − mean for a reversed one. */
  final double[] mean;

  /** Why the matrix is incomplete, when a pair lacks two joint answers. */
  final Optional<String> missingPair;

  /** The pair's two trait ids and their number of joint answers; empty when none lacks. */
  final List<String> missingPairValues;

  private ItemCovariances(
      double[][] c,
      double[] answerMean,
      double[] mean,
      Optional<String> missingPair,
      List<String> missingPairValues) {
    this.c = c;
    this.answerMean = answerMean;
    this.mean = mean;
    this.missingPair = missingPair;
    this.missingPairValues = missingPairValues;
  }

  /** The size p of the matrix: the number of kept items. */
  int size() {
    return c.length;
  }

  /** Whether a scale can be formed: two items or more, every pair covaried. */
  boolean complete() {
    return c.length >= 2 && missingPair.isEmpty();
  }

  /** The correlations R<sub>ab</sub> = C<sub>ab</sub> / √(C<sub>aa</sub> C<sub>bb</sub>). */
  double[][] correlations() {
    int p = c.length;
    double[][] r = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        r[a][b] = c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
      }
    }
    return r;
  }

  /** The covariances of the kept items of the screen, from the accumulator's exact sums. */
  static ItemCovariances of(CompiledRubric layout, ReliabilityAccumulator acc, int[] kept) {
    int p = kept.length;
    double[] mean = new double[p];
    double[] answerMean = new double[p];
    double[][] c = new double[p][p];
    int lowest = Integer.MAX_VALUE;
    int highest = Integer.MIN_VALUE;
    for (int a = 0; a < p; a++) {
      int i = kept[a];
      answerMean[a] = acc.sum[i] / (double) acc.n[i];
      c[a][a] = ItemSums.covariance(acc.n[i], acc.sumSquares[i], acc.sum[i], acc.sum[i]);
      lowest = Math.min(lowest, acc.min[i]);
      highest = Math.max(highest, acc.max[i]);
    }
    for (int a = 0; a < p; a++) {
      boolean reversed = layout.traitSign[acc.start + kept[a]] < 0;
      // psych reverses an item as (min + max) − x, min and max over all the scale's answers.
      mean[a] = reversed ? lowest + highest - answerMean[a] : answerMean[a];
    }
    String missingPair = null;
    List<String> missingPairValues = List.of();
    for (int a = 0; a < p && missingPair == null; a++) {
      for (int b = a + 1; b < p; b++) {
        int i = kept[a];
        int j = kept[b];
        int at = i * acc.size + j;
        if (acc.pairN[at] < 2) {
          missingPair =
              String.format(
                  Locale.ROOT,
                  "traits '%s' and '%s' were answered together by %d %s, and a covariance"
                      + " needs two",
                  layout.traitIds[acc.start + i],
                  layout.traitIds[acc.start + j],
                  acc.pairN[at],
                  acc.pairN[at] == 1 ? "respondent" : "respondents");
          missingPairValues =
              List.of(
                  layout.traitIds[acc.start + i],
                  layout.traitIds[acc.start + j],
                  Long.toString(acc.pairN[at]));
          break;
        }
        int sign = layout.traitSign[acc.start + i] * layout.traitSign[acc.start + j];
        double cov =
            sign
                * ItemSums.covariance(
                    acc.pairN[at], acc.pairSumProducts[at], acc.pairSumI[at], acc.pairSumJ[at]);
        c[a][b] = cov;
        c[b][a] = cov;
      }
    }
    return new ItemCovariances(
        c, answerMean, mean, Optional.ofNullable(missingPair), missingPairValues);
  }
}
