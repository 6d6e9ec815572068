package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Trait;
import dev.centricity.core.plan.ImprovementPlan;
import dev.centricity.core.plan.PlanChange;
import dev.centricity.core.plan.Planner;
import dev.centricity.core.plan.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Improvement plans (docs/plans.md) against the scorer itself: applying a plan and scoring again
 * gives its predicted scorecard bit for bit and reaches the target; on rubrics of up to 8 traits no
 * smaller set of answer changes reaches the target (brute force over every subset and every point);
 * and a plan does not depend on the order of the rubric's traits and dimensions.
 *
 * <p>Traits are marked not actionable at random (about one in four), and targets are the rubric's
 * bands or any index in [−1, 1].
 */
class PlanProperties {

  /** A rubric with some traits not actionable, a response, a policy and a target. */
  record Case(Rubric rubric, Response response, ScoringPolicy policy, Target target) {
    @Override
    public String toString() {
      return new Assessment(rubric, response)
          + System.lineSeparator()
          + "  policy "
          + policy
          + ", target "
          + target
          + ", not actionable "
          + rubric.allTraits().stream().filter(t -> !t.actionable()).map(Trait::id).toList();
    }
  }

  static Rubric markNotActionable(Rubric rubric, long seed) {
    Random random = new Random(seed);
    List<Dimension> dims = new ArrayList<>();
    for (Dimension d : rubric.dimensions()) {
      List<Trait> traits = new ArrayList<>();
      for (Trait t : d.traits()) {
        traits.add(random.nextInt(4) == 0 ? Trait.builder().from(t).actionable(false).build() : t);
      }
      dims.add(Dimension.builder().from(d).traits(traits).build());
    }
    return Rubrics.withDimensions(rubric, dims);
  }

  static Arbitrary<Case> cases(RubricArbitrary rubrics) {
    Arbitrary<Assessment> assessments =
        Responses.assessments(rubrics.poles(2, 2).withDefaultBands());
    Arbitrary<Target> targets =
        Arbitraries.oneOf(
            Arbitraries.of(Rubrics.defaultBands()).map(b -> Target.band(b.label())),
            Arbitraries.doubles().between(-1, 1).map(Target::index),
            Arbitraries.of(-1.0, -0.6, -0.2, 0.0, 0.2, 0.6, 1.0).map(Target::index));
    return Combinators.combine(
            assessments, Arbitraries.longs(), ScoringPolicies.arbitrary(), targets)
        .as(
            (a, seed, policy, target) ->
                new Case(markNotActionable(a.rubric(), seed), a.response(), policy, target));
  }

  @Provide
  Arbitrary<Case> anyCase() {
    return cases(Rubrics.arbitrary().traits(1, 8));
  }

  @Provide
  Arbitrary<Case> smallCase() {
    return cases(Rubrics.arbitrary().dimensions(1, 2).traits(1, 4).scaleSizes(2, 4));
  }

  private static Scorecard scoreOrSkip(Scorer scorer, Response response) {
    try {
      Scorecard card = scorer.score(response);
      Assume.that(card.determined());
      return card;
    } catch (ResponseValidationException e) {
      Assume.that(false);
      throw new AssertionError("unreachable");
    }
  }

  /** Which way the target lies from an index: +1 up, −1 down, 0 reached. */
  static int direction(Rubric rubric, Target target, Scorecard card) {
    double index = card.index().getAsDouble();
    if (target.band().isPresent()) {
      return Integer.signum(
          bandPosition(rubric, target.band().get())
              - bandPosition(rubric, card.band().orElseThrow()));
    }
    double t = target.index().getAsDouble();
    return index == t ? 0 : index < t ? 1 : -1;
  }

