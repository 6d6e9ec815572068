package dev.centricity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Dimension;
import dev.centricity.core.Fit;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitTest {

  final Scorer orientation = Scorer.of(DefaultRubrics.productCustomer());
  final Scorer context = Scorer.of(DefaultRubrics.context());

  Fit fitOf(SampleOrganisation org) {
    return Fit.of(orientation.score(org.orientation()), context.score(org.context()));
  }

  @Test
  void should_find_the_tableware_maker_fits_its_market() {
    // orientation −149/210, recommended −43/60: gap = −149/210 + 43/60 = (−298 + 301)/420 = 1/140
    Fit fit = fitOf(SampleOrganisation.TABLEWARE);
    assertThat(fit.gap()).isCloseTo(1.0 / 140, within(1e-12));
    assertThat(fit.excessPole()).isEmpty();
    assertThat(fit.reading()).startsWith("The orientation fits the situation");
  }

  @Test
  void should_find_the_sales_talk_firm_more_product_centric_than_its_market_calls_for() {
    // orientation −32/189 ≈ −0.1693, recommended +0.425: gap ≈ −0.5943, beyond 0.2 but not 0.6
    Fit fit = fitOf(SampleOrganisation.SALES_TALK);
    assertThat(fit.gap()).isCloseTo(-32.0 / 189 - 0.425, within(1e-12));
    assertThat(fit.excessPole()).hasValue("product");
    assertThat(fit.reading()).contains("leans further towards product");
    // its rewards dimension (−0.8) is 1.225 away from the recommendation
    assertThat(fit.dimensions())
        .filteredOn(d -> d.id().equals("rewards"))
        .singleElement()
        .satisfies(d -> assertThat(d.gap()).isCloseTo(-0.8 - 0.425, within(1e-12)));
    assertThat(fit.dimensions()).hasSize(DefaultRubrics.productCustomer().dimensions().size());
  }

  @Test
  void should_reject_an_undetermined_scorecard() {
    Scorecard empty = orientation.score(Response.builder().build());
    Scorecard ctx = context.score(SampleOrganisation.TABLEWARE.context());
    assertThatThrownBy(() -> Fit.of(empty, ctx))
        .isInstanceOf(CentricityException.class)
        .hasMessageContaining("the orientation scorecard has no index");
  }

  @Test
  void should_reject_scorecards_with_different_poles() {
    Rubric other =
        Rubric.builder()
            .id("other")
            .version("1.0.0")
            .addPoles(Pole.of("cost", "Cost"), Pole.of("quality", "Quality"))
            .addScales(Scale.of("s", "no", "yes"))
            .addDimensions(
                Dimension.builder()
                    .id("d")
                    .addTraits(Trait.keyed("t", "We pay for quality.", "quality", "s"))
                    .build())
            .build();
    Scorecard card = Scorer.of(other).score(Response.ofPoints(Map.of("t", 2)));
    Scorecard ctx = context.score(SampleOrganisation.TABLEWARE.context());
    assertThatThrownBy(() -> Fit.of(card, ctx))
        .isInstanceOf(CentricityException.class)
        .hasMessageContaining("same poles");
  }
}
