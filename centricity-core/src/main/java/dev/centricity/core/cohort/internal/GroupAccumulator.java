package dev.centricity.core.cohort.internal;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Scorecard;
import java.util.Map;
import java.util.Optional;

/**
 * What one pass keeps about a group of respondents (or the whole cohort): moments of the overall
 * and dimension indices, profile shares and pole strengths, counts per band, and exact sums of each
 * trait's answers for r<sub>wg(J)</sub>. Its size depends on the rubric, not on the number of
 * respondents. Not thread-safe.
 */
final class GroupAccumulator {

  final Optional<String> label;
  final RubricLayout layout;
  long respondents;
  long undetermined;
  final Moments index = new Moments();
  final Moments[] profile;
  final Moments[] strengths;
  final long[] bandCounts;

  final long[] dimensionCounted;
  final long[] dimensionAnswered;
  final Moments[] dimensionIndex;
  final Moments[][] dimensionStrengths;
  final long[][] dimensionBandCounts;

  final long[] traitN;
  final long[] traitSum;
  final long[] traitSumSquares;

  GroupAccumulator(Optional<String> label, RubricLayout layout) {
    this.label = label;
    this.layout = layout;
    int k = layout.poleCount;
    profile = moments(k);
    strengths = moments(k);
    bandCounts = new long[layout.bandLabels.length];
    int dims = layout.dimensionCount;
    dimensionCounted = new long[dims];
    dimensionAnswered = new long[dims];
    dimensionIndex = moments(dims);
    dimensionStrengths = new Moments[dims][];
    dimensionBandCounts = new long[dims][];
    for (int d = 0; d < dims; d++) {
      dimensionStrengths[d] = moments(k);
      dimensionBandCounts[d] = new long[layout.bandLabels.length];
    }
    traitN = new long[layout.traitCount];
    traitSum = new long[layout.traitCount];
    traitSumSquares = new long[layout.traitCount];
  }

  private static Moments[] moments(int n) {
    Moments[] m = new Moments[n];
    for (int i = 0; i < n; i++) {
      m[i] = new Moments();
    }
    return m;
  }

  void add(Scorecard card, int[] points) {
    respondents++;
    if (!card.determined()) {
      undetermined++;
    } else {
      if (card.index().isPresent()) {
        index.add(card.index().getAsDouble());
      }
      card.band().ifPresent(b -> bandCounts[bandPosition(b)]++);
      addPoles(card.profile(), profile);
      addPoles(card.strengths(), strengths);
    }
    for (int d = 0; d < layout.dimensionCount; d++) {
      DimensionScore ds = card.dimensions().get(d);
      if (ds.counted()) {
        dimensionCounted[d]++;
        if (ds.index().isPresent()) {
          dimensionIndex[d].add(ds.index().getAsDouble());
        }
        long[] counts = dimensionBandCounts[d];
        ds.band().ifPresent(b -> counts[bandPosition(b)]++);
        addPoles(ds.strengths(), dimensionStrengths[d]);
      }
      boolean answered = false;
      for (int t = layout.dimensionStart[d]; t < layout.dimensionEnd[d]; t++) {
        int p = points[t];
        if (p > 0) {
          answered = true;
          traitN[t]++;
          traitSum[t] += p;
          traitSumSquares[t] += (long) p * p;
        }
      }
      if (answered) {
        dimensionAnswered[d]++;
      }
    }
  }

  private void addPoles(Map<String, Double> values, Moments[] into) {
    for (int q = 0; q < layout.poleCount; q++) {
      Double v = values.get(layout.poleIds[q]);
      if (v != null) {
        into[q].add(v);
      }
    }
  }

  private int bandPosition(String label) {
    for (int b = 0; b < layout.bandLabels.length; b++) {
      if (layout.bandLabels[b].equals(label)) {
        return b;
      }
    }
    throw new IllegalStateException("the scorer named band '" + label + "', not of the rubric");
  }
}
