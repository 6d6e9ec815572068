package dev.centricity.core.plan;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Makes {@link ImprovementPlan improvement plans} for single responses and {@link GroupPlan group
 * plans} for many, with one {@link Scorer} of a two-pole rubric.
 *
 * <pre>{@code
 * Planner planner = Planner.of(Scorer.of(rubric));
 * ImprovementPlan plan = planner.plan(response, Target.band("Customer-leaning"));
 * plan.changes();      // trait, from, to, gain: the fewest changes that reach the band
 * plan.predicted();    // the scorecard once they are made, equal to rescoring bit for bit
 * }</pre>
 *
 * <p>A plan costs one scoring of the response, one sort of its counted traits, a pass over them and
 * one more scoring for the prediction: O(n log n) in the number of traits. A group plan costs one
 * scoring and one pass per member, then one sort. See {@link ImprovementPlan} for the model and the
 * rule that makes the plan the shortest.
 *
 * <p>Immutable and thread-safe, like the scorer it uses.
 */
public final class Planner {

  private final Scorer scorer;
  private final List<Band> bands;
  private final Map<String, TraitInfo> traits;

  /** What the planner needs to know of a trait, resolved once. */
  private static final class TraitInfo {
    final int position;
    final String dimension;
    final int sigma;
    final int points;
    final boolean actionable;

    TraitInfo(int position, String dimension, int sigma, int points, boolean actionable) {
      this.position = position;
      this.dimension = dimension;
      this.sigma = sigma;
      this.points = points;
      this.actionable = actionable;
    }
  }

  private Planner(Scorer scorer) {
    this.scorer = scorer;
    Rubric rubric = scorer.rubric();
    if (rubric.poles().size() != 2) {
      throw new PlanException(
          String.format(
              Locale.ROOT,
              "improvement plans need a rubric of two poles, but '%s' has %d",
              rubric.reference(),
              rubric.poles().size()));
    }
    String second = rubric.poles().get(1).id();
    this.bands = rubric.bands();
    Map<String, TraitInfo> byId = new HashMap<>();
    int position = 0;
    for (Dimension d : rubric.dimensions()) {
      for (Trait t : d.traits()) {
        String towards = t.keyed().orElseGet(() -> t.contrast().orElseThrow().to());
        int points = rubric.scale(t.scale()).orElseThrow().size();
        byId.put(
            t.id(),
            new TraitInfo(
                position++, d.id(), towards.equals(second) ? 1 : -1, points, t.actionable()));
      }
    }
    this.traits = byId;
  }

  /**
   * A planner that scores with the given scorer and its policy.
   *
   * @param scorer a scorer of a two-pole rubric
   * @return the planner
   * @throws PlanException if the rubric does not have exactly two poles
   */
  public static Planner of(Scorer scorer) {
    return new Planner(scorer);
  }

  /** The scorer the planner scores with. */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * The band after the one a scorecard is in, towards the rubric's second pole: the target a plan
   * aims at when none is given. In the last band, that band itself (nothing to change).
   *
   * @param card a scorecard of this planner's rubric
   * @return the band target, or empty when the rubric has no bands or the scorecard is undetermined
   */
  public Optional<Target> nextBand(Scorecard card) {
    return card.index().isPresent() ? nextBand(card.index().getAsDouble()) : Optional.empty();
  }

  /**
   * The band after the one an index falls in, towards the rubric's second pole (for a group, say,
   * the band after the one its mean index is in). In the last band, that band itself.
   *
   * @param index an index in [−1, 1]
   * @return the band target, or empty when the rubric has no bands
   * @throws PlanException if the index is not a number in [−1, 1]
   */
  public Optional<Target> nextBand(double index) {
    Target.index(index);
    if (bands.isEmpty()) {
      return Optional.empty();
    }
    int p = Goal.bandPosition(bands, index);
    return Optional.of(Target.band(bands.get(Math.min(p + 1, bands.size() - 1)).label()));
  }

