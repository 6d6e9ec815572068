package dev.centricity.core.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rubric resolved once into flat arrays indexed by position, the one layout that scoring, cohort
 * analysis and reading cohort files share: traits in rubric order, dimensions as contiguous ranges
 * of them, poles, scale sizes with the table of normalised answers a = (v − 1)/(n − 1) for each,
 * weights, each trait's sign towards the second pole, and the {@link BandTable}. Immutable and
 * thread-safe; the arrays are shared and must not be modified.
 */
public final class CompiledRubric {

  /** A keyed trait, in {@link #traitKind}. */
  public static final byte KEYED = 0;

  /** A contrast trait, in {@link #traitKind}. */
  public static final byte CONTRAST = 1;

  public final Rubric rubric;
  public final int poleCount;
  public final String[] poleIds;

  public final int traitCount;
  public final String[] traitIds;
  public final List<String> traitOrder;
  public final byte[] traitKind;

  /** Keyed: the pole's position; contrast: the 'from' pole's. */
  public final int[] traitPole;

  /** Contrast: the 'to' pole's position; −1 for a keyed trait. */
  public final int[] traitTarget;

  public final int[] traitPoints;

  /** a = (v − 1)/(n − 1) for each point v of trait t's scale, at [t][v]; one table per size. */
  public final double[][] pointValue;

  public final double[] traitWeight;
  public final int[] traitDimension;

  /**
   * With two poles, +1 for a trait keyed towards the second pole (keyed to it, or a contrast
   * running to it) and −1 for one keyed towards the first; 0 with more poles.
   */
  public final int[] traitSign;

  public final int dimensionCount;
  public final String[] dimensionIds;
  public final double[] dimensionWeight;
  public final int[] dimensionStart;
  public final int[] dimensionEnd;

  /** Σ w_t over each dimension's traits. */
  public final double[] dimensionTotalWeight;

  /** Σ ω_D over all dimensions. */
  public final double allDimensionWeight;

  public final BandTable bands;
  public final double strengthThreshold;

  private final Map<String, Integer> traitIndex;

  private CompiledRubric(Rubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    poleCount = rubric.poles().size();
    poleIds = new String[poleCount];
    Map<String, Integer> poleIndex = new HashMap<>();
    for (int i = 0; i < poleCount; i++) {
      poleIds[i] = rubric.poles().get(i).id();
      poleIndex.put(poleIds[i], i);
    }
    Map<String, Integer> scalePoints = new HashMap<>();
    for (Scale s : rubric.scales()) {
      scalePoints.put(s.id(), s.size());
    }
    dimensionCount = rubric.dimensions().size();
    dimensionIds = new String[dimensionCount];
    dimensionWeight = new double[dimensionCount];
    dimensionStart = new int[dimensionCount];
    dimensionEnd = new int[dimensionCount];
    dimensionTotalWeight = new double[dimensionCount];
    int total = 0;
    for (Dimension d : rubric.dimensions()) {
      total += d.traits().size();
    }
    traitCount = total;
    traitIds = new String[total];
    traitIndex = new HashMap<>(total * 2);
    traitKind = new byte[total];
    traitPole = new int[total];
    traitTarget = new int[total];
    traitPoints = new int[total];
    pointValue = new double[total][];
    traitWeight = new double[total];
    traitDimension = new int[total];
    traitSign = new int[total];

    Map<Integer, double[]> values = new HashMap<>();
    int t = 0;
    double all = 0;
    for (int d = 0; d < dimensionCount; d++) {
      Dimension dim = rubric.dimensions().get(d);
      dimensionIds[d] = dim.id();
      dimensionWeight[d] = dim.weight();
      all += dim.weight();
      dimensionStart[d] = t;
      double sum = 0;
      for (Trait trait : dim.traits()) {
        traitIds[t] = trait.id();
        traitIndex.put(trait.id(), t);
        traitDimension[t] = d;
        String towards;
        if (trait.keyed().isPresent()) {
          traitKind[t] = KEYED;
          traitPole[t] = poleIndex.get(trait.keyed().get());
          traitTarget[t] = -1;
          towards = trait.keyed().get();
        } else {
          traitKind[t] = CONTRAST;
          traitPole[t] = poleIndex.get(trait.contrast().orElseThrow().from());
          traitTarget[t] = poleIndex.get(trait.contrast().orElseThrow().to());
          towards = trait.contrast().orElseThrow().to();
        }
        if (poleCount == 2) {
          traitSign[t] = towards.equals(poleIds[1]) ? 1 : -1;
        }
        traitPoints[t] = scalePoints.get(trait.scale());
        pointValue[t] = values.computeIfAbsent(traitPoints[t], CompiledRubric::valuesOf);
        traitWeight[t] = trait.weight();
        sum += trait.weight();
        t++;
      }
      dimensionEnd[d] = t;
      dimensionTotalWeight[d] = sum;
    }
    allDimensionWeight = all;
    traitOrder = Collections.unmodifiableList(Arrays.asList(traitIds.clone()));
    bands = new BandTable(rubric.bands());
    strengthThreshold = rubric.strengthThreshold();
  }

  /**
   * Compiles a rubric.
   *
   * @param rubric a valid rubric
   * @return its layout
   */
  public static CompiledRubric of(Rubric rubric) {
    return new CompiledRubric(rubric);
  }

  /** a for each point 1..n of an n-point scale (index 0 unused). */
  private static double[] valuesOf(int n) {
    double[] a = new double[n + 1];
    for (int v = 1; v <= n; v++) {
      a[v] = (v - 1) / (double) (n - 1);
    }
    return a;
  }

  /**
   * A trait's position.
   *
   * @param traitId the trait's id
   * @return its position in rubric order, or −1 when the rubric has no such trait
   */
  public int position(String traitId) {
    Integer i = traitIndex.get(traitId);
    return i == null ? -1 : i;
  }

  /** Whether the rubric has two poles, so that indices and bands exist. */
  public boolean twoPoles() {
    return poleCount == 2;
  }

  /** Whether index-based band figures exist: two poles and at least one band. */
  public boolean hasBands() {
    return twoPoles() && bands.size() > 0;
  }

  /**
   * The points given in a response, by trait position; 0 where the trait is unanswered or the
   * answer is not a point of its scale. Answers to unknown traits are ignored.
   *
   * @param response the response
   * @return a new array of points
   */
  public int[] points(Response response) {
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
}
