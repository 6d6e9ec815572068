package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Scorer;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Reliability of a dimension, hand-computed and checked against R's {@code psych::alpha} (psych
 * 2.2.9). In small.yaml, culture.ship is product-keyed and so reversed; every other trait is keyed
 * towards customer.
 */
class ReliabilityTest {

  private static final Offset<Double> EXACT = within(1e-12);

  private static CohortReport analyse(Object[]... rows) {
    List<CohortMember> members = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      Object[] r = rows[i];
      members.add(CohortMember.of(Fixtures.small("r" + (i + 1), r[0], r[1], r[2], r[3], r[4])));
    }
    return CohortAnalysis.of(Scorer.of(small())).analyse(Cohort.of(members));
  }

  private static Object[] row(Object... answers) {
    return answers;
  }

  /**
   * listen {2, 4, 3, 5}, visit {3, 4, 5, 4}, ship {4, 1, 3, 2}; aim {1, 2, 3, 4}, churn {No, No,
   * Yes, Yes}.
   */
  private final CohortReport report =
      analyse(row(2, 3, 4, 1, 1), row(4, 4, 1, 2, 1), row(3, 5, 3, 3, 2), row(5, 4, 2, 4, 2));

  @Test
  void should_compute_alpha_of_a_scale_with_a_reversed_item() {
    // Deviations: listen (−1.5, .5, −.5, 1.5), visit (−1, 0, 1, 0), ship (1.5, −1.5, .5, −.5)
    // var: listen 5/3, visit 2/3, ship 5/3; cov(l,v) = (1.5 − .5)/3 = 1/3,
    // cov(l,s) = (−2.25 − .75 − .25 − .75)/3 = −4/3, cov(v,s) = (−1.5 + .5)/3 = −1/3
    // keyed (ship reversed): C = [[5, 1, 4], [1, 2, 1], [4, 1, 5]] / 3
    // Σ C = 24/3 = 8, tr C = 12/3 = 4: α = 3/2 · (1 − 4/8) = 0.75
    // R = cov2cor(C): r(l,v) = 1/√10, r(l,s) = 4/5, r(v,s) = 1/√10
    // Σ R = 3 + 2(0.8 + 2/√10); α_std = 3/2 · (1 − 3/Σ R); r̄ = (Σ R − 3)/6
    // R: psych::alpha(df, keys = "ship")$total → 0.75, 0.732724938052305, 0.477485177344559
    Reliability culture = report.reliability("culture").orElseThrow();
    double sumR = 3 + 2 * (0.8 + 2 / Math.sqrt(10));
    assertThat(culture.rawAlpha().getAsDouble()).isCloseTo(0.75, EXACT);
    assertThat(culture.standardizedAlpha().getAsDouble()).isCloseTo(1.5 * (1 - 3 / sumR), EXACT);
    assertThat(culture.standardizedAlpha().getAsDouble()).isCloseTo(0.732724938052305, EXACT);
    assertThat(culture.averageCorrelation().getAsDouble()).isCloseTo((sumR - 3) / 6, EXACT);
    assertThat(culture.averageCorrelation().getAsDouble()).isCloseTo(0.477485177344559, EXACT);
    assertThat(culture.respondents()).isEqualTo(4);
    assertThat(culture.excluded()).isEmpty();
  }

  @Test
  void should_compute_item_statistics() {
    Reliability culture = report.reliability("culture").orElseThrow();
    // r.drop(listen) = (C_lv + C_ls)/√(C_ll · (C_vv + C_ss + 2 C_vs)) = (5/3)/√(5/3 · 9/3) = √5/3
    // r.drop(visit) = (2/3)/√(2/3 · 18/3) = 1/3; r.drop(ship) = √5/3
    // R: item.stats$r.drop → 0.745355992499930, 0.333333333333333, 0.745355992499930
    ItemStatistics listen = culture.item("culture.listen").orElseThrow();
    ItemStatistics visit = culture.item("culture.visit").orElseThrow();
    ItemStatistics ship = culture.item("culture.ship").orElseThrow();
    assertThat(listen.correctedItemTotal().getAsDouble()).isCloseTo(Math.sqrt(5) / 3, EXACT);
    assertThat(visit.correctedItemTotal().getAsDouble()).isCloseTo(1.0 / 3, EXACT);
    assertThat(ship.correctedItemTotal().getAsDouble()).isCloseTo(Math.sqrt(5) / 3, EXACT);
    // alpha without listen: C = [[2, 1], [1, 5]]/3: 2 · (1 − 7/9) = 4/9;
    // std: 2 · (1 − 2/(2 + 2/√10)); r̄ = 1/√10
    // R: alpha.drop → 0.444444444444444, 0.480506146704084, 0.316227766016838
    assertThat(listen.alphaIfDropped().getAsDouble()).isCloseTo(4.0 / 9, EXACT);
    assertThat(listen.standardizedAlphaIfDropped().getAsDouble())
        .isCloseTo(2 * (1 - 2 / (2 + 2 / Math.sqrt(10))), EXACT);
    assertThat(listen.averageCorrelationIfDropped().getAsDouble())
        .isCloseTo(1 / Math.sqrt(10), EXACT);
    // alpha without visit: C = [[5, 4], [4, 5]]/3: 2 · (1 − 10/18) = 8/9; std 2(1 − 2/3.6) = 8/9
    assertThat(visit.alphaIfDropped().getAsDouble()).isCloseTo(8.0 / 9, EXACT);
    assertThat(visit.standardizedAlphaIfDropped().getAsDouble()).isCloseTo(8.0 / 9, EXACT);
    assertThat(visit.averageCorrelationIfDropped().getAsDouble()).isCloseTo(0.8, EXACT);
    // means: listen 3.5, visit 4; ship answered 2.5 on average, reversed as psych does with the
    // lowest (1) and highest (5) answer of the scale: 1 + 5 − 2.5 = 3.5
    // sd = √var: √(5/3), √(2/3), √(5/3)
    assertThat(listen.mean()).isEqualTo(3.5);
    assertThat(visit.mean()).isEqualTo(4.0);
    assertThat(ship.mean()).isEqualTo(3.5);
    assertThat(ship.answerMean()).isEqualTo(2.5);
    assertThat(ship.reversed()).isTrue();
    assertThat(listen.reversed()).isFalse();
    assertThat(ship.standardDeviation()).isCloseTo(Math.sqrt(5.0 / 3), EXACT);
    assertThat(visit.standardDeviation()).isCloseTo(Math.sqrt(2.0 / 3), EXACT);
    assertThat(ship.n()).isEqualTo(4);
  }

  @Test
  void should_follow_psych_for_a_scale_of_two_items() {
    // focus: aim {1, 2, 3, 4} (var 5/3), churn {1, 1, 2, 2} (var 1/3), cov = 2/3
    // α = 2 · (1 − (5/3 + 1/3)/(5/3 + 1/3 + 4/3)) = 2 · (1 − 0.6) = 0.8
    // r = (2/3)/√(5/9) = 2/√5; α_std = 2 · (1 − 2/(2 + 4/√5)); r̄ = 2/√5
    // alpha if dropped, psych's case for two items: without aim C12/C_churn = (2/3)/(1/3) = 2,
    // without churn C12/C_aim = 0.4; std and r̄ are r. r.drop = r for both.
    // R: psych::alpha(data.frame(aim = 1:4, churn = c(1, 1, 2, 2)))
    //    total 0.8, 0.944271909999159, 0.894427190999916; alpha.drop raw 2.0, 0.4
    Reliability focus = report.reliability("focus").orElseThrow();
    double r = 2 / Math.sqrt(5);
    assertThat(focus.rawAlpha().getAsDouble()).isCloseTo(0.8, EXACT);
    assertThat(focus.standardizedAlpha().getAsDouble()).isCloseTo(2 * (1 - 2 / (2 + 2 * r)), EXACT);
    assertThat(focus.averageCorrelation().getAsDouble()).isCloseTo(r, EXACT);
    ItemStatistics aim = focus.item("focus.aim").orElseThrow();
    ItemStatistics churn = focus.item("focus.churn").orElseThrow();
    assertThat(aim.alphaIfDropped().getAsDouble()).isCloseTo(2.0, EXACT);
    assertThat(churn.alphaIfDropped().getAsDouble()).isCloseTo(0.4, EXACT);
    assertThat(aim.standardizedAlphaIfDropped().getAsDouble()).isCloseTo(r, EXACT);
    assertThat(churn.averageCorrelationIfDropped().getAsDouble()).isCloseTo(r, EXACT);
    assertThat(aim.correctedItemTotal().getAsDouble()).isCloseTo(r, EXACT);
  }

  @Test
  void should_use_pairwise_complete_answers_as_psych_does() {
    // GIVEN missing answers scattered over the three culture traits
    //   listen 2 4 · 5 1 3 | visit 3 · 5 4 2 3 | ship 4 1 3 · 5 2
    CohortReport pairwise =
        analyse(
            row(2, 3, 4, null, null),
            row(4, null, 1, null, null),
            row(null, 5, 3, null, null),
            row(5, 4, null, null, null),
            row(1, 2, 5, null, null),
            row(3, 3, 2, null, null));
    // var(listen) over its five answers: mean 3, SS 10, 10/4 = 2.5
    // cov(listen, visit) over rows 1, 4, 5, 6 only: listen (2, 5, 1, 3), visit (3, 4, 2, 3),
    // means 2.75 and 3: (−.75·0 + 2.25·1 − 1.75·(−1) + .25·0)/3 = 4/3  (R: cov(df, use="pairwise"))
    // R: df <- data.frame(listen = c(2,4,NA,5,1,3), visit = c(3,NA,5,4,2,3),
    //                     ship = c(4,1,3,NA,5,2)); psych::alpha(df, keys = "ship")
    //   total: 0.882352941176471 0.881049171243036 0.711727919495999
    //   listen n=5 mean=3   sd=1.58113883008419 r.drop=0.991836598134176
    //          drop=0.609756097560976 0.632244981129562 0.462250163521024
    //   visit  n=5 mean=3.4 sd=1.14017542509914 r.drop=0.611198182581399
    //          drop=0.96551724137931 0.96551724137931 0.933333333333334
    //   ship-  n=5 mean=3   sd=1.58113883008419 r.drop=0.787575338675194
    //          drop=0.824742268041237 0.850310589099462 0.739600261633639
    Reliability culture = pairwise.reliability("culture").orElseThrow();
    Offset<Double> r = within(1e-12);
    assertThat(culture.rawAlpha().getAsDouble()).isCloseTo(0.882352941176471, r);
    assertThat(culture.standardizedAlpha().getAsDouble()).isCloseTo(0.881049171243036, r);
    assertThat(culture.averageCorrelation().getAsDouble()).isCloseTo(0.711727919495999, r);
    ItemStatistics listen = culture.item("culture.listen").orElseThrow();
    assertThat(listen.n()).isEqualTo(5);
    assertThat(listen.standardDeviation()).isCloseTo(1.58113883008419, r);
    assertThat(listen.correctedItemTotal().getAsDouble()).isCloseTo(0.991836598134176, r);
    assertThat(listen.alphaIfDropped().getAsDouble()).isCloseTo(0.609756097560976, r);
    assertThat(listen.standardizedAlphaIfDropped().getAsDouble()).isCloseTo(0.632244981129562, r);
    assertThat(listen.averageCorrelationIfDropped().getAsDouble()).isCloseTo(0.462250163521024, r);
    ItemStatistics visit = culture.item("culture.visit").orElseThrow();
    assertThat(visit.mean()).isCloseTo(3.4, r);
    assertThat(visit.correctedItemTotal().getAsDouble()).isCloseTo(0.611198182581399, r);
    assertThat(visit.alphaIfDropped().getAsDouble()).isCloseTo(0.96551724137931, r);
    assertThat(visit.averageCorrelationIfDropped().getAsDouble()).isCloseTo(0.933333333333334, r);
    ItemStatistics ship = culture.item("culture.ship").orElseThrow();
    assertThat(ship.mean()).isCloseTo(3.0, r);
    assertThat(ship.correctedItemTotal().getAsDouble()).isCloseTo(0.787575338675194, r);
    assertThat(ship.alphaIfDropped().getAsDouble()).isCloseTo(0.824742268041237, r);
    assertThat(ship.standardizedAlphaIfDropped().getAsDouble()).isCloseTo(0.850310589099462, r);
    assertThat(ship.averageCorrelationIfDropped().getAsDouble()).isCloseTo(0.739600261633639, r);
  }

  @Test
  void should_warn_but_not_reverse_an_item_that_runs_against_its_dimension() {
    // GIVEN ship rises with listen and visit although it is keyed to the opposite pole
    //   listen 1 2 3 4 5 | visit 2 1 4 3 5 | ship 1 3 2 5 4
    // R: psych::alpha(df, keys = "ship")$total → −0.375 −0.375 −0.1
    //    r.drop: listen 0, visit 0.790569415042095, ship− −0.579750904364203
    CohortReport miskeyed =
        analyse(
            row(1, 2, 1, null, null),
            row(2, 1, 3, null, null),
            row(3, 4, 2, null, null),
            row(4, 3, 5, null, null),
            row(5, 5, 4, null, null));
    Reliability culture = miskeyed.reliability("culture").orElseThrow();
    assertThat(culture.rawAlpha().getAsDouble()).isCloseTo(-0.375, EXACT);
    assertThat(culture.averageCorrelation().getAsDouble()).isCloseTo(-0.1, EXACT);
    ItemStatistics ship = culture.item("culture.ship").orElseThrow();
    assertThat(ship.correctedItemTotal().getAsDouble())
        .isCloseTo(-0.579750904364203, within(1e-12));
    assertThat(ship.reversed()).isTrue();
    assertThat(culture.item("culture.listen").orElseThrow().correctedItemTotal().getAsDouble())
        .isCloseTo(0.0, EXACT);
    // THEN one warning, for ship only (listen's r.drop is 0, not negative)
    assertThat(miskeyed.warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.POSSIBLY_MISKEYED)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.subject()).isEqualTo("culture.ship");
              assertThat(w.message())
                  .isEqualTo(
                      "trait 'culture.ship' correlates negatively (r.drop = -0.580) with the rest"
                          + " of dimension 'culture' as keyed by the rubric (reversed, towards"
                          + " product): it may be mis-keyed. It was not reversed");
            });
  }

  @Test
  void should_leave_out_an_item_without_variance_with_a_warning() {
    // GIVEN visit answered 4 by everyone
    CohortReport flat =
        analyse(row(1, 4, 5, null, null), row(3, 4, 2, null, null), row(5, 4, 1, null, null));
    // THEN psych deletes it, and the scale is listen and ship: listen {1, 3, 5} has var 8/2 = 4;
    // ship {5, 2, 1} has mean 8/3, deviations (7/3, −2/3, −5/3), var (78/9)/2 = 13/3;
    // cov = (−2 · 7/3 + 0 + 2 · (−5/3))/2 = −4, keyed +4
    // α = 2 · (1 − (4 + 13/3)/(4 + 13/3 + 2 · 4)) = 2 · (1 − 25/49) = 48/49
    Reliability culture = flat.reliability("culture").orElseThrow();
    assertThat(culture.excluded()).containsExactly("culture.visit");
    assertThat(culture.rawAlpha().getAsDouble()).isCloseTo(48.0 / 49, EXACT);
    assertThat(flat.warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.ITEM_EXCLUDED)
        .extracting(CohortWarning::message)
        .contains(
            "trait 'culture.visit' was left out of the reliability of dimension 'culture': it has"
                + " no variance (all 3 answers are 4)");
  }

  @Test
  void should_say_why_alpha_is_unavailable() {
    // GIVEN listen and visit never answered by the same respondent twice over
    CohortReport apart =
        analyse(
            row(1, null, 5, null, null),
            row(5, null, 1, null, null),
            row(null, 2, 3, null, null),
            row(3, 4, null, null, null),
            row(null, 5, 2, null, null));
    Reliability culture = apart.reliability("culture").orElseThrow();
    assertThat(culture.rawAlpha()).isEmpty();
    assertThat(culture.items()).hasSize(3);
    assertThat(culture.items()).allSatisfy(i -> assertThat(i.alphaIfDropped()).isEmpty());
    assertThat(apart.warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.RELIABILITY_UNAVAILABLE)
        .extracting(CohortWarning::message)
        .contains(
            "the reliability of dimension 'culture' cannot be computed: traits 'culture.listen'"
                + " and 'culture.visit' were answered together by 1 respondent, and a covariance"
                + " needs two");
  }
}
