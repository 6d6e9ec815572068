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
 * Specifies writing scorecards as JSON and reading them back: equal, bit for bit, whether
 * determined or not; an undetermined scorecard leaves its absent figures out and never writes NaN.
 *
 * <p>The rubric is {@code rubrics/two-poles.yaml}.
 */
class ScorecardFormatTest {

  private static Rubric rubric;
  private static Scorecard determined;
  private static Scorecard undetermined;

  @BeforeAll
  static void score() throws URISyntaxException {
    rubric =
        RubricFormat.read(
            Path.of(ScorecardFormatTest.class.getResource("/rubrics/two-poles.yaml").toURI()));
    Scorer scorer = Scorer.of(rubric);
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
    undetermined = scorer.score(Response.builder().respondent("r-0").build());
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
  void should_read_back_an_equal_scorecard_when_a_determined_one_is_written() {
    // GIVEN
    Scorecard card = determined;

    // WHEN
    Scorecard compact = ScorecardFormat.fromJson(ScorecardFormat.toJson(card));
    Scorecard pretty = ScorecardFormat.fromJson(ScorecardFormat.toPrettyJson(card));

    // THEN
    assertThat(compact).isEqualTo(card);
    assertThat(pretty).isEqualTo(card);
    assertThat(compact.index()).isEqualTo(card.index());
    assertThat(ScorecardFormat.toJson(compact)).isEqualTo(ScorecardFormat.toJson(card));
  }

  @Test
  void should_read_back_an_equal_scorecard_when_an_undetermined_one_is_written() {
    // GIVEN
    Scorecard card = undetermined;

    // WHEN
    Scorecard read = ScorecardFormat.fromJson(ScorecardFormat.toJson(card));

    // THEN
    assertThat(read).isEqualTo(card);
    assertThat(read.determined()).isFalse();
    assertThat(read.index()).isEmpty();
  }

  @Test
  void should_have_the_figures_a_host_reads_when_a_determined_scorecard_is_written() {
    // GIVEN
    Scorecard card = determined;

    // WHEN
    JsonNode json = tree(ScorecardFormat.toJson(card));

    // THEN
    assertThat(keys(json))
        .contains(
            "rubric",
            "index",
            "score",
            "band",
            "profile",
            "strengths",
            "alignment",
            "coverage",
            "dimensions",
            "contributions",
            "warnings");
    // index = 7/12: rewards (weight 2) gives 0.625, focus (weight 1) gives 0.5; (2·0.625 + 0.5)/3
    assertThat(json.get("index").doubleValue()).isEqualTo(card.index().getAsDouble());
    assertThat(json.get("index").doubleValue()).isCloseTo(7.0 / 12, offset(1e-15));
    assertThat(json.get("score").doubleValue()).isEqualTo(card.score().getAsDouble());
    assertThat(json.get("band").stringValue()).isEqualTo("Customer-leaning");
    assertThat(keys(json.get("profile"))).containsExactly("product", "customer");
    assertThat(json.get("coverage").doubleValue()).isEqualTo(card.coverage());
    assertThat(json.get("alignment").doubleValue()).isEqualTo(card.alignment().getAsDouble());

    JsonNode identity = json.get("rubric");
    assertThat(keys(identity)).containsExactly("id", "version", "hash");
    assertThat(identity.get("id").stringValue()).isEqualTo("two-poles");
    assertThat(identity.get("version").stringValue()).isEqualTo("1.0.0");
    assertThat(identity.get("hash").stringValue())
        .isEqualTo(rubric.contentHash())
        .matches("[0-9a-f]{64}");

    JsonNode dimensions = json.get("dimensions");
    assertThat(dimensions.size()).isEqualTo(2);
    for (JsonNode d : dimensions) {
      assertThat(keys(d)).contains("id", "index", "profile", "coverage", "counted");
    }
    assertThat(dimensions.get(0).get("id").stringValue()).isEqualTo("rewards");
    assertThat(dimensions.get(0).get("counted").booleanValue()).isTrue();
    assertThat(dimensions.get(0).get("index").doubleValue()).isEqualTo(0.625);
    assertThat(dimensions.get(1).get("coverage").doubleValue()).isEqualTo(1.0 / 1.5);

    assertThat(json.get("contributions").size()).isEqualTo(3);
    assertThat(json.get("contributions").get(0).get("trait").stringValue())
        .isEqualTo("rewards.volume");
    assertThat(json.get("warnings").get(0).get("code").stringValue()).isEqualTo("answers-skipped");
  }

  @Test
  void should_leave_out_the_absent_figures_and_never_write_nan_when_undetermined() {
    // GIVEN
    Scorecard card = undetermined;

    // WHEN
    String text = ScorecardFormat.toPrettyJson(card);
    JsonNode json = tree(text);

    // THEN
    assertThat(text).doesNotContain("NaN", "Infinity");
    assertThat(keys(json))
        .doesNotContain("index", "score", "band", "alignment", "leadingPole", "margin", "quadrant")
        .contains("rubric", "determined", "coverage", "dimensions", "contributions", "warnings");
    assertThat(json.get("determined").booleanValue()).isFalse();
    assertThat(json.get("profile").isEmpty()).isTrue();
    for (JsonNode d : json.get("dimensions")) {
      assertThat(keys(d))
          .doesNotContain("index")
          .contains("id", "coverage", "counted", "exclusion");
      assertThat(d.get("counted").booleanValue()).isFalse();
    }
    assertThat(json.get("warnings").get(json.get("warnings").size() - 1).get("code").stringValue())
        .isEqualTo("undetermined");
  }

  @Test
  void should_report_the_key_when_a_scorecard_has_an_unknown_one() {
    // GIVEN
    String json = ScorecardFormat.toJson(determined).replaceFirst("\\{", "{\"grade\":\"A\",");

    // WHEN
    Throwable thrown = catchThrowable(() -> ScorecardFormat.fromJson(json));

    // THEN
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    FormatException e = (FormatException) thrown;
    assertThat(e.path()).isEqualTo("/grade");
    assertThat(e.getMessage()).contains("unknown key 'grade'");
  }

  @Test
  void should_refuse_a_scorecard_whose_index_contradicts_its_profile() {
    // GIVEN the determined scorecard with its index replaced by one that is not P_customer −
    // P_product
    String json = ScorecardFormat.toJson(determined);
    String index = "\"index\":" + determined.index().getAsDouble() + ",";
    assertThat(json).contains(index);
    String tampered = json.replaceFirst(java.util.regex.Pattern.quote(index), "\"index\":0.75,");

    // WHEN
    Throwable thrown = catchThrowable(() -> ScorecardFormat.fromJson(tampered));

    // THEN it is refused, naming the figure
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    assertThat(((FormatException) thrown).path()).isEqualTo("/index");
  }

  @Test
  void should_refuse_a_scorecard_whose_contributions_do_not_add_up() {
    // GIVEN the determined scorecard with no contributions: they add up to 0, not to P − u
    String json = ScorecardFormat.toJson(determined);
    int start = json.indexOf("\"contributions\":[");
    int end = json.indexOf("],\"warnings\"", start);
    String tampered = json.substring(0, start) + "\"contributions\":[" + json.substring(end);

    // WHEN
    Throwable thrown = catchThrowable(() -> ScorecardFormat.fromJson(tampered));

    // THEN
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    assertThat(((FormatException) thrown).path()).isEqualTo("/contributions");
    assertThat(thrown.getMessage()).contains("add up to 0.0");
  }
}
