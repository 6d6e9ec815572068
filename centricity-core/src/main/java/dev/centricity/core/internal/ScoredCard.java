package dev.centricity.core.internal;

import static dev.centricity.core.internal.CompiledScorer.COUNTED_WEIGHT;
import static dev.centricity.core.internal.CompiledScorer.COVERAGE;
import static dev.centricity.core.internal.CompiledScorer.DELTA;
import static dev.centricity.core.internal.CompiledScorer.KEYED;
import static dev.centricity.core.internal.CompiledScorer.ROUNDING;
import static dev.centricity.core.internal.CompiledScorer.clamp01;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Warning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The scorecard a {@link CompiledScorer} returns: the points answered, per dimension the counted
 * weight, coverage and P<sub>D</sub> − u, and the overall P − u, index and band. The rest of {@code
 * docs/model.md} (strengths, alignment, per-dimension results, contributions, warnings) is derived
 * from these numbers on request, with the same operations in the same order every time, so every
 * read gives the same bits. Maps and lists are immutable views made per call.
 *
 * <p>The per-dimension results and contributions are views ({@link ScoredDimension}, {@link
 * ScoredContribution}) in lists of their own ({@link DimensionViews}, {@link ContributionViews});
 * the cohort engine reads the figures as numbers through {@link CardFigures}.
 */
final class ScoredCard extends Scorecard implements CardFigures {

  final CompiledScorer s;
  final String respondent;
  final int[] points;
  final double[] dims;
  final double omega;
  final double coverage;
  final double[] overall; // P − u
  final double[] profile;
  final double index; // NaN unless two poles
  final int lead; // −1 when undetermined
  final String band;
  final int missing;
  final String[] ignored;

  ScoredCard(
      CompiledScorer s,
      String respondent,
      int[] points,
      double[] dims,
      double omega,
      double coverage,
      double[] overall,
      int missing,
      String[] ignored) {
    this.s = s;
    this.respondent = respondent;
    this.points = points;
    this.dims = dims;
    this.omega = omega;
    this.coverage = coverage;
    this.overall = overall;
    this.missing = missing;
    this.ignored = ignored;
    this.profile = profileOf(overall, 0);
    if (omega > 0) {
      lead = leading(profile);
      if (s.poleCount == 2) {
        index = indexOf(overall, 0);
        band = s.bands.find(index);
      } else {
        index = Double.NaN;
        band = null;
      }
    } else {
      lead = -1;
      index = Double.NaN;
      band = null;
    }
  }

  // ---- the overall figures

  @Override
  public RubricIdentity rubric() {
    return s.identity;
  }

  @Override
  public Optional<String> respondent() {
    return Optional.ofNullable(respondent);
  }

  @Override
  public ScoringPolicy policy() {
    return s.policy;
  }

  @Override
  public boolean determined() {
    return omega > 0;
  }

  @Override
  public Map<String, Double> profile() {
    return omega > 0 ? new PoleMap(s.poleIds, profile) : Map.of();
  }

  @Override
  public OptionalDouble index() {
    return omega > 0 && s.poleCount == 2 ? OptionalDouble.of(index) : OptionalDouble.empty();
  }

  @Override
  public OptionalDouble score() {
    return omega > 0 && s.poleCount == 2
        ? OptionalDouble.of(50.0 * (index + 1.0))
        : OptionalDouble.empty();
  }

  @Override
  public Optional<String> band() {
    return Optional.ofNullable(band);
  }

  @Override
  public Optional<String> leadingPole() {
    return omega > 0 ? Optional.of(s.poleIds[lead]) : Optional.empty();
  }

  @Override
  public OptionalDouble margin() {
    return omega > 0 ? OptionalDouble.of(margin(profile, lead)) : OptionalDouble.empty();
  }

  @Override
  public Map<String, Double> strengths() {
    if (!(omega > 0)) {
      return Map.of();
    }
    double[] sum = new double[s.poleCount];
    double[] weight = new double[s.poleCount];
    strengthSums(sum, weight);
    return strengthMap(sum, weight);
  }

  /** Σ (ω_D/Ω)(w_t/W_D) a_t and Σ (ω_D/Ω)(w_t/W_D) per pole over counted keyed traits. */
  void strengthSums(double[] sum, double[] weight) {
    for (int d = 0; d < s.dimensionCount; d++) {
      if (!dimensionCounts(d)) {
        continue;
      }
      double share = s.dimensionWeight[d] / omega;
      double w = dims[d * s.stride + COUNTED_WEIGHT];
      for (int t = s.dimensionStart[d]; t < s.dimensionEnd[d]; t++) {
        if (s.traitKind[t] == KEYED && traitCounts(t)) {
          double traitShare = share * (s.traitWeight[t] / w);
          int p = s.traitPole[t];
          sum[p] += traitShare * value(t);
          weight[p] += traitShare;
        }
      }
    }
  }

