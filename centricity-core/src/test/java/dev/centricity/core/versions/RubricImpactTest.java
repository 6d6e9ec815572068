package dev.centricity.core.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Answer;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.Estimate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The impact of a new version of two-poles.yaml on three respondents, computed by hand.
 *
 * <p>Old: rewards (ω = 2) volume (keyed product, w = 3), insight (keyed customer, w = 1); focus (ω
 * = 1) aim (contrast → customer, w = 1), churn (keyed customer, yes/no, w = 0.5). Overall weights
 * 1/2, 1/6, 2/9, 1/9; a trait adds σ(2a − 1)·weight to the index.
 *
 * <p>New (2.0.0): volume removed, aim reweighted to 2. Ω = 3, W_rewards = 1, W_focus = 2.5: insight
 * (2/3)(1/1) = 2/3, aim (1/3)(2/2.5) = 4/15, churn (1/3)(0.5/2.5) = 1/15.
 */
class RubricImpactTest {

  private static final Offset<Double> EXACT = within(1e-12);

  static final Rubric OLD = RubricDiffTest.BASE;
  static final Rubric NEW =
      Rubric.builder()
          .from(
              RubricDiffTest.trait(
                  OLD, "focus.aim", t -> Trait.builder().from(t).weight(2.0).build()))
          .version("2.0.0")
          .dimensions(
              RubricDiffTest.trait(
                      OLD, "focus.aim", t -> Trait.builder().from(t).weight(2.0).build())
                  .dimensions()
                  .stream()
                  .map(
                      d ->
                          Dimension.builder()
                              .from(d)
                              .traits(
                                  d.traits().stream()
                                      .filter(t -> !t.id().equals("rewards.volume"))
                                      .toList())
                              .build())
                  .toList())
          .build();

  static Response answers(String respondent, int volume, int insight, int aim, int churn) {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("rewards.volume", Answer.of(volume));
    m.put("rewards.insight", Answer.of(insight));
    m.put("focus.aim", Answer.of(aim));
    m.put("focus.churn", Answer.of(churn));
    return Response.builder().respondent(respondent).answers(m).build();
  }

  // r1: volume 2 (a = ¼), insight 5, aim 4 (a = ¾), churn 1 (a = 0)
  //   old I = (½)(½) + 1/6 + (½)(2/9) − 1/9 = 1/4 + 1/6 = 5/12 (Customer-leaning)
  //   new I = 2/3 + (½)(4/15) − 1/15 = 2/3 + 1/15 = 11/15 (Strongly customer-centric)
  //   d1 = 11/15 − 5/12 = (44 − 25)/60 = 19/60
  // r2: volume 5, insight 2, aim 2, churn 1
  //   old I = −1/2 − 1/12 − 1/9 − 1/9 = −29/36 (Strongly product-centric)
  //   new I = (−½)(2/3) + (−½)(4/15) − 1/15 = −1/3 − 2/15 − 1/15 = −8/15 (Product-leaning)
  //   d2 = −8/15 + 29/36 = (−96 + 145)/180 = 49/180
  // r3: volume 3, insight 3, aim 3 (all a = ½), churn 2 (a = 1)
  //   old I = 1/9 (Balanced); new I = 1/15 (Balanced); d3 = 1/15 − 1/9 = −2/45
  static final List<Response> COHORT =
      List.of(answers("r1", 2, 5, 4, 1), answers("r2", 5, 2, 2, 1), answers("r3", 3, 3, 3, 2));

  final RubricImpact impact = RubricImpact.of(Scorer.of(OLD), Scorer.of(NEW), COHORT);

  @Test
  void should_give_each_respondents_change_as_rescoring_by_hand() {
    assertThat(impact.respondents()).hasSize(3);
    RespondentImpact r1 = impact.respondents().get(0);
    assertThat(r1.respondent()).hasValue("r1");
    assertThat(r1.before().getAsDouble()).isCloseTo(5.0 / 12, EXACT);
    assertThat(r1.after().getAsDouble()).isCloseTo(11.0 / 15, EXACT);
    assertThat(r1.change().getAsDouble()).isCloseTo(19.0 / 60, EXACT);
    assertThat(r1.droppedAnswers()).isEqualTo(1);
    assertThat(impact.respondents().get(1).change().getAsDouble()).isCloseTo(49.0 / 180, EXACT);
    assertThat(impact.respondents().get(2).change().getAsDouble()).isCloseTo(-2.0 / 45, EXACT);
  }

