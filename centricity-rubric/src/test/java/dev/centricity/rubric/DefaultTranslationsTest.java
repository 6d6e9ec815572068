package dev.centricity.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import dev.centricity.core.io.TranslationFormat;
import dev.centricity.core.text.LocalizedRubric;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import dev.centricity.core.text.TranslationCoverage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specifies the shipped translations of the default rubrics: every one is valid against its rubric
 * and complete (an untranslated text, a scale with the wrong number of labels or a text left in
 * English fails, naming it), and the texts are reachable through {@link DefaultRubrics}.
 */
class DefaultTranslationsTest {

  static Stream<Arguments> shipped() {
    List<Arguments> all = new ArrayList<>();
    for (Rubric rubric : List.of(DefaultRubrics.productCustomer(), DefaultRubrics.context())) {
      for (String language : DefaultRubrics.LANGUAGES.subList(1, DefaultRubrics.LANGUAGES.size())) {
        all.add(Arguments.of(rubric.id(), language));
      }
    }
    return all.stream();
  }

  private static Translation read(String rubricId, String language) throws IOException {
    String resource = DefaultRubrics.translationResource(rubricId, language);
    try (InputStream in = DefaultRubrics.class.getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      return TranslationFormat.read(in, resource);
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("shipped")
  void should_ship_a_complete_and_valid_translation(String rubricId, String language)
      throws IOException {
    // GIVEN a shipped translation file and its rubric
    Rubric rubric = DefaultRubrics.byId(rubricId).orElseThrow();
    Translation t = read(rubricId, language);
    // WHEN it is checked against the rubric (throws, listing every problem, if it does not fit)
    t.checkAgainst(rubric);
    TranslationCoverage coverage = t.coverage(rubric);
    // THEN it is the translation its file name says and covers every text
    assertThat(t.rubric()).isEqualTo(rubric.reference());
    assertThat(t.language()).isEqualTo(language);
    assertThat(coverage.untranslated()).as("texts that fall back to English").isEmpty();
    assertThat(coverage.complete()).isTrue();
    assertThat(t.missing()).as("words for don't know").isNotEmpty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("shipped")
  void should_leave_no_text_in_english(String rubricId, String language) throws IOException {
    // GIVEN a shipped translation and its rubric
    Rubric rubric = DefaultRubrics.byId(rubricId).orElseThrow();
    Translation t = read(rubricId, language);
    // WHEN every translated text is set against the English text it stands for
    List<String> same = new ArrayList<>();
    rubric.title().filter(x -> x.equals(t.title().orElse(""))).ifPresent(same::add);
    rubric.description().filter(x -> x.equals(t.description().orElse(""))).ifPresent(same::add);
    for (Pole p : rubric.poles()) {
      if (p.label().equals(t.poles().get(p.id()))) {
        same.add(p.label());
      }
    }
    for (Scale s : rubric.scales()) {
      List<String> labels = t.scales().get(s.id());
      for (int i = 0; i < s.size(); i++) {
        if (s.points().get(i).equals(labels.get(i))) {
          same.add(s.points().get(i));
        }
      }
    }
    for (Dimension d : rubric.dimensions()) {
      if (d.name().equals(t.dimensions().get(d.id()))) {
        same.add(d.name());
      }
    }
    for (Trait x : rubric.allTraits()) {
      if (x.statement().equals(t.traits().get(x.id()))) {
        same.add(x.statement());
      }
    }
    for (Band b : rubric.bands()) {
      if (b.label().equals(t.bands().get(b.label()))) {
        same.add(b.label());
      }
    }
    // THEN none is still the English text
    assertThat(same).as("texts left in English").isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("shipped")
  void should_give_distinct_texts_where_the_rubric_does(String rubricId, String language)
      throws IOException {
    // GIVEN a shipped translation (a statement pasted twice would pass every other check)
    Translation t = read(rubricId, language);
    // THEN its statements, dimension names, band labels and each scale's labels are all distinct
    assertThat(new HashSet<>(t.traits().values())).hasSameSizeAs(t.traits().values());
    assertThat(new HashSet<>(t.dimensions().values())).hasSameSizeAs(t.dimensions().values());
    assertThat(new HashSet<>(t.bands().values())).hasSameSizeAs(t.bands().values());
    assertThat(new HashSet<>(t.poles().values())).hasSameSizeAs(t.poles().values());
    for (List<String> labels : t.scales().values()) {
      assertThat(new HashSet<>(labels)).as("labels %s", labels).hasSameSizeAs(labels);
    }
  }

  @Test
  void should_give_the_default_rubrics_in_four_languages() {
    // GIVEN the default rubrics' texts
    RubricTexts orientation = DefaultRubrics.productCustomerTexts();
    RubricTexts context = DefaultRubrics.contextTexts();
    // THEN each is in English, German, French and Spanish, English being the rubric's own
    assertThat(orientation.languages()).containsExactly("en", "de", "fr", "es");
    assertThat(context.languages()).containsExactly("en", "de", "fr", "es");
    assertThat(orientation.rubric()).isSameAs(DefaultRubrics.productCustomer());
    assertThat(DefaultRubrics.texts("centricity-context")).containsSame(context);
    assertThat(DefaultRubrics.texts("no-such-rubric")).isEmpty();
    assertThat(DefaultRubrics.byId("product-customer-centricity"))
        .containsSame(DefaultRubrics.productCustomer());
    // AND a text in each language is that language's
    LocalizedRubric de = orientation.in("de");
    assertThat(de.bandLabel("Balanced")).isEqualTo("Ausgewogen");
    assertThat(orientation.in("fr").pointLabels("agree5")).startsWith("Pas du tout d'accord");
    assertThat(orientation.in("es").dimensionName("rewards")).isEqualTo("Retribución e incentivos");
    assertThat(orientation.in("it").language()).isEqualTo("en");
    Set<String> titles = new HashSet<>();
    for (String language : DefaultRubrics.LANGUAGES) {
      titles.add(context.in(language).title());
    }
    assertThat(titles).hasSize(4);
  }
}