  /** Whether a scorecard reaches the target coming from the given direction (docs/plans.md). */
  static boolean reaches(Rubric rubric, Target target, int direction, Scorecard card) {
    if (direction == 0) {
      return true;
    }
    if (target.band().isPresent()) {
      int b = bandPosition(rubric, target.band().get());
      int p = bandPosition(rubric, card.band().orElseThrow());
      return direction > 0 ? p >= b : p <= b;
    }
    double t = target.index().getAsDouble();
    double x = card.index().getAsDouble();
    return direction > 0 ? x >= t : x <= t;
  }

  static int bandPosition(Rubric rubric, String label) {
    List<Band> bands = rubric.bands();
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).label().equals(label)) {
        return i;
      }
    }
    throw new AssertionError("no band " + label);
  }

  static Response apply(Response response, List<PlanChange> changes) {
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    for (PlanChange c : changes) {
      answers.put(c.trait(), Answer.of(c.to()));
    }
    return Response.builder().from(response).answers(answers).build();
  }

  @Property(tries = 600)
  void applying_the_plan_gives_the_predicted_scorecard_and_reaches_the_target(
      @ForAll("anyCase") Case c) {
    Scorer scorer = Scorer.of(c.rubric(), c.policy());
    Scorecard current = scoreOrSkip(scorer, c.response());
    ImprovementPlan plan = Planner.of(scorer).plan(c.response(), c.target());
    int direction = direction(c.rubric(), c.target(), current);

    Scorecard rescored = scorer.score(apply(c.response(), plan.changes()));
    assertThat(rescored).isEqualTo(plan.predicted());
    assertThat(plan.reached()).isEqualTo(reaches(c.rubric(), c.target(), direction, rescored));

    double gains = 0;
    for (PlanChange change : plan.changes()) {
      assertThat(c.rubric().trait(change.trait()).orElseThrow().actionable()).isTrue();
      assertThat(change.gain() * direction).isPositive();
      gains += change.gain();
    }
    // linear in each answer: the gains add up to the change of index
    assertThat(current.index().getAsDouble() + gains)
        .isCloseTo(rescored.index().getAsDouble(), org.assertj.core.data.Offset.offset(1e-9));
    if (!plan.reached()) {
      // as near as it gets: every actionable counted trait is at the end of its scale towards the
      // target, so no single change could move the index further
      for (Contribution t : rescored.contributions()) {
        Trait trait = c.rubric().trait(t.trait()).orElseThrow();
        if (trait.actionable() && t.weight() > 0) {
          int n = c.rubric().scale(trait.scale()).orElseThrow().size();
          for (int p = 1; p <= n; p++) {
            Map<String, Answer> answers = new LinkedHashMap<>(plan.response().answers());
            answers.put(t.trait(), Answer.of(p));
            double x =
                scorer
                    .score(Response.builder().from(plan.response()).answers(answers).build())
                    .index()
                    .getAsDouble();
            assertThat((x - rescored.index().getAsDouble()) * direction).isLessThan(1e-9);
          }
        }
      }
    }
    Statistics.label("reached").collect(plan.reached());
    Statistics.label("changes").collect(Math.min(plan.changes().size(), 5));
  }

  @Property(tries = 300)
  void no_smaller_set_of_changes_reaches_the_target(@ForAll("smallCase") Case c) {
    Scorer scorer = Scorer.of(c.rubric(), c.policy());
    Scorecard current = scoreOrSkip(scorer, c.response());
    ImprovementPlan plan = Planner.of(scorer).plan(c.response(), c.target());
    int direction = direction(c.rubric(), c.target(), current);

    // the traits a plan may change: counted and actionable
    List<String> movable = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Contribution t : current.contributions()) {
      Trait trait = c.rubric().trait(t.trait()).orElseThrow();
      if (trait.actionable()) {
        movable.add(t.trait());
        sizes.add(c.rubric().scale(trait.scale()).orElseThrow().size());
      }
    }
    // every subset smaller than the plan (or of any size, when the plan says unreachable), every
    // point of each changed trait
    int limit = plan.reached() ? plan.changes().size() - 1 : movable.size();
    int smallest = search(scorer, c, direction, movable, sizes, limit);
    assertThat(smallest)
        .as(
            "a set of %d changes reaches the target, the plan has %d (reached: %s)",
            smallest, plan.changes().size(), plan.reached())
        .isEqualTo(-1);
    Statistics.label("plan size").collect(plan.reached() ? plan.changes().size() : -1);
  }

  /** The size of the smallest set of at most {@code limit} changes that reaches, or −1. */
  private static int search(
      Scorer scorer, Case c, int direction, List<String> movable, List<Integer> sizes, int limit) {
    int n = movable.size();
    for (int size = 0; size <= limit; size++) {
      for (int mask = 0; mask < (1 << n); mask++) {
        if (Integer.bitCount(mask) != size) {
          continue;
        }
        int[] chosen = new int[size];
        for (int i = 0, j = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            chosen[j++] = i;
          }
        }
        int[] points = new int[size];
        java.util.Arrays.fill(points, 1);
        while (true) {
          Map<String, Answer> answers = new LinkedHashMap<>(c.response().answers());
          for (int j = 0; j < size; j++) {
            answers.put(movable.get(chosen[j]), Answer.of(points[j]));
          }
          Scorecard card =
              scorer.score(Response.builder().from(c.response()).answers(answers).build());
          if (reaches(c.rubric(), c.target(), direction, card)) {
            return size;
          }
          int j = 0;
          while (j < size && points[j] == sizes.get(chosen[j])) {
            points[j] = 1;
            j++;
          }
          if (j == size) {
            break;
          }
          points[j]++;
        }
      }
    }
    return -1;
  }

  @Property(tries = 400)
  void a_plan_does_not_depend_on_the_order_of_traits_and_dimensions(@ForAll("anyCase") Case c) {
    Scorer scorer = Scorer.of(c.rubric(), c.policy());
    Scorecard current = scoreOrSkip(scorer, c.response());
    List<Dimension> reversed = new ArrayList<>();
    for (Dimension d : c.rubric().dimensions()) {
      List<Trait> traits = new ArrayList<>(d.traits());
      Collections.reverse(traits);
      reversed.add(Dimension.builder().from(d).traits(traits).build());
    }
    Collections.reverse(reversed);
    Scorer other = Scorer.of(Rubrics.withDimensions(c.rubric(), reversed), c.policy());

    ImprovementPlan a = Planner.of(scorer).plan(c.response(), c.target());
    ImprovementPlan b = Planner.of(other).plan(c.response(), c.target());

    double ia = a.predicted().index().getAsDouble();
    double ib = b.predicted().index().getAsDouble();
    boolean nearThreshold = nearThreshold(c, ia) || nearThreshold(c, ib);
    if (!nearThreshold) {
      assertThat(b.reached()).isEqualTo(a.reached());
      assertThat(b.changes()).hasSameSizeAs(a.changes());
      // the full changes, largest first, gain the same (ties may pick other traits)
      for (int i = 0; i < a.changes().size() - 1; i++) {
        assertThat(b.changes().get(i).gain())
            .isCloseTo(a.changes().get(i).gain(), org.assertj.core.data.Offset.offset(1e-9));
      }
      if (!a.reached()) {
        assertThat(ib).isCloseTo(ia, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
    assertThat(current.index()).isPresent();
    Statistics.label("near a threshold").collect(nearThreshold);
  }

  /**
   * Whether x is within rounding of a band boundary or the target index, where order may tip it.
   */
  private static boolean nearThreshold(Case c, double x) {
    List<Double> edges = new ArrayList<>();
    for (Band b : c.rubric().bands()) {
      edges.add(b.from());
      edges.add(b.to());
    }
    c.target().index().ifPresent(edges::add);
    return edges.stream().anyMatch(e -> Math.abs(x - e) < 1e-9 + Band.BOUNDARY_TOLERANCE);
  }
}
