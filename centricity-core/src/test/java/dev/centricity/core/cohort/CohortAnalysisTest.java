package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.COHORTS;
import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.RubricFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cohort results. Every expected number is derived in the comment above it; the
 * library must match to 1e-12.
 *
 * <p>small-teams.csv against small.yaml (see {@link Fixtures#small()} for how answers become
 * indices):
 *
 * <pre>
 *   resp group listen visit ship aim churn | culture         focus            index I
 *   a1   A     5      5     1    5   Yes   | (1+1+1)/3 = 1   (1+1)/2 = 1      1
 *   a2   A     4      4     2    3   Yes   | ½               (0+1)/2 = ½      ½
 *   a3   A     3      3     3    3   n/a   | 0               0 (aim only)     0
 *   b1   B     2      2     4    2   n/a   | −½              −½               −½
 *   b2   B     2      2     4    2   blank | −½              −½               −½
 *   c1   C     4      4     2    3   n/a   | ½               0                ¼
 * </pre>
 *
 * <p>(focus counts with churn missing: half its weight is answered, the default minimum.) The t
 * quantiles are R's: qt(0.975, 2) = 4.302652729749464, qt(0.975, 5) = 2.570581835636314.
 */
class CohortAnalysisTest {

  private static final Offset<Double> EXACT = within(1e-12);
  private static final double T2 = 4.302652729749464;
  private static final double T5 = 2.570581835636314;

  static CohortReport smallTeams() {
    Scorer scorer = Scorer.of(small());
    try (CohortRows rows = CohortReader.of(scorer).open(COHORTS.resolve("small-teams.csv"))) {
      return CohortAnalysis.of(scorer).analyse(rows);
    }
  }

  @Nested
  class Summaries {
    final CohortReport report = smallTeams();

    @Test
    void should_count_rows_respondents_and_groups() {
      assertThat(report.rows()).isEqualTo(6);
      assertThat(report.respondents()).isEqualTo(6);
      assertThat(report.rejected()).isZero();
      assertThat(report.ungrouped()).isZero();
      assertThat(report.confidenceLevel()).isEqualTo(0.95);
      assertThat(report.rubric().id()).isEqualTo("cohort-small");
      assertThat(report.groups())
          .extracting(g -> g.group().orElseThrow())
          .containsExactly("A", "B", "C");
      assertThat(report.overall().group()).isEmpty();
    }

    @Test
    void should_give_the_mean_index_with_its_spread_and_t_interval() {
      Estimate index = report.overall().index().orElseThrow();
      // mean = (1 + ½ + 0 − ½ − ½ + ¼)/6 = ¾/6 = 0.125
      assertThat(index.n()).isEqualTo(6);
      assertThat(index.mean()).isCloseTo(0.125, EXACT);
      // deviations 0.875, 0.375, −0.125, −0.625, −0.625, 0.125; squares sum to
      // 0.765625 + 0.140625 + 0.015625 + 0.390625 + 0.390625 + 0.015625 = 1.71875
      // s² = 1.71875/5 = 0.34375; SE = √(0.34375/6)
      double sd = Math.sqrt(0.34375);
      double se = Math.sqrt(0.34375 / 6);
      assertThat(index.standardDeviation().getAsDouble()).isCloseTo(sd, EXACT);
      assertThat(index.standardError().getAsDouble()).isCloseTo(se, EXACT);
      // 0.125 ± t(0.975, 5) · SE = 0.125 ± 0.615287… = [−0.490287…, 0.740287…]
      assertThat(index.lower().getAsDouble()).isCloseTo(0.125 - T5 * se, EXACT);
      assertThat(index.upper().getAsDouble()).isCloseTo(0.125 + T5 * se, EXACT);
      // the score is 50(I + 1): mean 56.25, sd 50 s
      Estimate score = report.overall().score().orElseThrow();
      assertThat(score.mean()).isCloseTo(56.25, EXACT);
      assertThat(score.standardDeviation().getAsDouble()).isCloseTo(50 * sd, within(1e-12 * 50));
      assertThat(score.lower().getAsDouble()).isCloseTo(50 * (1.125 - T5 * se), within(1e-12 * 50));
    }

    @Test
    void should_call_the_band_uncertain_when_the_interval_straddles_a_boundary() {
      // [−0.490, 0.740] reaches from Product-leaning [−0.6, −0.2) to Strongly customer (0.6, 1]
      BandEstimate band = report.overall().band().orElseThrow();
      assertThat(band.certain()).isFalse();
      assertThat(band.band()).isEmpty();
      assertThat(band.candidates())
          .containsExactly(
              "Product-leaning", "Balanced", "Customer-leaning", "Strongly customer-centric");
      assertThat(band.describe())
          .isEqualTo("Product-leaning – Strongly customer-centric (uncertain)");
    }

    @Test
    void should_count_the_respondents_in_each_band() {
      // a1 1 → strongly customer; a2 ½ and c1 ¼ → customer-leaning; a3 0 → balanced;
      // b1, b2 −½ → product-leaning
      assertThat(report.overall().bandCounts())
          .containsExactly(
              java.util.Map.entry("Strongly product-centric", 0L),
              java.util.Map.entry("Product-leaning", 2L),
              java.util.Map.entry("Balanced", 1L),
              java.util.Map.entry("Customer-leaning", 2L),
              java.util.Map.entry("Strongly customer-centric", 1L));
    }

    @Test
    void should_give_each_team_its_own_summary() {
      // A: {1, ½, 0}: mean ½, s² = (¼ + 0 + ¼)/2 = ¼, s = ½, SE = ½/√3,
      // interval ½ ± 4.3027 · 0.2887 = [−0.742068855875165, 1.742068855875165] (R: t.test)
      Estimate a = report.group("A").orElseThrow().index().orElseThrow();
      assertThat(a.mean()).isCloseTo(0.5, EXACT);
      assertThat(a.standardDeviation().getAsDouble()).isCloseTo(0.5, EXACT);
      assertThat(a.lower().getAsDouble()).isCloseTo(-0.742068855875165, EXACT);
      assertThat(a.upper().getAsDouble()).isCloseTo(1.742068855875165, EXACT);
      assertThat(a.lower().getAsDouble()).isCloseTo(0.5 - T2 * 0.5 / Math.sqrt(3), EXACT);
      // cut to [−1, 1], the interval reaches every band
      assertThat(report.group("A").orElseThrow().band().orElseThrow().candidates()).hasSize(5);

      // B: two identical answers, −½ each: no spread, the interval is the point, the band certain
      GroupSummary b = report.group("B").orElseThrow();
      Estimate bi = b.index().orElseThrow();
      assertThat(bi.mean()).isEqualTo(-0.5);
      assertThat(bi.standardDeviation()).hasValue(0.0);
      assertThat(bi.lower()).hasValue(-0.5);
      assertThat(bi.upper()).hasValue(-0.5);
      assertThat(b.band().orElseThrow().band()).hasValue("Product-leaning");
      assertThat(b.band().orElseThrow().describe()).isEqualTo("Product-leaning");
    }

    @Test
    void should_give_a_group_of_one_a_mean_but_no_spread_and_an_uncertain_band() {
      // C: c1 alone, index ¼ (customer-leaning), nothing to estimate a spread from
      GroupSummary c = report.group("C").orElseThrow();
      Estimate ci = c.index().orElseThrow();
      assertThat(ci.n()).isEqualTo(1);
      assertThat(ci.mean()).isCloseTo(0.25, EXACT);
      assertThat(ci.standardDeviation()).isEmpty();
      assertThat(ci.standardError()).isEmpty();
      assertThat(ci.lower()).isEmpty();
      assertThat(c.band().orElseThrow().band()).isEmpty();
      assertThat(c.band().orElseThrow().candidates()).containsExactly("Customer-leaning");
      assertThat(c.band().orElseThrow().describe()).isEqualTo("Customer-leaning (uncertain)");
      // and no agreement within a group of one
      assertThat(c.dimensions()).allSatisfy(d -> assertThat(d.agreement()).isEmpty());
    }

    @Test
    void should_give_the_mean_pole_strengths() {
      // S_product = a(ship): 0, ¼, ½, ¾, ¾, ¼ → mean 2.5/6
      assertThat(report.overall().strengths().get("product").mean()).isCloseTo(2.5 / 6, EXACT);
      // S_customer: listen and visit weigh ½·⅓ = 1/6 each, churn ½·½ = ¼ when answered:
      // a1 1; a2 (1/6·¾·2 + ¼·1)/(⅓ + ¼) = 6/7; a3 ½; b1, b2 ¼; c1 ¾
      assertThat(report.overall().strengths().get("customer").mean())
          .isCloseTo((1 + 6.0 / 7 + 0.5 + 0.25 + 0.25 + 0.75) / 6, EXACT);
      // mean profile share of customer = (1 + I)/2 averaged = (1 + 0.125)/2
      assertThat(report.overall().profile().get("customer").mean()).isCloseTo(0.5625, EXACT);
    }

    @Test
    void should_summarise_each_dimension() {
      DimensionSummary culture = report.overall().dimension("culture").orElseThrow();
      // culture: 1, ½, 0, −½, −½, ½ → mean 1/6
      assertThat(culture.counted()).isEqualTo(6);
      assertThat(culture.index().orElseThrow().mean()).isCloseTo(1.0 / 6, EXACT);
      assertThat(culture.score().orElseThrow().mean()).isCloseTo(50 * (1 + 1.0 / 6), within(1e-10));
      // focus: 1, ½, 0, −½, −½, 0 → mean 1/12
      DimensionSummary focus = report.overall().dimension("focus").orElseThrow();
      assertThat(focus.index().orElseThrow().mean()).isCloseTo(1.0 / 12, EXACT);
      // bands of culture: strongly customer 1 (a1); customer-leaning 2 (a2, c1); balanced 1;
      // product-leaning 2
      assertThat(culture.bandCounts().get("Customer-leaning")).isEqualTo(2);
      assertThat(culture.bandCounts().get("Product-leaning")).isEqualTo(2);
      // within culture, S_product = a(ship), the same as overall
      assertThat(culture.strengths().get("product").mean()).isCloseTo(2.5 / 6, EXACT);
    }
  }

  @Nested
  class Agreement {
    final CohortReport report = smallTeams();

    @Test
    void should_compute_rwg_j_of_a_team() {
      // A on culture: listen {5,4,3}, visit {5,4,3}, ship {1,2,3}: each s² = 1;
      // σ²_EU = (5² − 1)/12 = 2; v = ½; J = 3: r = 3·½/(3·½ + ½) = 0.75
      WithinGroupAgreement culture =
          report.group("A").orElseThrow().dimension("culture").orElseThrow().agreement().get();
      assertThat(culture.rwg()).isCloseTo(0.75, EXACT);
      assertThat(culture.items()).isEqualTo(3);
      assertThat(culture.varianceRatio()).isCloseTo(0.5, EXACT);
      assertThat(culture.truncated()).isFalse();
      assertThat(culture.respondents()).isEqualTo(3);
      // A on focus: aim {5,3,3}: mean 11/3, s² = (16/9 + 4/9 + 4/9)/2 = 4/3, ratio (4/3)/2 = ⅔;
      // churn {Yes, Yes} (a3 n/a): s² = 0 on σ²_EU = (2² − 1)/12 = ¼, ratio 0
      // v = (⅔ + 0)/2 = ⅓; J = 2: r = 2·⅔/(2·⅔ + ⅓) = (4/3)/(5/3) = 0.8
      WithinGroupAgreement focus =
          report.group("A").orElseThrow().dimension("focus").orElseThrow().agreement().get();
      assertThat(focus.rwg()).isCloseTo(0.8, EXACT);
      assertThat(focus.varianceRatio()).isCloseTo(1.0 / 3, EXACT);
    }

    @Test
    void should_give_perfect_agreement_without_variance_and_count_only_answered_traits() {
      // B: identical answers, s² = 0 everywhere: r = J·1/(J·1 + 0) = 1; on focus churn has no
      // answer, so J = 1 (aim)
      WithinGroupAgreement focus =
          report.group("B").orElseThrow().dimension("focus").orElseThrow().agreement().get();
      assertThat(focus.rwg()).isEqualTo(1.0);
      assertThat(focus.items()).isEqualTo(1);
    }

    @Test
    void should_compute_rwg_j_of_the_whole_cohort() {
      // listen {5,4,3,2,2,4}: Σx = 20, Σx² = 74, s² = (6·74 − 20²)/(6·5) = 44/30; visit the same;
      // ship {1,2,3,4,4,2}: Σx = 16, Σx² = 50, s² = (300 − 256)/30 = 44/30
      // v = (44/30)/2 = 11/15; r = 3·(4/15)/(3·(4/15) + 11/15) = 12/23
      assertThat(report.overall().dimension("culture").orElseThrow().agreement().get().rwg())
          .isCloseTo(12.0 / 23, EXACT);
      // aim {5,3,3,2,2,3}: Σx = 18, Σx² = 60, s² = (360 − 324)/30 = 1.2, ratio 0.6;
      // churn {Yes, Yes}: ratio 0; v = 0.3; r = 2·0.7/(2·0.7 + 0.3) = 14/17
      assertThat(report.overall().dimension("focus").orElseThrow().agreement().get().rwg())
          .isCloseTo(14.0 / 17, EXACT);
    }

    @Test
    void should_truncate_rwg_to_zero_when_answers_spread_more_than_uniform_ones() {
      // GIVEN a team that answers listen 1 and 5 and nothing else: s² = 8 on σ²_EU = 2, v = 4 > 1
      Cohort cohort =
          Cohort.of(
              CohortMember.of(Fixtures.answers("x", "culture.listen", 1), "T"),
              CohortMember.of(Fixtures.answers("y", "culture.listen", 5), "T"));
      // WHEN
      WithinGroupAgreement a =
          CohortAnalysis.of(Scorer.of(small()))
              .analyse(cohort)
              .group("T")
              .orElseThrow()
              .dimension("culture")
              .orElseThrow()
              .agreement()
              .orElseThrow();
      // THEN r_wg(J) is 0 and says it was truncated; v keeps its value
      assertThat(a.rwg()).isEqualTo(0.0);
      assertThat(a.truncated()).isTrue();
      assertThat(a.varianceRatio()).isCloseTo(4.0, EXACT);
      assertThat(a.items()).isEqualTo(1);
    }
  }

  @Nested
  class IntraclassCorrelations {
    final CohortReport report = smallTeams();

    @Test
    void should_compute_icc1_and_icc2_of_the_overall_index_with_unequal_groups() {
      // groups A {1, ½, 0}, B {−½, −½}, C {¼}; G = 3, N = 6, grand mean 0.125
      // SSB = 3(0.375)² + 2(−0.625)² + 1(0.125)² = 0.421875 + 0.78125 + 0.015625 = 1.21875
      // MSB = 1.21875/2 = 0.609375; SSW = 0.5 (A only); MSW = 0.5/3 = 1/6
      // k = (6 − (9 + 4 + 1)/6)/2 = 11/6
      // ICC(1) = (0.609375 − 1/6)/(0.609375 + (5/6)(1/6)) = 0.591647331786543
      // ICC(2) = (0.609375 − 1/6)/0.609375 = 0.726495726495726
      // R: s <- summary(aov(y ~ g))[[1]]; MSB <- s[1,3]; MSW <- s[2,3]; … (same figures)
      IntraclassCorrelation icc = report.intraclassCorrelations().get(0);
      assertThat(icc.dimension()).isEmpty();
      assertThat(icc.groups()).isEqualTo(3);
      assertThat(icc.respondents()).isEqualTo(6);
      assertThat(icc.groupSize()).isCloseTo(11.0 / 6, EXACT);
      assertThat(icc.meanSquareBetween()).isCloseTo(0.609375, EXACT);
      assertThat(icc.meanSquareWithin()).isCloseTo(1.0 / 6, EXACT);
      assertThat(icc.icc1().getAsDouble()).isCloseTo(0.591647331786543, EXACT);
      assertThat(icc.icc2().getAsDouble()).isCloseTo(0.726495726495726, EXACT);
    }

    @Test
    void should_compute_icc_of_each_dimension() {
      // culture: A {1, ½, 0}, B {−½, −½}, C {½}; means ½, −½, ½; grand 1/6
      // SSB = 3(⅓)² + 2(−⅔)² + (⅓)² = 12/9, MSB = ⅔; MSW = ½/3 = 1/6; k = 11/6
      // ICC(1) = (⅔ − 1/6)/(⅔ + (5/6)(1/6)) = ½ / (29/36) = 18/29; ICC(2) = ½ / ⅔ = ¾
      IntraclassCorrelation culture = report.intraclassCorrelation("culture").orElseThrow();
      assertThat(culture.icc1().getAsDouble()).isCloseTo(18.0 / 29, EXACT);
      assertThat(culture.icc2().getAsDouble()).isCloseTo(0.75, EXACT);
      assertThat(report.intraclassCorrelations())
          .extracting(i -> i.dimension().orElse("overall"))
          .containsExactly("overall", "culture", "focus");
    }

    @Test
    void should_leave_out_icc_without_two_groups() {
      // GIVEN everyone in one team
      Cohort cohort =
          Cohort.of(
              CohortMember.of(Fixtures.small("a", 5, 5, 1, 5, 2), "T"),
              CohortMember.of(Fixtures.small("b", 1, 1, 5, 1, 1), "T"));
      // WHEN / THEN
      assertThat(CohortAnalysis.of(Scorer.of(small())).analyse(cohort).intraclassCorrelations())
          .isEmpty();
    }
  }

  @Nested
  class EdgeCases {
    final Scorer scorer = Scorer.of(small());

    @Test
    void should_summarise_a_single_respondent_without_spread() {
      // GIVEN one respondent: a1 of small-teams (index 1)
      CohortReport report =
          CohortAnalysis.of(scorer)
              .analyse(Cohort.of(CohortMember.of(Fixtures.small("a1", 5, 5, 1, 5, 2))));
      // THEN the mean is the response's index, and nothing needing two values is there
      Estimate index = report.overall().index().orElseThrow();
      assertThat(index.mean()).isEqualTo(1.0);
      assertThat(index.standardDeviation()).isEmpty();
      assertThat(report.overall().band().orElseThrow().candidates())
          .containsExactly("Strongly customer-centric");
      assertThat(report.overall().dimensions())
          .allSatisfy(d -> assertThat(d.agreement()).isEmpty());
      assertThat(report.intraclassCorrelations()).isEmpty();
      assertThat(report.reliability()).allSatisfy(r -> assertThat(r.rawAlpha()).isEmpty());
      assertThat(report.ungrouped()).isEqualTo(1);
      assertThat(report.groups()).isEmpty();
    }

    @Test
    void should_analyse_an_empty_cohort() {
      CohortReport report = CohortAnalysis.of(scorer).analyse(Cohort.of(List.of()));
      assertThat(report.rows()).isZero();
      assertThat(report.overall().index()).isEmpty();
      assertThat(report.overall().band()).isEmpty();
      assertThat(report.overall().bandCounts()).containsValues(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void should_record_a_response_the_scorer_rejects_as_a_row_error() {
      // GIVEN a policy that rejects missing answers, and b1 who answered churn n/a
      Scorer strict =
          Scorer.of(
              small(), ScoringPolicy.custom().missing(ScoringPolicy.MissingAnswers.REJECT).build());
      Cohort cohort =
          Cohort.of(
              CohortMember.of(Fixtures.small("a1", 5, 5, 1, 5, 2), "A"),
              CohortMember.of(Fixtures.small("b1", 2, 2, 4, 2, "n/a"), "B"));
      // WHEN
      CohortReport report = CohortAnalysis.of(strict).analyse(cohort);
      // THEN rows out = rows in: one scored, one error at position 2 naming the trait
      assertThat(report.rows()).isEqualTo(2);
      assertThat(report.respondents()).isEqualTo(1);
      assertThat(report.rejected()).isEqualTo(1);
      RowError error = report.errors().get(0);
      assertThat(error.line()).isEqualTo(2);
      assertThat(error.respondent()).hasValue("b1");
      assertThat(error.column()).hasValue("focus.churn");
      assertThat(error.reason())
          .isEqualTo("trait 'focus.churn' is unanswered, and the policy rejects missing answers");
      assertThat(report.warnings())
          .filteredOn(w -> w.code() == CohortWarning.Code.ROWS_REJECTED)
          .singleElement()
          .extracting(CohortWarning::message)
          .isEqualTo("1 of 2 rows could not be scored and are listed as errors");
      assertThat(report.group("B")).isEmpty();
    }

    @Test
    void should_keep_error_rows_of_a_file_in_the_report() {
      // GIVEN a file with a good row, a bad cell and a short row
      String csv =
          "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n"
              + "r-1,A,4,4,2,3,2\nr-2,A,4,7,2,3,2\nr-3,A,4\n";
      // WHEN
      CohortReport report;
      try (CohortRows rows = CohortReader.of(small()).fromString(csv)) {
        report = CohortAnalysis.of(scorer).analyse(rows);
      }
      // THEN
      assertThat(report.rows()).isEqualTo(3);
      assertThat(report.rejected()).isEqualTo(2);
      assertThat(report.errors()).extracting(RowError::line).containsExactly(3L, 4L);
      assertThat(report.errors().get(0).column()).hasValue("culture.visit");
    }

    @Test
    void should_count_undetermined_scorecards_but_leave_them_out_of_the_means() {
      // GIVEN one respondent who answered nothing and one with index 1
      Cohort cohort =
          Cohort.of(
              CohortMember.of(Fixtures.answers("blank"), "A"),
              CohortMember.of(Fixtures.small("a1", 5, 5, 1, 5, 2), "A"));
      // WHEN
      CohortReport report = CohortAnalysis.of(scorer).analyse(cohort);
      // THEN
      GroupSummary a = report.group("A").orElseThrow();
      assertThat(a.respondents()).isEqualTo(2);
      assertThat(a.undetermined()).isEqualTo(1);
      assertThat(a.index().orElseThrow().n()).isEqualTo(1);
      assertThat(report.warnings())
          .extracting(CohortWarning::code)
          .contains(CohortWarning.Code.RESPONDENTS_UNDETERMINED);
    }

    @Test
    void should_leave_a_column_with_no_answers_out_of_reliability_and_agreement() {
      // GIVEN nobody answered culture.visit
      Cohort cohort =
          Cohort.of(
              CohortMember.of(Fixtures.small("a", 5, null, 1, 5, 2), "T"),
              CohortMember.of(Fixtures.small("b", 3, null, 2, 3, 1), "T"),
              CohortMember.of(Fixtures.small("c", 1, null, 5, 1, 1), "T"));
      // WHEN
      CohortReport report = CohortAnalysis.of(scorer).analyse(cohort);
      // THEN reliability uses listen and ship, and says why visit is missing
      Reliability culture = report.reliability("culture").orElseThrow();
      assertThat(culture.excluded()).containsExactly("culture.visit");
      assertThat(culture.items())
          .extracting(ItemStatistics::trait)
          .containsExactly("culture.listen", "culture.ship");
      assertThat(report.warnings())
          .filteredOn(w -> w.subject().equals("culture.visit"))
          .extracting(CohortWarning::message)
          .containsExactly(
              "trait 'culture.visit' was left out of the reliability of dimension 'culture': it"
                  + " has 0 answers, and a variance needs two");
      // and r_wg(J) counts J = 2
      assertThat(
              report
                  .group("T")
                  .orElseThrow()
                  .dimension("culture")
                  .orElseThrow()
                  .agreement()
                  .get()
                  .items())
          .isEqualTo(2);
    }

    @Test
    void should_give_intervals_at_another_confidence_level() {
      // GIVEN 90%: team A's interval is ½ ± t(0.95, 2) · ½/√3, qt(0.95, 2) = 2.919985580353724
      CohortAnalysis analysis = CohortAnalysis.of(scorer).withConfidenceLevel(0.90);
      CohortReport report;
      try (CohortRows rows = CohortReader.of(scorer).open(COHORTS.resolve("small-teams.csv"))) {
        report = analysis.analyse(rows);
      }
      // THEN
      assertThat(report.confidenceLevel()).isEqualTo(0.90);
      assertThat(report.group("A").orElseThrow().index().orElseThrow().upper().getAsDouble())
          .isCloseTo(0.5 + 2.919985580353724 * 0.5 / Math.sqrt(3), EXACT);
      assertThatThrownBy(() -> analysis.withConfidenceLevel(1.0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the confidence level must be in (0, 1) but was 1.0");
    }

    @Test
    void should_summarise_a_three_pole_rubric_by_profile_and_strengths_only() {
      // GIVEN the three-pole rubric of the scorer tests, and two respondents
      Rubric three = RubricFormat.read(Path.of("src/test/resources/rubrics/three-poles.yaml"));
      Scorer s = Scorer.of(three);
      Cohort cohort =
          Cohort.of(
              CohortMember.of(
                  Fixtures.answers(
                      "x",
                      "focus.share",
                      5,
                      "focus.partners",
                      1,
                      "focus.route",
                      3,
                      "service.fix",
                      4),
                  "A"),
              CohortMember.of(
                  Fixtures.answers(
                      "y",
                      "focus.share",
                      2,
                      "focus.partners",
                      4,
                      "focus.route",
                      5,
                      "service.fix",
                      2),
                  "B"));
      // WHEN
      CohortReport report = CohortAnalysis.of(s).analyse(cohort);
      // THEN the profile shares are averaged, and their means sum to 1
      assertThat(report.overall().profile()).containsOnlyKeys("product", "channel", "customer");
      assertThat(report.overall().profile().values().stream().mapToDouble(Estimate::mean).sum())
          .isCloseTo(1.0, within(1e-12));
      assertThat(report.overall().profile().get("product").n()).isEqualTo(2);
      // and there is no index, band, ICC or reliability, and no NaN anywhere
      assertThat(report.overall().index()).isEmpty();
      assertThat(report.overall().band()).isEmpty();
      assertThat(report.overall().bandCounts()).isEmpty();
      assertThat(report.reliability()).isEmpty();
      assertThat(report.intraclassCorrelations()).isEmpty();
      assertThat(CohortReportFormat.toJson(report)).doesNotContain("NaN");
    }

    @Test
    void should_number_the_members_of_a_cohort_by_position() {
      CohortMember bad = CohortMember.of(Fixtures.small("x", 9, 1, 1, 1, 1));
      CohortReport report =
          CohortAnalysis.of(scorer)
              .analyse(Cohort.of(CohortMember.of(Fixtures.small("ok", 3, 3, 3, 3, 1)), bad));
      assertThat(report.errors()).singleElement().extracting(RowError::line).isEqualTo(2L);
      assertThat(report.errors().get(0).reason())
          .isEqualTo(
              "answer to trait 'culture.listen' must be a whole number from 1 to 5 but was 9");
      assertThat(report.errors().get(0).column()).hasValue("culture.listen");
    }

    @Test
    void should_reject_a_blank_group_label() {
      assertThatThrownBy(() -> CohortMember.of(Fixtures.answers("x"), " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must not be blank");
      assertThat(CohortMember.of(Fixtures.answers("x")).group()).isEqualTo(Optional.empty());
    }
  }
}
