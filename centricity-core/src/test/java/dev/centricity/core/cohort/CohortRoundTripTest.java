package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.FormatException;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.internal.JsonSupport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every cohort value type written to JSON and read back is equal to the original (STYLE rule 3),
 * with optional parts present and absent.
 */
class CohortRoundTripTest {

  private static final JsonMapper JSON = JsonSupport.json();

  private static <T> void roundTrip(T value, Class<T> type) {
    String json = JSON.writeValueAsString(value);
    assertThat(json).doesNotContain("NaN");
    assertThat(JSON.readValue(json, type)).isEqualTo(value);
  }

  @Test
  void should_round_trip_a_report_with_groups_errors_and_warnings() {
    // GIVEN small-teams plus a rejected row, so that every part of a report is filled
    CohortReport teams = CohortAnalysisTest.smallTeams();
    CohortReport report =
        CohortReport.builder()
            .from(teams)
            .rows(teams.rows() + 1)
            .rejected(1)
            .addErrors(RowError.of(8, Optional.of("x"), Optional.of("culture.listen"), "answer 9"))
            .build();
    // WHEN / THEN
    String json = CohortReportFormat.toPrettyJson(report);
    assertThat(CohortReportFormat.fromJson(json)).isEqualTo(report);
    assertThat(CohortReportFormat.fromJson(CohortReportFormat.toJson(teams))).isEqualTo(teams);
    // absent figures are left out, never null or NaN
    assertThat(json).doesNotContain("null").contains("\"confidenceLevel\" : 0.95");
  }

  @Test
  void should_round_trip_a_comparison() {
    CohortReport teams = CohortAnalysisTest.smallTeams();
    CohortComparison c = CohortComparison.of(teams, teams);
    assertThat(CohortReportFormat.comparisonFromJson(CohortReportFormat.toJson(c))).isEqualTo(c);
  }

  @Test
  void should_round_trip_cohorts_rows_and_members() {
    CohortMember grouped = CohortMember.of(Fixtures.small("a1", 5, 5, 1, 5, 2), "A");
    CohortMember alone = CohortMember.of(Fixtures.small("z", "n/a", null, 3, 3, 1));
    roundTrip(Cohort.of(grouped, alone), Cohort.class);
    roundTrip(CohortRow.of(2, grouped), CohortRow.class);
    roundTrip(
        CohortRow.of(RowError.of(3, Optional.empty(), Optional.empty(), "bad")), CohortRow.class);
    roundTrip(
        CohortWarning.of(CohortWarning.Code.POSSIBLY_MISKEYED, "t", "message"),
        CohortWarning.class);
    roundTrip(
        BandEstimate.builder().addCandidates("Balanced", "Customer-leaning").build(),
        BandEstimate.class);
    assertThat(Cohort.of(grouped, alone).groups()).containsExactly("A");
    assertThat(Cohort.of(grouped, alone).group("A")).containsExactly(grouped);
    assertThat(Cohort.of(List.of()).size()).isZero();
  }

  @Test
  void should_write_warning_codes_in_kebab_case() {
    assertThat(
            JSON.writeValueAsString(
                CohortWarning.of(CohortWarning.Code.UNKNOWN_COLUMN_IGNORED, "x", "m")))
        .contains("\"unknown-column-ignored\"");
  }

  @Test
  void should_refuse_a_report_that_loses_rows() {
    String json =
        CohortReportFormat.toJson(CohortAnalysisTest.smallTeams())
            .replace("\"rows\":6", "\"rows\":7");
    assertThatThrownBy(() -> CohortReportFormat.fromJson(json))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("rows (7) must equal respondents (6) plus rejected rows (0)");
  }

  @Test
  void should_refuse_inconsistent_values() {
    assertThatThrownBy(() -> Estimate.builder().n(0).mean(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an estimate needs n ≥ 1 but n was 0");
    assertThatThrownBy(() -> Estimate.builder().n(2).mean(0).lower(1).upper(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                BandEstimate.builder()
                    .band("Balanced")
                    .addCandidates("Balanced", "Customer-leaning")
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
