package dev.centricity.benchmarks;

import dev.centricity.core.Dimension;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import java.util.HashMap;
import java.util.Map;

/**
 * The hand-written reference the library is held against: the arithmetic of the two-pole model on
 * plain arrays (answers {@code int[]}, weights {@code double[]}, dimension index {@code int[]}),
 * filling a result with the overall index, the dimension indices and each trait's contribution to
 * the index. It handles complete responses only, with the rubric's weights; no validation beyond
 * the scale range.
 */
final class Baseline {

  /** The result the baseline fills: what a host needs from a scorecard, no more. */
  static final class Result {
    double index;
    final double[] dimensionIndex;
    final double[] contribution;

    Result(int dimensions, int traits) {
      dimensionIndex = new double[dimensions];
      contribution = new double[traits];
    }
  }

  final int traits;
  final int dimensions;
  final int[] dimensionOf;
  final double[] weight;
  final double[] dimensionWeight;
  final double[] sign; // +1 towards the second pole, −1 towards the first
  final int[] points;
  final Map<String, Integer> index = new HashMap<>();

  Baseline(Rubric rubric) {
    String second = rubric.poles().get(1).id();
    traits = rubric.allTraits().size();
    dimensions = rubric.dimensions().size();
    dimensionOf = new int[traits];
    weight = new double[traits];
    sign = new double[traits];
    points = new int[traits];
    dimensionWeight = new double[dimensions];
    int t = 0;
    for (int d = 0; d < dimensions; d++) {
      Dimension dim = rubric.dimensions().get(d);
      dimensionWeight[d] = dim.weight();
      for (Trait trait : dim.traits()) {
        dimensionOf[t] = d;
        weight[t] = trait.weight();
        if (trait.keyed().isPresent()) {
          sign[t] = trait.keyed().get().equals(second) ? 1 : -1;
        } else {
          sign[t] = trait.contrast().get().to().equals(second) ? 1 : -1;
        }
        points[t] = rubric.scale(trait.scale()).orElseThrow().size();
        index.put(trait.id(), t);
        t++;
      }
    }
  }

  /** Scores answers given by position. */
  Result score(int[] answers) {
    Result r = new Result(dimensions, traits);
    double[] w = new double[dimensions];
    for (int t = 0; t < traits; t++) {
      int v = answers[t];
      if (v < 1 || v > points[t]) {
        throw new IllegalArgumentException("answer out of range");
      }
      w[dimensionOf[t]] += weight[t];
    }
    double omega = 0;
    for (int d = 0; d < dimensions; d++) {
      omega += dimensionWeight[d];
    }
    for (int t = 0; t < traits; t++) {
      int d = dimensionOf[t];
      double a = (answers[t] - 1) / (double) (points[t] - 1);
      double withinDimension = weight[t] / w[d] * sign[t] * (2 * a - 1);
      r.dimensionIndex[d] += withinDimension;
      double c = dimensionWeight[d] / omega * withinDimension;
      r.contribution[t] = c;
      r.index += c;
    }
    return r;
  }

  /** Scores answers keyed by trait id, through the pre-built index. */
  Result score(Map<String, Integer> answers) {
    int[] byPosition = new int[traits];
    for (Map.Entry<String, Integer> e : answers.entrySet()) {
      Integer t = index.get(e.getKey());
      if (t == null) {
        throw new IllegalArgumentException("unknown trait " + e.getKey());
      }
      byPosition[t] = e.getValue();
    }
    return score(byPosition);
  }
}
