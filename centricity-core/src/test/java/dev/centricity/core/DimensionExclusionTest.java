package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.RubricFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Why a dimension does not count, in the words of its case (docs/model.md, "A dimension counts"):
 * all of its traits weigh 0, none of its traits was answered, or its coverage is below the minimum.
 */
class DimensionExclusionTest {

  // rewards: volume (w 3) and insight (w 1); focus: aim (w 1) and churn (w 0.5);
  // spare: two traits of weight 0, so its total trait weight is 0; mixed: one of weight 1, one of 0
  final Rubric rubric =
      RubricFormat.fromYaml(
          """
          id: exclusions
          version: 1.0.0
          poles:
            - { id: product, label: Product-centric }
            - { id: customer, label: Customer-centric }
          scales:
            - { id: agree5, points: [Strongly disagree, Disagree, Neither, Agree, Strongly agree] }
          dimensions:
            - id: rewards
              name: Rewards
              traits:
                - { id: rewards.volume, statement: Bonuses follow units sold., keyed: product, scale: agree5, weight: 3.0 }
                - { id: rewards.insight, statement: Recognition goes to insight., keyed: customer, scale: agree5 }
            - id: focus
              name: Focus
              traits:
                - { id: focus.aim, statement: We pursue customers., keyed: customer, scale: agree5 }
                - { id: focus.churn, statement: We track churn., keyed: customer, scale: agree5, weight: 0.5 }
            - id: spare
              name: Spare
              traits:
                - { id: spare.a, statement: Unweighted one., keyed: customer, scale: agree5, weight: 0 }
                - { id: spare.b, statement: Unweighted two., keyed: product, scale: agree5, weight: 0 }
            - id: mixed
              name: Mixed
              traits:
                - { id: mixed.weighted, statement: Weighted., keyed: customer, scale: agree5 }
                - { id: mixed.free, statement: Unweighted., keyed: product, scale: agree5, weight: 0 }
          """);

  private Scorecard score(Map<String, Answer> answers) {
    return Scorer.of(rubric).score(Response.builder().answers(answers).build());
  }

  private static Optional<Warning> warningAbout(Scorecard card, String dimension) {
    return card.warnings().stream().filter(w -> w.subject().equals(dimension)).findFirst();
  }

  @Test
  void should_say_a_dimension_was_not_answered_when_none_of_its_traits_was() {
    // GIVEN answers to rewards only: focus has weight 1.5 but no answer (SKIP)
    Scorecard card = score(Map.of("rewards.volume", Answer.of(4), "rewards.insight", Answer.of(2)));

    // WHEN focus is read
    DimensionScore focus = card.dimension("focus").orElseThrow();

    // THEN it is excluded because it was not answered, not for want of weight
    assertThat(focus.counted()).isFalse();
    assertThat(focus.exclusion()).hasValue("none of its traits was answered");
    Warning w = warningAbout(card, "focus").orElseThrow();
    assertThat(w.code()).isEqualTo(Warning.Code.DIMENSION_UNANSWERED);
    assertThat(w.message())
        .isEqualTo("dimension 'focus' does not count: none of its traits was answered");
  }

  @Test
  void should_say_a_dimension_of_weightless_traits_does_not_count_for_its_weights() {
    // GIVEN spare's weightless traits answered
    Scorecard card =
        score(
            Map.of(
                "rewards.volume", Answer.of(4), "spare.a", Answer.of(5), "spare.b", Answer.of(1)));

    // WHEN spare is read
    DimensionScore spare = card.dimension("spare").orElseThrow();

    // THEN it is excluded for its weights, answered or not
    assertThat(spare.exclusion()).hasValue("all of its traits have weight 0");
    Warning w = warningAbout(card, "spare").orElseThrow();
    assertThat(w.code()).isEqualTo(Warning.Code.DIMENSION_NO_WEIGHT);
    assertThat(w.message())
        .isEqualTo("dimension 'spare' does not count: all of its traits have weight 0");
  }

  @Test
  void should_say_only_weightless_traits_were_answered_when_so() {
    // GIVEN mixed answered on its trait of weight 0 only: W_mixed = 0 under SKIP
    Scorecard card = score(Map.of("rewards.volume", Answer.of(4), "mixed.free", Answer.of(5)));

    // WHEN mixed is read
    DimensionScore mixed = card.dimension("mixed").orElseThrow();

    // THEN the reason says its weighted traits were not answered
    assertThat(mixed.exclusion()).hasValue("none of its traits of positive weight was answered");
    assertThat(warningAbout(card, "mixed").orElseThrow().code())
        .isEqualTo(Warning.Code.DIMENSION_UNANSWERED);
  }

  @Test
  void should_keep_the_coverage_reason_for_a_thinly_answered_dimension() {
    // GIVEN focus answered on churn only: coverage = 0.5 / 1.5 = 1/3 < the default minimum ½
    Scorecard card = score(Map.of("rewards.volume", Answer.of(4), "focus.churn", Answer.of(5)));

    // WHEN focus is read
    DimensionScore focus = card.dimension("focus").orElseThrow();

    // THEN it is excluded for its coverage: 1/3 shows as 33%, the minimum as 50%
    assertThat(focus.exclusion()).hasValue("coverage 33% is below the minimum of 50%");
    assertThat(warningAbout(card, "focus").orElseThrow().code())
        .isEqualTo(Warning.Code.DIMENSION_LOW_COVERAGE);
  }

  @Test
  void should_name_the_ignored_answer_without_internal_words() {
    // GIVEN an answer to a trait the rubric lacks, ignored by policy
    Scorer scorer =
        Scorer.of(
            rubric,
            ScoringPolicy.custom().unknownTraits(ScoringPolicy.UnknownTraits.IGNORE).build());
    Scorecard card =
        scorer.score(
            Response.builder()
                .answers(Map.of("rewards.volume", Answer.of(4), "rewards.extra", Answer.of(2)))
                .build());

    // WHEN its warning is read THEN it says the answer was ignored, in words
    assertThat(warningAbout(card, "rewards.extra").orElseThrow().message())
        .isEqualTo(
            "the answer to 'rewards.extra' was ignored: rubric 'exclusions@1.0.0' has no such trait");
  }
}
