package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast paths of embedders give what the general paths give, for generated rubrics and
 * responses: the summary JSON is the full JSON's figures, a JSON request read in one pass is the
 * response the general reader reads, and scoring a host's map is scoring the response it stands
 * for.
 */
class EmbedderPathProperties {

  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Provide
  Arbitrary<Assessment> assessments() {
    return Responses.assessments(Rubrics.arbitrary());
  }

  /** The scorecard, or the message of the exception scoring threw. */
  private static Object outcome(Supplier<Scorecard> scoring) {
    try {
      return scoring.get();
    } catch (ResponseValidationException e) {
      return e.getMessage();
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.propertyNames().forEach(keys::add);
    return keys;
  }

  /**
   * Every value of the summary is the value of the same key in the full form (each dimension's id,
   * index and band those of the dimension at the same place), and the summary has no other keys.
   */
  @Property(tries = 200)
  void summary_is_the_full_forms_figures(@ForAll("assessments") Assessment a) {
    Object scored = outcome(() -> Scorer.of(a.rubric()).score(a.response()));
    Assume.that(scored instanceof Scorecard);
    Scorecard card = (Scorecard) scored;
    String fullText = ScorecardFormat.toJson(card);
    String summaryText = ScorecardFormat.toSummaryJson(card);
    JsonNode full = TREES.readTree(fullText);
    JsonNode summary = TREES.readTree(summaryText);
    assertThat(keys(summary))
        .as("summary keys%n%s", summaryText)
        .isSubsetOf(
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
    for (String key :
        List.of(
            "rubric",
            "respondent",
            "determined",
            "index",
            "score",
            "band",
            "strengths",
            "quadrant",
            "coverage",
            "alignment")) {
      assertThat(summary.get(key))
          .as("'%s' of the summary%n%s%nagainst the full form%n%s", key, summaryText, fullText)
          .isEqualTo(full.get(key));
    }
    JsonNode dimensions = summary.get("dimensions");
    assertThat(dimensions.size()).isEqualTo(full.get("dimensions").size());
    for (int d = 0; d < dimensions.size(); d++) {
      JsonNode sd = dimensions.get(d);
      JsonNode fd = full.get("dimensions").get(d);
      assertThat(keys(sd)).isSubsetOf("id", "index", "band");
      for (String key : List.of("id", "index", "band")) {
        assertThat(sd.get(key)).as("dimension %d '%s'", d, key).isEqualTo(fd.get(key));
      }
    }
    // A scorecard read back from the full form summarises the same, through the general writer.
    assertThat(ScorecardFormat.toSummaryJson(ScorecardFormat.fromJson(fullText)))
        .isEqualTo(summaryText);
  }

  /**
   * A response written as JSON and read back by the one-pass reader equals the response, also when
   * the rubric is named, and it scores to the same scorecard.
   */
  @Property(tries = 200)
  void json_request_reads_back_equal(@ForAll("assessments") Assessment a) {
    Response named = Response.builder().from(a.response()).rubric(a.rubric().reference()).build();
    for (Response response : List.of(a.response(), named)) {
      String json = ResponseFormat.toJson(response);
      Response read = ResponseFormat.fromJson(json);
      assertThat(read).as("read back from%n%s", json).isEqualTo(response);
      assertThat(read.hashCode()).isEqualTo(response.hashCode());
      Scorer scorer = Scorer.of(a.rubric());
      assertThat(outcome(() -> scorer.score(read)))
          .isEqualTo(outcome(() -> scorer.score(response)));
    }
  }

  /**
   * Scoring the map of a response's points (blanks as null, not-applicable answers left out) gives
   * the scorecard of {@link Response#ofPoints} and of the response built with its builder, or the
   * same error.
   */
  @Property(tries = 200)
  void map_scores_as_the_response(@ForAll("assessments") Assessment a) {
    Map<String, Integer> points = new LinkedHashMap<>();
    Response.Builder built = Response.builder();
    for (Map.Entry<String, Answer> e : a.response().answers().entrySet()) {
      Answer answer = e.getValue();
      if (answer.isGiven()) {
        points.put(e.getKey(), answer.pointValue());
        built.putAnswers(e.getKey(), answer);
      } else if (!answer.isNotApplicable()) {
        points.put(e.getKey(), null);
        built.putAnswers(e.getKey(), Answer.blank());
      }
    }
    Response response = built.build();
    Scorer scorer = Scorer.of(a.rubric());
    Object expected = outcome(() -> scorer.score(response));
    assertThat(outcome(() -> scorer.score(points))).isEqualTo(expected);
    assertThat(outcome(() -> scorer.score(Response.ofPoints(points)))).isEqualTo(expected);
    assertThat(Response.ofPoints(points)).isEqualTo(response);
  }
}