  /** Σ w_t a_t and Σ w_t per pole over the counted keyed traits of dimension d. */
  void dimensionStrengthSums(int d, double[] sum, double[] weight) {
    for (int t = s.dimensionStart[d]; t < s.dimensionEnd[d]; t++) {
      if (s.traitKind[t] == KEYED && traitCounts(t)) {
        int p = s.traitPole[t];
        sum[p] += s.traitWeight[t] * value(t);
        weight[p] += s.traitWeight[t];
      }
    }
  }

  @Override
  public Optional<String> quadrant() {
    if (!(omega > 0) || s.poleCount != 2) {
      return Optional.empty();
    }
    // The two strengths as strengthSums and strengthMap work them out (the same operations in the
    // same order), in locals rather than a map: a summary reads the quadrant for every request.
    double sum0 = 0;
    double sum1 = 0;
    double weight0 = 0;
    double weight1 = 0;
    for (int d = 0; d < s.dimensionCount; d++) {
      if (!dimensionCounts(d)) {
        continue;
      }
      double share = s.dimensionWeight[d] / omega;
      double w = dims[d * s.stride + COUNTED_WEIGHT];
      for (int t = s.dimensionStart[d]; t < s.dimensionEnd[d]; t++) {
        if (s.traitKind[t] == KEYED && traitCounts(t)) {
          double traitShare = share * (s.traitWeight[t] / w);
          if (s.traitPole[t] == 0) {
            sum0 += traitShare * value(t);
            weight0 += traitShare;
          } else {
            sum1 += traitShare * value(t);
            weight1 += traitShare;
          }
        }
      }
    }
    if (!(weight0 > 0) || !(weight1 > 0)) {
      return Optional.empty();
    }
    boolean firstStrong = clamp01(sum0 / weight0) > s.strengthThreshold;
    boolean secondStrong = clamp01(sum1 / weight1) > s.strengthThreshold;
    if (firstStrong && secondStrong) {
      return Optional.of(Scorecard.HYBRID);
    }
    if (firstStrong) {
      return Optional.of(s.poleIds[0] + "-centric");
    }
    if (secondStrong) {
      return Optional.of(s.poleIds[1] + "-centric");
    }
    return Optional.of(Scorecard.UNFOCUSED);
  }

  @Override
  public double coverage() {
    return coverage;
  }

  @Override
  public OptionalDouble alignment() {
    if (!(omega > 0)) {
      return OptionalDouble.empty();
    }
    double spread = 0; // Σ (ω_D/Ω) (I_D − I)² or Σ (ω_D/Ω) |P_D − P|
    for (int d = 0; d < s.dimensionCount; d++) {
      if (!dimensionCounts(d)) {
        continue;
      }
      double share = s.dimensionWeight[d] / omega;
      if (s.poleCount == 2) {
        double di = indexOf(dims, d * s.stride + DELTA);
        spread += share * (di - index) * (di - index);
      } else {
        spread += share * distance(profileOf(dims, d * s.stride + DELTA), profile);
      }
    }
    return OptionalDouble.of(
        s.poleCount == 2
            ? clamp01(1.0 - Math.sqrt(spread))
            : clamp01(1.0 - spread / Math.sqrt(2.0)));
  }

  @Override
  public List<String> pullingAgainst() {
    List<String> ids = null;
    for (int d = 0; d < s.dimensionCount; d++) {
      if (pulls(d)) {
        if (ids == null) {
          ids = new ArrayList<>(2);
        }
        ids.add(s.dimensionIds[d]);
      }
    }
    return ids == null ? List.of() : Collections.unmodifiableList(ids);
  }

  @Override
  public List<DimensionScore> dimensions() {
    return new DimensionViews(this);
  }

  @Override
  public List<Contribution> contributions() {
    if (!(omega > 0)) {
      return List.of();
    }
    int n = 0;
    for (int d = 0; d < s.dimensionCount; d++) {
      if (dimensionCounts(d)) {
        for (int t = s.dimensionStart[d]; t < s.dimensionEnd[d]; t++) {
          if (traitCounts(t)) {
            n++;
          }
        }
      }
    }
    int[] traits = null; // null: every trait counts, so position i is trait i
    if (n < s.traitCount) {
      traits = new int[n];
      int i = 0;
      for (int d = 0; d < s.dimensionCount; d++) {
        if (dimensionCounts(d)) {
          for (int t = s.dimensionStart[d]; t < s.dimensionEnd[d]; t++) {
            if (traitCounts(t)) {
              traits[i++] = t;
            }
          }
        }
      }
    }
    return new ContributionViews(this, n, traits);
  }

  @Override
  public List<Warning> warnings() {
    return CardWarnings.of(this);
  }

  // ---- the figures as numbers, for the cohort engine

