package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies every rule a rubric is validated against when it is built: each test breaks one rule of
 * a valid rubric and checks the exception type, the exact path of each problem and the key words of
 * its message.
 */
class RubricValidationTest {

  private static final Scale AGREE5 =
      Scale.of("agree5", "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree");

  private static final Trait VOLUME =
      Trait.keyed("rewards.volume", "Bonuses follow units sold.", "product", "agree5");
  private static final Trait INSIGHT =
      Trait.keyed("rewards.insight", "Recognition goes to customer insight.", "customer", "agree5");
  private static final Trait AIM =
      Trait.contrast("focus.aim", "Which do we pursue?", "product", "customer", "agree5");

  private static final List<Band> BANDS =
      List.of(
          Band.of("Product-leaning", -1.0, -0.2),
          Band.of("Balanced", -0.2, 0.2),
          Band.of("Customer-leaning", 0.2, 1.0));

  /** A valid two-pole rubric: rewards (volume, insight) and focus (aim), all of weight 1. */
  private static Rubric.Builder valid() {
    return Rubric.builder()
        .id("pc")
        .version("1.0.0")
        .addPoles(Pole.of("product", "Product-centric"), Pole.of("customer", "Customer-centric"))
        .addScales(AGREE5)
        .addDimensions(rewards(VOLUME, INSIGHT), focus(AIM));
  }

  private static Dimension rewards(Trait... traits) {
    return Dimension.builder().id("rewards").addTraits(traits).build();
  }

  private static Dimension focus(Trait... traits) {
    return Dimension.builder().id("focus").addTraits(traits).build();
  }

  private static Trait.Builder volume() {
    return Trait.builder().from(VOLUME);
  }

  /** Builds the rubric, expecting a validation failure, and returns its problems. */
  private static List<Problem> problemsOf(Rubric.Builder builder) {
    return problemsOf(builder::build);
  }

  private static List<Problem> problemsOf(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isExactlyInstanceOf(RubricValidationException.class);
    return ((RubricValidationException) thrown).problems();
  }

  /** Asserts exactly one problem, at the path, whose message contains every key word. */
  private static void assertOnlyProblem(Rubric.Builder builder, String path, String... keyWords) {
    List<Problem> problems = problemsOf(builder);
    assertThat(problems).extracting(Problem::path).containsExactly(path);
    assertThat(problems.get(0).message()).contains(keyWords);
  }

  @Test
  void should_build_when_the_rubric_keeps_every_rule() {
    // GIVEN
    Rubric.Builder builder = valid().bands(BANDS);

    // WHEN
    Rubric rubric = builder.build();

    // THEN
    assertThat(rubric.allTraits())
        .extracting(Trait::id)
        .containsExactly("rewards.volume", "rewards.insight", "focus.aim");
    assertThat(rubric.bands()).hasSize(3);
  }

  @Nested
  class Identity {

    @ParameterizedTest
    @ValueSource(strings = {"", "-pc", "pc centricity", "pc/1", "é-rubric"})
    void should_report_the_id_when_it_is_not_a_valid_id(String id) {
      assertOnlyProblem(
          valid().id(id),
          "/id",
          "rubric id must start with an ASCII letter (A-Z, a-z) or digit",
          "'" + id + "'");
    }

