package dev.centricity.core.cohort.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rubric resolved once into arrays indexed by position, for the accumulators: traits in rubric
 * order, dimensions as contiguous ranges of them, scale sizes, reliability keys, and the bands.
 * Immutable.
 */
final class RubricLayout {

  final Rubric rubric;
  final int poleCount;
  final String[] poleIds;
  final int traitCount;
  final String[] traitIds;
  final Map<String, Integer> traitIndex;
  final int[] traitPoints;

  /**
   * With two poles, +1 for an item keyed towards the second pole (keyed to it, or a contrast
   * running to it) and −1 for one keyed towards the first; 0 with more poles.
   */
  final int[] traitSign;

  final int dimensionCount;
  final String[] dimensionIds;
  final int[] dimensionStart;
  final int[] dimensionEnd;
  final String[] bandLabels;
  final double[] bandFrom;
  final double[] bandTo;

  RubricLayout(Rubric rubric) {
    this.rubric = rubric;
    poleCount = rubric.poles().size();
    poleIds = new String[poleCount];
    for (int q = 0; q < poleCount; q++) {
      poleIds[q] = rubric.poles().get(q).id();
    }
    List<Trait> traits = rubric.allTraits();
    traitCount = traits.size();
    traitIds = new String[traitCount];
    traitIndex = new HashMap<>(traitCount * 2);
    traitPoints = new int[traitCount];
    traitSign = new int[traitCount];
    for (int t = 0; t < traitCount; t++) {
      Trait trait = traits.get(t);
      traitIds[t] = trait.id();
      traitIndex.put(trait.id(), t);
      traitPoints[t] = rubric.scale(trait.scale()).map(Scale::size).orElse(2);
      if (poleCount == 2) {
        String towards = trait.keyed().orElseGet(() -> trait.contrast().orElseThrow().to());
        traitSign[t] = towards.equals(poleIds[1]) ? 1 : -1;
      }
    }
    dimensionCount = rubric.dimensions().size();
    dimensionIds = new String[dimensionCount];
    dimensionStart = new int[dimensionCount];
    dimensionEnd = new int[dimensionCount];
    int t = 0;
    for (int d = 0; d < dimensionCount; d++) {
      Dimension dim = rubric.dimensions().get(d);
      dimensionIds[d] = dim.id();
      dimensionStart[d] = t;
      t += dim.traits().size();
      dimensionEnd[d] = t;
    }
    List<Band> bands = rubric.bands();
    bandLabels = new String[bands.size()];
    bandFrom = new double[bands.size()];
    bandTo = new double[bands.size()];
    for (int b = 0; b < bands.size(); b++) {
      bandLabels[b] = bands.get(b).label();
      bandFrom[b] = bands.get(b).from();
      bandTo[b] = bands.get(b).to();
    }
  }

  boolean twoPoles() {
    return poleCount == 2;
  }

  /** Whether index-based figures exist: two poles. Band figures also need bands. */
  boolean hasBands() {
    return twoPoles() && bandLabels.length > 0;
  }

  /**
   * The points given in a response, by trait position; 0 where the trait is unanswered or the
   * answer is not a point of its scale. Answers to unknown traits are ignored.
   */
  int[] points(Response response) {
    int[] points = new int[traitCount];
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      Integer t = traitIndex.get(e.getKey());
      if (t != null && e.getValue().isGiven()) {
        int p = e.getValue().pointValue();
        if (p >= 1 && p <= traitPoints[t]) {
          points[t] = p;
        }
      }
    }
    return points;
  }

  /**
   * The position of the band a value is in, with the rule of the scorer: a value within {@link
   * Band#BOUNDARY_TOLERANCE} of a boundary is on it, and a boundary belongs to the band nearer 0.
   * Values beyond [−1, 1] fall in the first or last band.
   */
  int band(double x) {
    int n = bandLabels.length;
    if (x <= bandFrom[0]) {
      return 0;
    }
    if (x >= bandTo[n - 1]) {
      return n - 1;
    }
    for (int i = 0; i < n; i++) {
      boolean onFrom = Math.abs(x - bandFrom[i]) <= Band.BOUNDARY_TOLERANCE;
      boolean onTo = Math.abs(x - bandTo[i]) <= Band.BOUNDARY_TOLERANCE;
      boolean aboveFrom = onFrom ? bandFrom[i] < 0 || i == 0 : x > bandFrom[i];
      boolean belowTo = onTo ? bandTo[i] > 0 || i == n - 1 : x < bandTo[i];
      if (aboveFrom && belowTo) {
        return i;
      }
    }
    return n - 1;
  }
}