  /** The answers by trait position, 0 when missing; not a copy: do not modify. */
  @Override
  public int[] points() {
    return points;
  }

  /** The index, or NaN when undetermined or not two poles. */
  @Override
  public double indexValue() {
    return omega > 0 ? index : Double.NaN;
  }

  /** The position of the index's band in the rubric's bands, or −1. */
  @Override
  public int bandPosition() {
    return band == null ? -1 : s.bands.position(index);
  }

  /** P<sub>q</sub>, when determined. */
  @Override
  public double share(int q) {
    return profile[q];
  }

  /** Fills {@code out} with the strength of each pole, NaN for a pole without one. */
  @Override
  public void strengthsInto(double[] out, double[] scratch) {
    zero(out, scratch);
    if (omega > 0) {
      strengthSums(out, scratch);
    }
    ratios(out, scratch);
  }

  @Override
  public String[] poleIds() {
    return s.poleIds;
  }

  @Override
  public String[] dimensionIds() {
    return s.dimensionIds;
  }

  @Override
  public String dimensionBand(int d) {
    return s.poleCount == 2 && dimensionCounted(d) ? s.bands.find(dimensionIndexValue(d)) : null;
  }

  /** Whether dimension d counted. */
  @Override
  public boolean dimensionCounted(int d) {
    return omega > 0 && dimensionCounts(d);
  }

  /** Dimension d's index; only for a counted dimension of a two-pole rubric. */
  @Override
  public double dimensionIndexValue(int d) {
    return indexOf(dims, d * s.stride + DELTA);
  }

  /** The position of dimension d's band, or −1; only for a counted dimension. */
  @Override
  public int dimensionBandPosition(int d) {
    return s.poleCount == 2 ? s.bands.position(dimensionIndexValue(d)) : -1;
  }

  /** Fills {@code out} with dimension d's pole strengths, NaN for a pole without one. */
  @Override
  public void dimensionStrengthsInto(int d, double[] out, double[] scratch) {
    zero(out, scratch);
    dimensionStrengthSums(d, out, scratch);
    ratios(out, scratch);
  }

  @Override
  public String[] traitIds() {
    return s.traitIds;
  }

  @Override
  public int traitDimension(int t) {
    return s.traitDimension[t];
  }

  /** Whether trait t is among {@link #contributions()}, which are in trait order. */
  @Override
  public boolean contributes(int t) {
    return omega > 0 && dimensionCounts(s.traitDimension[t]) && traitCounts(t);
  }

  /** The figures of {@link ScoredContribution}, worked out with the same operations. */
  @Override
  public void contributionInto(int t, double[] out) {
    double value = value(t);
    double weight = contributionWeight(t);
    out[0] = value;
    out[1] = weight;
    // c = traitShare · d_t, accumulated into zeros exactly as ScoredContribution.vectorArray does
    double[] c = new double[DELTA + s.poleCount];
    s.addDirection(t, value, weight, c, 0);
    System.arraycopy(c, DELTA, out, 2, s.poleCount);
    if (s.poleCount == 2) {
      out[2 + s.poleCount] = contributionIndex(t);
    }
  }

  @Override
  public double dimensionWeight(int d) {
    return s.dimensionWeight[d];
  }

  @Override
  public double dimensionCoverage(int d) {
    return clamp01(dims[d * s.stride + COVERAGE]);
  }

  @Override
  public int dimensionProfileInto(int d, double[] out) {
    double[] p = profileOf(dims, d * s.stride + DELTA);
    System.arraycopy(p, 0, out, 0, p.length);
    return leading(p);
  }

  @Override
  public boolean dimensionPulls(int d) {
    return pulls(d);
  }

  @Override
  public Object writerState() {
    return s.writerState;
  }

  @Override
  public void writerState(Object state) {
    s.writerState = state;
  }

  static void zero(double[] a, double[] b) {
    for (int q = 0; q < a.length; q++) {
      a[q] = 0.0;
      b[q] = 0.0;
    }
  }

  /** sum / weight clamped to [0, 1] where the weight is positive, NaN elsewhere (in place). */
  static void ratios(double[] sum, double[] weight) {
    for (int q = 0; q < sum.length; q++) {
      sum[q] = weight[q] > 0 ? clamp01(sum[q] / weight[q]) : Double.NaN;
    }
  }

  // ---- derived per dimension and per trait

  /** Whether dimension d enters the overall profile (before asking whether Ω > 0). */
  boolean dimensionCounts(int d) {
    int base = d * s.stride;
    return s.counts(dims[base + COUNTED_WEIGHT], dims[base + COVERAGE]);
  }