    @Test
    void should_report_the_id_when_it_is_longer_than_200_characters() {
      // GIVEN: 201 characters; the message abbreviates the value to 57 characters and "..."
      String id = "a".repeat(201);

      // WHEN / THEN
      assertOnlyProblem(
          valid().id(id), "/id", "at most 200 characters", "'" + "a".repeat(57) + "...'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "v1.0.0", "1.0.0.0", "01.0.0", "", "latest"})
    void should_report_the_version_when_it_is_not_a_semantic_version(String version) {
      assertOnlyProblem(
          valid().version(version), "/version", "must be a semantic version", "'" + version + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.1", "1.0.0-rc.1", "2.10.3+build.7"})
    void should_build_when_the_version_is_a_semantic_version(String version) {
      assertThat(valid().version(version).build().version()).isEqualTo(version);
    }
  }

  @Nested
  class Poles {

    @Test
    void should_report_the_poles_when_there_are_fewer_than_two() {
      // GIVEN: one pole, every trait keyed to it so nothing else breaks
      Rubric.Builder builder =
          valid()
              .poles(List.of(Pole.of("product", "Product-centric")))
              .dimensions(List.of(rewards(VOLUME)));

      // WHEN / THEN
      assertOnlyProblem(builder, "/poles", "needs 2 or more poles", "has 1");
    }

    @Test
    void should_report_the_second_pole_when_a_pole_id_is_used_twice() {
      // GIVEN
      Rubric.Builder builder = valid().addPoles(Pole.of("product", "Product again"));

      // WHEN / THEN
      assertOnlyProblem(builder, "/poles/2/id", "pole id 'product' is used twice");
    }

    @Test
    void should_report_the_pole_id_when_it_is_not_a_valid_id() {
      // GIVEN
      Rubric.Builder builder = valid().addPoles(Pole.of("sales channel", "Channel"));

      // WHEN / THEN
      assertOnlyProblem(
          builder,
          "/poles/2/id",
          "pole id must start with an ASCII letter (A-Z, a-z) or digit",
          "'sales channel'");
    }
  }

  @Nested
  class Scales {

    @Test
    void should_report_the_scales_and_every_trait_using_one_when_there_is_no_scale() {
      // GIVEN
      Rubric.Builder builder = valid().scales(List.of());

      // WHEN
      List<Problem> problems = problemsOf(builder);

      // THEN
      assertThat(problems)
          .extracting(Problem::path)
          .containsExactly(
              "/scales",
              "/dimensions/0/traits/0/scale",
              "/dimensions/0/traits/1/scale",
              "/dimensions/1/traits/0/scale");
      assertThat(problems.get(0).message()).contains("at least 1 scale", "has none");
      assertThat(problems.get(1).message()).contains("'rewards.volume'", "unknown scale 'agree5'");
    }

    @Test
    void should_report_the_second_scale_when_a_scale_id_is_used_twice() {
      // GIVEN
      Rubric.Builder builder = valid().addScales(Scale.of("agree5", "No", "Yes"));

      // WHEN / THEN
      assertOnlyProblem(builder, "/scales/1/id", "scale id 'agree5' is used twice");
    }

    @Test
    void should_report_the_points_when_a_scale_has_one_point() {
      // GIVEN
      Rubric.Builder builder = valid().addScales(Scale.of("single", "Only"));

      // WHEN / THEN
      assertOnlyProblem(
          builder, "/scales/1/points", "scale 'single' needs 2 or more points", "has 1");
    }

    @Test
    void should_report_the_points_when_a_scale_has_no_point() {
      // GIVEN
      Rubric.Builder builder = valid().addScales(Scale.of("empty", List.of()));

      // WHEN / THEN
      assertOnlyProblem(
          builder, "/scales/1/points", "scale 'empty' needs 2 or more points", "has 0");
    }

    @Test
    void should_report_the_scale_id_when_it_is_not_a_valid_id() {
      // GIVEN
      Rubric.Builder builder = valid().addScales(Scale.of("yes/no", "No", "Yes"));

      // WHEN / THEN
      assertOnlyProblem(builder, "/scales/1/id", "scale id must start", "'yes/no'");
    }
  }

  @Nested
  class Dimensions {

    @Test
    void should_report_the_dimensions_when_there_is_none() {
      assertOnlyProblem(
          valid().dimensions(List.of()), "/dimensions", "at least 1 dimension", "has none");
    }

    @Test
    void should_report_the_traits_when_a_dimension_has_none() {
      // GIVEN
      Rubric.Builder builder = valid().addDimensions(Dimension.builder().id("empty").build());

      // WHEN / THEN
      assertOnlyProblem(
          builder, "/dimensions/2/traits", "dimension 'empty' needs at least 1 trait", "has none");
    }

    @Test
    void should_report_the_second_dimension_when_a_dimension_id_is_used_twice() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .addDimensions(rewards(Trait.keyed("rewards.other", "Other.", "product", "agree5")));

      // WHEN / THEN
      assertOnlyProblem(builder, "/dimensions/2/id", "dimension id 'rewards' is used twice");
    }

    @Test
    void should_report_the_dimension_id_when_it_is_not_a_valid_id() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .addDimensions(
                  Dimension.builder()
                      .id("_private")
                      .addTraits(Trait.keyed("other", "Other.", "product", "agree5"))
                      .build());

      // WHEN / THEN
      assertOnlyProblem(builder, "/dimensions/2/id", "dimension id must start", "'_private'");
    }

    @ParameterizedTest
    @ValueSource(
        doubles = {-2.0, -0.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void should_report_the_dimension_weight_when_it_is_negative_or_not_finite(double weight) {
      // GIVEN: the other dimension keeps a positive weight
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(
                      Dimension.builder().from(rewards(VOLUME, INSIGHT)).weight(weight).build(),
                      focus(AIM)));

      // WHEN / THEN
      assertOnlyProblem(
          builder,
          "/dimensions/0/weight",
          "weight of dimension 'rewards' must be finite and >= 0",
          "but was " + weight);
    }

    @Test
    void should_build_when_a_dimension_weight_is_zero() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(
                      Dimension.builder().from(rewards(VOLUME, INSIGHT)).weight(0.0).build(),
                      focus(AIM)));

      // WHEN / THEN
      assertThat(builder.build().dimensions().get(0).weight()).isZero();
    }

    @Test
    void should_report_the_dimensions_when_every_dimension_weight_is_zero() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(
                      Dimension.builder().from(rewards(VOLUME, INSIGHT)).weight(0.0).build(),
                      Dimension.builder().from(focus(AIM)).weight(0.0).build()));

