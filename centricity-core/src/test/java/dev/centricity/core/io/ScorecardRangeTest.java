package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import org.junit.jupiter.api.Test;

/**
 * Specifies that {@link ScorecardFormat#fromJson} refuses figures outside their range in the model
 * (docs/model.md): an index beyond [−1, 1] was read as it was when the profile agreed with it.
 */
class ScorecardRangeTest {

  private static String json() {
    Scorer scorer =
        Scorer.of(RubricFormat.read(RubricFormatTest.resource("/rubrics/two-poles.yaml")));
    Scorecard card =
        scorer.score(
            Response.builder()
                .putAnswers("rewards.volume", Answer.of(1))
                .putAnswers("rewards.insight", Answer.of(5))
                .putAnswers("focus.aim", Answer.of(5))
                .putAnswers("focus.churn", Answer.of(2))
                .build());
    return ScorecardFormat.toJson(card);
  }

  private static FormatException refused(String json) {
    Throwable thrown = catchThrowable(() -> ScorecardFormat.fromJson(json));
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    return (FormatException) thrown;
  }

  @Test
  void should_read_a_scorecard_at_the_end_of_every_range() {
    // GIVEN: every answer fully towards the customer: index 1, score 100, profile (0, 1)
    String json = json();
    assertThat(json).contains("\"index\":1.0", "\"score\":100.0");

    // WHEN / THEN
    assertThat(ScorecardFormat.fromJson(json).index()).hasValue(1.0);
  }

  @Test
  void should_refuse_an_index_of_2_even_when_profile_and_score_agree_with_it() {
    // GIVEN: shares (-0.5, 1.5) sum to 1, their difference is 2.0 and the score 50 (2 + 1) = 150
    String json =
        json()
            .replaceFirst(
                "\"profile\":\\{\"product\":0.0,\"customer\":1.0}",
                "\"profile\":{\"product\":-0.5,\"customer\":1.5}")
            .replaceFirst("\"index\":1.0", "\"index\":2.0")
            .replaceFirst("\"score\":100.0", "\"score\":150.0");
    assertThat(json).contains("\"index\":2.0", "\"customer\":1.5");

    // WHEN
    FormatException e = refused(json);

    // THEN: the first figure out of its range, in file order of the checks
    assertThat(e.path()).isEqualTo("/profile/product");
    assertThat(e)
        .hasMessage("<json> at /profile/product: product must lie in [0.0, 1.0] but was -0.5");
  }

  @Test
  void should_refuse_an_index_beyond_1_with_its_path() {
    // GIVEN
    String json = json().replaceFirst("\"index\":1.0", "\"index\":2.0");

    // WHEN
    FormatException e = refused(json);

    // THEN
    assertThat(e).hasMessage("<json> at /index: index must lie in [-1.0, 1.0] but was 2.0");
  }

  @Test
  void should_refuse_a_coverage_beyond_1() {
    // GIVEN
    String json = json().replaceFirst("\"coverage\":1.0", "\"coverage\":1.5");

    // WHEN
    FormatException e = refused(json);

    // THEN
    assertThat(e).hasMessage("<json> at /coverage: coverage must lie in [0.0, 1.0] but was 1.5");
  }
}
