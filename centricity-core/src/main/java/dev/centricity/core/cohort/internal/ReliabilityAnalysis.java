package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.ItemStatistics;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.core.internal.CompiledRubric;
import java.util.List;
import java.util.Locale;

/**
 * The reliability of one dimension (see {@link Reliability} for the figures and their conventions,
 * those of psych's {@code alpha}): the items are screened ({@link ItemScreen}), their covariances
 * formed ({@link ItemCovariances}), and alpha computed over all of them and with each dropped
 * ({@link Alpha}). Stateless.
 */
final class ReliabilityAnalysis {

  private ReliabilityAnalysis() {}

  /** The reliability of the accumulator's dimension, adding its warnings. */
  static Reliability of(
      CompiledRubric layout, ReliabilityAccumulator acc, List<CohortWarning> warnings) {
    String dimension = layout.dimensionIds[acc.dimension];
    Reliability.Builder result =
        Reliability.builder().dimension(dimension).respondents(acc.respondents);
    ItemScreen screen = ItemScreen.of(layout, acc, warnings);
    result.addAllExcluded(screen.excluded());
    ItemCovariances cov = ItemCovariances.of(layout, acc, screen.kept());
    int p = cov.size();
    if (p < 2) {
      warnings.add(
          unavailable(
              dimension,
              String.format(
                  Locale.ROOT,
                  "the reliability of dimension '%s' needs two traits with variance, but it has"
                      + " %d",
                  dimension,
                  p),
              List.of(Integer.toString(p))));
    } else if (cov.missingPair.isPresent()) {
      warnings.add(
          unavailable(
              dimension,
              String.format(
                  Locale.ROOT,
                  "the reliability of dimension '%s' cannot be computed: %s",
                  dimension,
                  cov.missingPair.get()),
              cov.missingPairValues));
    }
    boolean scale = cov.complete();
    double[][] r = scale ? cov.correlations() : null;
    if (scale) {
      int[] all = new int[p];
      for (int a = 0; a < p; a++) {
        all[a] = a;
      }
      Alpha total = Alpha.over(cov.c, r, all);
      Alpha.present(total.raw()).ifPresent(result::rawAlpha);
      Alpha.present(total.standardized()).ifPresent(result::standardizedAlpha);
      Alpha.present(total.averageCorrelation()).ifPresent(result::averageCorrelation);
    }
    for (int a = 0; a < p; a++) {
      int t = acc.start + screen.kept()[a];
      String trait = layout.traitIds[t];
      boolean reversed = layout.traitSign[t] < 0;
      ItemStatistics.Builder item =
          ItemStatistics.builder()
              .trait(trait)
              .reversed(reversed)
              .n(acc.n[screen.kept()[a]])
              .mean(cov.mean[a])
              .answerMean(cov.answerMean[a])
              .standardDeviation(Math.sqrt(cov.c[a][a]));
      if (scale) {
        Alpha dropped = Alpha.dropping(cov.c, r, a);
        Alpha.present(dropped.raw()).ifPresent(item::alphaIfDropped);
        Alpha.present(dropped.standardized()).ifPresent(item::standardizedAlphaIfDropped);
        Alpha.present(dropped.averageCorrelation()).ifPresent(item::averageCorrelationIfDropped);
        double rDrop = Alpha.correctedItemTotal(cov.c, a);
        if (!Double.isNaN(rDrop)) {
          item.correctedItemTotal(rDrop);
          if (rDrop < 0) {
            warnings.add(miskeyed(layout, trait, dimension, rDrop, reversed));
          }
        }
      }
      result.addItems(item.build());
    }
    return result.build();
  }

  private static CohortWarning unavailable(String dimension, String message, List<String> values) {
    return CohortWarning.of(CohortWarning.Code.RELIABILITY_UNAVAILABLE, dimension, message, values);
  }

  private static CohortWarning miskeyed(
      CompiledRubric layout, String trait, String dimension, double rDrop, boolean reversed) {
    return CohortWarning.of(
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
            reversed ? "reversed, towards " + layout.poleIds[0] : "towards " + layout.poleIds[1]),
        List.of(dimension, Double.toString(rDrop), layout.poleIds[reversed ? 0 : 1]));
  }
}