      // WHEN / THEN
      assertOnlyProblem(
          builder,
          "/dimensions",
          "at least one dimension of positive weight needs a trait of positive weight",
          "nothing can ever be scored");
    }

    @Test
    void should_report_the_dimensions_when_no_positive_dimension_has_a_positive_trait() {
      // GIVEN: rewards has weight 0; focus has weight 1 but its only trait has weight 0
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(
                      Dimension.builder().from(rewards(VOLUME, INSIGHT)).weight(0.0).build(),
                      focus(Trait.builder().from(AIM).weight(0.0).build())));

      // WHEN / THEN
      assertOnlyProblem(builder, "/dimensions", "at least one dimension of positive weight");
    }
  }

  @Nested
  class Traits {

    private Rubric.Builder withFirstTrait(Trait trait) {
      return valid().dimensions(List.of(rewards(trait, INSIGHT), focus(AIM)));
    }

    @Test
    void should_report_the_later_trait_naming_the_earlier_path_when_a_trait_id_is_used_twice() {
      // GIVEN: the id of the first trait of rewards comes back in focus
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(
                      rewards(VOLUME, INSIGHT),
                      focus(AIM, Trait.keyed("rewards.volume", "Again.", "customer", "agree5"))));

      // WHEN / THEN
      assertOnlyProblem(
          builder,
          "/dimensions/1/traits/1/id",
          "trait id 'rewards.volume' is already used at /dimensions/0/traits/0");
    }

    @Test
    void should_report_the_trait_id_when_it_is_not_a_valid_id() {
      assertOnlyProblem(
          withFirstTrait(volume().id("rewards volume").build()),
          "/dimensions/0/traits/0/id",
          "trait id must start",
          "'rewards volume'");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-2.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void should_report_the_trait_weight_when_it_is_negative_or_not_finite(double weight) {
      assertOnlyProblem(
          withFirstTrait(volume().weight(weight).build()),
          "/dimensions/0/traits/0/weight",
          "weight of trait 'rewards.volume' must be finite and >= 0",
          "but was " + weight);
    }

    @Test
    void should_report_the_dimensions_when_every_trait_weight_is_zero() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(
                      rewards(
                          volume().weight(0.0).build(),
                          Trait.builder().from(INSIGHT).weight(0.0).build()),
                      focus(Trait.builder().from(AIM).weight(0.0).build())));

      // WHEN / THEN
      assertOnlyProblem(builder, "/dimensions", "needs a trait of positive weight");
    }

    @Test
    void should_report_the_trait_when_it_is_both_keyed_and_a_contrast() {
      assertOnlyProblem(
          withFirstTrait(volume().contrast(Contrast.of("product", "customer")).build()),
          "/dimensions/0/traits/0",
          "trait 'rewards.volume' must be either keyed to a pole or a contrast",
          "not both");
    }

    @Test
    void should_report_the_trait_when_it_is_neither_keyed_nor_a_contrast() {
      // GIVEN
      Trait neither =
          Trait.builder().id("rewards.volume").statement("Bonuses.").scale("agree5").build();

      // WHEN / THEN
      assertOnlyProblem(
          withFirstTrait(neither),
          "/dimensions/0/traits/0",
          "trait 'rewards.volume' must be either keyed to a pole or a contrast",
          "but is neither");
    }

    @Test
    void should_report_the_key_when_a_trait_is_keyed_to_an_unknown_pole() {
      assertOnlyProblem(
          withFirstTrait(volume().keyed("sales").build()),
          "/dimensions/0/traits/0/keyed",
          "trait 'rewards.volume' is keyed to unknown pole 'sales'");
    }

    @Test
    void should_report_the_contrast_when_it_runs_from_a_pole_to_itself() {
      assertOnlyProblem(
          withFirstTrait(
              Trait.contrast("rewards.volume", "Which?", "product", "product", "agree5")),
          "/dimensions/0/traits/0/contrast",
          "contrast trait 'rewards.volume' must run between two different poles",
          "from 'product' to itself");
    }

    @Test
    void should_report_the_from_pole_when_a_contrast_runs_from_an_unknown_pole() {
      assertOnlyProblem(
          withFirstTrait(Trait.contrast("rewards.volume", "Which?", "sales", "customer", "agree5")),
          "/dimensions/0/traits/0/contrast/from",
          "trait 'rewards.volume' runs from unknown pole 'sales'");
    }

    @Test
    void should_report_the_to_pole_when_a_contrast_runs_to_an_unknown_pole() {
      assertOnlyProblem(
          withFirstTrait(Trait.contrast("rewards.volume", "Which?", "product", "sales", "agree5")),
          "/dimensions/0/traits/0/contrast/to",
          "trait 'rewards.volume' runs to unknown pole 'sales'");
    }

    @Test
    void should_report_both_ends_and_the_contrast_when_it_runs_from_an_unknown_pole_to_itself() {
      // GIVEN
      Trait trait = Trait.contrast("rewards.volume", "Which?", "sales", "sales", "agree5");

      // WHEN
      List<Problem> problems = problemsOf(withFirstTrait(trait));

      // THEN
      assertThat(problems)
          .extracting(Problem::path)
          .containsExactly(
              "/dimensions/0/traits/0/contrast",
              "/dimensions/0/traits/0/contrast/from",
              "/dimensions/0/traits/0/contrast/to");
    }

    @Test
    void should_report_the_scale_when_a_trait_uses_an_unknown_scale() {
      assertOnlyProblem(
          withFirstTrait(volume().scale("agree7").build()),
          "/dimensions/0/traits/0/scale",
          "trait 'rewards.volume' uses unknown scale 'agree7'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void should_report_the_statement_when_it_is_blank(String statement) {
      assertOnlyProblem(
          withFirstTrait(volume().statement(statement).build()),
          "/dimensions/0/traits/0/statement",
          "trait 'rewards.volume' needs a statement but it is blank");
    }
  }

  @Nested
  class Sources {

    private Rubric.Builder withReferences(Source... sources) {
      return valid()
          .addReferences(
              Reference.builder()
                  .id("A")
                  .title("What customer-centric really means")
                  .addClaims(Reference.Claim.of("A1", "Customers first."))
                  .addClaims(Reference.Claim.of("A2", "Measure retention."))
                  .build())
          .dimensions(List.of(rewards(volume().addSources(sources).build(), INSIGHT), focus(AIM)));
    }

    @Test
    void should_build_when_every_source_cites_a_listed_claim() {
      assertThat(withReferences(Source.of("A", "A1", "A2")).build().references()).hasSize(1);
    }

    @Test
    void should_report_the_article_when_a_source_cites_an_unknown_reference() {
      assertOnlyProblem(
          withReferences(Source.of("A", "A1"), Source.of("B", "B1")),
          "/dimensions/0/traits/0/sources/1/article",
          "trait 'rewards.volume' cites unknown reference 'B'");
    }

    @Test
    void should_report_the_claim_when_a_source_cites_a_claim_its_reference_does_not_list() {
      assertOnlyProblem(
          withReferences(Source.of("A", "A1", "A9")),
          "/dimensions/0/traits/0/sources/0/claims/1",
          "trait 'rewards.volume' cites claim 'A9'",
          "reference 'A' does not list");
    }

    @Test
    void should_not_check_sources_when_the_rubric_lists_no_reference() {
      // GIVEN: sources cite works the rubric does not list, but it lists none at all
      Rubric.Builder builder =
          valid()
              .dimensions(
                  List.of(rewards(volume().addSources(Source.of("B", "B4")).build()), focus(AIM)));

      // WHEN
      Rubric rubric = builder.build();

      // THEN
      assertThat(rubric.trait("rewards.volume").orElseThrow().sources())
          .containsExactly(Source.of("B", "B4"));
    }

    @Test
    void should_report_the_second_reference_when_a_reference_id_is_used_twice() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .addReferences(
                  Reference.builder().id("A").title("A work").build(),
                  Reference.builder().id("A").title("Another work").build());

      // WHEN / THEN
      assertOnlyProblem(builder, "/references/1/id", "reference id 'A' is used twice");
    }

    @Test
    void should_report_only_the_duplicate_when_a_reference_id_is_used_twice() {
      // GIVEN: the trait cites A1 of the first reference A; a second reference A lists no claim
      Rubric.Builder builder =
          withReferences(Source.of("A", "A1"))
              .addReferences(Reference.builder().id("A").title("Another work").build());

      // WHEN / THEN
      assertOnlyProblem(builder, "/references/1/id", "reference id 'A' is used twice");
    }

    @Test
    void should_report_the_second_claim_when_a_claim_id_is_used_twice_in_a_reference() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .addReferences(
                  Reference.builder()
                      .id("A")
                      .title("Work")
                      .addClaims(Reference.Claim.of("A1", "One."), Reference.Claim.of("A1", "Two."))
                      .build());

      // WHEN / THEN
      assertOnlyProblem(
          builder, "/references/0/claims/1/id", "claim id 'A1' is used twice in reference 'A'");
    }
  }

  @Nested
  class Bands {

    @Test
    void should_build_when_the_rubric_has_no_band() {
      assertThat(valid().build().bands()).isEmpty();
    }

    @Test
    void should_report_the_first_band_when_it_does_not_start_at_minus_one() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -0.9, -0.2),
                      Band.of("Balanced", -0.2, 0.2),
                      Band.of("Customer-leaning", 0.2, 1.0))),
          "/bands/0/from",
          "the first band must start at -1",
          "starts at -0.9");
    }

    @Test
    void should_report_the_last_band_when_it_does_not_end_at_one() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, -0.2),
                      Band.of("Balanced", -0.2, 0.2),
                      Band.of("Customer-leaning", 0.2, 0.9))),
          "/bands/2/to",
          "the last band must end at 1",
          "ends at 0.9");
    }

    @Test
    void should_report_the_later_band_when_two_bands_leave_a_gap() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, -0.2),
                      Band.of("Balanced", -0.1, 0.2),
                      Band.of("Customer-leaning", 0.2, 1.0))),
          "/bands/1/from",
          "bands must tile [-1, 1]",
          "band 'Balanced' starts at -0.1",
          "the band before it ends at -0.2");
    }

    @Test
    void should_report_the_later_band_when_two_bands_overlap() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, -0.2),
                      Band.of("Balanced", -0.3, 0.2),
                      Band.of("Customer-leaning", 0.2, 1.0))),
          "/bands/1/from",
          "bands must tile [-1, 1]",
          "band 'Balanced' starts at -0.3",
          "ends at -0.2");
    }

    @Test
    void should_report_the_band_when_it_is_empty() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, -0.2),
                      Band.of("Nothing", -0.2, -0.2),
                      Band.of("Balanced", -0.2, 0.2),
                      Band.of("Customer-leaning", 0.2, 1.0))),
          "/bands/1",
          "band 'Nothing' must have from < to",
          "runs from -0.2 to -0.2");
    }

    @Test
    void should_report_the_band_when_it_runs_backwards() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, -0.2),
                      Band.of("Backwards", -0.2, -0.6),
                      Band.of("The rest", -0.6, 1.0))),
          "/bands/1",
          "band 'Backwards' must have from < to",
          "runs from -0.2 to -0.6");
    }

    @Test
    void should_report_the_boundary_when_two_bands_meet_at_zero() {
      assertOnlyProblem(
          valid().bands(List.of(Band.of("Product", -1.0, 0.0), Band.of("Customer", 0.0, 1.0))),
          "/bands/1/from",
          "a band boundary at 0 is ambiguous",
          "'Product'",
          "'Customer'");
    }

    @Test
    void should_report_the_second_label_when_a_band_label_is_used_twice() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Leaning", -1.0, -0.2),
                      Band.of("Balanced", -0.2, 0.2),
                      Band.of("Leaning", 0.2, 1.0))),
          "/bands/2/label",
          "band label 'Leaning' is used twice");
    }

    @Test
    void should_report_the_label_when_it_is_blank() {
      assertOnlyProblem(
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, -0.2),
                      Band.of(" ", -0.2, 0.2),
                      Band.of("Customer-leaning", 0.2, 1.0))),
          "/bands/1/label",
          "band 1 needs a label but it is blank");
    }

    @Test
    void should_report_the_band_when_an_end_is_not_finite() {
      // GIVEN: NaN breaks both from < to and the tiling of the next band
      Rubric.Builder builder =
          valid()
              .bands(
                  List.of(
                      Band.of("Product-leaning", -1.0, Double.NaN),
                      Band.of("Customer-leaning", Double.NaN, 1.0)));

      // WHEN
      List<Problem> problems = problemsOf(builder);

      // THEN
      assertThat(problems)
          .extracting(Problem::path)
          .containsExactly("/bands/0", "/bands/1", "/bands/1/from");
      assertThat(problems.get(0).message()).contains("both finite", "runs from -1.0 to NaN");
    }
  }

  @Nested
  class StrengthThreshold {

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN, Double.POSITIVE_INFINITY})
    void should_report_the_threshold_when_it_is_outside_zero_to_one(double threshold) {
      assertOnlyProblem(
          valid().strengthThreshold(threshold),
          "/strengthThreshold",
          "strengthThreshold must be in [0, 1]",
          "but was " + threshold);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void should_build_when_the_threshold_is_within_zero_to_one(double threshold) {
      assertThat(valid().strengthThreshold(threshold).build().strengthThreshold())
          .isEqualTo(threshold);
    }
  }

  @Nested
  class WorkedExamples {

    /**
     * Volume 2, insight 4, aim 4. Rewards: volume a = 0.25 < ½ gives (1 − 2a)(f_product − u) =
     * 0.5·(−0.5, 0.5) = (−0.25, 0.25); insight a = 0.75 gives (2a − 1)(e_customer − u) = (−0.25,
     * 0.25); their mean is (−0.25, 0.25), index 0.5. Focus: aim a = 0.75 gives ((2a −
     * 1)/2)(e_customer − e_product) = (−0.25, 0.25), index 0.5. Overall index 0.5 exactly, in band
     * Customer-leaning, leading pole customer.
     */
    private WorkedExample.Builder leaning() {
      return WorkedExample.builder()
          .name("leaning")
          .putAnswers("rewards.volume", Answer.of(2))
          .putAnswers("rewards.insight", Answer.of(4))
          .putAnswers("focus.aim", Answer.of(4));
    }

    private WorkedExample.Expectation expect(Double index, String band, String leadingPole) {
      WorkedExample.Expectation.Builder e = WorkedExample.Expectation.builder();
      if (index != null) {
        e.index(index);
      }
      if (band != null) {
        e.band(band);
      }
      if (leadingPole != null) {
        e.leadingPole(leadingPole);
      }
      return e.build();
    }

    @Test
    void should_build_when_a_worked_example_gives_what_it_expects() {
      // GIVEN
      WorkedExample example = leaning().expect(expect(0.5, "Customer-leaning", "customer")).build();

      // WHEN
      Rubric rubric = valid().bands(BANDS).addExamples(example).build();

      // THEN
      assertThat(rubric.examples()).containsExactly(example);
    }

    @Test
    void should_report_the_index_showing_expected_and_actual_when_an_example_gives_another() {
      assertOnlyProblem(
          valid().bands(BANDS).addExamples(leaning().expect(expect(0.4, null, null)).build()),
          "/examples/0/expect/index",
          "example 'leaning' expects index 0.4 but gives 0.5");
    }

    @Test
    void should_build_when_the_index_is_off_by_less_than_the_tolerance() {
      // GIVEN: 0.5 + 1e-10 is within the tolerance of 1e-9
      WorkedExample example = leaning().expect(expect(0.5 + 1e-10, null, null)).build();

      // WHEN / THEN
      assertThat(valid().addExamples(example).build().examples()).hasSize(1);
    }

    @Test
    void should_report_the_band_showing_expected_and_actual_when_an_example_falls_in_another() {
      assertOnlyProblem(
          valid()
              .bands(BANDS)
              .addExamples(leaning().expect(expect(null, "Balanced", null)).build()),
          "/examples/0/expect/band",
          "example 'leaning' expects band 'Balanced' but gives 'Customer-leaning'");
    }

    @Test
    void should_report_the_leading_pole_showing_expected_and_actual_when_another_pole_leads() {
      assertOnlyProblem(
          valid().addExamples(leaning().expect(expect(null, null, "product")).build()),
          "/examples/0/expect/leadingPole",
          "example 'leaning' expects leading pole 'product' but gives 'customer'");
    }

    @Test
    void should_report_the_index_when_an_example_is_undetermined() {
      // GIVEN: no answer, so no dimension counts
      WorkedExample example =
          WorkedExample.builder().name("silent").expect(expect(0.0, null, null)).build();

      // WHEN / THEN
      assertOnlyProblem(
          valid().addExamples(example),
          "/examples/0/expect/index",
          "example 'silent' expects index 0.0 but is undetermined");
    }

    @Test
    void should_report_the_answer_when_an_example_answers_an_unknown_trait() {
      // GIVEN
      WorkedExample example =
          leaning()
              .putAnswers("rewards/bonus", Answer.of(3))
              .expect(expect(0.5, null, null))
              .build();

      // WHEN / THEN: the '/' of the id is escaped as ~1 in the path
      assertOnlyProblem(
          valid().addExamples(example),
          "/examples/0/answers/rewards~1bonus",
          "example 'leaning' answers unknown trait 'rewards/bonus'");
    }

    @Test
    void should_report_the_answer_when_an_example_answers_outside_the_scale() {
      // GIVEN
      WorkedExample example =
          leaning()
              .putAnswers("rewards.volume", Answer.of(9))
              .expect(expect(0.5, null, null))
              .build();

      // WHEN / THEN
      assertOnlyProblem(
          valid().addExamples(example),
          "/examples/0/answers/rewards.volume",
          "example 'leaning'",
          "must be a whole number from 1 to 5 but was 9");
    }

    @Test
    void should_report_the_expectation_when_an_example_expects_nothing() {
      assertOnlyProblem(
          valid().addExamples(leaning().expect(expect(null, null, null)).build()),
          "/examples/0/expect",
          "example 'leaning' expects nothing",
          "index, band or leadingPole");
    }

    @Test
    void should_report_the_index_when_an_example_expects_one_on_a_three_pole_rubric() {
      // GIVEN
      Rubric.Builder builder =
          valid()
              .addPoles(Pole.of("channel", "Channel-centric"))
              .addExamples(leaning().expect(expect(0.5, null, null)).build());

      // WHEN / THEN
      assertOnlyProblem(
          builder,
          "/examples/0/expect/index",
          "example 'leaning' expects an index",
          "only two-pole rubrics have one");
    }

    @Test
    void should_build_when_an_example_expects_a_leading_pole_on_a_three_pole_rubric() {
      // GIVEN: the same answers lead towards customer with three poles too
      Rubric.Builder builder =
          valid()
              .addPoles(Pole.of("channel", "Channel-centric"))
              .addExamples(leaning().expect(expect(null, null, "customer")).build());

      // WHEN / THEN
      assertThat(builder.build().poles()).hasSize(3);
    }

    @Test
    void should_report_the_band_when_an_example_expects_an_unknown_band() {
      assertOnlyProblem(
          valid().bands(BANDS).addExamples(leaning().expect(expect(null, "Huge", null)).build()),
          "/examples/0/expect/band",
          "example 'leaning' expects unknown band 'Huge'");
    }

    @Test
    void should_report_the_band_when_an_example_expects_one_of_a_rubric_without_bands() {
      assertOnlyProblem(
          valid().addExamples(leaning().expect(expect(null, "Balanced", null)).build()),
          "/examples/0/expect/band",
          "expects unknown band 'Balanced'");
    }

    @Test
    void should_report_the_leading_pole_when_an_example_expects_an_unknown_pole() {
      assertOnlyProblem(
          valid().addExamples(leaning().expect(expect(null, null, "sales")).build()),
          "/examples/0/expect/leadingPole",
          "example 'leaning' expects unknown pole 'sales'");
    }

    @Test
    void should_report_the_second_example_when_an_example_name_is_used_twice() {
      // GIVEN
      WorkedExample example = leaning().expect(expect(0.5, null, null)).build();

      // WHEN / THEN
      assertOnlyProblem(
          valid().addExamples(example, example),
          "/examples/1/name",
          "example name 'leaning' is used twice");
    }

    @Test
    void should_not_score_the_examples_when_the_rubric_breaks_another_rule() {
      // GIVEN: a bad version, and an example whose index is wrong
      Rubric.Builder builder =
          valid().version("1.0").addExamples(leaning().expect(expect(0.4, null, null)).build());

      // WHEN / THEN: scoring a broken rubric would only repeat its problems
      assertOnlyProblem(builder, "/version", "semantic version");
    }
  }

  @Test
  void should_report_every_problem_at_once_in_file_order_when_a_rubric_breaks_several_rules() {
    // GIVEN
    Rubric.Builder builder =
        valid()
            .version("one")
            .addPoles(Pole.of("product", "Again"))
            .dimensions(
                List.of(
                    rewards(VOLUME, INSIGHT),
                    focus(
                        Trait.builder().from(AIM).weight(-1.0).build(),
                        Trait.keyed("focus.churn", " ", "sales", "yesno"))))
            .bands(
                List.of(
                    Band.of("Product-leaning", -1.0, -0.2),
                    Band.of("Balanced", -0.1, 0.2),
                    Band.of("Customer-leaning", 0.2, 1.0)))
            .strengthThreshold(2.0);

    // WHEN
    Throwable thrown = catchThrowable(builder::build);

    // THEN
    assertThat(thrown).isExactlyInstanceOf(RubricValidationException.class);
    RubricValidationException e = (RubricValidationException) thrown;
    assertThat(e.rubricId()).isEqualTo("pc");
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "/version",
            "/poles/2/id",
            "/dimensions/1/traits/0/weight",
            "/dimensions/1/traits/1/statement",
            "/dimensions/1/traits/1/keyed",
            "/dimensions/1/traits/1/scale",
            "/bands",
            "/bands/1/from",
            "/strengthThreshold");
    assertThat(e.getMessage())
        .startsWith("rubric 'pc' is invalid: 9 problems")
        .contains(
            "/dimensions/1/traits/1/keyed: trait 'focus.churn' is keyed to unknown pole 'sales'");
  }

  @Test
  void should_report_the_problems_in_file_order_when_references_and_a_repeated_trait_are_wrong() {
    // GIVEN: a repeated trait id with a blank statement, and a repeated reference id
    Rubric.Builder builder =
        valid()
            .dimensions(
                List.of(
                    rewards(VOLUME, INSIGHT),
                    focus(AIM, Trait.keyed("rewards.volume", " ", "customer", "agree5"))))
            .addReferences(
                Reference.builder().id("A").title("A work").build(),
                Reference.builder().id("A").title("Another work").build());

    // WHEN
    List<Problem> problems = problemsOf(builder);

    // THEN: the order of RubricFormat.toYaml(rubric)
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly(
            "/dimensions/1/traits/1/id", "/dimensions/1/traits/1/statement", "/references/1/id");
  }

  @Test
  void should_list_the_problems_as_path_and_message_when_the_exception_is_printed() {
    // GIVEN
    Rubric.Builder builder = valid().version("1.0");

    // WHEN
    Throwable thrown = catchThrowable(builder::build);

    // THEN
    assertThat(thrown)
        .isExactlyInstanceOf(RubricValidationException.class)
        .isInstanceOf(CentricityException.class)
        .hasMessage(
            "rubric 'pc' is invalid: 1 problem"
                + System.lineSeparator()
                + "  /version: version must be a semantic version such as 1.0.0 but was '1.0'");
  }
}
