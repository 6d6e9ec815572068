package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specifies reading SurveyJS results as a cohort: one row per element, in order, each a member or
 * an error naming the question (rows out = rows in), and members that score exactly as the same
 * answers given as a response file.
 */
class SurveyJsReaderTest {

  private static final Scorer SCORER = Scorer.of(QuestionnaireTest.twoPoles());

  private static List<CohortRow> rows(String json) {
    try (CohortRows rows = SurveyJsReader.of(SCORER).fromString(json, "results.json")) {
      List<CohortRow> all = new ArrayList<>();
      rows.forEach(all::add);
      return all;
    }
  }

  @Test
  void should_read_each_result_as_a_member_that_scores_like_its_response() {
    // GIVEN two results as survey.data gives them: points, "n/a", a respondent and a group
    String json =
        "[{\"respondent\":\"r-1\",\"group\":\"sales\",\"rewards.volume\":2,\"rewards.insight\":4,"
            + "\"focus.aim\":5,\"focus.churn\":\"n/a\"},"
            + "{\"rewards.volume\":\"3\",\"focus.aim\":1,\"focus.churn\":null}]";
    // WHEN read
    List<CohortRow> rows = rows(json);
    // THEN each is a member, in order, scored exactly like the same answers as a response file
    assertThat(rows).hasSize(2).noneMatch(CohortRow::isError);
    assertThat(rows.get(0).line()).isEqualTo(1);
    assertThat(rows.get(0).member().orElseThrow().group()).contains("sales");
    Response r1 = rows.get(0).member().orElseThrow().response();
    assertThat(r1.respondent()).contains("r-1");
    Response same =
        ResponseFormat.fromJson(
            "{\"respondent\":\"r-1\",\"answers\":{\"rewards.volume\":2,\"rewards.insight\":4,"
                + "\"focus.aim\":5,\"focus.churn\":\"n/a\"}}");
    assertThat(ScorecardFormat.toJson(SCORER.score(r1)))
        .isEqualTo(ScorecardFormat.toJson(SCORER.score(same)));
    Response r2 = rows.get(1).member().orElseThrow().response();
    assertThat(rows.get(1).member().orElseThrow().group()).isEmpty();
    assertThat(r2.answers().get("rewards.volume").pointValue()).isEqualTo(3);
    assertThat(r2.answers().get("focus.churn").isGiven()).isFalse();
  }

  @Test
  void should_turn_each_bad_element_into_an_error_and_go_on() {
    // GIVEN a result with a point outside yesno, one with a word, one not an object, and a good one
    String json =
        "[{\"respondent\":\"r-1\",\"focus.churn\":3},{\"focus.aim\":\"often\"},42,"
            + "{\"focus.aim\":2.0}]";
    // WHEN read
    List<CohortRow> rows = rows(json);
    // THEN rows out = rows in: three errors naming the question and value, then the member
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).error().orElseThrow().describe())
        .isEqualTo(
            "line 1 (respondent 'r-1'): question 'focus.churn': answer 3 is outside the scale, which"
                + " runs from 1 to 2");
    assertThat(rows.get(0).error().orElseThrow().column()).contains("focus.churn");
    assertThat(rows.get(1).error().orElseThrow().reason())
        .isEqualTo(
            "question 'focus.aim': 'often' is not an answer: give a whole number from 1 to 5,"
                + " \"n/a\" or null");
    assertThat(rows.get(2).error().orElseThrow().reason())
        .isEqualTo("expected an object of answers keyed by question name but found 42");
    assertThat(
            rows.get(3).member().orElseThrow().response().answers().get("focus.aim").pointValue())
        .isEqualTo(2);
  }

  @Test
  void should_warn_of_questions_it_ignores_and_traits_nobody_answered() {
    // GIVEN results with SurveyJS's comment key and without rewards.insight
    String json =
        "[{\"rewards.volume\":1,\"focus.aim\":1,\"focus.churn\":1,\"focus.aim-Comment\":\"x\"}]";
    try (CohortRows rows = SurveyJsReader.of(SCORER).fromString(json, "results.json")) {
      // THEN the comment is ignored and the missing trait reported
      assertThat(rows.warnings())
          .extracting(CohortWarning::code, CohortWarning::subject)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  CohortWarning.Code.UNKNOWN_COLUMN_IGNORED, "focus.aim-Comment"),
              org.assertj.core.groups.Tuple.tuple(
                  CohortWarning.Code.TRAIT_COLUMN_MISSING, "rewards.insight"));
      assertThat(rows.columns())
          .containsExactly("rewards.volume", "focus.aim", "focus.churn", "focus.aim-Comment");
      assertThat(rows.source()).isEqualTo("results.json");
    }
  }

  @Test
  void should_take_the_group_from_the_key_chosen() {
    String json = "[{\"team\":\"north\",\"focus.aim\":4}]";
    try (CohortRows rows =
        SurveyJsReader.of(SCORER.rubric()).withGroupKey("team").fromString(json, "r.json")) {
      assertThat(rows.iterator().next().member().orElseThrow().group()).contains("north");
      assertThat(rows.warnings())
          .extracting(CohortWarning::code)
          .doesNotContain(CohortWarning.Code.UNKNOWN_COLUMN_IGNORED);
    }
  }

  @Test
  void should_refuse_a_document_that_is_not_a_list() {
    Throwable thrown =
        catchThrowable(() -> SurveyJsReader.of(SCORER).fromString("{\"a\":1}", "results.json"));
    assertThat(thrown)
        .isExactlyInstanceOf(FormatException.class)
        .hasMessage(
            "results.json: expected SurveyJS results, a list of objects keyed by question name,"
                + " but found an object");
    assertThat(catchThrowable(() -> SurveyJsReader.of(SCORER).fromString("[1,", "r.json")))
        .isExactlyInstanceOf(FormatException.class);
  }

  @Test
  void should_be_iterated_once() {
    CohortRows rows = SurveyJsReader.of(SCORER).fromString("[]", "r.json");
    rows.iterator();
    assertThat(catchThrowable(rows::iterator))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the rows of r.json have been iterated already");
  }
}
