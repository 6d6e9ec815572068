package dev.centricity.core.cohort.internal;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Scorecard;
import dev.centricity.core.internal.CardFigures;
import dev.centricity.core.internal.CompiledRubric;
import java.util.Arrays;
import java.util.Map;

/**
 * The figures of one scorecard that the accumulators keep, as numbers: read once per respondent and
 * added to the whole cohort's and the group's accumulators. NaN marks a figure the scorecard does
 * not have, −1 a band it does not name. Filled from the library's own scorecards without maps or
 * optionals, from any other {@link Scorecard} through its API; both give the same numbers. A buffer
 * reused row after row; not thread-safe.
 */
final class RowFigures {

  final CompiledRubric layout;
  boolean determined;
  double index;
  int band;
  final double[] profile;
  final double[] strengths;
  final boolean[] counted;
  final double[] dimensionIndex;
  final int[] dimensionBand;
  final double[][] dimensionStrengths;
  private final double[] scratch;

  RowFigures(CompiledRubric layout) {
    this.layout = layout;
    int k = layout.poleCount;
    profile = new double[k];
    strengths = new double[k];
    scratch = new double[k];
    counted = new boolean[layout.dimensionCount];
    dimensionIndex = new double[layout.dimensionCount];
    dimensionBand = new int[layout.dimensionCount];
    dimensionStrengths = new double[layout.dimensionCount][k];
  }

  /** Reads a scorecard. */
  void read(Scorecard card) {
    if (card instanceof CardFigures c) {
      read(c);
    } else {
      readApi(card);
    }
  }

  private void read(CardFigures card) {
    determined = card.determined();
    index = card.indexValue();
    band = card.bandPosition();
    if (determined) {
      for (int q = 0; q < profile.length; q++) {
        profile[q] = card.share(q);
      }
    }
    card.strengthsInto(strengths, scratch);
    for (int d = 0; d < counted.length; d++) {
      counted[d] = card.dimensionCounted(d);
      if (counted[d]) {
        dimensionIndex[d] = layout.twoPoles() ? card.dimensionIndexValue(d) : Double.NaN;
        dimensionBand[d] = layout.hasBands() ? card.dimensionBandPosition(d) : -1;
        card.dimensionStrengthsInto(d, dimensionStrengths[d], scratch);
      }
    }
  }

  private void readApi(Scorecard card) {
    determined = card.determined();
    index = card.index().orElse(Double.NaN);
    band = card.band().map(this::bandPosition).orElse(-1);
    poles(card.profile(), profile);
    poles(card.strengths(), strengths);
    for (int d = 0; d < counted.length; d++) {
      DimensionScore ds = card.dimensions().get(d);
      counted[d] = ds.counted();
      if (counted[d]) {
        dimensionIndex[d] = ds.index().orElse(Double.NaN);
        dimensionBand[d] = ds.band().map(this::bandPosition).orElse(-1);
        poles(ds.strengths(), dimensionStrengths[d]);
      }
    }
  }

  private void poles(Map<String, Double> values, double[] into) {
    Arrays.fill(into, Double.NaN);
    for (int q = 0; q < layout.poleCount; q++) {
      Double v = values.get(layout.poleIds[q]);
      if (v != null) {
        into[q] = v;
      }
    }
  }

  private int bandPosition(String label) {
    for (int b = 0; b < layout.bands.size(); b++) {
      if (layout.bands.label(b).equals(label)) {
        return b;
      }
    }
    throw new IllegalStateException("the scorer named band '" + label + "', not of the rubric");
  }
}
