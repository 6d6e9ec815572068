package dev.centricity.core.text;

import static dev.centricity.core.text.TranslationTest.resource;
import static dev.centricity.core.text.TranslationTest.twoPoles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.core.io.TranslationFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Specifies a rubric's texts in a language: the languages listed, the choice of translation by tag,
 * the fall-back to the rubric's own text wherever a translation lacks one, and that translations
 * change no score.
 */
class RubricTextsTest {

  private static final Translation DE =
      TranslationFormat.read(resource("/translations/two-poles.de.yaml"));
  private static final Translation FR =
      TranslationFormat.read(resource("/translations/two-poles.fr-partial.yaml"));

  private static RubricTexts texts() {
    return RubricTexts.of(twoPoles(), List.of(DE, FR));
  }

  @Test
  void should_list_the_rubrics_own_language_first() {
    // GIVEN two-poles (no language in its metadata, so English) with German and French
    RubricTexts texts = texts();
    // THEN the languages are its own, then the translations' in order
    assertThat(texts.sourceLanguage()).isEqualTo("en");
    assertThat(texts.languages()).containsExactly("en", "de", "fr");
    assertThat(texts.translations()).containsExactly(DE, FR);
    assertThat(texts.translation("DE")).contains(DE);
    assertThat(texts.translation("es")).isEmpty();
  }

  @Test
  void should_take_the_rubrics_language_from_its_metadata() {
    // GIVEN a rubric written in German
    Rubric german = Rubric.builder().from(twoPoles()).putMetadata("language", "de").build();
    // THEN that is its own language, and a translation into German is refused
    assertThat(RubricTexts.of(german).sourceLanguage()).isEqualTo("de");
    assertThat(RubricTexts.of(german).languages()).containsExactly("de");
    TranslationValidationException e =
        catchThrowableOfType(
            TranslationValidationException.class, () -> RubricTexts.of(german, List.of(DE)));
    assertThat(e.problems())
        .containsExactly(
            new Problem("/translation/language", "the rubric is written in 'de' itself"));
  }

  @Test
  void should_give_every_text_in_the_language_asked_for() {
    // GIVEN the German texts
    LocalizedRubric de = texts().in("de");
    // THEN every kind of text is German
    assertThat(de.language()).isEqualTo("de");
    assertThat(de.translation()).contains(DE);
    assertThat(de.title()).isEqualTo("Eine kleine Rubrik mit zwei Polen");
    assertThat(de.poleLabel("customer")).isEqualTo("Kundenorientiert");
    assertThat(de.pointLabels("yesno")).containsExactly("Nein", "Ja");
    assertThat(de.pointLabelsOf("focus.aim")).hasSize(5).startsWith("Stimme gar nicht zu");
    assertThat(de.dimensionName("focus")).isEqualTo("Ausrichtung");
    assertThat(de.statement("focus.churn"))
        .isEqualTo("Wir messen jeden Monat, wie viele Kunden abwandern.");
    assertThat(de.bandLabel("Balanced")).isEqualTo("Ausgewogen");
    assertThat(de.missingWords()).containsExactly("Weiß nicht", "keine Angabe");
    assertThat(de.coverage().complete()).isTrue();
    assertThat(de).hasToString("two-poles@1.0.0 in de");
  }

  @Test
  void should_fall_back_to_the_rubrics_text_where_a_translation_lacks_one() {
    // GIVEN the partial French texts
    LocalizedRubric fr = texts().in("fr");
    // THEN what is translated is French and the rest is the rubric's English
    assertThat(fr.statement("rewards.volume")).isEqualTo("Les primes suivent les volumes vendus.");
    assertThat(fr.statement("rewards.insight")).isEqualTo("Recognition goes to customer insight.");
    assertThat(fr.pointLabels("yesno")).containsExactly("No", "Yes");
    assertThat(fr.dimensionName("focus")).isEqualTo("Focus");
    assertThat(fr.bandLabel("Product-leaning")).isEqualTo("Product-leaning");
    assertThat(fr.description()).isEmpty();
    assertThat(fr.poleDescription("product")).isEmpty();
    assertThat(fr.dimensionDescription("focus")).isEmpty();
    assertThat(fr.missingWords()).isEmpty();
    assertThat(fr.coverage().translated()).isEqualTo(12);
  }

