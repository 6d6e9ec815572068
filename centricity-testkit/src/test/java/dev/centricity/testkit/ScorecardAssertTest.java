package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.Response;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Warning;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ScorecardAssertTest {

  private final Scorer scorer = Scorer.of(TestRubrics.TWO_POLES);

  /**
   * Every answer fully product-centric on the two-pole test rubric: rewards.volume 5 (keyed
   * product, a = 1), rewards.insight 1 (keyed customer, a = 0), focus.aim 1 (contrast product →
   * customer, a = 0), focus.churn 1 (keyed customer, a = 0). Each trait's direction is e_product −
   * u = (+½, −½), so P = (1, 0) and I = 0 − 1 = −1, in band "Strongly product-centric".
   */
  private final Response productCentric =
      Response.ofPoints(
          Map.of("rewards.volume", 5, "rewards.insight", 1, "focus.aim", 1, "focus.churn", 1));

  private final Scorecard card = scorer.score(productCentric);

  @Test
  void should_pass_for_a_scorecard_that_holds() {
    ScorecardAssert.assertThat(card)
        .isDetermined()
        .isInBand("Strongly product-centric")
        .hasIndexCloseTo(-1.0, 1e-12)
        .hasShareCloseTo("product", 1.0, 1e-12)
        .leansTowards("product")
        .liesInSimplex(TestRubrics.TWO_POLES)
        .hasContributionsAddingUp()
        .isCloseTo(scorer.score(productCentric), 0.0)
        .isEqualTo(scorer.score(productCentric))
        .hasNoWarnings();
  }

  @Test
  void should_say_which_band_it_is_in_when_it_is_not_in_the_band_expected() {
    assertThatThrownBy(() -> ScorecardAssert.assertThat(card).isInBand("Balanced"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "expected the scorecard in band 'Balanced' but it is in band 'Strongly"
                + " product-centric' (index -1.0)");
  }

  @Test
  void should_say_by_how_much_the_index_is_off() {
    // −1 against 0.5: off by 1.5
    assertThatThrownBy(() -> ScorecardAssert.assertThat(card).hasIndexCloseTo(0.5, 1e-9))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("expected index 0.5 but was -1.0 (off by 1.500e+00, tolerance 1e-09)");
  }

  @Test
  void should_name_each_sum_that_does_not_add_up() {
    // GIVEN a scorecard whose contributions were lost
    Scorecard tampered = TamperedScorecard.of(card).contributions(List.of());
    // THEN the sums are 0 against P − u = (½, −½), weights 0 against 1, index 0 against −1
    assertThatThrownBy(() -> ScorecardAssert.assertThat(tampered).hasContributionsAddingUp())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("expected contributions adding up to P − u: ")
        .hasMessageContaining(
            "sum of the contributions to 'product' against P − u: expected 0.5 but was 0.0")
        .hasMessageContaining("sum of the contributions' weights: expected 1.0 but was 0.0")
        .hasMessageContaining(
            "sum of the contributions' indices against the index: expected -1.0 but was 0.0");
  }

  @Test
  void should_name_each_figure_that_differs_between_two_scorecards() {
    // GIVEN the same answers but rewards.volume at 1 (a = 0): its direction becomes f_product − u
    // = (−½, +½), so P_rewards − u = (3·(−½, ½) + 1·(½, −½))/4 = (−¼, ¼); with focus at (½, −½)
    // and dimension weights 2 and 1, P − u = (2·(−¼, ¼) + (½, −½))/3 = 0: the index is 0, not −1

    Scorecard other =
        scorer.score(
            Response.ofPoints(
                Map.of(
                    "rewards.volume", 1, "rewards.insight", 1, "focus.aim", 1, "focus.churn", 1)));
    assertThatThrownBy(() -> ScorecardAssert.assertThat(other).isCloseTo(card, 1e-9))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("expected scorecards equal within 1e-09: ")
        .hasMessageContaining("index: expected -1.0 but was 0.0")
        .hasMessageContaining("trait 'rewards.volume' value: expected 1.0 but was 0.0");
  }

  @Test
  void should_list_the_warnings_of_an_undetermined_scorecard() {
    Scorecard empty = scorer.score(Response.ofPoints(Map.of()));
    ScorecardAssert.assertThat(empty)
        .isUndetermined()
        .hasWarning(Warning.Code.UNDETERMINED)
        .hasWarning(Warning.Code.ANSWERS_SKIPPED);
    assertThatThrownBy(() -> ScorecardAssert.assertThat(empty).isDetermined())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("expected a determined scorecard but it is undetermined: [")
        .hasMessageContaining("UNDETERMINED: no dimension counts");
  }
}
