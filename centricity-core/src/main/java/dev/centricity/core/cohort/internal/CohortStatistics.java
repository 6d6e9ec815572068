package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.CohortComparison;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.Difference;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.IntraclassCorrelation;
import dev.centricity.core.cohort.ItemStatistics;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.core.cohort.WithinGroupAgreement;
import dev.centricity.core.internal.CompiledRubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The statistics of the cohort API, computed from what the accumulators kept. The formulas, their
 * conventions and references are documented on the API types that carry the results ({@link
 * Estimate}, {@link BandEstimate}, {@link WithinGroupAgreement}, {@link IntraclassCorrelation},
 * {@link Reliability}, {@link Difference}); this class follows them to the letter.
 *
 * <p>Stateless and thread-safe.
 */
public final class CohortStatistics {

  private CohortStatistics() {}

  /**
   * t<sub>1−α/2, df</sub> for a two-sided interval at the given confidence level 1 − α.
   *
   * @param level the confidence level, in (0, 1)
   * @param df the degrees of freedom
   * @return the quantile
   */
  static double criticalT(double level, double df) {
    return -StudentT.quantile((1 - level) / 2, df);
  }

  static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "the confidence level must be in (0, 1) but was %s", level));
    }
  }

  /** The estimate of a mean with its t interval; empty when there is no value. */
  static Optional<Estimate> estimate(Moments m, double level) {
    if (m.n == 0) {
      return Optional.empty();
    }
    Estimate.Builder e = Estimate.builder().n(m.n).mean(m.mean);
    if (m.n >= 2) {
      double sd = Math.sqrt(m.variance());
      double se = sd / Math.sqrt(m.n);
      double half = criticalT(level, m.n - 1) * se;
      e.standardDeviation(sd).standardError(se).lower(m.mean - half).upper(m.mean + half);
    }
    return Optional.of(e.build());
  }

  /** The same estimate on the 0–100 score scale, 50(I + 1). */
  static Estimate score(Estimate index) {
    Estimate.Builder e = Estimate.builder().n(index.n()).mean(50.0 * (index.mean() + 1.0));
    index.standardDeviation().ifPresent(sd -> e.standardDeviation(50.0 * sd));
    index.standardError().ifPresent(se -> e.standardError(50.0 * se));
    index.lower().ifPresent(lo -> e.lower(50.0 * (lo + 1.0)));
    index.upper().ifPresent(hi -> e.upper(50.0 * (hi + 1.0)));
    return e.build();
  }

  /** The band of a mean index as its interval allows (see {@link BandEstimate}). */
  static BandEstimate band(CompiledRubric layout, Estimate index) {
    double lo = index.lower().orElse(index.mean());
    double hi = index.upper().orElse(index.mean());
    int first = layout.bands.position(Math.max(-1.0, Math.min(1.0, lo)));
    int last = layout.bands.position(Math.max(-1.0, Math.min(1.0, hi)));
    BandEstimate.Builder b = BandEstimate.builder();
    for (int i = first; i <= last; i++) {
      b.addCandidates(layout.bands.label(i));
    }
    if (first == last && index.lower().isPresent()) {
      b.band(layout.bands.label(first));
    }
    return b.build();
  }

  /** r<sub>wg(J)</sub> of a group on a dimension (see {@link WithinGroupAgreement}). */
  static Optional<WithinGroupAgreement> agreement(
      CompiledRubric layout, GroupAccumulator group, int d) {
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

  /** Mean squares below this are rounding of an exact 0 (indices lie in [−1, 1]). */
  static final double ROUNDING = 1e-20;

  private static double atLeastRounding(double meanSquare) {
    return meanSquare < ROUNDING ? 0.0 : meanSquare;
  }

  /**
   * ICC(1) and ICC(2) from the moments of each group (see {@link IntraclassCorrelation}); empty
   * unless at least two groups have values and N &gt; G.
   */
  static Optional<IntraclassCorrelation> intraclass(
      Optional<String> dimension, List<Moments> groups) {
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
    // of
    // an exact 0; left in, they make ICC(2) = (MSB − MSW)/MSB an order-dependent ±10^33.
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
    checkLevel(level);
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
        double half = criticalT(level, df) * se;
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

  /** The reliability of a dimension (see {@link Reliability}), adding its warnings. */
  static Reliability reliability(
      CompiledRubric layout, ReliabilityAccumulator acc, List<CohortWarning> warnings) {
    String dimension = layout.dimensionIds[acc.dimension];
    Reliability.Builder result =
        Reliability.builder().dimension(dimension).respondents(acc.respondents);
    int size = acc.size;
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String trait = layout.traitIds[acc.start + i];
      if (acc.n[i] < 2) {
        result.addExcluded(trait);
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.ITEM_EXCLUDED,
                trait,
                String.format(
                    Locale.ROOT,
                    "trait '%s' was left out of the reliability of dimension '%s': it has %d"
                        + " %s, and a variance needs two",
                    trait,
                    dimension,
                    acc.n[i],
                    acc.n[i] == 1 ? "answer" : "answers")));
      } else if (acc.min[i] == acc.max[i]) {
        result.addExcluded(trait);
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.ITEM_EXCLUDED,
                trait,
                String.format(
                    Locale.ROOT,
                    "trait '%s' was left out of the reliability of dimension '%s': it has no"
                        + " variance (all %d answers are %d)",
                    trait,
                    dimension,
                    acc.n[i],
                    acc.min[i])));
      } else {
        kept.add(i);
      }
    }
    int p = kept.size();
    double[] mean = new double[p];
    double[] answerMean = new double[p];
    double[][] c = new double[p][p];
    int lowest = Integer.MAX_VALUE;
    int highest = Integer.MIN_VALUE;
    for (int a = 0; a < p; a++) {
      int i = kept.get(a);
      answerMean[a] = acc.sum[i] / (double) acc.n[i];
      c[a][a] = ItemSums.covariance(acc.n[i], acc.sumSquares[i], acc.sum[i], acc.sum[i]);
      lowest = Math.min(lowest, acc.min[i]);
      highest = Math.max(highest, acc.max[i]);
    }
    for (int a = 0; a < p; a++) {
      int i = kept.get(a);
      boolean reversed = layout.traitSign[acc.start + i] < 0;
      // psych reverses an item as (min + max) − x, min and max over all the scale's answers.
      mean[a] = reversed ? lowest + highest - answerMean[a] : answerMean[a];
    }
    String missingPair = null;
    for (int a = 0; a < p && missingPair == null; a++) {
      for (int b = a + 1; b < p; b++) {
        int i = kept.get(a);
        int j = kept.get(b);
        int at = i * size + j;
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
    boolean scale = p >= 2 && missingPair == null;
    if (p < 2) {
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.RELIABILITY_UNAVAILABLE,
              dimension,
              String.format(
                  Locale.ROOT,
                  "the reliability of dimension '%s' needs two traits with variance, but it has"
                      + " %d",
                  dimension,
                  p)));
    } else if (missingPair != null) {
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.RELIABILITY_UNAVAILABLE,
              dimension,
              String.format(
                  Locale.ROOT,
                  "the reliability of dimension '%s' cannot be computed: %s",
                  dimension,
                  missingPair)));
    }
    double[][] r = new double[p][p];
    if (scale) {
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          r[a][b] = c[a][b] / Math.sqrt(c[a][a] * c[b][b]);
        }
      }
      int[] all = new int[p];
      for (int a = 0; a < p; a++) {
        all[a] = a;
      }
      double[] total = alpha(c, r, all);
      present(total[0]).ifPresent(result::rawAlpha);
      present(total[1]).ifPresent(result::standardizedAlpha);
      present(total[2]).ifPresent(result::averageCorrelation);
    }
    for (int a = 0; a < p; a++) {
      int i = kept.get(a);
      String trait = layout.traitIds[acc.start + i];
      ItemStatistics.Builder item =
          ItemStatistics.builder()
              .trait(trait)
              .reversed(layout.traitSign[acc.start + i] < 0)
              .n(acc.n[i])
              .mean(mean[a])
              .answerMean(answerMean[a])
              .standardDeviation(Math.sqrt(c[a][a]));
      if (scale) {
        double[] dropped;
        if (p > 2) {
          int[] rest = new int[p - 1];
          for (int b = 0, m = 0; b < p; b++) {
            if (b != a) {
              rest[m++] = b;
            }
          }
          dropped = alpha(c, r, rest);
        } else {
          // psych's special case for two items: raw C12/C_kept,kept, std and average r R12.
          int other = 1 - a;
          dropped = new double[] {c[0][1] / c[other][other], r[0][1], r[0][1]};
        }
        present(dropped[0]).ifPresent(item::alphaIfDropped);
        present(dropped[1]).ifPresent(item::standardizedAlphaIfDropped);
        present(dropped[2]).ifPresent(item::averageCorrelationIfDropped);
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
        if (denominator > 0) {
          double rDrop = (rowSum - c[a][a]) / Math.sqrt(denominator);
          item.correctedItemTotal(rDrop);
          if (rDrop < 0) {
            warnings.add(
                CohortWarning.of(
                    CohortWarning.Code.POSSIBLY_MISKEYED,
                    trait,
                    String.format(
                        Locale.ROOT,
                        "trait '%s' correlates negatively (r.drop = %.3f) with the rest of"
                            + " dimension '%s' as keyed by the rubric (%s): it may be mis-keyed."
                            + " It was not reversed",
                        trait,
                        rDrop,
                        dimension,
                        layout.traitSign[acc.start + i] < 0
                            ? "reversed, towards " + layout.poleIds[0]
                            : "towards " + layout.poleIds[1])));
          }
        }
      }
      result.addItems(item.build());
    }
    return result.build();
  }

  /** psych's alpha.1 over the items {@code idx}: {raw alpha, standardised alpha, average r}. */
  private static double[] alpha(double[][] c, double[][] r, int[] idx) {
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
    return new double[] {raw, std, averageR};
  }

  private static OptionalDouble present(double x) {
    return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
  }
}
