package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.io.RubricFormat;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies how a scorer rejects a response that does not fit its rubric: every problem with its
 * path under {@code /answers} or at {@code /rubric}, all at once; and how a scoring policy rejects
 * a minimum coverage outside [0, 1].
 *
 * <p>The rubric is {@code rubrics/two-poles.yaml}: rewards.volume and rewards.insight (5 points),
 * focus.aim (5 points) and focus.churn (2 points).
 */
class ResponseValidationTest {

  private static Rubric rubric;

  @BeforeAll
  static void readRubric() {
    rubric = RubricFormat.read(resource("/rubrics/two-poles.yaml"));
  }

  static Path resource(String name) {
    try {
      return Path.of(ResponseValidationTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Response answers(Object... idsAndAnswers) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < idsAndAnswers.length; i += 2) {
      Object a = idsAndAnswers[i + 1];
      answers.put((String) idsAndAnswers[i], a instanceof Answer x ? x : Answer.of((Integer) a));
    }
    return Response.builder().answers(answers).build();
  }

  private static Response complete() {
    return answers("rewards.volume", 2, "rewards.insight", 4, "focus.aim", 4, "focus.churn", 2);
  }

  private static ResponseValidationException rejection(Scorer scorer, Response response) {
    Throwable thrown = catchThrowable(() -> scorer.score(response));
    assertThat(thrown).isExactlyInstanceOf(ResponseValidationException.class);
    return (ResponseValidationException) thrown;
  }

  private static Scorer scorer(MissingAnswers missing, UnknownTraits unknown) {
    return Scorer.of(
        rubric, ScoringPolicy.custom().missing(missing).unknownTraits(unknown).build());
  }

  @Test
  void should_score_when_the_response_fits_the_rubric() {
    // GIVEN
    Response response = Response.builder().from(complete()).rubric("two-poles@1.0.0").build();

    // WHEN
    Scorecard card = Scorer.of(rubric).score(response);

    // THEN
    assertThat(card.determined()).isTrue();
    assertThat(card.warnings()).isEmpty();
  }

  @Test
  void should_report_the_answer_when_it_names_an_unknown_trait_under_reject() {
    // GIVEN
    Response response = answers("rewards.volume", 2, "rewards.bonus", 3);

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN
    assertThat(e.problems()).extracting(Problem::path).containsExactly("/answers/rewards.bonus");
    assertThat(e.problems().get(0).message())
        .isEqualTo("rubric 'two-poles@1.0.0' has no trait 'rewards.bonus'");
    assertThat(e)
        .isInstanceOf(CentricityException.class)
        .hasMessage(
            "response does not fit the rubric: 1 problem: /answers/rewards.bonus: rubric"
                + " 'two-poles@1.0.0' has no trait 'rewards.bonus'");
  }

  @Test
  void should_name_the_respondent_when_the_rejected_response_has_one() {
    // GIVEN
    Response response =
        Response.builder().respondent("r-17").putAnswers("rewards.bonus", Answer.of(3)).build();

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN
    assertThat(e).hasMessageStartingWith("response of 'r-17' does not fit the rubric: 1 problem");
  }

  @Test
  void should_warn_and_still_score_when_an_unknown_trait_is_answered_under_ignore() {
    // GIVEN
    Scorer scorer = scorer(MissingAnswers.SKIP, UnknownTraits.IGNORE);
    Response withUnknown =
        Response.builder().from(complete()).putAnswers("rewards.bonus", Answer.of(3)).build();

    // WHEN
    Scorecard card = scorer.score(withUnknown);

    // THEN
    assertThat(card.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo(Warning.Code.UNKNOWN_TRAIT_IGNORED);
              assertThat(w.subject()).isEqualTo("rewards.bonus");
              assertThat(w.message()).contains("'rewards.bonus'", "ignored", "no such trait");
            });
    Scorecard without = scorer.score(complete());
    assertThat(card.determined()).isTrue();
    assertThat(card.index()).isEqualTo(without.index());
    assertThat(card.contributions()).isEqualTo(without.contributions());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void should_report_the_answer_when_it_is_outside_a_five_point_scale(int point) {
    // GIVEN
    Response response = answers("rewards.volume", point);

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN
    assertThat(e.problems()).extracting(Problem::path).containsExactly("/answers/rewards.volume");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "answer to trait 'rewards.volume' must be a whole number from 1 to 5 but was " + point);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5})
  void should_score_when_the_answer_is_at_an_end_of_the_scale(int point) {
    assertThat(Scorer.of(rubric).score(answers("rewards.volume", point)).contributions())
        .singleElement()
        .satisfies(c -> assertThat(c.answer()).hasValue(point));
  }

  @Test
  void should_report_the_answer_when_it_is_outside_a_two_point_scale() {
    // GIVEN
    Response response = answers("focus.churn", 3);

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN
    assertThat(e.problems()).extracting(Problem::path).containsExactly("/answers/focus.churn");
    assertThat(e.problems().get(0).message()).contains("from 1 to 2 but was 3");
  }

  @ParameterizedTest
  @CsvSource({
    "other-rubric@1.0.0, other-rubric@1.0.0",
    "two-poles@2.0.0, two-poles@2.0.0",
    "two-poles, two-poles",
    "two-poles@1.0, two-poles@1.0"
  })
  void should_report_the_rubric_when_the_response_was_made_for_another(String named, String shown) {
    // GIVEN
    Response response = Response.builder().from(complete()).rubric(named).build();

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN
    assertThat(e.problems()).extracting(Problem::path).containsExactly("/rubric");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "the response was made for rubric '"
                + shown
                + "' but is scored against 'two-poles@1.0.0'");
  }

  @Test
  void should_report_each_missing_trait_in_rubric_order_when_the_policy_rejects_missing_answers() {
    // GIVEN: insight is not applicable, churn blank, aim absent
    Response response =
        answers(
            "rewards.volume", 2,
            "rewards.insight", Answer.notApplicable(),
            "focus.churn", Answer.blank());

    // WHEN
    ResponseValidationException e =
        rejection(scorer(MissingAnswers.REJECT, UnknownTraits.REJECT), response);

    // THEN
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("/answers/rewards.insight", "/answers/focus.aim", "/answers/focus.churn");
    assertThat(e.problems().get(1).message())
        .isEqualTo("trait 'focus.aim' is unanswered, and the policy rejects missing answers");
  }

  @Test
  void should_score_when_every_trait_is_answered_and_the_policy_rejects_missing_answers() {
    // GIVEN
    Scorer scorer = scorer(MissingAnswers.REJECT, UnknownTraits.REJECT);

    // WHEN
    Scorecard card = scorer.score(complete());

    // THEN
    assertThat(card.determined()).isTrue();
    assertThat(card.contributions()).hasSize(4);
  }

  @Test
  void should_report_an_answer_outside_its_scale_once_when_the_policy_rejects_missing_answers() {
    // GIVEN: volume is out of range, which is not also reported as missing
    Response response =
        answers("rewards.volume", 6, "rewards.insight", 4, "focus.aim", 4, "focus.churn", 2);

    // WHEN
    ResponseValidationException e =
        rejection(scorer(MissingAnswers.REJECT, UnknownTraits.REJECT), response);

    // THEN
    assertThat(e.problems()).extracting(Problem::path).containsExactly("/answers/rewards.volume");
    assertThat(e.problems().get(0).message()).contains("from 1 to 5 but was 6");
  }

  @ParameterizedTest
  @CsvSource({"rewards/bonus, /answers/rewards~1bonus", "rewards~bonus, /answers/rewards~0bonus"})
  void should_escape_the_trait_id_in_the_path_when_it_holds_a_slash_or_tilde(
      String traitId, String path) {
    // GIVEN
    Response response = answers(traitId, 3);

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN: RFC 6901 escapes '~' as ~0 and '/' as ~1
    assertThat(e.problems()).extracting(Problem::path).containsExactly(path);
    assertThat(e.problems().get(0).message()).contains("no trait '" + traitId + "'");
  }

  @Test
  void should_report_every_problem_at_once_when_a_response_has_several() {
    // GIVEN: another rubric version, three answers off their scales and an unknown trait
    Response response =
        Response.builder()
            .rubric("two-poles@0.9.0")
            .respondent("r-3")
            .putAnswers("rewards.volume", Answer.of(0))
            .putAnswers("rewards.insight", Answer.of(4))
            .putAnswers("focus.aim", Answer.of(9))
            .putAnswers("focus.churn", Answer.of(3))
            .putAnswers("focus.mood", Answer.of(3))
            .build();

    // WHEN
    ResponseValidationException e = rejection(Scorer.of(rubric), response);

    // THEN
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "/rubric",
            "/answers/rewards.volume",
            "/answers/focus.aim",
            "/answers/focus.churn",
            "/answers/focus.mood");
    assertThat(e.getMessage())
        .startsWith("response of 'r-3' does not fit the rubric: 5 problems")
        .contains(
            "/answers/focus.aim: answer to trait 'focus.aim' must be a whole number from 1 to 5");
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {-0.1, 1.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void should_reject_the_policy_when_min_coverage_is_outside_zero_to_one(double minCoverage) {
    assertThatThrownBy(() -> ScoringPolicy.custom().minCoverage(minCoverage).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("minCoverage must be a number in [0, 1] but was " + minCoverage);
  }

  @Test
  void should_reject_the_policy_when_it_is_derived_with_min_coverage_outside_zero_to_one() {
    assertThatThrownBy(
            () -> ScoringPolicy.from(ScoringPolicy.ofDefaults()).minCoverage(2.0).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minCoverage must be a number in [0, 1] but was 2.0");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 1.0})
  void should_build_the_policy_when_min_coverage_is_at_an_end_of_zero_to_one(double minCoverage) {
    assertThat(ScoringPolicy.custom().minCoverage(minCoverage).build().minCoverage())
        .isEqualTo(minCoverage);
  }

  @Test
  void should_report_the_policy_when_a_rubric_file_gives_min_coverage_outside_zero_to_one() {
    // GIVEN: policy: { missing: skip, minCoverage: 1.5 } on line 12
    Path file = resource("/bad/rubric-policy-min-coverage.yaml");

    // WHEN
    Throwable thrown = catchThrowable(() -> RubricFormat.read(file));

    // THEN
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    FormatException e = (FormatException) thrown;
    assertThat(e.path()).isEqualTo("/policy");
    assertThat(e.line()).hasValue(12);
    assertThat(e.getMessage()).contains("minCoverage must be a number in [0, 1] but was 1.5");
  }

  @Test
  void should_report_the_policy_when_a_rubric_file_gives_min_coverage_as_nan() {
    // GIVEN: YAML's .nan, which JSON cannot express
    String yaml =
        String.join(
            "\n",
            "id: nan-coverage",
            "version: 1.0.0",
            "poles: [{ id: product }, { id: customer }]",
            "scales: [{ id: yesno, points: [No, Yes] }]",
            "dimensions:",
            "  - id: focus",
            "    traits: [{ id: focus.churn, statement: Churn., keyed: customer, scale: yesno }]",
            "policy: { minCoverage: .nan }",
            "");

    // WHEN
    Throwable thrown = catchThrowable(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    FormatException e = (FormatException) thrown;
    assertThat(e.path()).isEqualTo("/policy");
    assertThat(e.line()).hasValue(8);
    assertThat(e.getMessage()).contains("minCoverage must be a number in [0, 1] but was NaN");
  }
}