  /**
   * The fewest answer changes that bring a response into the target.
   *
   * @param response the answers
   * @param target the band or index to reach
   * @return the plan, which says whether the target is reached
   * @throws PlanException if the response's scorecard is undetermined or the target names no band
   *     of the rubric
   * @throws dev.centricity.core.ResponseValidationException if the response does not fit the rubric
   */
  public ImprovementPlan plan(Response response, Target target) {
    Scorecard card = scorer.score(response);
    Goal goal = goal(card, target, response);
    List<Lever> levers = levers(card, goal.direction);
    // The one sort: largest attainable gain first; List.sort is stable, so ties keep rubric order.
    levers.sort((x, y) -> Double.compare(y.maxGain, x.maxGain));

    double s = card.index().getAsDouble();
    List<Lever> used = new ArrayList<>();
    List<Integer> points = new ArrayList<>();
    boolean estimated = goal.direction == 0;
    for (int i = 0; i < levers.size() && !estimated; i++) {
      Lever lever = levers.get(i);
      double full = lever.gainAt(lever.end);
      if (!goal.reaches(s + full)) {
        used.add(lever);
        points.add(lever.end);
        s += full;
        continue;
      }
      int p = lever.nearest(s, goal, false);
      if (!goal.inside(s + lever.gainAt(p))) {
        // A band stepped over: a later trait of finer steps may land in it, still as change i + 1.
        for (int j = i + 1; j < levers.size(); j++) {
          int q = levers.get(j).nearest(s, goal, true);
          if (q > 0) {
            lever = levers.get(j);
            p = q;
            break;
          }
        }
      }
      used.add(lever);
      points.add(p);
      estimated = true;
    }

    Response planned = apply(response, used, points);
    Scorecard predicted = scorer.score(planned);
    boolean reached = goal.reaches(predicted.index().getAsDouble());
    if (estimated && !reached) {
      // The linear estimate and the scorer's own sums can differ in the last bits right at the
      // threshold: go on one point at a time, rescoring, until the scorer agrees.
      List<Lever> rest = new ArrayList<>(levers);
      rest.removeAll(used);
      while (!reached) {
        int last = used.size() - 1;
        Lever lever = used.get(last);
        int next = points.get(last) + Integer.signum(lever.end - points.get(last));
        if (points.get(last) != lever.end) {
          points.set(last, next);
        } else if (!rest.isEmpty()) {
          Lever added = rest.remove(0);
          used.add(added);
          points.add(added.firstStep());
        } else {
          break;
        }
        planned = apply(response, used, points);
        predicted = scorer.score(planned);
        reached = goal.reaches(predicted.index().getAsDouble());
      }
    }
    List<PlanChange> changes = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      Lever lever = used.get(i);
      changes.add(
          PlanChange.of(
              lever.trait,
              lever.info.dimension,
              lever.from == 0 ? OptionalInt.empty() : OptionalInt.of(lever.from),
              points.get(i),
              lever.gainAt(points.get(i))));
    }
    return new ImprovementPlan(target, card, changes, planned, predicted, reached);
  }

  /**
   * The traits of a group ranked by the mean gain its members could make towards the target; see
   * {@link GroupPlan}.
   *
   * @param group the group's label, or empty for a whole cohort
   * @param members the members' responses
   * @param target the band or index to reach
   * @return the group plan
   * @throws PlanException if the target names no band of the rubric
   * @throws dev.centricity.core.ResponseValidationException if a response does not fit the rubric
   */
  public GroupPlan planGroup(Optional<String> group, Iterable<Response> members, Target target) {
    if (target.band().isPresent()) {
      bandPosition(target.band().get());
    }
    int n = traits.size();
    double[] sums = new double[n];
    long[] counts = new long[n];
    String[] ids = new String[n];
    long total = 0;
    long undetermined = 0;
    long inTarget = 0;
    List<Scorecard> cards = new ArrayList<>();
    double sum = 0;
    for (Response response : members) {
      total++;
      Scorecard card = scorer.score(response);
      if (card.determined()) {
        cards.add(card);
        sum += card.index().getAsDouble();
      } else {
        undetermined++;
      }
    }
    // One direction for the whole group, from its mean index: a member already in the target, or
    // past it, gains nothing, so that gains towards opposite ends are never averaged together.
    int direction = cards.isEmpty() ? 0 : goal(cards.get(0), target, sum / cards.size()).direction;
    for (Scorecard card : cards) {
      Goal goal = goal(card, target, card.index().getAsDouble());
      if (direction == 0 || goal.direction != direction) {
        inTarget++;
        continue;
      }
      for (Lever lever : levers(card, direction)) {
        int p = lever.info.position;
        sums[p] += lever.maxGain;
        counts[p]++;
        ids[p] = lever.trait;
      }
    }
    long determined = total - undetermined;
    List<TraitGain> ranked = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      if (counts[p] > 0 && sums[p] > 0) {
        ranked.add(
            TraitGain.of(ids[p], traits.get(ids[p]).dimension, sums[p] / determined, counts[p]));
      }
    }
    ranked.sort((x, y) -> Double.compare(y.meanGain(), x.meanGain()));
    return new GroupPlan(group, target, total, undetermined, inTarget, ranked);
  }

  private Goal goal(Scorecard card, Target target, double index) {
    if (target.band().isPresent()) {
      return Goal.band(bands, bandPosition(target.band().get()), index);
    }
    return Goal.index(target.index().getAsDouble(), index);
  }

  private Goal goal(Scorecard card, Target target, Response response) {
    if (!card.determined()) {
      throw new PlanException(
          String.format(
              Locale.ROOT,
              "the scorecard of %s is undetermined (no dimension counts), so there is no index to"
                  + " improve from",
              response.respondent().map(r -> "respondent '" + r + "'").orElse("the response")));
    }
    return goal(card, target, card.index().getAsDouble());
  }

  private int bandPosition(String label) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).label().equals(label)) {
        return i;
      }
    }
    List<String> labels = new ArrayList<>();
    bands.forEach(b -> labels.add(b.label()));
    throw new PlanException(
        String.format(
            Locale.ROOT,
            "the target band '%s' is not a band of rubric '%s'; its bands are %s",
            label,
            scorer.rubric().reference(),
            labels.isEmpty() ? "none (give an index instead)" : labels));
  }

  /** The counted, actionable traits that can move the index in the direction, in rubric order. */
  private List<Lever> levers(Scorecard card, int direction) {
    List<Lever> levers = new ArrayList<>();
    if (direction == 0) {
      return levers;
    }
    for (Contribution c : card.contributions()) {
      TraitInfo info = traits.get(c.trait());
      if (!info.actionable) {
        continue;
      }
      Lever lever = new Lever(c, info, direction);
      if (lever.maxGain > 0) {
        levers.add(lever);
      }
    }
    return levers;
  }

  private static Response apply(Response response, List<Lever> used, List<Integer> points) {
    if (used.isEmpty()) {
      return response;
    }
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    for (int i = 0; i < used.size(); i++) {
      answers.put(used.get(i).trait, Answer.of(points.get(i)));
    }
    return Response.builder().from(response).answers(answers).build();
  }

  /** One trait that can move the index towards the target, with its current answer. */
  private static final class Lever {
    final String trait;
    final TraitInfo info;
    final int from;
    final double a;
    final double weight;
    final int direction;
    final int end;
    final double maxGain;

    Lever(Contribution c, TraitInfo info, int direction) {
      this.trait = c.trait();
      this.info = info;
      this.from = c.answer().orElse(0);
      this.a = c.value();
      this.weight = c.weight();
      this.direction = direction;
      this.end = direction * info.sigma > 0 ? info.points : 1;
      this.maxGain = direction * gainAt(end);
    }

    /** 2σ(a′ − a)(ω/Ω)(w/W): the change in index of answering point p. */
    double gainAt(int p) {
      double aNew = (p - 1) / (double) (info.points - 1);
      return 2.0 * info.sigma * (aNew - a) * weight;
    }

    /** The point nearest the current answer that moves the index towards the target at all. */
    int firstStep() {
      int step = end == 1 ? -1 : 1;
      int p = end == 1 ? info.points : 1;
      while (p != end && direction * gainAt(p) <= 0) {
        p += step;
      }
      return p;
    }

    /**
     * The nearest point from s that reaches the goal (or, with {@code inside}, lands inside a band
     * target); 0 when there is none.
     */
    int nearest(double s, Goal goal, boolean inside) {
      int step = end == 1 ? -1 : 1;
      for (int p = end == 1 ? info.points : 1; ; p += step) {
        double g = gainAt(p);
        if (direction * g > 0 && (inside ? goal.inside(s + g) : goal.reaches(s + g))) {
          return p;
        }
        if (p == end) {
          return 0;
        }
      }
    }
  }

  /** The target seen from a scorecard: which way to go and when it is reached. */
  private static final class Goal {
    final int direction;
    final List<Band> bands;
    final int band;
    final double threshold;

    private Goal(int direction, List<Band> bands, int band, double threshold) {
      this.direction = direction;
      this.bands = bands;
      this.band = band;
      this.threshold = threshold;
    }

    static Goal band(List<Band> bands, int band, double index) {
      int p = bandPosition(bands, index);
      return new Goal(Integer.signum(band - p), bands, band, Double.NaN);
    }

    static Goal index(double target, double index) {
      return new Goal(
          Double.compare(target, index) == 0 ? 0 : index < target ? 1 : -1, null, -1, target);
    }

    /** Whether an index x reaches the target: in the band or past it, or past the threshold. */
    boolean reaches(double x) {
      if (bands != null) {
        int p = bandPosition(bands, x);
        return direction >= 0 ? p >= band : p <= band;
      }
      return direction >= 0 ? x >= threshold : x <= threshold;
    }

    /** Whether an index x is inside the target itself (for an index target, reaches it). */
    boolean inside(double x) {
      return bands != null ? bandPosition(bands, x) == band : reaches(x);
    }

    /**
     * The position of the band x falls in, by the scorer's rule (a boundary, within {@link
     * Band#BOUNDARY_TOLERANCE}, belongs to the band nearer 0); an estimate beyond ±1 by rounding
     * falls in the first or last band.
     */
    static int bandPosition(List<Band> bands, double x) {
      int last = bands.size() - 1;
      for (int i = 0; i <= last; i++) {
        double from = bands.get(i).from();
        double to = bands.get(i).to();
        boolean onFrom = Math.abs(x - from) <= Band.BOUNDARY_TOLERANCE;
        boolean onTo = Math.abs(x - to) <= Band.BOUNDARY_TOLERANCE;
        boolean aboveFrom = onFrom ? from < 0 || i == 0 : x > from || i == 0;
        boolean belowTo = onTo ? to > 0 || i == last : x < to || i == last;
        if (aboveFrom && belowTo) {
          return i;
        }
      }
      return x < 0 ? 0 : last;
    }
  }
}
