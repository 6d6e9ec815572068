package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.internal.JsonSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every value type written to JSON with the library's mapper and read back is equal to the
 * original, with its optional parts both present and absent (STYLE rule 3: every type has a
 * round-trip test).
 */
class ValueTypeRoundTripTest {

  private static final JsonMapper JSON = JsonSupport.json();

  private static final Scale AGREE5 =
      Scale.of("agree5", "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree");

  private static Trait keyedTrait() {
    return Trait.builder()
        .id("rewards.volume")
        .statement("Bonuses follow units sold — «volume» matters.")
        .keyed("product")
        .scale("agree5")
        .weight(0.1 + 0.2) // 0.30000000000000004, a double that must survive unrounded
        .addSources(Source.of("B", "B4"), Source.of("A", "A1", "A2"))
        .build();
  }

  private static Trait contrastTrait() {
    return Trait.contrast("focus.aim", "Which do we pursue?", "product", "customer", "agree5");
  }

  private static Rubric rubric() {
    return Rubric.builder()
        .id("pc")
        .version("1.2.3-rc.1+build.5")
        .title("Product- vs customer-centricity")
        .description("A rubric with every part filled in.")
        .addPoles(
            Pole.builder().id("product").label("Product-centric").description("Ships.").build(),
            Pole.of("customer", "Customer-centric"))
        .addScales(AGREE5, Scale.of("yesno", "No", "Yes"))
        .addDimensions(
            Dimension.builder()
                .id("rewards")
                .name("Rewards")
                .description("What earns a bonus.")
                .weight(2.5)
                .addTraits(keyedTrait())
                .build(),
            Dimension.builder()
                .id("focus")
                .addTraits(
                    contrastTrait(), Trait.keyed("focus.churn", "Churn.", "customer", "yesno"))
                .build())
        .addBands(
            Band.of("Product-leaning", -1.0, -0.2),
            Band.of("Balanced", -0.2, 0.2),
            Band.of("Customer-leaning", 0.2, 1.0))
        .strengthThreshold(0.6)
        .policy(
            ScoringPolicy.custom()
                .missing(ScoringPolicy.MissingAnswers.NEUTRAL)
                .minCoverage(0.25)
                .unknownTraits(ScoringPolicy.UnknownTraits.IGNORE)
                .build())
        .addReferences(reference(), productReference())
        .putMetadata("licence", "CC-BY-4.0")
        .putMetadata("language", "en")
        .addExamples(example())
        .build();
  }

  private static Reference reference() {
    return Reference.builder()
        .id("A")
        .title("Customer-centricity")
        .publisher("A journal")
        .addClaims(Reference.Claim.of("A1", "Customers first."))
        .addClaims(Reference.Claim.of("A2", "Measure retention."))
        .build();
  }

  private static Reference productReference() {
    return Reference.builder()
        .id("B")
        .title("Product-centricity")
        .addClaims(Reference.Claim.of("B4", "Sales volume."))
        .build();
  }

  /** Everything answered toward customer: the neutral policy and weights give index 1. */
  private static WorkedExample example() {
    return WorkedExample.builder()
        .name("all-customer")
        .description("Every answer fully toward the customer.")
        .putAnswers("rewards.volume", Answer.of(1))
        .putAnswers("focus.aim", Answer.of(5))
        .putAnswers("focus.churn", Answer.of(2))
        .expect(
            WorkedExample.Expectation.builder()
                .index(1.0)
                .band("Customer-leaning")
                .leadingPole("customer")
                .build())
        .build();
  }

