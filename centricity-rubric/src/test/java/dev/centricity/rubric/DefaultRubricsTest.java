package dev.centricity.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Dimension;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.io.RubricFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DefaultRubricsTest {

  /** The claims that rubric-sources.md marks "trait": each must be cited by a trait. */
  static final Set<String> TRAIT_CLAIMS =
      Stream.concat(
              IntStream.rangeClosed(1, 14).mapToObj(i -> "A" + i),
              Stream.of(
                  "B1", "B2", "B3", "B4", "B5", "B6", "B8", "B10", "B11", "B12", "B13", "B14",
                  "B17"))
          .collect(Collectors.toSet());

  @Nested
  class Orientation {
    final Rubric rubric = DefaultRubrics.productCustomer();

    @Test
    void should_load_once_with_its_worked_examples() {
      assertThat(rubric.id()).isEqualTo("product-customer-centricity");
      assertThat(rubric.version()).isEqualTo("1.0.1");
      assertThat(rubric.poles()).extracting(p -> p.id()).containsExactly("product", "customer");
      assertThat(rubric.examples()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(DefaultRubrics.productCustomer()).isSameAs(rubric);
    }

    @Test
    void should_hold_30_to_60_traits() {
      assertThat(rubric.allTraits()).hasSizeBetween(30, 60);
    }

    @Test
    void should_cite_every_trait_claim() {
      Set<String> cited =
          rubric.allTraits().stream()
              .flatMap(t -> t.sources().stream())
              .flatMap(s -> s.claims().stream())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(cited).containsAll(TRAIT_CLAIMS);
      assertThat(rubric.allTraits()).allSatisfy(t -> assertThat(t.sources()).isNotEmpty());
    }

    @Test
    void should_key_traits_to_both_poles_in_every_dimension() {
      for (Dimension d : rubric.dimensions()) {
        Set<String> keyed =
            d.traits().stream()
                .map(Trait::keyed)
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        assertThat(keyed).as("poles keyed in dimension %s", d.id()).contains("product", "customer");
        assertThat(d.description()).as("description of %s", d.id()).isPresent();
      }
    }

    @Test
    void should_mix_in_contrast_traits() {
      assertThat(rubric.allTraits())
          .filteredOn(t -> t.contrast().isPresent())
          .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void should_read_back_equal_from_its_own_yaml_and_json() {
      assertThat(RubricFormat.fromYaml(RubricFormat.toYaml(rubric))).isEqualTo(rubric);
      assertThat(RubricFormat.fromJson(RubricFormat.toJson(rubric))).isEqualTo(rubric);
      assertThat(RubricFormat.fromYaml(DefaultRubrics.productCustomerYaml())).isEqualTo(rubric);
    }

    @Test
    void should_reference_every_cited_claim() {
      Set<String> listed =
          rubric.references().stream()
              .flatMap(r -> r.claims().stream().map(c -> c.id()))
              .collect(Collectors.toSet());
      assertThat(listed).containsAll(TRAIT_CLAIMS);
      assertThat(
              rubric.allTraits().stream().flatMap(t -> t.sources().stream()).map(Source::article))
          .allMatch(a -> a.equals("A") || a.equals("B"));
    }
  }

  /**
   * Expected figures from centricity-rubric/src/test/python/check_samples.py, which scores the
   * samples in exact rational arithmetic with the formulas of {@code docs/model.md} (see
   * EXPECTED.md for the method).
   */
  @Nested
  class Samples {
    final Scorer orientation = Scorer.of(DefaultRubrics.productCustomer());
    final Scorer context = Scorer.of(DefaultRubrics.context());

    @Test
    void should_place_the_tableware_maker_as_product_centric_and_fittingly_so() {
      Scorecard card = orientation.score(SampleOrganisation.TABLEWARE.orientation());
      // exact: −149/210
      assertThat(card.index().getAsDouble()).isCloseTo(-149.0 / 210, within(1e-12));
      assertThat(card.band()).hasValue("Strongly product-centric");
      assertThat(card.quadrant()).hasValue("product-centric");
      // exact: −43/60
      Scorecard fit = context.score(SampleOrganisation.TABLEWARE.context());
      assertThat(fit.index().getAsDouble()).isCloseTo(-43.0 / 60, within(1e-12));
      assertThat(fit.band()).hasValue("Product focus fits");
    }

    @Test
    void should_place_the_online_retailer_as_strongly_customer_centric() {
      Scorecard card = orientation.score(SampleOrganisation.ONLINE_RETAILER.orientation());
      assertThat(card.index().getAsDouble()).isCloseTo(0.7206, within(1e-4));
      assertThat(card.band()).hasValue("Strongly customer-centric");
      assertThat(card.quadrant()).hasValue("customer-centric");
      assertThat(card.pullingAgainst()).isEmpty();
    }

    @Test
    void should_show_the_sales_talk_firm_pulling_both_ways() {
      Scorecard card = orientation.score(SampleOrganisation.SALES_TALK.orientation());
      // exact: −32/189
      assertThat(card.index().getAsDouble()).isCloseTo(-32.0 / 189, within(1e-12));
      assertThat(card.band()).hasValue("Balanced");
      assertThat(card.alignment().getAsDouble()).isCloseTo(0.4607, within(1e-4));
      assertThat(card.pullingAgainst())
          .containsExactly("focus", "service", "treatment", "organisation");
      // its answers are far less consistent than those of the two focused organisations
      double tableware =
          orientation.score(SampleOrganisation.TABLEWARE.orientation()).alignment().getAsDouble();
      assertThat(card.alignment().getAsDouble()).isLessThan(tableware - 0.3);
    }
  }

  @Nested
  class ContextRubric {
    final Rubric rubric = DefaultRubrics.context();

    @Test
    void should_hold_8_to_15_traits_with_worked_examples() {
      assertThat(rubric.id()).isEqualTo("centricity-context");
      assertThat(rubric.allTraits()).hasSizeBetween(8, 15);
      assertThat(rubric.examples()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(rubric.poles()).extracting(p -> p.id()).containsExactly("product", "customer");
    }

    @Test
    void should_mark_every_statement_as_describing_the_market_not_a_lever() {
      // docs/rubric.md, "Statements that are not levers": the context rubric describes the
      // business's situation, so no statement of it is something to change
      assertThat(rubric.version()).isEqualTo("1.0.1");
      assertThat(rubric.allTraits()).noneMatch(Trait::actionable);
    }
  }

  @Nested
  class Levers {
    @Test
    void should_mark_only_the_buyers_route_of_the_orientation_rubric_as_not_actionable() {
      // docs/rubric.md, "Statements that are not levers": how buyers arrive describes the market
      assertThat(DefaultRubrics.productCustomer().allTraits())
          .filteredOn(t -> !t.actionable())
          .extracting(Trait::id)
          .containsExactly("selling.route");
    }
  }
}
