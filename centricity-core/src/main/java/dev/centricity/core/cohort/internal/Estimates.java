package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.internal.CompiledRubric;
import java.util.Locale;
import java.util.Optional;

/**
 * Means with their t intervals, on the index and on the score scale, and the band a mean lies in as
 * its interval allows. The formulas and conventions are documented on {@link Estimate} and {@link
 * BandEstimate}; this class follows them to the letter. Stateless.
 */
final class Estimates {

  private Estimates() {}

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

  /** Throws unless the confidence level is in (0, 1). */
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
}
