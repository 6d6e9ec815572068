package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.io.internal.JsonSupport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Specifies the full form written from a scorecard's numbers ({@code ScorecardFormat.toJson} for
 * the library's own scorecards): the text of the Jackson writer ({@code
 * JsonSupport.json().writeValueAsString}), also when a contribution's text kept from an earlier
 * scorecard no longer fits its figures. {@code FullJsonProperties} (testkit) holds the two writers
 * to the same text on generated rubrics.
 *
 * <p>The rubric is {@code rubrics/two-poles.yaml}: rewards (weight 2) with rewards.volume (weight
 * 3) and rewards.insight; focus (weight 1) with focus.aim and focus.churn (weight 0.5, yes/no).
 */
class FullJsonTest {

  private static Rubric rubric;

  @BeforeAll
  static void read() throws URISyntaxException {
    rubric =
        RubricFormat.read(
            Path.of(FullJsonTest.class.getResource("/rubrics/two-poles.yaml").toURI()));
  }

  private static Response response(Integer churn) {
    Response.Builder b =
        Response.builder()
            .respondent("r-\"1\"\n")
            .putAnswers("rewards.volume", Answer.of(2))
            .putAnswers("rewards.insight", Answer.of(5))
            .putAnswers("focus.aim", Answer.of(4));
    if (churn != null) {
      b.putAnswers("focus.churn", Answer.of(churn));
    }
    return b.build();
  }

  private static JsonNode aim(String json) {
    JsonNode contributions = JsonSupport.json().readTree(json).get("contributions");
    for (JsonNode c : contributions) {
      if (c.get("trait").stringValue().equals("focus.aim")) {
        return c;
      }
    }
    throw new AssertionError("no contribution of focus.aim in " + json);
  }

  @Test
  void should_write_the_jackson_writers_text_when_a_kept_contribution_no_longer_fits() {
    // GIVEN: the same answer to focus.aim (4 of 5, value (4 − 1)/4 = 0.75), with focus.churn
    // answered in one response and missing in the other, so that focus.aim's weight differs
    Scorer scorer = Scorer.of(rubric);
    Scorecard both = scorer.score(response(2));
    Scorecard aimOnly = scorer.score(response(null));

    // WHEN: written in turn, the second and third meeting the texts the ones before kept
    String first = ScorecardFormat.toJson(both);
    String second = ScorecardFormat.toJson(aimOnly);
    String third = ScorecardFormat.toJson(both);

    // THEN: each is the Jackson writer's text
    assertThat(first).isEqualTo(JsonSupport.json().writeValueAsString(both));
    assertThat(second).isEqualTo(JsonSupport.json().writeValueAsString(aimOnly));
    assertThat(third).isEqualTo(first);
    // Ω = 2 + 1 = 3 with both dimensions counted. With churn answered W_focus = 1 + 0.5 = 1.5,
    // so focus.aim weighs (1/3)(1/1.5) = 2/9; without it W_focus = 1 (coverage 1/1.5 = 2/3, above
    // the minimum of 0.5), so focus.aim weighs (1/3)(1/1) = 1/3.
    assertThat(aim(first).get("value").doubleValue()).isEqualTo(0.75);
    assertThat(aim(first).get("weight").doubleValue()).isCloseTo(2.0 / 9, within(1e-15));
    assertThat(aim(second).get("weight").doubleValue()).isCloseTo(1.0 / 3, within(1e-15));
  }

  @Test
  void should_write_the_jackson_writers_text_when_a_missing_answer_counts_neutral() {
    // GIVEN: under NEUTRAL a missing focus.churn counts at ½ and has a contribution without an
    // answer
    Scorer scorer =
        Scorer.of(
            rubric, ScoringPolicy.custom().missing(ScoringPolicy.MissingAnswers.NEUTRAL).build());
    Scorecard card = scorer.score(response(null));

    // WHEN
    String json = ScorecardFormat.toJson(card);

    // THEN
    assertThat(json).isEqualTo(JsonSupport.json().writeValueAsString(card));
    JsonNode churn = JsonSupport.json().readTree(json).get("contributions").get(3);
    assertThat(churn.get("trait").stringValue()).isEqualTo("focus.churn");
    assertThat(churn.has("answer")).isFalse();
    assertThat(churn.get("value").doubleValue()).isEqualTo(0.5);
  }

  @Test
  void should_write_the_jackson_writers_text_when_undetermined() {
    // GIVEN: no answer at all, so no dimension counts and there are no contributions
    Scorecard card = Scorer.of(rubric).score(Response.builder().build());

    // WHEN
    String json = ScorecardFormat.toJson(card);

    // THEN
    assertThat(json).isEqualTo(JsonSupport.json().writeValueAsString(card));
    assertThat(json).contains("\"contributions\":[]");
  }
}
