package dev.centricity.core.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.ImmutableContribution;
import dev.centricity.core.ImmutableDimensionScore;
import dev.centricity.core.ImmutableScorecard;
import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.Trait;
import dev.centricity.core.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scoring engine: a rubric resolved once into flat arrays indexed by position (traits in rubric
 * order, dimensions as contiguous ranges of traits), scored with the arithmetic of DESIGN section
 * 4.
 *
 * <p>Immutable after construction and therefore thread-safe; {@link #score(Response)} keeps all its
 * working state in local arrays.
 */
public final class CompiledScorer implements Scorer {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledScorer.class);

  /** Shares this far below 0 are rounding error of sums that are exactly 0 in real arithmetic. */
  private static final double ROUNDING = 1e-12;

  /**
   * Coverage that falls short of the minimum by less than this is rounding (0.1 + 0.2 of a total
   * 0.6 answered is 0.4999999999999999, not ½), so the dimension counts whatever the order or scale
   * of the weights.
   */
  private static final double COVERAGE_TOLERANCE = 1e-12;

  private static final byte KEYED = 0;
  private static final byte CONTRAST = 1;

  private final Rubric rubric;
  private final ScoringPolicy policy;
  private final RubricIdentity identity;

  private final int poleCount;
  private final String[] poleIds;
  private final double centre;

  private final int traitCount;
  private final String[] traitIds;
  private final Map<String, Integer> traitIndex;
  private final byte[] traitKind;
  private final int[] traitPole; // keyed: the pole; contrast: the 'from' pole
  private final int[] traitTarget; // contrast: the 'to' pole
  private final int[] traitPoints;
  private final double[] traitWeight;

  private final int dimensionCount;
  private final String[] dimensionIds;
  private final double[] dimensionWeight;
  private final int[] dimensionStart;
  private final int[] dimensionEnd;
  private final double[] dimensionTotalWeight;

  private final BandTable bands;
  private final double strengthThreshold;

  /**
   * Compiles a rubric.
   *
   * @param rubric a valid rubric
   * @param policy the policy to score with
   */
  public CompiledScorer(Rubric rubric, ScoringPolicy policy) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.identity = RubricIdentity.of(rubric);

    poleCount = rubric.poles().size();
    poleIds = new String[poleCount];
    Map<String, Integer> poleIndex = new HashMap<>();
    for (int i = 0; i < poleCount; i++) {
      poleIds[i] = rubric.poles().get(i).id();
      poleIndex.put(poleIds[i], i);
    }
    centre = 1.0 / poleCount;

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
    traitWeight = new double[total];

    int t = 0;
    for (int d = 0; d < dimensionCount; d++) {
      Dimension dim = rubric.dimensions().get(d);
      dimensionIds[d] = dim.id();
      dimensionWeight[d] = dim.weight();
      dimensionStart[d] = t;
      double sum = 0;
      for (Trait trait : dim.traits()) {
        traitIds[t] = trait.id();
        traitIndex.put(trait.id(), t);
        if (trait.keyed().isPresent()) {
          traitKind[t] = KEYED;
          traitPole[t] = poleIndex.get(trait.keyed().get());
          traitTarget[t] = -1;
        } else {
          traitKind[t] = CONTRAST;
          traitPole[t] = poleIndex.get(trait.contrast().orElseThrow().from());
          traitTarget[t] = poleIndex.get(trait.contrast().orElseThrow().to());
        }
        traitPoints[t] = scalePoints.get(trait.scale());
        traitWeight[t] = trait.weight();
        sum += trait.weight();
        t++;
      }
      dimensionEnd[d] = t;
      dimensionTotalWeight[d] = sum;
    }
    bands = new BandTable(rubric.bands());
    strengthThreshold = rubric.strengthThreshold();
    LOG.debug(
        "compiled rubric {} ({} poles, {} dimensions, {} traits) with policy {}",
        rubric.reference(),
        poleCount,
        dimensionCount,
        traitCount,
        policy);
  }

  @Override
  public Rubric rubric() {
    return rubric;
  }

  @Override
  public ScoringPolicy policy() {
    return policy;
  }

  @Override
  public Scorecard score(Response response) {
    Objects.requireNonNull(response, "response");
    List<Warning> warnings = new ArrayList<>();
    int[] points = resolve(response, warnings);
    return compute(points, response, warnings);
  }

  /**
   * Resolves the answers to points by trait position (0 = missing), reporting every problem at
   * once.
   */
  private int[] resolve(Response response, List<Warning> warnings) {
    List<Problem> problems = null;
    if (response.rubric().isPresent() && !response.rubric().get().equals(rubric.reference())) {
      problems = new ArrayList<>();
      problems.add(
          new Problem(
              "/rubric",
              String.format(
                  Locale.ROOT,
                  "the response was made for rubric '%s' but is scored against '%s'",
                  response.rubric().get(),
                  rubric.reference())));
    }
    int[] points = new int[traitCount];
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      Integer index = traitIndex.get(e.getKey());
      Answer answer = e.getValue();
      if (index == null) {
        if (policy.unknownTraits() == ScoringPolicy.UnknownTraits.IGNORE) {
          warnings.add(
              Warning.of(
                  Warning.Code.UNKNOWN_TRAIT_IGNORED,
                  e.getKey(),
                  String.format(
                      Locale.ROOT,
                      "the answer to '%s' was ignored: rubric '%s' has no such trait",
                      e.getKey(),
                      rubric.reference())));
        } else {
          problems = add(problems, e.getKey(), unknownTrait(e.getKey()));
        }
        continue;
      }
      if (answer.isGiven()) {
        int p = answer.pointValue();
        int n = traitPoints[index];
        if (p < 1 || p > n) {
          problems =
              add(
                  problems,
                  e.getKey(),
                  String.format(
                      Locale.ROOT,
                      "answer to trait '%s' must be a whole number from 1 to %d but was %d",
                      e.getKey(),
                      n,
                      p));
        } else {
          points[index] = p;
        }
      }
    }
    if (policy.missing() == MissingAnswers.REJECT) {
      for (int t = 0; t < traitCount; t++) {
        if (points[t] == 0 && !answeredOutOfRange(response, t)) {
          problems =
              add(
                  problems,
                  traitIds[t],
                  String.format(
                      Locale.ROOT,
                      "trait '%s' is unanswered, and the policy rejects missing answers",
                      traitIds[t]));
        }
      }
    }
    if (problems != null) {
      throw new ResponseValidationException(response.respondent().orElse(""), problems);
    }
    return points;
  }

  private boolean answeredOutOfRange(Response response, int t) {
    Answer a = response.answers().get(traitIds[t]);
    return a != null && a.isGiven();
  }

  private String unknownTrait(String id) {
    return String.format(Locale.ROOT, "rubric '%s' has no trait '%s'", rubric.reference(), id);
  }

  private static List<Problem> add(List<Problem> problems, String traitId, String message) {
    List<Problem> list = problems == null ? new ArrayList<>() : problems;
    list.add(new Problem("/answers/" + Problem.escape(traitId), message));
    return list;
  }

  private Scorecard compute(int[] points, Response response, List<Warning> warnings) {
    final int k = poleCount;
    final boolean neutral = policy.missing() == MissingAnswers.NEUTRAL;
    final double[] value = new double[traitCount]; // a, for the traits that count
    final boolean[] counts = new boolean[traitCount];
    final double[] countedWeight = new double[dimensionCount]; // W_D
    final double[] coverage = new double[dimensionCount];
    final boolean[] dimensionCounts = new boolean[dimensionCount];
    final double[][] delta = new double[dimensionCount][]; // P_D - u
    int missing = 0;

    for (int d = 0; d < dimensionCount; d++) {
      double answered = 0;
      double w = 0;
      for (int t = dimensionStart[d]; t < dimensionEnd[d]; t++) {
        if (points[t] > 0) {
          answered += traitWeight[t];
          value[t] = (points[t] - 1) / (double) (traitPoints[t] - 1);
          counts[t] = true;
        } else {
          missing++;
          if (neutral) {
            value[t] = 0.5;
            counts[t] = true;
          }
        }
        if (counts[t]) {
          w += traitWeight[t];
        }
      }
      countedWeight[d] = w;
      coverage[d] = dimensionTotalWeight[d] > 0 ? answered / dimensionTotalWeight[d] : 0.0;
      if (!(w > 0)) {
        warnings.add(
            Warning.of(
                Warning.Code.DIMENSION_NO_WEIGHT,
                dimensionIds[d],
                String.format(
                    Locale.ROOT,
                    "dimension '%s' does not count: it has no counted trait of positive weight",
                    dimensionIds[d])));
      } else if (coverage[d] + COVERAGE_TOLERANCE < policy.minCoverage()) {
        warnings.add(
            Warning.of(
                Warning.Code.DIMENSION_LOW_COVERAGE,
                dimensionIds[d],
                String.format(
                    Locale.ROOT,
                    "dimension '%s' does not count: %s of its trait weight is answered, below the"
                        + " minimum of %s",
                    dimensionIds[d],
                    percent(coverage[d]),
                    percent(policy.minCoverage()))));
      } else {
        dimensionCounts[d] = true;
        double[] acc = new double[k];
        for (int t = dimensionStart[d]; t < dimensionEnd[d]; t++) {
          if (counts[t]) {
            addDirection(t, value[t], traitWeight[t] / w, acc);
          }
        }
        delta[d] = acc;
      }
    }
    if (missing > 0 && policy.missing() != MissingAnswers.REJECT) {
      warnings.add(
          Warning.of(
              neutral ? Warning.Code.ANSWERS_NEUTRAL : Warning.Code.ANSWERS_SKIPPED,
              rubric.id(),
              String.format(
                  Locale.ROOT,
                  neutral
                      ? "%d of %d traits are unanswered and count at the midpoint of their scale"
                      : "%d of %d traits are unanswered and do not count",
                  missing,
                  traitCount)));
    }

    double omega = 0;
    double allWeights = 0;
    double coveredWeight = 0;
    for (int d = 0; d < dimensionCount; d++) {
      allWeights += dimensionWeight[d];
      coveredWeight += dimensionWeight[d] * coverage[d];
      if (dimensionCounts[d]) {
        omega += dimensionWeight[d];
      }
    }
    double overallCoverage = allWeights > 0 ? clamp01(coveredWeight / allWeights) : 0.0;
    boolean determined = omega > 0;

    ImmutableScorecard.Builder card =
        ImmutableScorecard.builder()
            .rubric(identity)
            .respondent(response.respondent())
            .policy(policy)
            .determined(determined)
            .coverage(overallCoverage);

    double[] overall = new double[k];
    if (determined) {
      for (int d = 0; d < dimensionCount; d++) {
        if (dimensionCounts[d]) {
          double share = dimensionWeight[d] / omega;
          for (int q = 0; q < k; q++) {
            overall[q] += share * delta[d][q];
          }
        }
      }
    }
    double[] profile = profileOf(overall);
    double index = k == 2 ? indexOf(overall) : Double.NaN;
    int lead = determined ? leading(profile) : -1;

    // Strengths, contributions and per-dimension results.
    double[] strengthSum = new double[k];
    double[] strengthWeight = new double[k];
    List<Contribution> contributions = new ArrayList<>();
    List<DimensionScore> dimensionScores = new ArrayList<>(dimensionCount);
    List<String> pullingAgainst = new ArrayList<>();
    double spread = 0; // Σ (ω_D/Ω) (I_D − I)² or Σ (ω_D/Ω) |P_D − P|
    double[] c = new double[k]; // one trait's contribution, reused: poleMap copies it out
    for (int d = 0; d < dimensionCount; d++) {
      ImmutableDimensionScore.Builder ds =
          ImmutableDimensionScore.builder()
              .id(dimensionIds[d])
              .weight(dimensionWeight[d])
              .coverage(clamp01(coverage[d]))
              .counted(dimensionCounts[d] && determined);
      boolean pulls = false;
      if (!dimensionCounts[d]) {
        ds.exclusion(
            countedWeight[d] > 0
                ? String.format(
                    Locale.ROOT,
                    "coverage %s is below the minimum of %s",
                    percent(coverage[d]),
                    percent(policy.minCoverage()))
                : "no counted trait of positive weight");
      } else if (!determined) {
        ds.exclusion("the counted dimensions have a total weight of 0");
      } else {
        double share = dimensionWeight[d] / omega;
        double w = countedWeight[d];
        double[] dimSum = new double[k];
        double[] dimWeight = new double[k];
        for (int t = dimensionStart[d]; t < dimensionEnd[d]; t++) {
          if (!counts[t]) {
            continue;
          }
          double within = traitWeight[t] / w;
          double traitShare = share * within;
          java.util.Arrays.fill(c, 0.0);
          addDirection(t, value[t], traitShare, c);
          ImmutableContribution.Builder cb =
              ImmutableContribution.builder()
                  .trait(traitIds[t])
                  .dimension(dimensionIds[d])
                  .answer(points[t] > 0 ? OptionalInt.of(points[t]) : OptionalInt.empty())
                  .value(value[t])
                  .weight(traitShare)
                  .vector(poleMap(c));
          if (k == 2) {
            cb.index(c[1] - c[0]);
          }
          contributions.add(cb.build());
          if (traitKind[t] == KEYED) {
            int p = traitPole[t];
            dimSum[p] += traitWeight[t] * value[t];
            dimWeight[p] += traitWeight[t];
            strengthSum[p] += traitShare * value[t];
            strengthWeight[p] += traitShare;
          }
        }
        double[] dimProfile = profileOf(delta[d]);
        ds.profile(poleMap(dimProfile));
        int dimLead = leading(dimProfile);
        ds.leadingPole(poleIds[dimLead]);
        ds.strengths(strengthMap(dimSum, dimWeight));
        if (k == 2) {
          double di = indexOf(delta[d]);
          ds.index(di);
          bands.find(di).ifPresent(ds::band);
          pulls = dimensionWeight[d] > 0 && di * index < 0;
          spread += share * (di - index) * (di - index);
        } else {
          pulls =
              dimensionWeight[d] > 0
                  && dimLead != lead
                  && margin(profile, lead) > 0
                  && margin(dimProfile, dimLead) > 0;
          spread += share * distance(dimProfile, profile);
        }
      }
      if (pulls) {
        pullingAgainst.add(dimensionIds[d]);
      }
      dimensionScores.add(ds.pullsAgainst(pulls).build());
    }

    if (determined) {
      card.profile(poleMap(profile));
      card.leadingPole(poleIds[lead]).margin(margin(profile, lead));
      Map<String, Double> strengths = strengthMap(strengthSum, strengthWeight);
      card.strengths(strengths);
      if (k == 2) {
        card.index(index).score(50.0 * (index + 1.0));
        bands.find(index).ifPresent(card::band);
        card.alignment(clamp01(1.0 - Math.sqrt(spread)));
        Double first = strengths.get(poleIds[0]);
        Double second = strengths.get(poleIds[1]);
        if (first != null && second != null) {
          card.quadrant(quadrant(first, second));
        }
      } else {
        card.alignment(clamp01(1.0 - spread / Math.sqrt(2.0)));
      }
    } else {
      warnings.add(
          Warning.of(
              Warning.Code.UNDETERMINED,
              rubric.id(),
              "no dimension counts, so the scorecard is undetermined"));
    }
    return card.dimensions(dimensionScores)
        .contributions(contributions)
        .pullingAgainst(pullingAgainst)
        .warnings(warnings)
        .build();
  }

  /**
   * Adds factor · d_t to {@code out}, d_t being the direction of trait t at answer a (DESIGN §4).
   */
  private void addDirection(int t, double a, double factor, double[] out) {
    final int k = poleCount;
    if (traitKind[t] == KEYED) {
      int p = traitPole[t];
      if (a >= 0.5) {
        // (2a − 1)(e_p − u)
        double s = factor * (2 * a - 1);
        for (int q = 0; q < k; q++) {
          out[q] += q == p ? s * (1.0 - centre) : -s * centre;
        }
      } else {
        // (1 − 2a)(f_p − u), f_p = (1 − e_p)/(k − 1)
        double s = factor * (1 - 2 * a);
        double other = 1.0 / (k - 1) - centre;
        for (int q = 0; q < k; q++) {
          out[q] += q == p ? -s * centre : s * other;
        }
      }
    } else {
      // ((2a − 1)/k)(e_q − e_p)
      double s = factor * (2 * a - 1) / k;
      out[traitTarget[t]] += s;
      out[traitPole[t]] -= s;
    }
  }

  /** u + delta, with shares a rounding error below 0 set to 0. */
  private double[] profileOf(double[] delta) {
    double[] p = new double[poleCount];
    for (int q = 0; q < poleCount; q++) {
      double v = centre + delta[q];
      p[q] = v < 0 && v > -ROUNDING ? 0.0 : v;
    }
    return p;
  }

  /**
   * I = P_second − P_first, computed from P − u so that the centre's rounding does not enter and
   * mirrored answers give exactly negated indices.
   */
  private static double indexOf(double[] delta) {
    double i = delta[1] - delta[0];
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
    double s = 0;
    for (int q = 0; q < a.length; q++) {
      double d = a[q] - b[q];
      s += d * d;
    }
    return Math.sqrt(s);
  }

  private String quadrant(double first, double second) {
    boolean firstStrong = first > strengthThreshold;
    boolean secondStrong = second > strengthThreshold;
    if (firstStrong && secondStrong) {
      return Scorecard.HYBRID;
    }
    if (firstStrong) {
      return poleIds[0] + "-centric";
    }
    if (secondStrong) {
      return poleIds[1] + "-centric";
    }
    return Scorecard.UNFOCUSED;
  }

  private Map<String, Double> poleMap(double[] values) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int q = 0; q < poleCount; q++) {
      m.put(poleIds[q], values[q]);
    }
    return m;
  }

  private Map<String, Double> strengthMap(double[] sum, double[] weight) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int q = 0; q < poleCount; q++) {
      if (weight[q] > 0) {
        m.put(poleIds[q], clamp01(sum[q] / weight[q]));
      }
    }
    return m;
  }

  private static double clamp01(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** The bands of a rubric, with the rule that a boundary belongs to the band nearer 0. */
  static final class BandTable {
    private final double[] from;
    private final double[] to;
    private final String[] label;

    BandTable(List<Band> bands) {
      int n = bands.size();
      from = new double[n];
      to = new double[n];
      label = new String[n];
      for (int i = 0; i < n; i++) {
        from[i] = bands.get(i).from();
        to[i] = bands.get(i).to();
        label[i] = bands.get(i).label();
      }
    }

    java.util.Optional<String> find(double x) {
      for (int i = 0; i < from.length; i++) {
        boolean onFrom = Math.abs(x - from[i]) <= Band.BOUNDARY_TOLERANCE;
        boolean onTo = Math.abs(x - to[i]) <= Band.BOUNDARY_TOLERANCE;
        boolean aboveFrom = onFrom ? from[i] < 0 || i == 0 : x > from[i];
        boolean belowTo = onTo ? to[i] > 0 || i == from.length - 1 : x < to[i];
        if (aboveFrom && belowTo) {
          return java.util.Optional.of(label[i]);
        }
      }
      return java.util.Optional.empty();
    }
  }
}