  private static Response response() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("focus.churn", Answer.of(2));
    answers.put("rewards.volume", Answer.notApplicable());
    answers.put("focus.aim", Answer.blank());
    answers.put("unknown", Answer.of(-3));
    return Response.builder().rubric("pc@1.0.0").respondent("r-17").answers(answers).build();
  }

  private static Scorecard determined() {
    return Scorer.of(rubric())
        .score(Response.ofPoints(Map.of("rewards.volume", 2, "focus.aim", 4, "focus.churn", 2)));
  }

  private static Scorecard undetermined() {
    return Scorer.of(rubric(), ScoringPolicy.ofDefaults()).score(Response.builder().build());
  }

  static Stream<Arguments> values() {
    Scorecard card = determined();
    return Stream.of(
        Arguments.of(Pole.class, Pole.of("customer", "Customer-centric")),
        Arguments.of(
            Pole.class,
            Pole.builder().id("channel").label("Channel").description("Sells.").build()),
        Arguments.of(Scale.class, AGREE5),
        Arguments.of(Contrast.class, Contrast.of("product", "customer")),
        Arguments.of(Source.class, Source.of("A", "A1", "A2")),
        Arguments.of(Source.class, Source.of("C")),
        Arguments.of(Trait.class, keyedTrait()),
        Arguments.of(Trait.class, contrastTrait()),
        Arguments.of(Dimension.class, rubric().dimensions().get(0)),
        Arguments.of(Dimension.class, rubric().dimensions().get(1)),
        Arguments.of(Band.class, Band.of("Strongly product-centric", -1.0, -0.6)),
        Arguments.of(ScoringPolicy.class, ScoringPolicy.ofDefaults()),
        Arguments.of(ScoringPolicy.class, rubric().policy()),
        Arguments.of(Reference.class, reference()),
        Arguments.of(Reference.class, productReference()),
        Arguments.of(Reference.Claim.class, Reference.Claim.of("B4", "Bonuses follow volume.")),
        Arguments.of(WorkedExample.class, example()),
        Arguments.of(
            WorkedExample.Expectation.class,
            WorkedExample.Expectation.builder().leadingPole("customer").build()),
        Arguments.of(Rubric.class, rubric()),
        Arguments.of(Response.class, response()),
        Arguments.of(Response.class, Response.builder().build()),
        Arguments.of(Scorecard.class, card),
        Arguments.of(Scorecard.class, undetermined()),
        Arguments.of(RubricIdentity.class, RubricIdentity.of(rubric())),
        Arguments.of(
            Warning.class,
            Warning.of(Warning.Code.UNKNOWN_TRAIT_IGNORED, "x", "the answer to 'x' was ignored")),
        Arguments.of(Contribution.class, card.contributions().get(0)),
        Arguments.of(
            Contribution.class,
            ImmutableContribution.builder()
                .trait("t")
                .dimension("d")
                .value(0.5)
                .weight(1.0)
                .putVector("product", 0.0)
                .putVector("customer", -0.0)
                .build()),
        Arguments.of(DimensionScore.class, card.dimensions().get(0)),
        Arguments.of(DimensionScore.class, undetermined().dimensions().get(0)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("values")
  <T> void should_read_back_an_equal_value_when_written_to_json(Class<T> type, T value) {
    // GIVEN
    String json = JSON.writeValueAsString(value);

    // WHEN
    T read = JSON.readValue(json, type);

    // THEN
    assertThat(read).isEqualTo(value).hasSameHashCodeAs(value);
    assertThat(JSON.writeValueAsString(read)).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("warningCodes")
  void should_read_back_every_warning_code_when_written_to_json(Warning.Code code) {
    // GIVEN
    Warning warning = Warning.of(code, "subject", "message");

    // WHEN
    Warning read = JSON.readValue(JSON.writeValueAsString(warning), Warning.class);

    // THEN
    assertThat(read).isEqualTo(warning);
  }

  static Stream<Warning.Code> warningCodes() {
    return Stream.of(Warning.Code.values());
  }

  @Test
  void should_keep_the_values_that_make_the_cases_interesting_when_building_them() {
    // GIVEN / WHEN
    Scorecard card = determined();

    // THEN: guards the round trips above against silently testing trivial values
    assertThat(card.determined()).isTrue();
    assertThat(card.contributions().get(0).answer()).isEqualTo(OptionalInt.of(2));
    assertThat(undetermined().determined()).isFalse();
    assertThat(undetermined().index()).isEmpty();
    assertThat(keyedTrait().weight()).isEqualTo(0.30000000000000004);
    assertThat(response().answers().keySet())
        .containsExactly("focus.churn", "rewards.volume", "focus.aim", "unknown");
  }

  @Test
  void should_keep_the_answer_order_when_a_response_is_read_back() {
    // GIVEN
    Response response = response();

    // WHEN
    Response read = JSON.readValue(JSON.writeValueAsString(response), Response.class);

    // THEN
    assertThat(read.answers().keySet())
        .containsExactly("focus.churn", "rewards.volume", "focus.aim", "unknown");
    assertThat(read.answers().values())
        .containsExactly(Answer.of(2), Answer.notApplicable(), Answer.blank(), Answer.of(-3));
  }
}
