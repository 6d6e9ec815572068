package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.io.RubricFormat;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed examples of {@code docs/model.md}. Every expected number is derived in the comment
 * above it; the library must match to 1e-12.
 */
class ScorerTest {

  private static final Offset<Double> EXACT = within(1e-12);

  static Rubric rubric(String name) {
    return RubricFormat.read(Path.of("src/test/resources/rubrics", name));
  }

  static Response answers(Object... idsAndPoints) {
    Map<String, Answer> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndPoints.length; i += 2) {
      Object v = idsAndPoints[i + 1];
      m.put(
          (String) idsAndPoints[i],
          v instanceof Integer p
              ? Answer.of(p)
              : "n/a".equals(v) ? Answer.notApplicable() : Answer.blank());
    }
    return Response.builder().answers(m).build();
  }

  /**
   * two-poles.yaml: poles [product, customer]; dimension rewards (ω = 2) with rewards.volume (keyed
   * product, 5 points, w = 3) and rewards.insight (keyed customer, 5 points, w = 1); dimension
   * focus (ω = 1) with focus.aim (contrast product → customer, 5 points, w = 1) and focus.churn
   * (keyed customer, 2 points, w = 0.5). Vectors are written (product, customer); u = (½, ½).
   */
  @Nested
  class TwoPoles {
    final Scorer scorer = Scorer.of(rubric("two-poles.yaml"));

    // volume = 2 → a = ¼, keyed product, a < ½: d = (1 − 2a)(f_product − u) = ½·(−½, ½) = (−¼, ¼)
    // insight = 5 → a = 1, keyed customer: d = (2a − 1)(e_customer − u) = (−½, ½)
    // P_rewards − u = ¾(−¼, ¼) + ¼(−½, ½) = (−5/16, 5/16); I_rewards = 5/8 = 0.625
    // aim = 4 → a = ¾, contrast: d = ((2a − 1)/2)(e_customer − e_product) = ¼(−1, 1) = (−¼, ¼)
    // churn = 1 → a = 0, keyed customer, a < ½: d = 1·(f_customer − u) = (½, −½)
    // W_focus = 1.5: P_focus − u = (2/3)(−¼, ¼) + (1/3)(½, −½) = (0, 0); I_focus = 0
    // Ω = 3: P − u = (2/3)(−5/16, 5/16) + (1/3)(0, 0) = (−5/24, 5/24)
    // P = (7/24, 17/24); I = 10/24 = 5/12; score = 50(1 + 5/12) = 425/6
    final Scorecard card =
        scorer.score(
            answers("rewards.volume", 2, "rewards.insight", 5, "focus.aim", 4, "focus.churn", 1));

    @Test
    void should_compute_profile_index_score_and_band() {
      assertThat(card.determined()).isTrue();
      assertThat(card.profile().get("product")).isCloseTo(7.0 / 24, EXACT);
      assertThat(card.profile().get("customer")).isCloseTo(17.0 / 24, EXACT);
      assertThat(card.index().getAsDouble()).isCloseTo(5.0 / 12, EXACT);
      assertThat(card.score().getAsDouble()).isCloseTo(425.0 / 6, EXACT);
      // 5/12 ≈ 0.417 lies in (0.2, 0.6]
      assertThat(card.band()).hasValue("Customer-leaning");
      assertThat(card.leadingPole()).hasValue("customer");
      // margin = 17/24 − 7/24 = 10/24
      assertThat(card.margin().getAsDouble()).isCloseTo(10.0 / 24, EXACT);
      assertThat(card.coverage()).isEqualTo(1.0);
    }

    @Test
    void should_compute_dimension_results() {
      DimensionScore rewards = card.dimension("rewards").orElseThrow();
      assertThat(rewards.counted()).isTrue();
      assertThat(rewards.profile().get("product")).isCloseTo(0.5 - 5.0 / 16, EXACT);
      assertThat(rewards.index().getAsDouble()).isCloseTo(0.625, EXACT);
      // 0.625 lies in (0.6, 1]
      assertThat(rewards.band()).hasValue("Strongly customer-centric");
      // strengths within rewards: product = a(volume) = ¼; customer = a(insight) = 1
      assertThat(rewards.strengths()).containsEntry("product", 0.25).containsEntry("customer", 1.0);

      DimensionScore focus = card.dimension("focus").orElseThrow();
      assertThat(focus.index().getAsDouble()).isCloseTo(0.0, EXACT);
      assertThat(focus.band()).hasValue("Balanced");
      // focus has no product-keyed trait; customer = a(churn) = 0
      assertThat(focus.strengths()).containsOnlyKeys("customer").containsEntry("customer", 0.0);
    }

    @Test
    void should_compute_strengths_quadrant_and_alignment() {
      // overall weights: volume (2/3)(3/4) = ½, insight (2/3)(1/4) = 1/6, churn (1/3)(0.5/1.5) =
      // 1/9
      // S_product = a(volume) = ¼
      // S_customer = (1/6·1 + 1/9·0) / (1/6 + 1/9) = (1/6)/(5/18) = 3/5
      assertThat(card.strengths().get("product")).isCloseTo(0.25, EXACT);
      assertThat(card.strengths().get("customer")).isCloseTo(0.6, EXACT);
      // only customer exceeds the threshold ½
      assertThat(card.quadrant()).hasValue("customer-centric");
      // alignment = 1 − sqrt((2/3)(5/8 − 5/12)² + (1/3)(0 − 5/12)²)
      //           = 1 − sqrt((2/3)(25/576) + (1/3)(25/144)) = 1 − sqrt(25/288) = 1 − 5/(12√2)
      assertThat(card.alignment().getAsDouble()).isCloseTo(1 - 5 / (12 * Math.sqrt(2)), EXACT);
      // focus has index 0: it does not point against the overall direction
      assertThat(card.pullingAgainst()).isEmpty();
    }

    @Test
    void should_explain_every_trait() {
      // c_t = (ω_D/Ω)(w_t/W_D) d_t
      // volume: (2/3)(3/4) = ½ → ½(−¼, ¼) = (−1/8, 1/8), index part 1/4
      // insight: (2/3)(1/4) = 1/6 → (−1/12, 1/12), index part 1/6
      // aim: (1/3)(1/1.5) = 2/9 → (−1/18, 1/18), index part 1/9
      // churn: (1/3)(0.5/1.5) = 1/9 → (1/18, −1/18), index part −1/9
      assertThat(card.contributions()).hasSize(4);
      Contribution volume = card.contribution("rewards.volume").orElseThrow();
      assertThat(volume.weight()).isCloseTo(0.5, EXACT);
      assertThat(volume.value()).isEqualTo(0.25);
      assertThat(volume.answer()).hasValue(2);
      assertThat(volume.vector().get("product")).isCloseTo(-1.0 / 8, EXACT);
      assertThat(volume.index().getAsDouble()).isCloseTo(0.25, EXACT);
      assertThat(card.contribution("rewards.insight").orElseThrow().index().getAsDouble())
          .isCloseTo(1.0 / 6, EXACT);
      assertThat(card.contribution("focus.aim").orElseThrow().index().getAsDouble())
          .isCloseTo(1.0 / 9, EXACT);
      assertThat(card.contribution("focus.churn").orElseThrow().index().getAsDouble())
          .isCloseTo(-1.0 / 9, EXACT);
      // ¼ + 1/6 + 1/9 − 1/9 = 5/12 = I
      double sum = card.contributions().stream().mapToDouble(c -> c.index().getAsDouble()).sum();
      assertThat(sum).isCloseTo(card.index().getAsDouble(), EXACT);
    }

    @Test
    void should_name_the_dimensions_pulling_against_the_overall_direction() {
      // volume = 4 → a = ¾: d = ½(½, −½) = (¼, −¼); insight = 2 → a = ¼: d = ½(f_c − u) = (¼, −¼)
      // P_rewards − u = (¼, −¼); I_rewards = −½
      // aim = 5 → d = ½(−1, 1) = (−½, ½); churn = 2 → a = 1: d = (−½, ½); I_focus = 1
      // P − u = (2/3)(¼, −¼) + (1/3)(−½, ½) = (0, 0): I = 0, so nothing pulls against it
      Scorecard balanced =
          scorer.score(
              answers("rewards.volume", 4, "rewards.insight", 2, "focus.aim", 5, "focus.churn", 2));
      assertThat(balanced.index().getAsDouble()).isCloseTo(0.0, EXACT);
      assertThat(balanced.pullingAgainst()).isEmpty();
      // alignment = 1 − sqrt((2/3)(−½)² + (1/3)(1)²) = 1 − sqrt(½)
      assertThat(balanced.alignment().getAsDouble()).isCloseTo(1 - Math.sqrt(0.5), EXACT);
      // S_product = ¾ and S_customer = (1/6·¼ + 1/9·1)/(5/18) = (11/72)(18/5) = 0.55: both > ½
      assertThat(balanced.strengths().get("customer")).isCloseTo(0.55, EXACT);
      assertThat(balanced.quadrant()).hasValue(Scorecard.HYBRID);

      // volume = 5 → d = (½, −½); insight = 1 → d = (½, −½); I_rewards = −1
      // aim = 4 → (−¼, ¼); churn = 2 → (−½, ½); P_focus − u = (2/3)(−¼, ¼) + (1/3)(−½, ½) = (−1/3,
      // 1/3)
      // I_focus = 2/3; P − u = (2/3)(½, −½) + (1/3)(−1/3, 1/3) = (1/3 − 1/9, …) = (2/9, −2/9)
      // I = −4/9 < 0, and focus (2/3 > 0) pulls against it
      Scorecard split =
          scorer.score(
              answers("rewards.volume", 5, "rewards.insight", 1, "focus.aim", 4, "focus.churn", 2));
      assertThat(split.index().getAsDouble()).isCloseTo(-4.0 / 9, EXACT);
      assertThat(split.pullingAgainst()).containsExactly("focus");
      assertThat(split.dimension("focus").orElseThrow().pullsAgainst()).isTrue();
      // S_product = 1, S_customer = (1/6·0 + 1/9·1)/(5/18) = 2/5: only product is strong
      assertThat(split.quadrant()).hasValue("product-centric");
    }

    @Test
    void should_name_the_rubric_that_produced_the_scorecard() {
      assertThat(card.rubric().id()).isEqualTo("two-poles");
      assertThat(card.rubric().version()).isEqualTo("1.0.0");
      assertThat(card.rubric().hash()).hasSize(64).isEqualTo(scorer.rubric().contentHash());
    }
  }

  @Nested
  class Policies {
    final Rubric rubric = rubric("two-poles.yaml");
    // volume = 4 answered; insight not applicable; aim blank; churn = 2 answered
    final Response partial =
        answers("rewards.volume", 4, "rewards.insight", "n/a", "focus.aim", null, "focus.churn", 2);

    @Test
    void should_skip_missing_answers_and_drop_a_thin_dimension() {
      // rewards: coverage = 3/4 ≥ ½, W = 3, P_rewards − u = (¼, −¼), I_rewards = −½
      // focus: coverage = 0.5/1.5 = 1/3 < ½ → does not count
      // Ω = 2: P = u + (¼, −¼) = (¾, ¼), I = −½ → band (−0.6, −0.2]
      Scorecard card = Scorer.of(rubric).score(partial);
      assertThat(card.index().getAsDouble()).isCloseTo(-0.5, EXACT);
      assertThat(card.band()).hasValue("Product-leaning");
      DimensionScore focus = card.dimension("focus").orElseThrow();
      assertThat(focus.counted()).isFalse();
      assertThat(focus.coverage()).isCloseTo(1.0 / 3, EXACT);
      assertThat(focus.exclusion())
          .hasValueSatisfying(s -> assertThat(s).contains("below the minimum"));
      assertThat(focus.index()).isEmpty();
      assertThat(card.warnings())
          .extracting(Warning::code)
          .contains(Warning.Code.DIMENSION_LOW_COVERAGE, Warning.Code.ANSWERS_SKIPPED);
      // coverage = (2·¾ + 1·⅓)/3 = 11/18
      assertThat(card.coverage()).isCloseTo(11.0 / 18, EXACT);
      // only volume counts, with the whole weight: c = (¼, −¼)
      assertThat(card.contributions())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.trait()).isEqualTo("rewards.volume");
                assertThat(c.weight()).isCloseTo(1.0, EXACT);
              });
      // alignment with one counted dimension is 1
      assertThat(card.alignment().getAsDouble()).isCloseTo(1.0, EXACT);
    }

    @Test
    void should_count_missing_answers_at_the_midpoint_under_neutral() {
      // NEUTRAL, minCoverage 0: insight and aim count at a = ½, whose direction is 0
      // rewards: W = 4, P_rewards − u = ¾(¼, −¼) = (3/16, −3/16), I_rewards = −3/8
      // focus: W = 1.5, P_focus − u = (0.5/1.5)(−½, ½) = (−1/6, 1/6), I_focus = 1/3
      // P − u = (2/3)(3/16, −3/16) + (1/3)(−1/6, 1/6) = (1/8 − 1/18, …) = (5/72, −5/72)
      // I = −10/72 = −5/36 → Balanced
      ScoringPolicy neutral =
          ScoringPolicy.custom().missing(MissingAnswers.NEUTRAL).minCoverage(0).build();
      Scorecard card = Scorer.of(rubric, neutral).score(partial);
      assertThat(card.index().getAsDouble()).isCloseTo(-5.0 / 36, EXACT);
      assertThat(card.band()).hasValue("Balanced");
      assertThat(card.contributions()).hasSize(4);
      Contribution aim = card.contribution("focus.aim").orElseThrow();
      assertThat(aim.answer()).isEmpty();
      assertThat(aim.value()).isEqualTo(0.5);
      assertThat(aim.index().getAsDouble()).isCloseTo(0.0, EXACT);
      // coverage still counts only real answers: focus 1/3
      assertThat(card.dimension("focus").orElseThrow().coverage()).isCloseTo(1.0 / 3, EXACT);
      assertThat(card.warnings()).extracting(Warning::code).contains(Warning.Code.ANSWERS_NEUTRAL);
    }

    @Test
    void should_apply_the_coverage_minimum_under_neutral_too() {
      // with the default minimum ½, focus (coverage 1/3) drops even under NEUTRAL:
      // P − u = (3/16, −3/16), I = −3/8
      ScoringPolicy neutral = ScoringPolicy.custom().missing(MissingAnswers.NEUTRAL).build();
      Scorecard card = Scorer.of(rubric, neutral).score(partial);
      assertThat(card.index().getAsDouble()).isCloseTo(-0.375, EXACT);
      assertThat(card.dimension("focus").orElseThrow().counted()).isFalse();
    }

    @Test
    void should_reject_missing_answers_under_reject() {
      ScoringPolicy reject = ScoringPolicy.custom().missing(MissingAnswers.REJECT).build();
      assertThatThrownBy(() -> Scorer.of(rubric, reject).score(partial))
          .isInstanceOf(ResponseValidationException.class)
          .satisfies(
              e ->
                  assertThat(((ResponseValidationException) e).problems())
                      .extracting(Problem::path)
                      .containsExactly("/answers/rewards.insight", "/answers/focus.aim"));
    }

    @Test
    void should_be_undetermined_when_nothing_is_answered() {
      Scorecard card = Scorer.of(rubric).score(answers());
      assertThat(card.determined()).isFalse();
      assertThat(card.profile()).isEmpty();
      assertThat(card.index()).isEmpty();
      assertThat(card.score()).isEmpty();
      assertThat(card.band()).isEmpty();
      assertThat(card.alignment()).isEmpty();
      assertThat(card.strengths()).isEmpty();
      assertThat(card.quadrant()).isEmpty();
      assertThat(card.contributions()).isEmpty();
      assertThat(card.coverage()).isEqualTo(0.0);
      assertThat(card.dimensions()).allSatisfy(d -> assertThat(d.counted()).isFalse());
      assertThat(card.warnings()).extracting(Warning::code).contains(Warning.Code.UNDETERMINED);
    }

    @Test
    void should_ignore_unknown_traits_with_a_warning_when_told_to() {
      ScoringPolicy ignore =
          ScoringPolicy.custom().unknownTraits(ScoringPolicy.UnknownTraits.IGNORE).build();
      Scorecard card =
          Scorer.of(rubric, ignore)
              .score(answers("rewards.volume", 4, "rewards.insight", 2, "nonsense", 3));
      assertThat(card.warnings())
          .filteredOn(w -> w.code() == Warning.Code.UNKNOWN_TRAIT_IGNORED)
          .singleElement()
          .satisfies(w -> assertThat(w.subject()).isEqualTo("nonsense"));
      // rewards alone: P_rewards − u = (¼, −¼) → I = −½
      assertThat(card.index().getAsDouble()).isCloseTo(-0.5, EXACT);
    }
  }

  /**
   * three-poles.yaml: poles [product, channel, customer], u = (⅓, ⅓, ⅓). Dimension focus (ω = 1):
   * focus.share (keyed product, w = 1), focus.partners (keyed channel, w = 1), focus.route
   * (contrast channel → customer, w = 2). Dimension service (ω = 1): service.fix (keyed customer).
   */
  @Nested
  class ThreePoles {
    final Scorer scorer = Scorer.of(rubric("three-poles.yaml"));
    // share = 5 → a = 1: d = e_product − u = (⅔, −⅓, −⅓)
    // partners = 2 → a = ¼: d = ½(f_channel − u), f_channel = (½, 0, ½): d = ½(1/6, −⅓, 1/6) =
    // (1/12, −1/6, 1/12)
    // route = 4 → a = ¾: d = ((2a − 1)/3)(e_customer − e_channel) = (1/6)(0, −1, 1)
    // P_focus − u = ¼(⅔, −⅓, −⅓) + ¼(1/12, −1/6, 1/12) + ½(0, −1/6, 1/6) = (3/16, −5/24, 1/48)
    // fix = 5 → d = e_customer − u = (−⅓, −⅓, ⅔)
    // P − u = ½(3/16, −5/24, 1/48) + ½(−⅓, −⅓, ⅔) = (−7/96, −26/96, 33/96)
    // P = (25/96, 6/96, 65/96)
    final Scorecard card =
        scorer.score(
            answers("focus.share", 5, "focus.partners", 2, "focus.route", 4, "service.fix", 5));

    @Test
    void should_compute_the_profile_on_the_simplex() {
      assertThat(card.profile().get("product")).isCloseTo(25.0 / 96, EXACT);
      assertThat(card.profile().get("channel")).isCloseTo(6.0 / 96, EXACT);
      assertThat(card.profile().get("customer")).isCloseTo(65.0 / 96, EXACT);
      DimensionScore focus = card.dimension("focus").orElseThrow();
      // P_focus = (⅓ + 3/16, ⅓ − 5/24, ⅓ + 1/48) = (25/48, 6/48, 17/48)
      assertThat(focus.profile().get("product")).isCloseTo(25.0 / 48, EXACT);
      assertThat(focus.profile().get("channel")).isCloseTo(6.0 / 48, EXACT);
      assertThat(focus.leadingPole()).hasValue("product");
    }

    @Test
    void should_report_the_leading_pole_and_margin_instead_of_an_index() {
      assertThat(card.index()).isEmpty();
      assertThat(card.score()).isEmpty();
      assertThat(card.quadrant()).isEmpty();
      assertThat(card.leadingPole()).hasValue("customer");
      // 65/96 − 25/96 = 40/96
      assertThat(card.margin().getAsDouble()).isCloseTo(40.0 / 96, EXACT);
    }

    @Test
    void should_measure_alignment_as_the_mean_distance_from_the_overall_profile() {
      // P_focus − P = (25/96, 6/96, −31/96), P_service − P = (−25/96, −6/96, 31/96)
      // both have length sqrt(625 + 36 + 961)/96 = sqrt(1622)/96
      // alignment = 1 − (½ + ½)·sqrt(1622)/96/√2 = 1 − sqrt(811)/96
      assertThat(card.alignment().getAsDouble()).isCloseTo(1 - Math.sqrt(811) / 96, EXACT);
      // focus leads with product while the whole leads with customer
      assertThat(card.pullingAgainst()).containsExactly("focus");
    }

    @Test
    void should_compute_strengths_for_each_pole() {
      // overall weights: share ½·¼ = 1/8 (a = 1), partners 1/8 (a = ¼), fix ½ (a = 1); route is a
      // contrast
      assertThat(card.strengths())
          .containsEntry("product", 1.0)
          .containsEntry("channel", 0.25)
          .containsEntry("customer", 1.0);
    }
  }

  /**
   * halves.yaml: one dimension, only.customer (keyed customer, 5 points, w = 1) and only.product
   * (keyed product, w = 0). Bands: Product [−1, −0.5], Middle [−0.5, 0.5], Customer [0.5, 1]. With
   * one counted trait keyed customer, I = 2a − 1 = (v − 1)/2 − 1, exact in binary.
   */
  @Nested
  class Bands {
    final Scorer scorer = Scorer.of(rubric("halves.yaml"));

    @ParameterizedTest(name = "answer {0} gives index {1} in band {2}")
    @CsvSource({
      "1, -1.0, Product", // the lower end of the scale belongs to the first band
      "2, -0.5, Middle", // on the boundary −0.5: the band nearer 0
      "3, 0.0, Middle",
      "4, 0.5, Middle", // on the boundary 0.5: the band nearer 0
      "5, 1.0, Customer" // the upper end belongs to the last band
    })
    void should_put_a_value_on_a_boundary_in_the_band_nearer_zero(
        int point, double index, String band) {
      Scorecard card = scorer.score(answers("only.customer", point, "only.product", 3));
      assertThat(card.index().getAsDouble()).isEqualTo(index);
      assertThat(card.band()).hasValue(band);
    }

    @Test
    void should_give_a_zero_weight_trait_no_effect() {
      // only.product has weight 0: its answer changes nothing
      Scorecard a = scorer.score(answers("only.customer", 4, "only.product", 1));
      Scorecard b = scorer.score(answers("only.customer", 4, "only.product", 5));
      assertThat(a.profile()).isEqualTo(b.profile());
    }

    @Test
    void should_mirror_bands_for_mirrored_default_boundaries() {
      // The default bands have boundaries at ±0.2 and ±0.6. On an 11-point scale answers 3, 5, 7
      // and 9
      // land on them (I = (v − 1)/5 − 1); whatever the floating-point result, mirrored answers get
      // mirrored bands, and the boundary values belong to the band nearer 0.
      Rubric eleven =
          Rubric.builder()
              .id("eleven")
              .version("1.0.0")
              .addPoles(Pole.of("product", "Product"), Pole.of("customer", "Customer"))
              .addScales(Scale.of("s11", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"))
              .addDimensions(
                  Dimension.builder()
                      .id("d")
                      .addTraits(Trait.keyed("t", "We listen.", "customer", "s11"))
                      .build())
              .addBands(
                  Band.of("Strongly product-centric", -1.0, -0.6),
                  Band.of("Product-leaning", -0.6, -0.2),
                  Band.of("Balanced", -0.2, 0.2),
                  Band.of("Customer-leaning", 0.2, 0.6),
                  Band.of("Strongly customer-centric", 0.6, 1.0))
              .build();
      Scorer s = Scorer.of(eleven);
      assertThat(s.score(answers("t", 3)).band()).hasValue("Product-leaning"); // I = −0.6
      assertThat(s.score(answers("t", 5)).band()).hasValue("Balanced"); // I = −0.2
      assertThat(s.score(answers("t", 7)).band()).hasValue("Balanced"); // I = 0.2
      assertThat(s.score(answers("t", 9)).band()).hasValue("Customer-leaning"); // I = 0.6
      assertThat(s.score(answers("t", 3)).index().getAsDouble()).isCloseTo(-0.6, EXACT);
      assertThat(s.score(answers("t", 9)).index().getAsDouble()).isCloseTo(0.6, EXACT);
    }
  }

  @Test
  void should_give_identical_results_for_the_same_input() {
    Scorer scorer = Scorer.of(rubric("two-poles.yaml"));
    Response r =
        answers("rewards.volume", 3, "rewards.insight", 4, "focus.aim", 2, "focus.churn", 1);
    assertThat(scorer.score(r)).isEqualTo(scorer.score(r));
  }
}