  @Test
  void should_choose_by_language_when_the_region_has_no_translation() {
    // GIVEN German and French only
    RubricTexts texts = texts();
    // WHEN Swiss German, Canadian French, Spanish and English are asked for
    // THEN Swiss German is German, Canadian French is French, Spanish and English the rubric's own
    assertThat(texts.in("de-CH").language()).isEqualTo("de");
    assertThat(texts.in("fr-CA").language()).isEqualTo("fr");
    assertThat(texts.in("es").language()).isEqualTo("en");
    assertThat(texts.in("es").translation()).isEmpty();
    assertThat(texts.in("es").statement("focus.aim")).isEqualTo("Which do we pursue?");
    assertThat(texts.in("en-GB").language()).isEqualTo("en");
    assertThat(texts.supports("de-CH")).isTrue();
    assertThat(texts.supports("en-GB")).isTrue();
    assertThat(texts.supports("es")).isFalse();
    assertThat(texts.source().coverage().complete()).isTrue();
    assertThat(texts.source().coverage().texts()).isEqualTo(21);
  }

  @Test
  void should_refuse_a_malformed_language_tag() {
    IllegalArgumentException e =
        catchThrowableOfType(IllegalArgumentException.class, () -> texts().in("german!"));
    assertThat(e).hasMessage("language must be a BCP 47 tag such as de or pt-BR but was 'german!'");
  }

  @Test
  void should_refuse_an_id_the_rubric_does_not_have() {
    LocalizedRubric de = texts().in("de");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> de.statement("nope")))
        .hasMessage("rubric 'two-poles' has no trait 'nope'");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> de.bandLabel("Neutral")))
        .hasMessage("rubric 'two-poles' has no band 'Neutral'");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> de.pointLabels("x")))
        .hasMessage("rubric 'two-poles' has no scale 'x'");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> de.poleLabel("x")))
        .hasMessage("rubric 'two-poles' has no pole 'x'");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> de.dimensionName("x")))
        .hasMessage("rubric 'two-poles' has no dimension 'x'");
  }

  @Test
  void should_refuse_two_translations_into_one_language_and_one_that_does_not_fit() {
    // GIVEN the German translation twice
    TranslationValidationException twice =
        catchThrowableOfType(
            TranslationValidationException.class,
            () -> RubricTexts.of(twoPoles(), List.of(DE, DE)));
    assertThat(twice.problems())
        .containsExactly(new Problem("/translation/language", "a second translation into 'de'"));
    // GIVEN one that does not fit
    Translation wrong = TranslationFormat.read(resource("/translations/two-poles.wrong.yaml"));
    TranslationValidationException misfit =
        catchThrowableOfType(
            TranslationValidationException.class, () -> RubricTexts.of(twoPoles()).with(wrong));
    assertThat(misfit.problems()).hasSize(8);
  }

  @Test
  void should_replace_a_translation_into_the_same_language() {
    Translation newer = Translation.builder(DE).trait("focus.aim", "Was wollen wir?").build();
    RubricTexts texts = texts().with(newer);
    assertThat(texts.languages()).containsExactly("en", "de", "fr");
    assertThat(texts.in("de").statement("focus.aim")).isEqualTo("Was wollen wir?");
    assertThat(RubricTexts.of(twoPoles()).with(FR).languages()).containsExactly("en", "fr");
  }

  @Test
  void should_change_no_score_and_no_content_hash() {
    // GIVEN a rubric, its hash and a scorecard, before any translation is made
    Rubric rubric = twoPoles();
    String hash = rubric.contentHash();
    Response r =
        ResponseFormat.fromJson(
            "{\"answers\":{\"rewards.volume\":2,\"rewards.insight\":4,\"focus.aim\":5,"
                + "\"focus.churn\":1}}");
    String before = ScorecardFormat.toJson(Scorer.of(rubric).score(r));
    // WHEN texts in every language are taken
    RubricTexts texts = RubricTexts.of(rubric, List.of(DE, FR));
    for (String language : texts.languages()) {
      texts.in(language).statement("focus.aim");
    }
    // THEN the rubric, its hash and the scorecard's JSON are unchanged, bit for bit
    assertThat(texts.rubric()).isSameAs(rubric);
    assertThat(rubric.contentHash()).isEqualTo(hash);
    assertThat(ScorecardFormat.toJson(Scorer.of(texts.in("de").rubric()).score(r)))
        .isEqualTo(before);
    assertThat(before).doesNotContain("Ausgewogen", "Kundenorientiert");
    assertThat(Map.of("hash", hash)).containsEntry("hash", twoPoles().contentHash());
  }
}
