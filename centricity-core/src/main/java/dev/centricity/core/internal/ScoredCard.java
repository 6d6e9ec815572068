package dev.centricity.core.internal;

import static dev.centricity.core.internal.CompiledScorer.COUNTED_WEIGHT;
import static dev.centricity.core.internal.CompiledScorer.COVERAGE;
import static dev.centricity.core.internal.CompiledScorer.DELTA;
import static dev.centricity.core.internal.CompiledScorer.KEYED;
import static dev.centricity.core.internal.CompiledScorer.ROUNDING;
import static dev.centricity.core.internal.CompiledScorer.clamp01;
import static dev.centricity.core.internal.CompiledScorer.percent;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Warning;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * The scorecard a {@link CompiledScorer} returns: the points answered, per dimension the counted
 * weight, coverage and P<sub>D</sub> − u, and the overall P − u, index and band. The rest of {@code
 * docs/model.md} (strengths, alignment, per-dimension results, contributions, warnings) is derived
 * from these numbers on request, with the same operations in the same order every time, so every
 * read gives the same bits. Maps and lists are immutable views made per call.
 *
 * <p>Public only for the library's cohort engine, which reads the figures below without the maps
 * and optionals of the API; the package is not exported.
 */
public final class ScoredCard extends Scorecard {

  private final CompiledScorer s;
  private final String respondent;
  private final int[] points;
  private final double[] dims;
  private final double omega;
  private final double coverage;
  private final double[] overall; // P − u
  private final double[] profile;
  private final double index; // NaN unless two poles
  private final int lead; // −1 when undetermined
  private final String band;
  private final int missing;
  private final String[] ignored;

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
  private void strengthSums(double[] sum, double[] weight) {
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
  private void dimensionStrengthSums(int d, double[] sum, double[] weight) {
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
    Map<String, Double> strengths = strengths();
    Double first = strengths.get(s.poleIds[0]);
    Double second = strengths.get(s.poleIds[1]);
    if (first == null || second == null) {
      return Optional.empty();
    }
    boolean firstStrong = first > s.strengthThreshold;
    boolean secondStrong = second > s.strengthThreshold;
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
    return new Dimensions(this);
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
    return new Contributions(this, n, traits);
  }

  /**
   * The dimension results as a list of views made when read. The list and its iterator are classes
   * of their own, so that the JIT sees one type at each call and can often leave the views
   * unallocated.
   */
  private static final class Dimensions extends AbstractList<DimensionScore>
      implements RandomAccess {
    private final ScoredCard card;

    Dimensions(ScoredCard card) {
      this.card = card;
    }

    @Override
    public DimensionScore get(int i) {
      return new ScoredDimension(card, checkIndex(i, size()));
    }

    @Override
    public int size() {
      return card.s.dimensionCount;
    }

    @Override
    public Iterator<DimensionScore> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < card.s.dimensionCount;
        }

        @Override
        public DimensionScore next() {
          if (next >= card.s.dimensionCount) {
            throw new NoSuchElementException();
          }
          return new ScoredDimension(card, next++);
        }
      };
    }
  }

  /** The contributions of the counted traits as views made when read (see {@link Dimensions}). */
  private static final class Contributions extends AbstractList<Contribution>
      implements RandomAccess {
    private final ScoredCard card;
    private final int size;
    private final int[] positions; // null: every trait counts, so position i is trait i

    Contributions(ScoredCard card, int size, int[] positions) {
      this.card = card;
      this.size = size;
      this.positions = positions;
    }

    private Contribution at(int i) {
      return new ScoredContribution(card, positions == null ? i : positions[i]);
    }

    @Override
    public Contribution get(int i) {
      return at(checkIndex(i, size));
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public Iterator<Contribution> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < size;
        }

        @Override
        public Contribution next() {
          if (next >= size) {
            throw new NoSuchElementException();
          }
          return at(next++);
        }
      };
    }
  }

  @Override
  public List<Warning> warnings() {
    List<Warning> warnings = new ArrayList<>();
    if (ignored != null) {
      for (String id : ignored) {
        warnings.add(
            Warning.of(
                Warning.Code.UNKNOWN_TRAIT_IGNORED,
                id,
                String.format(
                    Locale.ROOT,
                    "the answer to '%s' was ignored: rubric '%s' has no such trait",
                    id,
                    s.rubric.reference())));
      }
    }
    for (int d = 0; d < s.dimensionCount; d++) {
      double w = dims[d * s.stride + COUNTED_WEIGHT];
      double cov = dims[d * s.stride + COVERAGE];
      if (!(w > 0)) {
        warnings.add(
            Warning.of(
                Warning.Code.DIMENSION_NO_WEIGHT,
                s.dimensionIds[d],
                String.format(
                    Locale.ROOT,
                    "dimension '%s' does not count: it has no counted trait of positive weight",
                    s.dimensionIds[d])));
      } else if (!s.counts(w, cov)) {
        warnings.add(
            Warning.of(
                Warning.Code.DIMENSION_LOW_COVERAGE,
                s.dimensionIds[d],
                String.format(
                    Locale.ROOT,
                    "dimension '%s' does not count: %s of its trait weight is answered, below the"
                        + " minimum of %s",
                    s.dimensionIds[d],
                    percent(cov),
                    percent(s.minCoverage))));
      }
    }
    if (missing > 0 && !s.rejectMissing) {
      warnings.add(
          Warning.of(
              s.neutral ? Warning.Code.ANSWERS_NEUTRAL : Warning.Code.ANSWERS_SKIPPED,
              s.rubric.id(),
              String.format(
                  Locale.ROOT,
                  s.neutral
                      ? "%d of %d traits are unanswered and count at the midpoint of their scale"
                      : "%d of %d traits are unanswered and do not count",
                  missing,
                  s.traitCount)));
    }
    if (!(omega > 0)) {
      warnings.add(
          Warning.of(
              Warning.Code.UNDETERMINED,
              s.rubric.id(),
              "no dimension counts, so the scorecard is undetermined"));
    }
    return Collections.unmodifiableList(warnings);
  }

  // ---- the figures as numbers, for the cohort engine

  /** The answers by trait position, 0 when missing; not a copy: do not modify. */
  public int[] points() {
    return points;
  }

  /** The index, or NaN when undetermined or not two poles. */
  public double indexValue() {
    return omega > 0 ? index : Double.NaN;
  }

  /** The position of the index's band in the rubric's bands, or −1. */
  public int bandPosition() {
    return band == null ? -1 : s.bands.position(index);
  }

  /** P<sub>q</sub>, when determined. */
  public double share(int q) {
    return profile[q];
  }

  /** Fills {@code out} with the strength of each pole, NaN for a pole without one. */
  public void strengthsInto(double[] out, double[] scratch) {
    zero(out, scratch);
    if (omega > 0) {
      strengthSums(out, scratch);
    }
    ratios(out, scratch);
  }

  /** Whether dimension d counted. */
  public boolean dimensionCounted(int d) {
    return omega > 0 && dimensionCounts(d);
  }

  /** Dimension d's index; only for a counted dimension of a two-pole rubric. */
  public double dimensionIndexValue(int d) {
    return indexOf(dims, d * s.stride + DELTA);
  }

  /** The position of dimension d's band, or −1; only for a counted dimension. */
  public int dimensionBandPosition(int d) {
    return s.poleCount == 2 ? s.bands.position(dimensionIndexValue(d)) : -1;
  }

  /** Fills {@code out} with dimension d's pole strengths, NaN for a pole without one. */
  public void dimensionStrengthsInto(int d, double[] out, double[] scratch) {
    zero(out, scratch);
    dimensionStrengthSums(d, out, scratch);
    ratios(out, scratch);
  }

  private static void zero(double[] a, double[] b) {
    for (int q = 0; q < a.length; q++) {
      a[q] = 0.0;
      b[q] = 0.0;
    }
  }

  /** sum / weight clamped to [0, 1] where the weight is positive, NaN elsewhere (in place). */
  private static void ratios(double[] sum, double[] weight) {
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

  private static int checkIndex(int i, int size) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + " out of bounds for length " + size);
    }
    return i;
  }

  /** u + delta, with shares a rounding error below 0 set to 0. */
  private double[] profileOf(double[] delta, int offset) {
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
  private static double indexOf(double[] delta, int offset) {
    double i = delta[offset + 1] - delta[offset];
    return Math.max(-1.0, Math.min(1.0, i));
  }

  private static int leading(double[] profile) {
    int lead = 0;
    for (int q = 1; q < profile.length; q++) {
      if (profile[q] > profile[lead]) {
        lead = q;
      }
    }
    return lead;
  }

  private static double margin(double[] profile, int lead) {
    double next = Double.NEGATIVE_INFINITY;
    for (int q = 0; q < profile.length; q++) {
      if (q != lead && profile[q] > next) {
        next = profile[q];
      }
    }
    return profile[lead] - next;
  }

  private static double distance(double[] a, double[] b) {
    double sum = 0;
    for (int q = 0; q < a.length; q++) {
      double d = a[q] - b[q];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  private Map<String, Double> strengthMap(double[] sum, double[] weight) {
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

  /** One dimension's result, worked out from the scorecard's numbers when read. */
  private static final class ScoredDimension extends DimensionScore {
    private final ScoredCard card;
    private final int d;

    ScoredDimension(ScoredCard card, int d) {
      this.card = card;
      this.d = d;
    }

    private boolean counts() {
      return card.omega > 0 && card.dimensionCounts(d);
    }

    @Override
    public String id() {
      return card.s.dimensionIds[d];
    }

    @Override
    public double weight() {
      return card.s.dimensionWeight[d];
    }

    @Override
    public boolean counted() {
      return counts();
    }

    @Override
    public Optional<String> exclusion() {
      CompiledScorer s = card.s;
      double w = card.dims[d * s.stride + COUNTED_WEIGHT];
      double cov = card.dims[d * s.stride + COVERAGE];
      if (!card.dimensionCounts(d)) {
        return Optional.of(
            w > 0
                ? String.format(
                    Locale.ROOT,
                    "coverage %s is below the minimum of %s",
                    percent(cov),
                    percent(s.minCoverage))
                : "no counted trait of positive weight");
      }
      if (!(card.omega > 0)) {
        return Optional.of("the counted dimensions have a total weight of 0");
      }
      return Optional.empty();
    }

    @Override
    public double coverage() {
      return clamp01(card.dims[d * card.s.stride + COVERAGE]);
    }

    @Override
    public Map<String, Double> profile() {
      return counts()
          ? new PoleMap(card.s.poleIds, card.profileOf(card.dims, d * card.s.stride + DELTA))
          : Map.of();
    }

    @Override
    public OptionalDouble index() {
      return counts() && card.s.poleCount == 2
          ? OptionalDouble.of(indexOf(card.dims, d * card.s.stride + DELTA))
          : OptionalDouble.empty();
    }

    @Override
    public Optional<String> band() {
      return counts() && card.s.poleCount == 2
          ? Optional.ofNullable(card.s.bands.find(indexOf(card.dims, d * card.s.stride + DELTA)))
          : Optional.empty();
    }

    @Override
    public Optional<String> leadingPole() {
      return counts()
          ? Optional.of(
              card.s.poleIds[leading(card.profileOf(card.dims, d * card.s.stride + DELTA))])
          : Optional.empty();
    }

    @Override
    public Map<String, Double> strengths() {
      if (!counts()) {
        return Map.of();
      }
      double[] sum = new double[card.s.poleCount];
      double[] weight = new double[card.s.poleCount];
      card.dimensionStrengthSums(d, sum, weight);
      return card.strengthMap(sum, weight);
    }

    @Override
    public boolean pullsAgainst() {
      return card.pulls(d);
    }
  }

  /** One trait's contribution, worked out from the scorecard's numbers when read. */
  private static final class ScoredContribution extends Contribution {
    private final ScoredCard card;
    private final int t;

    ScoredContribution(ScoredCard card, int t) {
      this.card = card;
      this.t = t;
    }

    @Override
    public String trait() {
      return card.s.traitIds[t];
    }

    @Override
    public String dimension() {
      return card.s.dimensionIds[card.s.traitDimension[t]];
    }

    @Override
    public OptionalInt answer() {
      int p = card.points[t];
      return p > 0 ? OptionalInt.of(p) : OptionalInt.empty();
    }

    @Override
    public double value() {
      return card.value(t);
    }

    @Override
    public double weight() {
      return card.contributionWeight(t);
    }

    private double[] vectorArray() {
      // c = traitShare · d_t, accumulated into zeros exactly as the dimension's sum was.
      double[] c = new double[DELTA + card.s.poleCount];
      card.s.addDirection(t, card.value(t), weight(), c, 0);
      return c;
    }

    @Override
    public Map<String, Double> vector() {
      double[] c = vectorArray();
      return new PoleMap(card.s.poleIds, java.util.Arrays.copyOfRange(c, DELTA, c.length));
    }

    @Override
    public OptionalDouble index() {
      return card.s.poleCount == 2
          ? OptionalDouble.of(card.contributionIndex(t))
          : OptionalDouble.empty();
    }
  }
}