  @Test
  void should_equal_scoring_each_response_under_both_rubrics() {
    Scorer old = Scorer.of(OLD);
    Scorer neu = Scorer.of(NEW);
    for (int i = 0; i < COHORT.size(); i++) {
      Response r = COHORT.get(i);
      Map<String, Answer> kept = new LinkedHashMap<>(r.answers());
      kept.remove("rewards.volume");
      RespondentImpact ri = impact.respondents().get(i);
      assertThat(ri.before()).isEqualTo(old.score(r).index());
      assertThat(ri.after())
          .isEqualTo(neu.score(Response.builder().from(r).answers(kept).build()).index());
    }
  }

  @Test
  void should_give_the_mean_change_with_the_paired_t_interval_of_r() {
    // d = (19/60, 49/180, −2/45) = (57, 49, −8)/180; mean = 98/540 = 49/270 = 0.18148148148148148
    // deviations ×540: 171 − 98 = 73, 147 − 98 = 49, −24 − 98 = −122; squares 5329 + 2401 + 14884
    //   = 22614; s² = 22614/540²/2 = 3769/97200 = 0.038775720164609055; s = 0.19691551529681214
    // se = s/√3 = 0.11368922576422837
    // t(0.975, 2): for 2 degrees of freedom F(t) = ½ + t/(2√(2 + t²)), so t/√(2 + t²) = 0.95,
    //   t² = 0.9025·2/(1 − 0.9025) = 18.512820512820513, t = 4.302652729749464 (R: qt(.975, 2))
    // R: t.test(new, old, paired = TRUE) gives mean difference 0.1814815 and the 95 percent
    //   confidence interval −0.3076838 0.6706467 (mean ∓ t·se)
    Estimate e = impact.meanChange().orElseThrow();
    assertThat(e.n()).isEqualTo(3);
    assertThat(e.mean()).isCloseTo(49.0 / 270, EXACT);
    assertThat(e.standardDeviation().getAsDouble()).isCloseTo(0.19691551529681214, EXACT);
    assertThat(e.standardError().getAsDouble()).isCloseTo(0.11368922576422837, EXACT);
    assertThat(e.lower().getAsDouble()).isCloseTo(-0.3076837760960788, within(1e-9));
    assertThat(e.upper().getAsDouble()).isCloseTo(0.6706467390590417, within(1e-9));
    assertThat(impact.confidence()).isEqualTo(0.95);
  }

  @Test
  void should_count_band_transitions_and_list_who_changed_band() {
    // r1 Customer-leaning → Strongly customer-centric, r2 Strongly product-centric →
    // Product-leaning, r3 Balanced → Balanced; rows in the old bands' order
    assertThat(impact.transitions())
        .extracting(
            t -> t.before().orElseThrow() + " → " + t.after().orElseThrow() + ": " + t.count())
        .containsExactly(
            "Strongly product-centric → Product-leaning: 1",
            "Balanced → Balanced: 1",
            "Customer-leaning → Strongly customer-centric: 1");
    assertThat(impact.bandChanged())
        .extracting(r -> r.respondent().orElseThrow())
        .containsExactly("r1", "r2");
  }

  @Test
  void should_keep_a_response_the_new_rubric_rejects_with_the_reason() {
    // GIVEN a new rubric that rejects missing answers, and a respondent who skipped insight
    Rubric rejecting =
        Rubric.builder()
            .from(NEW)
            .policy(ScoringPolicy.from(NEW.policy()).missing(MissingAnswers.REJECT).build())
            .build();
    Map<String, Answer> m = new LinkedHashMap<>(COHORT.get(0).answers());
    m.remove("rewards.insight");
    Response skipped = Response.builder().respondent("r4").answers(m).build();

    // WHEN the impact is computed
    RubricImpact i = RubricImpact.of(Scorer.of(OLD), Scorer.of(rejecting), List.of(skipped));

    // THEN the respondent is kept, without a new index, with the reason; no mean change
    RespondentImpact r = i.respondents().get(0);
    assertThat(r.after()).isEmpty();
    assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p).contains("new rubric"));
    assertThat(i.meanChange()).isEmpty();
    assertThat(i.transitions())
        .singleElement()
        .satisfies(t -> assertThat(t.after()).isEqualTo(Optional.empty()));
  }

  @Test
  void should_fail_when_the_confidence_is_not_between_0_and_1() {
    assertThatThrownBy(() -> RubricImpact.of(Scorer.of(OLD), Scorer.of(NEW), COHORT, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0");
  }

  @Test
  void should_report_the_removed_and_reweighted_trait_and_require_a_major_version() {
    RubricDiff diff = RubricDiff.between(OLD, NEW);
    assertThat(diff.changes())
        .extracting(RubricChange::toString)
        .containsExactly(
            "trait 'rewards.volume' removed (major)",
            "trait 'focus.aim' weight changed: 1.0 → 2.0 (minor)");
    assertThat(diff.required()).isEqualTo(VersionBump.MAJOR);
    assertThat(diff.bumpedEnough()).isTrue();
  }
}
