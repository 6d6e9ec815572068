package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.rows;
import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Warning;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.core.io.SurveyJsReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Specifies the structured side of warnings and row errors: each row error's reasons as {@link
 * RowProblem} codes and values (the file's text verbatim), each warning's values in the order its
 * code lists, so that a report can word them in any language; and how they are written as JSON. The
 * rubric is small.yaml (see {@link Fixtures#small()}): agree5 has 5 points, yesno 2.
 */
class StructuredReasonsTest {

  private static final String HEADER =
      "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n";

  private static RowError error(String csvRow) {
    List<CohortRow> rows = rows(HEADER + csvRow + "\n");
    assertThat(rows).hasSize(1);
    return rows.get(0).error().orElseThrow();
  }

  @Test
  void should_give_each_bad_cell_as_a_code_with_the_cell_verbatim() {
    // GIVEN a row with a word where an agree5 answer goes and 3 where a yes/no answer goes
    RowError e = error("r1,A,vier Punkte,4,4,4,3");
    // THEN two problems, in column order: the word kept as written, 3 outside yesno's 2 points
    assertThat(e.problems())
        .containsExactly(
            RowProblem.of(
                RowProblem.Code.NOT_AN_ANSWER,
                Optional.of("culture.listen"),
                List.of("vier Punkte", "5")),
            RowProblem.of(
                RowProblem.Code.OUT_OF_SCALE, Optional.of("focus.churn"), List.of("3", "2")));
    // AND the English reason is unchanged
    assertThat(e.reason()).startsWith("column 'culture.listen': 'vier Punkte' is not an answer");
  }

  @Test
  void should_give_a_wrong_field_count_and_a_misplaced_quote_as_codes() {
    // GIVEN a row of 3 fields under a header of 7, and a row whose third field has a stray quote
    RowError count = error("r1,A,4");
    RowError quote = error("r2,A,4\"x,4,4,4,2");
    // THEN
    assertThat(count.problems())
        .containsExactly(
            RowProblem.of(RowProblem.Code.FIELD_COUNT, Optional.empty(), List.of("3", "7")));
    assertThat(quote.problems())
        .containsExactly(
            RowProblem.of(RowProblem.Code.MALFORMED_RECORD, Optional.empty(), List.of("3")));
  }

  @Test
  void should_give_the_scorers_refusal_as_codes() {
    // GIVEN a policy that rejects missing answers, and a row that leaves focus.aim blank
    Scorer scorer =
        Scorer.of(
            small(), ScoringPolicy.builder().missing(ScoringPolicy.MissingAnswers.REJECT).build());
    CohortReport report;
    try (CohortRows r = CohortReader.of(scorer).fromString(HEADER + "r1,A,4,4,4,,2\n")) {
      report = CohortAnalysis.of(scorer).analyse(r);
    }
    // THEN the row error names the unanswered trait by code
    RowError e = report.errors().get(0);
    assertThat(e.problems())
        .containsExactly(
            RowProblem.of(RowProblem.Code.UNANSWERED, Optional.of("focus.aim"), List.of()));
    // AND the report's warning says 1 of 1 rows was rejected
    CohortWarning w = report.warnings().get(0);
    assertThat(w.code()).isEqualTo(CohortWarning.Code.ROWS_REJECTED);
    assertThat(w.values()).containsExactly("1", "1");
  }

  @Test
  void should_give_surveyjs_problems_as_codes_with_the_value_as_given() {
    // GIVEN results with a string where a point goes, and an element that is not an object
    String json = "[{\"respondent\":\"r1\",\"culture.listen\":\"sehr oft\"}, [1,2]]";
    List<CohortRow> rows = new ArrayList<>();
    try (CohortRows r = SurveyJsReader.of(small()).fromString(json, "results.json")) {
      r.forEach(rows::add);
    }
    // THEN
    assertThat(rows.get(0).error().orElseThrow().problems())
        .containsExactly(
            RowProblem.of(
                RowProblem.Code.NOT_AN_ANSWER,
                Optional.of("culture.listen"),
                List.of("sehr oft", "5")));
    assertThat(rows.get(1).error().orElseThrow().problems())
        .containsExactly(
            RowProblem.of(RowProblem.Code.NOT_AN_OBJECT, Optional.empty(), List.of("[1,2]")));
  }

  @Test
  void should_give_a_scorecards_warnings_with_their_values() {
    // GIVEN culture answered only by culture.listen, focus fully answered, policy SKIP with the
    // default minimum coverage 0.5: culture's coverage is 1/3 (three traits of weight 1)
    Scorer scorer = Scorer.of(small());
    Scorecard card = scorer.score(Fixtures.small("r", 4, null, null, 4, 2));
    // THEN culture does not count: 0.3333333333333333 < 0.5; and 2 of 5 traits are unanswered
    assertThat(card.warnings())
        .extracting(Warning::code, Warning::subject, Warning::values)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Warning.Code.DIMENSION_LOW_COVERAGE,
                "culture",
                List.of(Double.toString(1.0 / 3), "0.5")),
            org.assertj.core.groups.Tuple.tuple(
                Warning.Code.ANSWERS_SKIPPED, "cohort-small", List.of("2", "5")));
  }

  @Test
  void should_write_values_and_problems_as_json_only_when_there_are_some_and_read_them_back() {
    // GIVEN a scorecard with a warning, and a report with a bad row
    Scorer scorer = Scorer.of(small());
    Scorecard card = scorer.score(Fixtures.small("r", 4, 4, 4, 4, null));
    CohortReport report;
    try (CohortRows r = CohortReader.of(scorer).fromString(HEADER + "r1,A,x,4,4,4,2\n")) {
      report = CohortAnalysis.of(scorer).analyse(r);
    }
    // WHEN
    String cardJson = ScorecardFormat.toJson(card);
    String reportJson = CohortReportFormat.toJson(report);
    // THEN the values are written with the warning, and read back
    assertThat(cardJson)
        .contains("\"code\":\"answers-skipped\"")
        .contains("\"values\":[\"1\",\"5\"]");
    assertThat(ScorecardFormat.fromJson(cardJson).warnings().get(0).values())
        .containsExactly("1", "5");
    assertThat(reportJson)
        .contains("\"problems\":[{\"code\":\"not-an-answer\",\"column\":\"culture.listen\"");
    assertThat(CohortReportFormat.fromJson(reportJson).errors().get(0).problems())
        .isEqualTo(report.errors().get(0).problems());
    // AND a warning or row error without them is written as before: no empty list
    assertThat(
            CohortReportFormat.toJson(
                CohortReport.builder()
                    .from(report)
                    .errors(List.of(RowError.of(2, Optional.empty(), Optional.empty(), "bad")))
                    .warnings(List.of(CohortWarning.of(CohortWarning.Code.ROWS_REJECTED, "x", "m")))
                    .build()))
        .doesNotContain("\"problems\"")
        .doesNotContain("\"values\"");
  }

  @Test
  void should_not_count_values_or_problems_in_equality() {
    // a warning or error made from the English text alone equals one with the structured values
    assertThat(Warning.of(Warning.Code.UNDETERMINED, "r", "m", List.of("1")))
        .isEqualTo(Warning.of(Warning.Code.UNDETERMINED, "r", "m"));
    assertThat(
            RowError.of(
                2,
                Optional.empty(),
                Optional.empty(),
                "bad",
                List.of(RowProblem.of(RowProblem.Code.FIELD_COUNT, Optional.empty(), List.of()))))
        .isEqualTo(RowError.of(2, Optional.empty(), Optional.empty(), "bad"));
  }
}
