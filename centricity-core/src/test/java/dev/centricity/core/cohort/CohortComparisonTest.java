package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.RubricIdentity;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Differences of means with Welch's interval and Cohen's d, hand-computed and checked in R. */
class CohortComparisonTest {

  private static final Offset<Double> EXACT = within(1e-12);

  private static GroupSummary group(String label, long n, double mean, Double sd) {
    Estimate.Builder e = Estimate.builder().n(n).mean(mean);
    if (sd != null) {
      e.standardDeviation(sd);
    }
    return GroupSummary.builder()
        .group(label)
        .respondents(n)
        .undetermined(0)
        .index(e.build())
        .build();
  }

  @Test
  void should_compare_two_teams_with_welch_and_cohens_d() {
    // GIVEN teams A {1, ½, 0} and B {−½, −½} of small-teams.csv
    CohortReport report = CohortAnalysisTest.smallTeams();
    // WHEN
    CohortComparison c =
        CohortComparison.of(report.group("A").orElseThrow(), report.group("B").orElseThrow());
    // THEN difference B − A = −1; v_A = ¼/3 = 1/12, v_B = 0: SE = √(1/12);
    // df = (1/12)² / ((1/12)²/2 + 0) = 2; interval −1 ± 4.302652729749464 · √(1/12)
    // R: t.test(c(-.5, -.5), c(1, .5, 0)) → df 2, [−2.242068855875165, 0.242068855875165]
    // s_p = √((2 · ¼ + 1 · 0)/3) = √(1/6); d = −1/√(1/6) = −√6
    Difference d = c.index().orElseThrow();
    assertThat(c.group()).isEmpty();
    assertThat(d.dimension()).isEmpty();
    assertThat(d.difference()).isCloseTo(-1.0, EXACT);
    assertThat(d.standardError().getAsDouble()).isCloseTo(Math.sqrt(1.0 / 12), EXACT);
    assertThat(d.degreesOfFreedom().getAsDouble()).isCloseTo(2.0, EXACT);
    assertThat(d.lower().getAsDouble()).isCloseTo(-2.242068855875165, EXACT);
    assertThat(d.upper().getAsDouble()).isCloseTo(0.242068855875165, EXACT);
    assertThat(d.cohensD().getAsDouble()).isCloseTo(-Math.sqrt(6), EXACT);
    assertThat(d.first().mean()).isEqualTo(0.5);
    // and per dimension: culture A {1, ½, 0} vs B {−½, −½}, the same figures
    assertThat(c.dimension("culture").orElseThrow().difference()).isCloseTo(-1.0, EXACT);
  }

  @Test
  void should_match_R_t_test_with_unequal_variances() {
    // GIVEN x1 = (0.2, 0.5, −0.1, 0.4): mean 0.25, SS 0.21, s² 0.07;
    //       x2 = (0.6, 0.9, 0.3, 0.8, 1.0): mean 0.72, SS 0.308, s² 0.077
    GroupSummary first = group("T", 4, 0.25, Math.sqrt(0.07));
    GroupSummary second = group("T", 5, 0.72, Math.sqrt(0.077));
    // WHEN
    Difference d = CohortComparison.of(first, second).index().orElseThrow();
    // THEN v1 = 0.0175, v2 = 0.0154, SE = √0.0329,
    // df = 0.0329² / (0.0175²/3 + 0.0154²/4) = 6.70748987854251
    // R: tt <- t.test(x2, x1); tt$conf.int → 0.0372750250060955 0.9027249749939045
    // s_p = √((3 · 0.07 + 4 · 0.077)/7) = √0.074; d = 0.47/√0.074 = 1.72775436192045
    assertThat(d.difference()).isCloseTo(0.47, EXACT);
    assertThat(d.standardError().getAsDouble()).isCloseTo(Math.sqrt(0.0329), EXACT);
    assertThat(d.degreesOfFreedom().getAsDouble()).isCloseTo(6.70748987854251, within(1e-11));
    assertThat(d.lower().getAsDouble()).isCloseTo(0.0372750250060955, EXACT);
    assertThat(d.upper().getAsDouble()).isCloseTo(0.9027249749939045, EXACT);
    assertThat(d.cohensD().getAsDouble()).isCloseTo(1.72775436192045, EXACT);
  }

  @Test
  void should_give_only_the_difference_when_a_side_has_no_spread_estimate() {
    Difference d =
        CohortComparison.of(group("A", 1, 0.5, null), group("B", 3, 0.2, 0.1))
            .index()
            .orElseThrow();
    assertThat(d.difference()).isCloseTo(-0.3, EXACT);
    assertThat(d.standardError()).isEmpty();
    assertThat(d.lower()).isEmpty();
    assertThat(d.cohensD()).isEmpty();
  }

  @Test
  void should_give_a_point_interval_when_neither_side_varies() {
    Difference d =
        CohortComparison.of(group("A", 2, 0.5, 0.0), group("B", 3, 0.25, 0.0))
            .index()
            .orElseThrow();
    assertThat(d.standardError()).hasValue(0.0);
    assertThat(d.degreesOfFreedom()).isEmpty();
    assertThat(d.lower()).hasValue(-0.25);
    assertThat(d.upper()).hasValue(-0.25);
    assertThat(d.cohensD()).isEmpty();
  }

  @Test
  void should_compare_two_reports_and_their_common_groups() {
    // GIVEN the same cohort twice: nothing changed
    CohortReport before = CohortAnalysisTest.smallTeams();
    CohortReport after = CohortAnalysisTest.smallTeams();
    // WHEN
    CohortComparison c = CohortComparison.of(before, after);
    // THEN every difference is 0, and each team is compared with itself
    assertThat(c.confidenceLevel()).isEqualTo(0.95);
    assertThat(c.index().orElseThrow().difference()).isEqualTo(0.0);
    assertThat(c.index().orElseThrow().cohensD()).hasValue(0.0);
    assertThat(c.dimensions())
        .extracting(d -> d.dimension().orElseThrow())
        .containsExactly("culture", "focus");
    assertThat(c.groups()).extracting(g -> g.group().orElseThrow()).containsExactly("A", "B", "C");
    assertThat(c.group("A").orElseThrow().index().orElseThrow().difference()).isEqualTo(0.0);
    // C has one respondent: no interval
    assertThat(c.group("C").orElseThrow().index().orElseThrow().lower()).isEmpty();
  }

  @Test
  void should_refuse_to_compare_reports_of_different_rubrics() {
    // GIVEN: two reports of rubrics with different ids
    CohortReport a = CohortAnalysisTest.smallTeams();
    CohortReport b =
        CohortReport.builder()
            .from(a)
            .rubric(RubricIdentity.of("other", "1.0.0", "0".repeat(64)))
            .build();

    // WHEN / THEN: a CentricityException of its own type (it was IllegalArgumentException), in
    // words
    assertThatThrownBy(() -> CohortComparison.of(a, b))
        .isExactlyInstanceOf(CohortComparisonException.class)
        .isInstanceOf(dev.centricity.core.CentricityException.class)
        .hasMessage(
            "the cohorts cannot be compared: the first was scored with rubric 'cohort-small' and"
                + " the second with rubric 'other', whose indices and dimensions mean different"
                + " things; compare reports of one rubric (its versions may differ)");
    assertThatThrownBy(() -> CohortComparison.of(a.overall(), a.overall(), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CohortComparison.of(a.overall(), a.overall()).group()).isEqualTo(Optional.empty());
  }
}