  /**
   * Why dimension d has no counted weight W_D: {@code "none of its traits was answered"}, {@code
   * "none of its traits of positive weight was answered"} (only traits of weight 0 were), or {@code
   * "all of its traits have weight 0"}. Only meaningful when W_D = 0.
   */
  String noWeightReason(int d) {
    if (!(s.dimensionTotalWeight[d] > 0)) {
      return "all of its traits have weight 0";
    }
    for (int t = s.dimensionStart[d]; t < s.dimensionEnd[d]; t++) {
      if (points[t] > 0) {
        return "none of its traits of positive weight was answered";
      }
    }
    return "none of its traits was answered";
  }

  /** Whether dimension d has traits of positive weight but no counted weight: none answered. */
  boolean dimensionUnanswered(int d) {
    return !(dims[d * s.stride + COUNTED_WEIGHT] > 0) && s.dimensionTotalWeight[d] > 0;
  }

  /** Whether trait t counts within its dimension: answered, or missing under NEUTRAL. */
  boolean traitCounts(int t) {
    return points[t] > 0 || s.neutral;
  }

  /** a = (v − 1)/(n − 1), or ½ for a missing answer counted neutral. */
  double value(int t) {
    int p = points[t];
    return p > 0 ? s.pointValue[t][p] : 0.5;
  }

  boolean pulls(int d) {
    if (!(omega > 0) || !dimensionCounts(d) || !(s.dimensionWeight[d] > 0)) {
      return false;
    }
    int offset = d * s.stride + DELTA;
    if (s.poleCount == 2) {
      return indexOf(dims, offset) * index < 0;
    }
    double[] dimProfile = profileOf(dims, offset);
    int dimLead = leading(dimProfile);
    return dimLead != lead && margin(profile, lead) > 0 && margin(dimProfile, dimLead) > 0;
  }

  static int checkIndex(int i, int size) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + " out of bounds for length " + size);
    }
    return i;
  }

  /** u + delta, with shares a rounding error below 0 set to 0. */
  double[] profileOf(double[] delta, int offset) {
    double[] p = new double[s.poleCount];
    for (int q = 0; q < p.length; q++) {
      double v = s.centre + delta[offset + q];
      p[q] = v < 0 && v > -ROUNDING ? 0.0 : v;
    }
    return p;
  }

  /**
   * I = P_second − P_first, computed from P − u so that the centre's rounding does not enter and
   * mirrored answers give exactly negated indices.
   */
  static double indexOf(double[] delta, int offset) {
    double i = delta[offset + 1] - delta[offset];
    return Math.max(-1.0, Math.min(1.0, i));
  }

  static int leading(double[] profile) {
    int lead = 0;
    for (int q = 1; q < profile.length; q++) {
      if (profile[q] > profile[lead]) {
        lead = q;
      }
    }
    return lead;
  }

  static double margin(double[] profile, int lead) {
    double next = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < profile.length; q++) {
      if (q != lead && profile[q] > next) {
        next = profile[q];
      }
    }
    return profile[lead] - next;
  }

  static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int q = 0; q < a.length; q++) {
      double d = a[q] - b[q];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  Map<String, Double> strengthMap(double[] sum, double[] weight) {
    int n = 0;
    for (double w : weight) {
      if (w > 0) {
        n++;
      }
    }
    String[] keys = new String[n];
    double[] values = new double[n];
    int i = 0;
    for (int q = 0; q < s.poleCount; q++) {
      if (weight[q] > 0) {
        keys[i] = s.poleIds[q];
        values[i++] = clamp01(sum[q] / weight[q]);
      }
    }
    return new PoleMap(keys, values);
  }

  /** The overall weight (ω_D/Ω)(w_t/W_D) of counted trait t. */
  double contributionWeight(int t) {
    int d = s.traitDimension[t];
    double share = s.dimensionWeight[d] / omega;
    double within = s.traitWeight[t] / dims[d * s.stride + COUNTED_WEIGHT];
    return share * within;
  }

  /**
   * Counted trait t's part of the index with two poles, c_second − c_first, each share computed as
   * {@link CompiledScorer#addDirection} adds it to zeros (hence the 0.0 + and 0.0 −, which give the
   * same signed zeros).
   */
  double contributionIndex(int t) {
    double a = value(t);
    double factor = contributionWeight(t);
    double first;
    double second;
    if (s.traitKind[t] == KEYED) {
      // (2a − 1)(e_p − u) whichever side of ½ a is (see CompiledScorer.addDirection)
      int p = s.traitPole[t];
      double x = factor * (2 * a - 1);
      first = 0.0 + (p == 0 ? x * (1.0 - s.centre) : -x * s.centre);
      second = 0.0 + (p == 1 ? x * (1.0 - s.centre) : -x * s.centre);
    } else {
      double x = factor * (2 * a - 1) / 2;
      first = s.traitTarget[t] == 0 ? 0.0 + x : 0.0 - x;
      second = s.traitTarget[t] == 1 ? 0.0 + x : 0.0 - x;
    }
    return second - first;
  }
}
