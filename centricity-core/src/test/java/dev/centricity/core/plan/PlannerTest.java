package dev.centricity.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Answer;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.io.RubricFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed improvement plans on two-poles.yaml (the arithmetic is in the comments).
 *
 * <p>two-poles.yaml: poles [product, customer]; dimension rewards (ω = 2) with rewards.volume
 * (keyed product, 5 points, w = 3) and rewards.insight (keyed customer, 5 points, w = 1); dimension
 * focus (ω = 1) with focus.aim (contrast product → customer, 5 points, w = 1) and focus.churn
 * (keyed customer, 2 points, w = 0.5). Ω = 3, W_rewards = 4, W_focus = 1.5, so the overall weights
 * (ω/Ω)(w/W) are volume (2/3)(3/4) = 1/2, insight (2/3)(1/4) = 1/6, aim (1/3)(1/1.5) = 2/9, churn
 * (1/3)(0.5/1.5) = 1/9. σ: volume −1 (keyed to the first pole), insight +1, aim +1 (contrast
 * towards the second pole), churn +1. A change of a to a′ gains 2σ(a′ − a)·weight.
 */
class PlannerTest {

  private static final Offset<Double> EXACT = within(1e-12);

  static Rubric rubric(String name) {
    return RubricFormat.read(Path.of("src/test/resources/rubrics", name));
  }

