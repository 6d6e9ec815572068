package dev.centricity.core.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scoring engine: a rubric resolved once into flat arrays indexed by position (traits in rubric
 * order, dimensions as contiguous ranges of traits), scored with the arithmetic of {@code
 * docs/model.md}.
 *
 * <p>Scoring reads the answers into an array of points, then computes per dimension the counted
 * weight, the coverage and P<sub>D</sub> − u, and from those the overall profile, index, band and
 * coverage. That is all a {@link ScoredCard} stores; everything else it reports is derived from
 * those numbers when asked for, always with the same arithmetic in the same order, so the figures
 * are the same however often and from however many threads they are read.
 *
 * <p>Immutable after construction and therefore thread-safe.
 */
public final class CompiledScorer implements PositionalEngine {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledScorer.class);

  /** Shares this far below 0 are rounding error of sums that are exactly 0 in real arithmetic. */
  static final double ROUNDING = 1e-12;

  /**
   * Coverage that falls short of the minimum by less than this is rounding (0.1 + 0.2 of a total
   * 0.6 answered is 0.4999999999999999, not ½), so the dimension counts whatever the order or scale
   * of the weights.
   */
  static final double COVERAGE_TOLERANCE = 1e-12;

  static final byte KEYED = CompiledRubric.KEYED;
  static final byte CONTRAST = CompiledRubric.CONTRAST;

  /** Per dimension, a scorecard stores: counted weight W_D, coverage, then P_D − u per pole. */
  static final int COUNTED_WEIGHT = 0;

  static final int COVERAGE = 1;
  static final int DELTA = 2;

  final CompiledRubric compiled;
  final Rubric rubric;
  final ScoringPolicy policy;
  final RubricIdentity identity;
  final String reference;
  final boolean neutral;
  final boolean rejectMissing;
  final double minCoverage;

  final int poleCount;
  final String[] poleIds;
  final double centre;
  final int stride;

  final int traitCount;
  final String[] traitIds;
  private final List<String> traitOrder;
  final byte[] traitKind;
  final int[] traitPole; // keyed: the pole; contrast: the 'from' pole
  final int[] traitTarget; // contrast: the 'to' pole
  final int[] traitPoints;

  /** a = (v − 1)/(n − 1) for each point v of trait t's scale, at [t][v], computed once. */
  final double[][] pointValue;

  final double[] traitWeight;
  final int[] traitDimension;

  final int dimensionCount;
  final String[] dimensionIds;
  final double[] dimensionWeight;
  final int[] dimensionStart;
  final int[] dimensionEnd;
  final double[] dimensionTotalWeight;
  final double allDimensionWeight;

  final BandTable bands;
  final double strengthThreshold;

  /**
   * What a writer keeps from one scorecard of this scorer to the next (see {@link
   * CardFigures#writerState()}); set racily, so it must be safe to publish that way (final fields).
   */
  volatile Object writerState;

  /**
   * Compiles a rubric.
   *
   * @param rubric a valid rubric
   * @param policy the policy to score with
   */
  public CompiledScorer(Rubric rubric, ScoringPolicy policy) {
    this(CompiledRubric.of(rubric), policy);
  }

  /**
   * A scorer of a compiled rubric.
   *
   * @param compiled the rubric's layout
   * @param policy the policy to score with
   */
  public CompiledScorer(CompiledRubric compiled, ScoringPolicy policy) {
    this.compiled = Objects.requireNonNull(compiled, "compiled");
    this.rubric = compiled.rubric;
    this.policy = Objects.requireNonNull(policy, "policy");
    this.identity = RubricIdentity.of(rubric);
    this.reference = rubric.reference();
    this.neutral = policy.missing() == MissingAnswers.NEUTRAL;
    this.rejectMissing = policy.missing() == MissingAnswers.REJECT;
    this.minCoverage = policy.minCoverage();
    poleCount = compiled.poleCount;
    poleIds = compiled.poleIds;
    centre = 1.0 / poleCount;
    stride = DELTA + poleCount;
    traitCount = compiled.traitCount;
    traitIds = compiled.traitIds;
    traitOrder = compiled.traitOrder;
    traitKind = compiled.traitKind;
    traitPole = compiled.traitPole;
    traitTarget = compiled.traitTarget;
    traitPoints = compiled.traitPoints;
    pointValue = compiled.pointValue;
    traitWeight = compiled.traitWeight;
    traitDimension = compiled.traitDimension;
    dimensionCount = compiled.dimensionCount;
    dimensionIds = compiled.dimensionIds;
    dimensionWeight = compiled.dimensionWeight;
    dimensionStart = compiled.dimensionStart;
    dimensionEnd = compiled.dimensionEnd;
    dimensionTotalWeight = compiled.dimensionTotalWeight;
    allDimensionWeight = compiled.allDimensionWeight;
    bands = compiled.bands;
    strengthThreshold = compiled.strengthThreshold;
    LOG.debug(
        "compiled rubric {} ({} poles, {} dimensions, {} traits) with policy {}",
        rubric.reference(),
        poleCount,
        dimensionCount,
        traitCount,
        policy);
  }

  @Override
  public CompiledRubric compiled() {
    return compiled;
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
  public List<String> traitOrder() {
    return traitOrder;
  }

  @Override
  public OptionalInt position(String traitId) {
    int i = compiled.position(Objects.requireNonNull(traitId, "traitId"));
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  @Override
  public Scorecard score(Response response) {
    Objects.requireNonNull(response, "response");
    if (response instanceof CompactResponse compact) {
      Scorecard card = scoreCompact(compact);
      if (card != null) {
        return card;
      }
      return scoreChecked(response);
    }
    Map<String, Answer> answers = response.answers();
    int[] points = new int[traitCount];
    int found = 0;
    boolean clean = response.rubric().isEmpty() || response.rubric().get().equals(reference);
    for (int t = 0; t < traitCount && clean; t++) {
      Answer a = answers.get(traitIds[t]);
      if (a != null) {
        found++;
        if (a.isGiven()) {
          int p = a.pointValue();
          if (p < 1 || p > traitPoints[t]) {
            clean = false;
          }
          points[t] = p;
        }
      }
      if (points[t] == 0 && rejectMissing) {
        clean = false;
      }
    }
    if (clean && found == answers.size()) {
      return compute(points, response.respondent().orElse(null), null);
    }
    return scoreChecked(response);
  }

  /**
   * Scores a response that has something to report: resolves it again in its own order, collecting
   * every problem.
   */
  private Scorecard scoreChecked(Response response) {
    List<String> ignored = new ArrayList<>();
    int[] resolved = resolve(response, ignored);
    return compute(resolved, response.respondent().orElse(null), ignored.toArray(new String[0]));
  }

  /**
   * The fast path for a compact response: one look-up per answer in the rubric's table of
   * positions. Returns null when the response has anything to report (another rubric, an unknown
   * trait, a point off its scale, a missing answer the policy rejects), for {@link #scoreChecked}
   * to report or warn about exactly as for any other response.
   */
  private Scorecard scoreCompact(CompactResponse response) {
    String named = response.rubricOrNull();
    if (named != null && !named.equals(reference)) {
      return null;
    }
    final String[] ids = response.ids;
    final Answer[] answers = response.answers;
    final int[] points = new int[traitCount];
    for (int i = 0; i < ids.length; i++) {
      // Hosts mostly answer in the rubric's order: the i-th trait first, then the table.
      int t = i < traitCount && traitIds[i].equals(ids[i]) ? i : compiled.position(ids[i]);
      if (t < 0) {
        return null;
      }
      Answer a = answers[i];
      if (a.isGiven()) {
        int p = a.pointValue();
        if (p < 1 || p > traitPoints[t]) {
          return null;
        }
        points[t] = p;
      }
    }
    if (rejectMissing && anyMissing(points)) {
      return null;
    }
    return compute(points, response.respondentOrNull(), null);
  }

  @Override
  public Scorecard score(Map<String, Integer> points) {
    Objects.requireNonNull(points, "points");
    final int[] resolved = new int[traitCount];
    for (Map.Entry<String, Integer> e : points.entrySet()) {
      // A null key or an unknown trait is left to the general path, which reports or ignores it.
      int t = compiled.position(e.getKey());
      if (t < 0) {
        return score(Response.ofPoints(points));
      }
      Integer p = e.getValue();
      if (p != null) {
        int v = p;
        if (v < 1 || v > traitPoints[t]) {
          return score(Response.ofPoints(points));
        }
        resolved[t] = v;
      }
    }
    if (rejectMissing && anyMissing(resolved)) {
      return score(Response.ofPoints(points));
    }
    return compute(resolved, null, null);
  }

  private boolean anyMissing(int[] points) {
    for (int t = 0; t < traitCount; t++) {
      if (points[t] == 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Scorecard score(int[] points) {
    return score(null, points);
  }

  @Override
  public Scorecard score(String respondent, int[] points) {
    Objects.requireNonNull(points, "points");
    if (points.length != traitCount) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "expected %d points, one per trait of rubric '%s' in the order of traitOrder(), but"
                  + " got %d",
              traitCount,
              rubric.reference(),
              points.length));
    }
    int[] copy = points.clone();
    List<Problem> problems = null;
    for (int t = 0; t < traitCount; t++) {
      int p = copy[t];
      if (p < 0 || p > traitPoints[t]) {
        problems = add(problems, traitIds[t], outOfRange(traitIds[t], traitPoints[t], p));
      } else if (p == 0 && rejectMissing) {
        problems = add(problems, traitIds[t], unanswered(traitIds[t]));
      }
    }
    if (problems != null) {
      throw new ResponseValidationException(respondent == null ? "" : respondent, problems);
    }
    return compute(copy, respondent, null);
  }

  /**
   * Resolves the answers to points by trait position (0 = missing) in the response's order,
   * reporting every problem at once; the ids of ignored unknown traits are added to {@code
   * ignored}.
   */
  private int[] resolve(Response response, List<String> ignored) {
    List<Problem> problems = null;
    if (response.rubric().isPresent() && !response.rubric().get().equals(reference)) {
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
      int index = compiled.position(e.getKey());
      Answer answer = e.getValue();
      if (index < 0) {
        if (policy.unknownTraits() == ScoringPolicy.UnknownTraits.IGNORE) {
          ignored.add(e.getKey());
        } else {
          problems =
              add(
                  problems,
                  e.getKey(),
                  String.format(
                      Locale.ROOT,
                      "rubric '%s' has no trait '%s'",
                      rubric.reference(),
                      e.getKey()));
        }
        continue;
      }
      if (answer.isGiven()) {
        int p = answer.pointValue();
        int n = traitPoints[index];
        if (p < 1 || p > n) {
          problems = add(problems, e.getKey(), outOfRange(e.getKey(), n, p));
        } else {
          points[index] = p;
        }
      }
    }
    if (rejectMissing) {
      for (int t = 0; t < traitCount; t++) {
        if (points[t] == 0 && !answeredOutOfRange(response, t)) {
          problems = add(problems, traitIds[t], unanswered(traitIds[t]));
        }
      }
    }
    if (problems != null) {
      throw new ResponseValidationException(response.respondent().orElse(""), problems);
    }
    return points;
  }

  private static String outOfRange(String traitId, int n, int p) {
    return String.format(
        Locale.ROOT,
        "answer to trait '%s' must be a whole number from 1 to %d but was %d",
        traitId,
        n,
        p);
  }

  private static String unanswered(String traitId) {
    return String.format(
        Locale.ROOT, "trait '%s' is unanswered, and the policy rejects missing answers", traitId);
  }

  private boolean answeredOutOfRange(Response response, int t) {
    Answer a = response.answers().get(traitIds[t]);
    return a != null && a.isGiven();
  }

  private static List<Problem> add(List<Problem> problems, String traitId, String message) {
    List<Problem> list = problems == null ? new ArrayList<>() : problems;
    list.add(new Problem("/answers/" + Problem.escape(traitId), message));
    return list;
  }

  /**
   * The eager part of {@code docs/model.md}: per dimension the counted weight, coverage and P_D −
   * u; overall Ω, the coverage, P − u, the index and its band.
   */
  private ScoredCard compute(int[] points, String respondent, String[] ignored) {
    final int k = poleCount;
    final int stride = this.stride;
    final double[] dims = new double[dimensionCount * stride];
    int missing = 0;
    double omega = 0;
    double coveredWeight = 0;
    for (int d = 0; d < dimensionCount; d++) {
      final int base = d * stride;
      final int start = dimensionStart[d];
      final int end = dimensionEnd[d];
      double answered = 0;
      double w = 0;
      for (int t = start; t < end; t++) {
        if (points[t] > 0) {
          answered += traitWeight[t];
          w += traitWeight[t];
        } else {
          missing++;
          if (neutral) {
            w += traitWeight[t];
          }
        }
      }
      double coverage = dimensionTotalWeight[d] > 0 ? answered / dimensionTotalWeight[d] : 0.0;
      dims[base + COUNTED_WEIGHT] = w;
      dims[base + COVERAGE] = coverage;
      if (counts(w, coverage)) {
        for (int t = start; t < end; t++) {
          int p = points[t];
          if (p > 0) {
            addDirection(t, pointValue[t][p], traitWeight[t] / w, dims, base);
          } else if (neutral) {
            addDirection(t, 0.5, traitWeight[t] / w, dims, base);
          }
        }
        omega += dimensionWeight[d];
      }
      coveredWeight += dimensionWeight[d] * coverage;
    }
    double coverage = allDimensionWeight > 0 ? clamp01(coveredWeight / allDimensionWeight) : 0.0;
    double[] overall = new double[k];
    if (omega > 0) {
      for (int d = 0; d < dimensionCount; d++) {
        int base = d * stride;
        if (counts(dims[base + COUNTED_WEIGHT], dims[base + COVERAGE])) {
          double share = dimensionWeight[d] / omega;
          for (int q = 0; q < k; q++) {
            overall[q] += share * dims[base + DELTA + q];
          }
        }
      }
    }
    return new ScoredCard(
        this, respondent, points, dims, omega, coverage, overall, missing, ignored);
  }

  /** Whether a dimension with counted weight {@code w} and this coverage counts. */
  boolean counts(double w, double coverage) {
    return w > 0 && coverage + COVERAGE_TOLERANCE >= minCoverage;
  }

  /**
   * Adds factor · d_t to {@code out[offset + DELTA ...]}, d_t being the direction of trait t at
   * answer a ({@code docs/model.md}).
   */
  void addDirection(int t, double a, double factor, double[] out, int offset) {
    final int k = poleCount;
    final int o = offset + DELTA;
    if (k == 2 && traitKind[t] == KEYED) {
      // The loops below for two poles, without a branch on a: with u = (½, ½), f_p − u = −(e_p − u)
      // and 1 − 2a = −(2a − 1) exactly, so both cases add the same bits as (2a − 1)(e_p − u).
      int p = traitPole[t];
      double s = factor * (2 * a - 1);
      out[o + p] += s * (1.0 - centre);
      out[o + 1 - p] += -s * centre;
      return;
    }
    if (traitKind[t] == KEYED) {
      int p = traitPole[t];
      if (a >= 0.5) {
        // (2a − 1)(e_p − u)
        double s = factor * (2 * a - 1);
        for (int q = 0; q < k; q++) {
          out[o + q] += q == p ? s * (1.0 - centre) : -s * centre;
        }
      } else {
        // (1 − 2a)(f_p − u), f_p = (1 − e_p)/(k − 1)
        double s = factor * (1 - 2 * a);
        double other = 1.0 / (k - 1) - centre;
        for (int q = 0; q < k; q++) {
          out[o + q] += q == p ? -s * centre : s * other;
        }
      }
    } else {
      // ((2a − 1)/k)(e_q − e_p)
      double s = factor * (2 * a - 1) / k;
      out[o + traitTarget[t]] += s;
      out[o + traitPole[t]] -= s;
    }
  }

  static double clamp01(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }
}
