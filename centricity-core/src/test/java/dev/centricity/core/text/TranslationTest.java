package dev.centricity.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.io.TranslationFormat;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specifies a translation's own rules, its fit to its rubric (every problem with its path, all at
 * once) and its coverage, on the small rubric {@code rubrics/two-poles.yaml} (21 texts: a title, 2
 * pole labels, 5 + 2 point labels, 2 dimension names, 4 statements, 5 band labels).
 */
class TranslationTest {

  static Path resource(String name) {
    try {
      return Path.of(TranslationTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Rubric twoPoles() {
    return RubricFormat.read(resource("/rubrics/two-poles.yaml"));
  }

  @Test
  void should_cover_every_text_when_complete() {
    // GIVEN the complete German translation
    Translation de = TranslationFormat.read(resource("/translations/two-poles.de.yaml"));
    // WHEN its coverage is taken
    TranslationCoverage c = de.coverage(twoPoles());
    // THEN all 21 texts are translated: 1 + 2 + (5 + 2) + 2 + 4 + 5 = 21
    assertThat(c.texts()).isEqualTo(21);
    assertThat(c.translated()).isEqualTo(21);
    assertThat(c.untranslated()).isEmpty();
    assertThat(c.complete()).isTrue();
    assertThat(c.fraction()).isEqualTo(1.0);
  }

  @Test
  void should_name_every_untranslated_text_in_rubric_order() {
    // GIVEN a French translation of the title, both poles, agree5 (5 labels), one dimension, two
    // statements and one band; yesno and focus.churn are given as null, which counts as absent
    Translation fr = TranslationFormat.read(resource("/translations/two-poles.fr-partial.yaml"));
    // WHEN its coverage is taken
    TranslationCoverage c = fr.coverage(twoPoles());
    // THEN 1 + 2 + 5 + 1 + 2 + 1 = 12 of 21 texts are translated, 12/21 = 4/7
    assertThat(c.texts()).isEqualTo(21);
    assertThat(c.translated()).isEqualTo(12);
    assertThat(c.fraction()).isEqualTo(12 / 21.0);
    assertThat(c.complete()).isFalse();
    assertThat(c.untranslated())
        .containsExactly(
            "/scales/yesno",
            "/dimensions/focus",
            "/traits/rewards.insight",
            "/traits/focus.churn",
            "/bands/Strongly product-centric",
            "/bands/Product-leaning",
            "/bands/Customer-leaning",
            "/bands/Strongly customer-centric");
  }

  @Test
  void should_report_every_problem_against_the_rubric_with_its_path() {
    // GIVEN a translation made for another version, with unknown ids and a scale of 4 labels
    Translation wrong = TranslationFormat.read(resource("/translations/two-poles.wrong.yaml"));
    // WHEN it is checked against the rubric
    TranslationValidationException e =
        catchThrowableOfType(
            TranslationValidationException.class, () -> wrong.checkAgainst(twoPoles()));
    // THEN every problem is listed at once, in file order, each with its path
    assertThat(e.language()).isEqualTo("de");
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "/translation/rubric",
            "/poles/channel",
            "/scales/agree5",
            "/scales/often7",
            "/dimensions/culture",
            "/dimensionDescriptions/rewards",
            "/traits/rewards.launches",
            "/bands/Neutral");
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "translates version 1.1.0 of rubric 'two-poles' but the rubric is version 1.0.0");
    assertThat(e.problems().get(1).message())
        .isEqualTo("the rubric has no pole 'channel'; it has: product, customer");
    assertThat(e.problems().get(2).message())
        .isEqualTo("has 4 point labels but scale 'agree5' has 5 points");
    assertThat(e.problems().get(5).message())
        .isEqualTo("dimension 'rewards' has no description in the rubric to translate");
    assertThat(e.getMessage())
        .startsWith("translation 'de' of rubric 'two-poles@1.1.0' is invalid: 8 problems")
        .contains("/traits/rewards.launches: the rubric has no trait 'rewards.launches'");
  }

  @Test
  void should_refuse_a_translation_of_another_rubric() {
    // GIVEN a translation naming another rubric
    Translation other = Translation.builder("other", "1.0.0", "de").title("Anders").build();
    // WHEN it is checked against two-poles
    TranslationValidationException e =
        catchThrowableOfType(
            TranslationValidationException.class, () -> other.coverage(twoPoles()));
    // THEN the one problem names both rubrics
    assertThat(e.problems())
        .containsExactly(
            new Problem(
                "/translation/rubric", "translates rubric 'other' but the rubric is 'two-poles'"));
  }

  @Test
  void should_refuse_a_title_or_description_the_rubric_does_not_have() {
    // GIVEN a rubric without description, and a translation giving one
    Translation t =
        Translation.builder("two-poles", "1.0.0", "de").description("Beschreibung").build();
    // WHEN checked
    TranslationValidationException e =
        catchThrowableOfType(
            TranslationValidationException.class, () -> t.checkAgainst(twoPoles()));
    // THEN the problem is at /description
    assertThat(e.problems())
        .containsExactly(new Problem("/description", "the rubric has no description to translate"));
  }

  @Test
  void should_report_every_problem_of_its_own_when_built() {
    // GIVEN a blank rubric id and version, a malformed language, blank texts and a repeated word
    Translation.Builder b =
        Translation.builder(" ", "", "deutsch!")
            .title(" ")
            .pole("", "Produkt")
            .scale("agree5", List.of())
            .scale("yesno", List.of("Nein", ""))
            .trait("focus.aim", "")
            .missing("Weiß nicht", "weiß nicht ");
    // WHEN it is built
    TranslationValidationException e =
        catchThrowableOfType(TranslationValidationException.class, b::build);
    // THEN every problem is reported with its path
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "/translation/rubric",
            "/translation/rubric",
            "/translation/language",
            "/title",
            "/poles/",
            "/scales/agree5",
            "/scales/yesno/1",
            "/traits/focus.aim",
            "/missing/1");
    assertThat(e.problems().get(2).message())
        .isEqualTo("language must be a BCP 47 tag such as de or pt-BR but was 'deutsch!'");
    assertThat(e.problems().get(8).message()).isEqualTo("the word 'weiß nicht ' is listed twice");
  }

