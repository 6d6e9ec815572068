package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The scorecard's contributions ranked towards each pole: strongest first, rubric order on ties.
 */
class ScorecardReasonsTest {

  final Scorer scorer = Scorer.of(ScorerTest.rubric("two-poles.yaml"));

  @Test
  void should_rank_the_contributions_towards_each_pole_strongest_first() {
    // GIVEN volume 2, insight 5, aim 4, churn 1 (see ScorerTest): index parts
    //   volume −(2·¼ − 1)·½ = +1/4, insight (2·1 − 1)/6 = +1/6, aim (2·¾ − 1)(2/9) = +1/9,
    //   churn (2·0 − 1)/9 = −1/9
    Scorecard card =
        scorer.score(
            ScorerTest.answers(
                "rewards.volume", 2, "rewards.insight", 5, "focus.aim", 4, "focus.churn", 1));

    // WHEN the reasons are asked for
    Map<String, List<Contribution>> reasons = card.reasons();

    // THEN towards customer: volume, insight, aim; towards product: churn alone
    assertThat(reasons.keySet()).containsExactly("product", "customer");
    assertThat(reasons.get("customer"))
        .extracting(Contribution::trait)
        .containsExactly("rewards.volume", "rewards.insight", "focus.aim");
    assertThat(reasons.get("product"))
        .extracting(Contribution::trait)
        .containsExactly("focus.churn");
    assertThat(card.reasonsTowards("customer")).isEqualTo(reasons.get("customer"));
  }

  @Test
  void should_keep_the_rubric_order_when_two_contributions_are_equal_and_leave_out_the_midpoint() {
    // GIVEN one dimension of four traits of weight ¼ keyed customer: z.first and a.second at 5
    //   (equal parts (2·1 − 1)/4 = 1/4), m.third at 4 ((2·¾ − 1)/4 = 1/8), n.fourth at the
    //   midpoint 3 (part 0)
    Scale agree5 = Scale.of("agree5", "1", "2", "3", "4", "5");
    Rubric rubric =
        Rubric.builder()
            .id("ties")
            .version("1.0.0")
            .addPoles(Pole.of("product", "Product"), Pole.of("customer", "Customer"))
            .addScales(agree5)
            .addDimensions(
                Dimension.builder()
                    .id("d")
                    .addTraits(
                        Trait.keyed("z.first", "Z", "customer", "agree5"),
                        Trait.keyed("a.second", "A", "customer", "agree5"),
                        Trait.keyed("m.third", "M", "customer", "agree5"),
                        Trait.keyed("n.fourth", "N", "customer", "agree5"))
                    .build())
            .build();
    Scorecard card =
        Scorer.of(rubric)
            .score(ScorerTest.answers("m.third", 4, "a.second", 5, "z.first", 5, "n.fourth", 3));

    // WHEN / THEN: equal parts in rubric order (not answer or id order), the midpoint in no list
    assertThat(card.reasonsTowards("customer"))
        .extracting(Contribution::trait)
        .containsExactly("z.first", "a.second", "m.third");
    assertThat(card.reasonsTowards("product")).isEmpty();
  }

  @Test
  void should_give_no_reasons_when_the_scorecard_is_undetermined() {
    Scorecard card = scorer.score(Response.builder().build());
    assertThat(card.reasons()).isEmpty();
    assertThat(card.reasonsTowards("customer")).isEmpty();
  }

  @Test
  void should_fail_when_the_pole_is_not_in_the_scorecard() {
    Scorecard card = scorer.score(ScorerTest.answers("rewards.volume", 2, "rewards.insight", 5));
    assertThatThrownBy(() -> card.reasonsTowards("channel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'channel'")
        .hasMessageContaining("product");
  }
}
