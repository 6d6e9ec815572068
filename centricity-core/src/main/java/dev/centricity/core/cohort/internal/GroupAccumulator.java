package dev.centricity.core.cohort.internal;

import dev.centricity.core.internal.CompiledRubric;
import java.util.Optional;

/**
 * What one pass keeps about a group of respondents (or the whole cohort): moments of the overall
 * and dimension indices, profile shares and pole strengths, counts per band, and exact sums of each
 * trait's answers for r<sub>wg(J)</sub>. Its size depends on the rubric, not on the number of
 * respondents. Not thread-safe.
 */
final class GroupAccumulator {

  final Optional<String> label;
  final CompiledRubric layout;
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

  GroupAccumulator(Optional<String> label, CompiledRubric layout) {
    this.label = label;
    this.layout = layout;
    int k = layout.poleCount;
    profile = moments(k);
    strengths = moments(k);
    bandCounts = new long[layout.bands.size()];
    int dims = layout.dimensionCount;
    dimensionCounted = new long[dims];
    dimensionAnswered = new long[dims];
    dimensionIndex = moments(dims);
    dimensionStrengths = new Moments[dims][];
    dimensionBandCounts = new long[dims][];
    for (int d = 0; d < dims; d++) {
      dimensionStrengths[d] = moments(k);
      dimensionBandCounts[d] = new long[layout.bands.size()];
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

  /** Adds one respondent: the figures of their scorecard and their answers by trait position. */
  void add(RowFigures card, int[] points) {
    respondents++;
    if (!card.determined) {
      undetermined++;
    } else {
      if (!Double.isNaN(card.index)) {
        index.add(card.index);
      }
      if (card.band >= 0) {
        bandCounts[card.band]++;
      }
      addPoles(card.profile, profile);
      addPoles(card.strengths, strengths);
    }
    for (int d = 0; d < layout.dimensionCount; d++) {
      if (card.counted[d]) {
        dimensionCounted[d]++;
        if (!Double.isNaN(card.dimensionIndex[d])) {
          dimensionIndex[d].add(card.dimensionIndex[d]);
        }
        if (card.dimensionBand[d] >= 0) {
          dimensionBandCounts[d][card.dimensionBand[d]]++;
        }
        addPoles(card.dimensionStrengths[d], dimensionStrengths[d]);
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

  private static void addPoles(double[] values, Moments[] into) {
    for (int q = 0; q < values.length; q++) {
      if (!Double.isNaN(values[q])) {
        into[q].add(values[q]);
      }
    }
  }
}