  static Response answers(Object... idsAndPoints) {
    Map<String, Answer> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndPoints.length; i += 2) {
      m.put((String) idsAndPoints[i], Answer.of((Integer) idsAndPoints[i + 1]));
    }
    return Response.builder().respondent("r-1").answers(m).build();
  }

  /** The rubric with rewards.volume marked not actionable. */
  static Rubric volumeNotActionable() {
    Rubric r = rubric("two-poles.yaml");
    return Rubric.builder()
        .from(r)
        .dimensions(
            r.dimensions().stream()
                .map(
                    d ->
                        Dimension.builder()
                            .from(d)
                            .traits(
                                d.traits().stream()
                                    .map(
                                        t ->
                                            t.id().equals("rewards.volume")
                                                ? Trait.builder().from(t).actionable(false).build()
                                                : t)
                                    .toList())
                            .build())
                .toList())
        .build();
  }

  final Scorer scorer = Scorer.of(rubric("two-poles.yaml"));
  final Planner planner = Planner.of(scorer);

  // The product-leaning respondent of most examples:
  // volume = 5 (a = 1): x = −(2·1 − 1)·½ = −1/2; insight = 2 (a = ¼): x = (2·¼ − 1)/6 = −1/12;
  // aim = 2 (a = ¼): x = (−½)(2/9) = −1/9; churn = 1 (a = 0): x = (−1)(1/9) = −1/9.
  // I = −1/2 − 1/12 − 2/9 = −(18 + 3 + 8)/36 = −29/36 ≈ −0.806 (Strongly product-centric).
  // Largest gains upwards: volume 5 → 1: 2(−1)(0 − 1)(1/2) = 1; aim 2 → 5: 2(1 − ¼)(2/9) = 1/3;
  // insight 2 → 5: 2(1 − ¼)(1/6) = 1/4; churn 1 → 2: 2(1 − 0)(1/9) = 2/9.
  final Response productLeaning =
      answers("rewards.volume", 5, "rewards.insight", 2, "focus.aim", 2, "focus.churn", 1);

  @Test
  void should_move_one_trait_part_way_when_one_change_reaches_the_band() {
    // GIVEN I = −29/36 and the target Balanced, whose lower end −0.2 belongs to it
    // WHEN volume alone can gain 1: one change, moved only as far as needed, ¼ per point:
    //   to 4: −29/36 + 9/36 = −20/36 ≈ −0.556; to 3: −11/36 ≈ −0.306; to 2: −2/36 ≈ −0.056 ≥ −0.2
    ImprovementPlan plan = planner.plan(productLeaning, Target.band("Balanced"));

    // THEN volume 5 → 2 gains 3/4 and the predicted index is −1/18
    assertThat(plan.reached()).isTrue();
    assertThat(plan.changes()).hasSize(1);
    PlanChange c = plan.changes().get(0);
    assertThat(c.trait()).isEqualTo("rewards.volume");
    assertThat(c.dimension()).isEqualTo("rewards");
    assertThat(c.from()).hasValue(5);
    assertThat(c.to()).isEqualTo(2);
    assertThat(c.gain()).isCloseTo(0.75, EXACT);
    assertThat(plan.predicted().index().getAsDouble()).isCloseTo(-1.0 / 18, EXACT);
    assertThat(plan.predicted().band()).hasValue("Balanced");
  }

  @Test
  void should_take_the_largest_gain_whole_and_the_last_change_part_way_across_two_dimensions() {
    // GIVEN I = −29/36 and the target Customer-leaning (0.2, 0.6]
    // WHEN volume whole: −29/36 + 1 = 7/36 ≈ 0.194, not yet above 0.2;
    //   then aim (the contrast trait of the lighter dimension, gain up to 1/3), 1/9 per point:
    //   to 3: 7/36 + 4/36 = 11/36 ≈ 0.306 > 0.2, reached
    ImprovementPlan plan = planner.plan(productLeaning, Target.band("Customer-leaning"));

    // THEN two changes, the second partial
    assertThat(plan.reached()).isTrue();
    assertThat(plan.changes())
        .extracting(PlanChange::trait, PlanChange::from, PlanChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rewards.volume", OptionalInt.of(5), 1),
            org.assertj.core.groups.Tuple.tuple("focus.aim", OptionalInt.of(2), 3));
    assertThat(plan.changes().get(0).gain()).isCloseTo(1.0, EXACT);
    assertThat(plan.changes().get(1).gain()).isCloseTo(1.0 / 9, EXACT);
    assertThat(plan.predicted().index().getAsDouble()).isCloseTo(11.0 / 36, EXACT);
    assertThat(plan.predicted().band()).hasValue("Customer-leaning");
  }

  @Test
  void should_predict_the_scorecard_of_the_changed_answers_bit_for_bit() {
    // GIVEN a plan
    ImprovementPlan plan = planner.plan(productLeaning, Target.band("Customer-leaning"));

    // WHEN its changes are applied by hand and the answers scored again
    Response changed =
        answers("rewards.volume", 1, "rewards.insight", 2, "focus.aim", 3, "focus.churn", 1);
    Scorecard rescored = scorer.score(changed);

    // THEN the prediction is that scorecard
    assertThat(plan.predicted()).isEqualTo(rescored);
    assertThat(plan.response().answers()).isEqualTo(changed.answers());
    assertThat(plan.response().respondent()).hasValue("r-1");
  }

  @Test
  void should_never_change_a_trait_marked_not_actionable() {
    // GIVEN volume marked not actionable, I = −29/36, target Balanced (need ≥ −0.2)
    Planner p = Planner.of(Scorer.of(volumeNotActionable()));

    // WHEN aim whole: −29/36 + 12/36 = −17/36 ≈ −0.472; insight whole: −17/36 + 9/36 = −8/36 ≈
    //   −0.222, still below −0.2; churn 1 → 2 (its only other point): −8/36 + 8/36 = 0
    ImprovementPlan plan = p.plan(productLeaning, Target.band("Balanced"));

    // THEN three changes, none of volume, and the index 0
    assertThat(plan.reached()).isTrue();
    assertThat(plan.changes())
        .extracting(PlanChange::trait, PlanChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("focus.aim", 5),
            org.assertj.core.groups.Tuple.tuple("rewards.insight", 5),
            org.assertj.core.groups.Tuple.tuple("focus.churn", 2));
    assertThat(plan.changes())
        .extracting(PlanChange::gain)
        .satisfiesExactly(
            g -> assertThat(g).isCloseTo(1.0 / 3, EXACT),
            g -> assertThat(g).isCloseTo(0.25, EXACT),
            g -> assertThat(g).isCloseTo(2.0 / 9, EXACT));
    assertThat(plan.predicted().index().getAsDouble()).isCloseTo(0.0, EXACT);
  }

  @Test
  void should_say_the_target_is_unreachable_and_how_near_it_gets() {
    // GIVEN volume not actionable (its −1/2 stays) and the target Strongly customer-centric (> 0.6)
    Planner p = Planner.of(Scorer.of(volumeNotActionable()));

    // WHEN every other trait moves to its end: −29/36 + 1/3 + 1/4 + 2/9 = −29/36 + 29/36 = 0
    ImprovementPlan plan = p.plan(productLeaning, Target.band("Strongly customer-centric"));

    // THEN the plan is not reached, and the nearest index is 0 (Balanced)
    assertThat(plan.reached()).isFalse();
    assertThat(plan.changes()).hasSize(3);
    assertThat(plan.predicted().index().getAsDouble()).isCloseTo(0.0, EXACT);
    assertThat(plan.predicted().band()).hasValue("Balanced");
  }

  @Test
  void should_move_down_part_way_when_the_target_index_is_below() {
    // GIVEN volume 2 (a = ¼), insight 5, aim 4 (a = ¾), churn 1: I = 1/4 + 1/6 + 1/9 − 1/9 = 5/12
    Response r =
        answers("rewards.volume", 2, "rewards.insight", 5, "focus.aim", 4, "focus.churn", 1);
    // WHEN the target index is 0: volume can lose most, 2 → 5: 2(−1)(1 − ¼)(1/2) = −3/4, which
    //   is enough; ¼ per point: to 3: 5/12 − 1/4 = 1/6 > 0; to 4: 5/12 − 1/2 = −1/12 ≤ 0
    ImprovementPlan plan = planner.plan(r, Target.index(0.0));

    // THEN volume 2 → 4, gain −1/2, index −1/12
    assertThat(plan.current().index().getAsDouble()).isCloseTo(5.0 / 12, EXACT);
    assertThat(plan.changes())
        .extracting(PlanChange::trait, PlanChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rewards.volume", 4));
    assertThat(plan.changes().get(0).gain()).isCloseTo(-0.5, EXACT);
    assertThat(plan.predicted().index().getAsDouble()).isCloseTo(-1.0 / 12, EXACT);
    assertThat(plan.reached()).isTrue();
  }

  /**
   * A rubric with a narrow middle band: Low [−1, −0.05), Middle [−0.05, 0.05], High (0.05, 1]; one
   * dimension, yes.no (keyed customer, yes/no) and scale.five (keyed customer, five points), weight
   * 1 each, so each has overall weight ½.
   */
  static Rubric narrowBand(boolean withFive) {
    List<Trait> traits = new java.util.ArrayList<>();
    traits.add(Trait.keyed("yes.no", "Y", "customer", "yesno"));
    if (withFive) {
      traits.add(Trait.keyed("scale.five", "F", "customer", "agree5"));
    }
    return Rubric.builder()
        .id("narrow")
        .version("1.0.0")
        .addPoles(
            dev.centricity.core.Pole.of("product", "Product"),
            dev.centricity.core.Pole.of("customer", "Customer"))
        .addScales(
            dev.centricity.core.Scale.of("yesno", "No", "Yes"),
            dev.centricity.core.Scale.of("agree5", "1", "2", "3", "4", "5"))
        .addDimensions(Dimension.builder().id("d").traits(traits).build())
        .addBands(
            dev.centricity.core.Band.of("Low", -1.0, -0.05),
            dev.centricity.core.Band.of("Middle", -0.05, 0.05),
            dev.centricity.core.Band.of("High", 0.05, 1.0))
        .build();
  }

  @Test
  void should_try_a_later_trait_for_the_last_change_when_the_first_would_step_over_the_band() {
    // GIVEN yes.no = No (a = 0): x = (2·0 − 1)·½ = −½; scale.five = 3 (a = ½): x = 0; I = −½ (Low)
    Planner p = Planner.of(Scorer.of(narrowBand(true)));
    Response r = answers("yes.no", 1, "scale.five", 3);

    // WHEN the target is Middle: yes.no has the larger gain, 2(1 − 0)·½ = 1, but its only other
    //   point lands at ½, past the band; scale.five, ¼ per point: to 4, −¼ (still Low); to 5, 0
    ImprovementPlan plan = p.plan(r, Target.band("Middle"));

    // THEN the one change is scale.five 3 → 5, landing inside the band at 0
    assertThat(plan.changes())
        .extracting(PlanChange::trait, PlanChange::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("scale.five", 5));
    assertThat(plan.predicted().index().getAsDouble()).isCloseTo(0.0, EXACT);
    assertThat(plan.predicted().band()).hasValue("Middle");
    assertThat(plan.reached()).isTrue();
  }

  @Test
  void should_end_past_the_band_when_no_change_can_land_in_it() {
    // GIVEN only yes.no, answered No: I = −1 (Low)
    Planner p = Planner.of(Scorer.of(narrowBand(false)));

    // WHEN the target is Middle: Yes is the only other point, and gives +1
    ImprovementPlan plan = p.plan(answers("yes.no", 1), Target.band("Middle"));

    // THEN the plan crosses the band into High, which counts as reaching it (docs/plans.md)
    assertThat(plan.changes()).extracting(PlanChange::to).containsExactly(2);
    assertThat(plan.predicted().band()).hasValue("High");
    assertThat(plan.reached()).isTrue();
  }

  @Test
  void should_plan_nothing_when_the_target_is_already_reached() {
    // GIVEN I = −29/36, in Strongly product-centric
    // WHEN that band is the target
    ImprovementPlan plan = planner.plan(productLeaning, Target.band("Strongly product-centric"));

    // THEN no change, and the prediction is the current scorecard
    assertThat(plan.reached()).isTrue();
    assertThat(plan.changes()).isEmpty();
    assertThat(plan.predicted()).isEqualTo(plan.current());
  }

  @Test
  void should_take_the_next_band_towards_the_second_pole_by_default() {
    // GIVEN I = −29/36 (Strongly product-centric) and I = 5/12 (Customer-leaning)
    Scorecard low = scorer.score(productLeaning);
    Scorecard high =
        scorer.score(
            answers("rewards.volume", 1, "rewards.insight", 5, "focus.aim", 5, "focus.churn", 2));

    // THEN the next bands are Product-leaning and, from the last band, the last band itself
    assertThat(planner.nextBand(low)).hasValue(Target.band("Product-leaning"));
    assertThat(planner.nextBand(high)).hasValue(Target.band("Strongly customer-centric"));
  }

  @Test
  void should_rank_a_groups_traits_by_mean_attainable_gain() {
    // GIVEN two members: the product-leaning one (gains up: volume 1, aim 1/3, insight 1/4,
    //   churn 2/9) and one at 5/12, already Customer-leaning (gains nothing)
    Response high =
        answers("rewards.volume", 2, "rewards.insight", 5, "focus.aim", 4, "focus.churn", 1);

    // WHEN the target is Customer-leaning
    GroupPlan group =
        planner.planGroup(
            Optional.of("team"), List.of(productLeaning, high), Target.band("Customer-leaning"));

    // THEN the means over the 2 determined members: 1/2, 1/6, 1/8, 1/9, in that order
    assertThat(group.group()).hasValue("team");
    assertThat(group.members()).isEqualTo(2);
    assertThat(group.inTarget()).isEqualTo(1);
    assertThat(group.undetermined()).isZero();
    assertThat(group.traits())
        .extracting(TraitGain::trait)
        .containsExactly("rewards.volume", "focus.aim", "rewards.insight", "focus.churn");
    assertThat(group.traits())
        .extracting(TraitGain::meanGain)
        .satisfiesExactly(
            g -> assertThat(g).isCloseTo(0.5, EXACT),
            g -> assertThat(g).isCloseTo(1.0 / 6, EXACT),
            g -> assertThat(g).isCloseTo(1.0 / 8, EXACT),
            g -> assertThat(g).isCloseTo(1.0 / 9, EXACT));
    assertThat(group.traits()).extracting(TraitGain::members).containsOnly(1L);
  }

  @Test
  void should_count_a_member_past_the_target_as_reaching_it() {
    // GIVEN the product-leaning member (−29/36) and one at the customer vertex: volume 1, insight
    // 5,
    //   aim 5, churn 2 give 1/2 + 1/6 + 2/9 + 1/9 = 1 (Strongly customer-centric)
    Response top =
        answers("rewards.volume", 1, "rewards.insight", 5, "focus.aim", 5, "focus.churn", 2);

    // WHEN the target is Customer-leaning: the mean index (−29/36 + 1)/2 = 7/72 lies below it, so
    //   the group moves up, and the member above the band needs nothing (it is not pulled down)
    GroupPlan group =
        planner.planGroup(
            Optional.empty(), List.of(productLeaning, top), Target.band("Customer-leaning"));

    // THEN one member counts as in the target, and the means are those of the first over 2
    assertThat(group.inTarget()).isEqualTo(1);
    assertThat(group.traits().get(0).trait()).isEqualTo("rewards.volume");
    assertThat(group.traits().get(0).meanGain()).isCloseTo(0.5, EXACT);
    assertThat(group.traits()).extracting(TraitGain::members).containsOnly(1L);
  }

  @Test
  void should_leave_undetermined_members_out_of_a_groups_means() {
    // GIVEN the product-leaning member and one who answered nothing
    Response none = Response.builder().answers(Map.of()).build();

    // WHEN the group is planned towards Customer-leaning
    GroupPlan group =
        planner.planGroup(Optional.empty(), List.of(productLeaning, none), Target.index(0.5));

    // THEN the undetermined member is counted and the means are over the one determined: volume 1
    assertThat(group.undetermined()).isEqualTo(1);
    assertThat(group.traits().get(0).meanGain()).isCloseTo(1.0, EXACT);
  }

  @Test
  void should_fail_when_the_rubric_has_three_poles() {
    // GIVEN a three-pole rubric
    Scorer three = Scorer.of(rubric("three-poles.yaml"));
    // WHEN a planner is made THEN it says plans need two poles and names the rubric
    assertThatThrownBy(() -> Planner.of(three))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("two poles")
        .hasMessageContaining("three-poles@");
  }

  @Test
  void should_fail_when_the_target_band_is_unknown() {
    // GIVEN a band the rubric does not have
    // WHEN a plan is asked for THEN the error names it and lists the bands
    assertThatThrownBy(() -> planner.plan(productLeaning, Target.band("Customer-obsessed")))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'Customer-obsessed'")
        .hasMessageContaining("Customer-leaning");
  }

  @Test
  void should_fail_when_the_scorecard_is_undetermined() {
    // GIVEN a response that answers nothing
    Response none = Response.builder().respondent("r-9").answers(Map.of()).build();
    // WHEN a plan is asked for THEN the error names the respondent
    assertThatThrownBy(() -> planner.plan(none, Target.index(0.5)))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("'r-9'")
        .hasMessageContaining("undetermined");
  }

  @Test
  void should_fail_when_the_target_index_is_outside_minus_one_to_one() {
    assertThatThrownBy(() -> Target.index(1.5))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("1.5");
    assertThatThrownBy(() -> Target.index(Double.NaN))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Target.parse("-2"))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("-2");
  }

  @Test
  void should_read_a_number_as_an_index_and_anything_else_as_a_band() {
    assertThat(Target.parse("0.3")).isEqualTo(Target.index(0.3));
    assertThat(Target.parse(" -1 ")).isEqualTo(Target.index(-1.0));
    assertThat(Target.parse("Customer-leaning")).isEqualTo(Target.band("Customer-leaning"));
  }
}
