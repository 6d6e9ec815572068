package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Contribution;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.io.ScorecardFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scorecards a {@link Scorer} returns are compact: they derive their per-dimension results,
 * contributions and warnings when read. These properties hold them to the value semantics of the
 * API: equal to a materialised scorecard with the same figures (the one {@link ScorecardFormat}
 * reads back; both ways, with equal hash codes and text), the same bits on every read, and the
 * positional form {@link Scorer#score(String, int[])} equal to scoring the same answers keyed by
 * id.
 */
class CompactScorecardProperties {

  @Provide
  Arbitrary<Assessment> assessments() {
    return Responses.assessments(Rubrics.arbitrary().poles(2, 3).traits(1, 30));
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return ScoringPolicies.arbitrary();
  }

  private static Scorecard scoreOrSkip(Scorer scorer, Response response) {
    try {
      return scorer.score(response);
    } catch (ResponseValidationException e) {
      Assume.that(false);
      throw new AssertionError("unreachable");
    }
  }

  @Property(tries = 400)
  void a_scored_card_equals_its_materialised_copy(
      @ForAll("assessments") Assessment a, @ForAll("policies") ScoringPolicy policy) {
    Scorecard card = scoreOrSkip(Scorer.of(a.rubric(), policy), a.response());
    Scorecard copy = ScorecardFormat.fromJson(ScorecardFormat.toJson(card));
    assertThat(copy).isNotSameAs(card).isNotExactlyInstanceOf(card.getClass());
    assertThat(card).isEqualTo(copy);
    assertThat(copy).isEqualTo(card);
    assertThat(card.hashCode()).isEqualTo(copy.hashCode());
    assertThat(card.toString()).isEqualTo(copy.toString());
    assertThat(ScorecardFormat.toJson(card)).isEqualTo(ScorecardFormat.toJson(copy));
    assertThat(card.dimensions()).isEqualTo(copy.dimensions());
    assertThat(card.contributions()).isEqualTo(copy.contributions());
    assertThat(card.warnings()).isEqualTo(copy.warnings());
  }

  @Property(tries = 300)
  void every_read_gives_the_same_bits(
      @ForAll("assessments") Assessment a, @ForAll("policies") ScoringPolicy policy) {
    Scorecard card = scoreOrSkip(Scorer.of(a.rubric(), policy), a.response());
    String first = ScorecardFormat.toJson(card);
    assertThat(ScorecardFormat.toJson(card)).isEqualTo(first);
    assertThat(card.hashCode()).isEqualTo(card.hashCode());
    assertThat(ScorecardFormat.fromJson(first)).isEqualTo(card);
  }

  @Property(tries = 400)
  void positional_scoring_equals_scoring_by_id(
      @ForAll("assessments") Assessment a, @ForAll("policies") ScoringPolicy policy) {
    Rubric rubric = a.rubric();
    Scorer scorer = Scorer.of(rubric, policy);
    Response response = a.response();
    List<String> order = scorer.traitOrder();
    // the positional form has no place for unknown traits nor for the rubric a response names
    Assume.that(order.containsAll(response.answers().keySet()));
    Assume.that(response.rubric().isEmpty() || response.rubric().get().equals(rubric.reference()));
    int[] points = new int[order.size()];
    for (int i = 0; i < points.length; i++) {
      Answer answer = response.answers().get(order.get(i));
      points[i] = answer == null || !answer.isGiven() ? 0 : answer.pointValue();
      assertThat(scorer.position(order.get(i))).hasValue(i);
    }
    String respondent = response.respondent().orElse(null);
    Scorecard keyed;
    try {
      keyed = scorer.score(response);
    } catch (ResponseValidationException e) {
      // the positional form must reject the same answers, naming the same traits
      try {
        scorer.score(respondent, points);
      } catch (ResponseValidationException p) {
        assertThat(p.problems()).containsExactlyInAnyOrderElementsOf(e.problems());
        return;
      }
      throw new AssertionError("the positional form accepted what the keyed form rejected", e);
    }
    Scorecard positional = scorer.score(respondent, points);
    assertThat(positional).isEqualTo(keyed);
    assertThat(ScorecardFormat.toJson(positional)).isEqualTo(ScorecardFormat.toJson(keyed));
  }

  @Property(tries = 300)
  void a_contribution_index_is_the_difference_of_its_vector_bit_for_bit(
      @ForAll("assessments") Assessment a, @ForAll("policies") ScoringPolicy policy) {
    Assume.that(a.rubric().poles().size() == 2);
    Scorecard card = scoreOrSkip(Scorer.of(a.rubric(), policy), a.response());
    String first = a.rubric().poles().get(0).id();
    String second = a.rubric().poles().get(1).id();
    for (Contribution c : card.contributions()) {
      Map<String, Double> v = c.vector();
      double expected = v.get(second) - v.get(first);
      assertThat(Double.doubleToRawLongBits(c.index().getAsDouble()))
          .as("index of %s: %s vs vector %s", c.trait(), c.index(), v)
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }
}
