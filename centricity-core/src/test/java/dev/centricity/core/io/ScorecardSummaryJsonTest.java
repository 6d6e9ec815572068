package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.offset;

import dev.centricity.core.Answer;
import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.internal.JsonSupport;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Specifies the summary form of the scorecard JSON ({@link ScorecardFormat#toSummaryJson}): the
 * rubric's identity, the respondent, whether determined, index, score, band, strengths, quadrant,
 * coverage, alignment and each dimension's id, index and band; nothing else, absent figures left
 * out, every figure written as the full form writes it. Output only.
 *
 * <p>The rubric is {@code rubrics/two-poles.yaml}.
 */
class ScorecardSummaryJsonTest {

  private static Rubric rubric;
  private static Scorer scorer;
  private static Scorecard determined;

  @BeforeAll
  static void score() throws URISyntaxException {
    rubric =
        RubricFormat.read(
            Path.of(ScorecardSummaryJsonTest.class.getResource("/rubrics/two-poles.yaml").toURI()));
    scorer = Scorer.of(rubric);
    determined =
        scorer.score(
            Response.builder()
                .rubric("two-poles@1.0.0")
                .respondent("r-17")
                .putAnswers("rewards.volume", Answer.of(2))
                .putAnswers("rewards.insight", Answer.of(5))
                .putAnswers("focus.aim", Answer.of(4))
                .putAnswers("focus.churn", Answer.notApplicable())
                .build());
  }

  private static JsonNode tree(String json) {
    return JsonSupport.json().readTree(json);
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.propertyNames().forEach(keys::add);
    return keys;
  }

  @Test
  void should_write_the_hand_computed_summary_when_a_determined_scorecard_is_summarised() {
    // GIVEN: rewards (ω 2): volume (w 3, product) at 2 → a = 1/4, insight (w 1, customer) at 5 →
    // a = 1; focus (ω 1): aim (contrast product → customer) at 4 → a = 3/4, churn (w 0.5) n/a.
    Scorecard card = determined;

    // WHEN
    String summary = ScorecardFormat.toSummaryJson(card);
    JsonNode json = tree(summary);

    // THEN: nothing but the summary's keys, in this order
    assertThat(summary).doesNotContain("\n", "contributions", "profile", "warnings", "policy");
    assertThat(keys(json))
        .containsExactly(
            "rubric",
            "respondent",
            "determined",
            "index",
            "score",
            "band",
            "strengths",
            "quadrant",
            "coverage",
            "alignment",
            "dimensions");
    JsonNode identity = json.get("rubric");
    assertThat(keys(identity)).containsExactly("id", "version", "hash");
    assertThat(identity.get("id").stringValue()).isEqualTo("two-poles");
    assertThat(identity.get("version").stringValue()).isEqualTo("1.0.0");
    assertThat(identity.get("hash").stringValue()).isEqualTo(rubric.contentHash());
    assertThat(json.get("respondent").stringValue()).isEqualTo("r-17");
    assertThat(json.get("determined").booleanValue()).isTrue();
    // I_rewards = (3/4)(−1)(2·1/4 − 1) + (1/4)(+1)(2·1 − 1) = 3/8 + 1/4 = 5/8;
    // I_focus = 1·(+1)(2·3/4 − 1) = 1/2 (churn missing, skipped); I = (2·5/8 + 1·1/2)/3 = 7/12
    assertThat(json.get("index").doubleValue()).isCloseTo(7.0 / 12, offset(1e-15));
    // score = 50(7/12 + 1) = 950/12
    assertThat(json.get("score").doubleValue()).isCloseTo(950.0 / 12, offset(1e-12));
    // 7/12 ≈ 0.583 lies in [0.2, 0.6)
    assertThat(json.get("band").stringValue()).isEqualTo("Customer-leaning");
    // product: volume only, (2/3)(3/4) a = 1/2 · 1/4 over 1/2 → 1/4; customer: insight only → 1
    JsonNode strengths = json.get("strengths");
    assertThat(keys(strengths)).containsExactly("product", "customer");
    assertThat(strengths.get("product").doubleValue()).isCloseTo(0.25, offset(1e-15));
    assertThat(strengths.get("customer").doubleValue()).isCloseTo(1.0, offset(1e-15));
    // customer 1 > 0.5 (the threshold), product 1/4 is not
    assertThat(json.get("quadrant").stringValue()).isEqualTo("customer-centric");
    // (2·1 + 1·(1/1.5))/3 = 8/9
    assertThat(json.get("coverage").doubleValue()).isCloseTo(8.0 / 9, offset(1e-15));
    // 1 − sqrt((2/3)(5/8 − 7/12)² + (1/3)(1/2 − 7/12)²) = 1 − sqrt(1/288)
    assertThat(json.get("alignment").doubleValue())
        .isCloseTo(1 - Math.sqrt(1.0 / 288), offset(1e-15));
    JsonNode dimensions = json.get("dimensions");
    assertThat(dimensions.size()).isEqualTo(2);
    assertThat(keys(dimensions.get(0))).containsExactly("id", "index", "band");
    assertThat(dimensions.get(0).get("id").stringValue()).isEqualTo("rewards");
    assertThat(dimensions.get(0).get("index").doubleValue()).isEqualTo(0.625);
    // 5/8 lies in [0.6, 1.0]
    assertThat(dimensions.get(0).get("band").stringValue()).isEqualTo("Strongly customer-centric");
    assertThat(dimensions.get(1).get("id").stringValue()).isEqualTo("focus");
    assertThat(dimensions.get(1).get("index").doubleValue()).isEqualTo(0.5);
    assertThat(dimensions.get(1).get("band").stringValue()).isEqualTo("Customer-leaning");
  }

  @Test
  void should_write_every_figure_as_the_full_form_does_when_summarising() {
    // GIVEN
    JsonNode full = tree(ScorecardFormat.toJson(determined));

    // WHEN
    JsonNode summary = tree(ScorecardFormat.toSummaryJson(determined));

    // THEN: the same values, bit for bit, wherever both forms have a key
    for (String key : keys(summary)) {
      if (!key.equals("dimensions")) {
        assertThat(summary.get(key)).as(key).isEqualTo(full.get(key));
      }
    }
    for (int d = 0; d < 2; d++) {
      for (String key : List.of("id", "index", "band")) {
        assertThat(summary.get("dimensions").get(d).get(key))
            .isEqualTo(full.get("dimensions").get(d).get(key));
      }
    }
  }

  @Test
  void should_leave_the_absent_figures_out_when_the_scorecard_is_undetermined() {
    // GIVEN: no answer, so no dimension counts
    Scorecard card = scorer.score(Response.builder().respondent("r-0").build());

    // WHEN
    JsonNode json = tree(ScorecardFormat.toSummaryJson(card));

    // THEN
    assertThat(keys(json))
        .containsExactly(
            "rubric", "respondent", "determined", "strengths", "coverage", "dimensions");
    assertThat(json.get("determined").booleanValue()).isFalse();
    assertThat(json.get("strengths").size()).isZero();
    assertThat(json.get("coverage").doubleValue()).isZero();
    assertThat(keys(json.get("dimensions").get(0))).containsExactly("id");
    assertThat(keys(json.get("dimensions").get(1))).containsExactly("id");
  }

  @Test
  void should_write_the_same_summary_when_the_scorecard_was_read_back_from_the_full_form() {
    // GIVEN: a scorecard of another implementation, with the same figures
    Scorecard read = ScorecardFormat.fromJson(ScorecardFormat.toJson(determined));

    // WHEN / THEN
    assertThat(ScorecardFormat.toSummaryJson(read))
        .isEqualTo(ScorecardFormat.toSummaryJson(determined));
  }

  @Test
  void should_refuse_to_read_a_summary_as_a_scorecard_when_given_one() {
    // GIVEN: the summary is output only
    String summary = ScorecardFormat.toSummaryJson(determined);

    // WHEN
    Throwable thrown = catchThrowable(() -> ScorecardFormat.fromJson(summary));

    // THEN
    assertThat(thrown).isInstanceOf(FormatException.class);
  }
}