  @Test
  void should_write_language_tags_in_canonical_case() {
    // GIVEN tags in odd case
    // WHEN built
    // THEN language lower case, region upper case
    assertThat(Translation.builder("r", "1.0.0", "DE-ch").build().language()).isEqualTo("de-CH");
    assertThat(Translation.builder("r", "1.0.0", "pt-br").build().language()).isEqualTo("pt-BR");
  }

  @Test
  void should_be_equal_when_its_texts_are_and_copy_through_its_builder() {
    // GIVEN a translation and a copy made from it
    Translation de = TranslationFormat.read(resource("/translations/two-poles.de.yaml"));
    Translation copy = Translation.builder(de).build();
    // THEN they are equal, with equal hash codes, and a changed text makes them differ
    assertThat(copy).isEqualTo(de).hasSameHashCodeAs(de);
    assertThat(Translation.builder(de).trait("focus.aim", "Was wollen wir?").build())
        .isNotEqualTo(de);
    assertThat(de.toString()).isEqualTo("Translation{two-poles@1.0.0, de, 4 statements}");
    assertThat(de.rubric()).isEqualTo("two-poles@1.0.0");
  }

  @Test
  void should_keep_its_maps_unmodifiable() {
    Translation de = TranslationFormat.read(resource("/translations/two-poles.de.yaml"));
    assertThat(catchThrowableOfType(UnsupportedOperationException.class, () -> de.traits().clear()))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                UnsupportedOperationException.class, () -> de.scales().get("yesno").clear()))
        .isNotNull();
  }

  @Test
  void should_refuse_counts_that_cannot_be() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> new TranslationCoverage(3, 4, List.of())))
        .hasMessage("coverage needs 0 <= translated <= texts but was 4 of 3");
    assertThat(new TranslationCoverage(0, 0, List.of()).fraction()).isEqualTo(1.0);
  }
}
