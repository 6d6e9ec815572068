package dev.centricity.core;

import static dev.centricity.core.ScorerTest.answers;
import static dev.centricity.core.ScorerTest.rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.io.ScorecardFormat;
import org.junit.jupiter.api.Test;

/**
 * The positional form of {@link Scorer}: {@link Scorer#traitOrder()}, {@link
 * Scorer#position(String)} and {@link Scorer#score(int[])} give the same scorecards as responses
 * keyed by id, and reject what a response would be rejected for, with the same paths.
 */
class PositionalScoringTest {

  // two-poles.yaml: rewards (rewards.volume 5 points, rewards.insight 5 points), focus (focus.aim
  // 5 points, focus.churn 2 points), in that order.
  final Scorer scorer = Scorer.of(rubric("two-poles.yaml"));

  @Test
  void should_order_traits_as_the_rubric_does() {
    assertThat(scorer.traitOrder())
        .containsExactly("rewards.volume", "rewards.insight", "focus.aim", "focus.churn");
    assertThat(scorer.position("focus.aim")).hasValue(2);
    assertThat(scorer.position("focus.nothing")).isEmpty();
    assertThatThrownBy(() -> scorer.traitOrder().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_give_the_scorecard_of_the_same_answers_keyed_by_id() {
    Scorecard keyed =
        scorer.score(
            answers("rewards.volume", 2, "rewards.insight", 5, "focus.aim", 4, "focus.churn", 1));
    Scorecard positional = scorer.score(new int[] {2, 5, 4, 1});
    assertThat(positional).isEqualTo(keyed);
    assertThat(ScorecardFormat.toJson(positional)).isEqualTo(ScorecardFormat.toJson(keyed));
    // I = 5/12, worked out in ScorerTest.TwoPoles
    assertThat(positional.index().getAsDouble()).isCloseTo(5.0 / 12, within(1e-12));
  }

  @Test
  void should_count_zero_as_missing() {
    Scorecard keyed = scorer.score(answers("rewards.volume", 2, "focus.aim", 4, "focus.churn", 1));
    Scorecard positional = scorer.score(new int[] {2, 0, 4, 1});
    assertThat(positional).isEqualTo(keyed);
    assertThat(positional.warnings())
        .extracting(Warning::code)
        .containsExactly(Warning.Code.ANSWERS_SKIPPED);
  }

  @Test
  void should_name_the_respondent() {
    Scorecard card = scorer.score("team-7", new int[] {2, 5, 4, 1});
    assertThat(card.respondent()).hasValue("team-7");
    assertThat(scorer.score(new int[] {2, 5, 4, 1}).respondent()).isEmpty();
  }

  @Test
  void should_copy_the_points_so_the_array_can_be_reused() {
    int[] points = {2, 5, 4, 1};
    Scorecard card = scorer.score(points);
    String before = ScorecardFormat.toJson(card);
    points[0] = 5;
    points[3] = 2;
    assertThat(ScorecardFormat.toJson(card)).isEqualTo(before);
    assertThat(card.contribution("rewards.volume").orElseThrow().answer()).hasValue(2);
  }

  @Test
  void should_reject_an_array_of_the_wrong_length() {
    assertThatThrownBy(() -> scorer.score(new int[] {2, 5, 4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 4 points")
        .hasMessageContaining("but got 3");
  }

  @Test
  void should_reject_points_outside_the_scale_with_every_problem_at_once() {
    assertThatThrownBy(() -> scorer.score("r1", new int[] {6, 5, -1, 3}))
        .isInstanceOf(ResponseValidationException.class)
        .satisfies(
            e -> {
              ResponseValidationException r = (ResponseValidationException) e;
              assertThat(r.problems())
                  .extracting(Problem::path)
                  .containsExactly(
                      "/answers/rewards.volume", "/answers/focus.aim", "/answers/focus.churn");
              assertThat(r.problems().get(0).message())
                  .isEqualTo(
                      "answer to trait 'rewards.volume' must be a whole number from 1 to 5 but"
                          + " was 6");
              assertThat(r.problems().get(2).message()).contains("from 1 to 2 but was 3");
            });
  }

  @Test
  void should_reject_missing_answers_when_the_policy_does() {
    Scorer strict =
        Scorer.of(scorer.rubric(), ScoringPolicy.custom().missing(MissingAnswers.REJECT).build());
    assertThatThrownBy(() -> strict.score(new int[] {2, 0, 4, 0}))
        .isInstanceOf(ResponseValidationException.class)
        .satisfies(
            e ->
                assertThat(((ResponseValidationException) e).problems())
                    .extracting(Problem::path)
                    .containsExactly("/answers/rewards.insight", "/answers/focus.churn"));
  }

  @Test
  void should_score_through_the_default_methods_of_a_scorer_that_only_reads_responses() {
    Scorer plain =
        new Scorer() {
          @Override
          public Rubric rubric() {
            return scorer.rubric();
          }

          @Override
          public ScoringPolicy policy() {
            return scorer.policy();
          }

          @Override
          public Scorecard score(Response response) {
            return scorer.score(response);
          }
        };
    assertThat(plain.traitOrder()).isEqualTo(scorer.traitOrder());
    assertThat(plain.position("focus.churn")).hasValue(3);
    assertThat(plain.score("x", new int[] {2, 0, 4, 1}))
        .isEqualTo(scorer.score("x", new int[] {2, 0, 4, 1}));
    assertThatThrownBy(() -> plain.score(new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> plain.score(new int[] {9, 1, 1, 1}))
        .isInstanceOf(ResponseValidationException.class);
  }
}
