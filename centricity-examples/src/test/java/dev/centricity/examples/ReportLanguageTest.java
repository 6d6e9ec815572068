package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.rubric.DefaultRubrics;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies the reports' message bundles and the language a report is shown in: every bundle has
 * exactly the English keys, each with a text of its own, and a language shows the rubric's texts
 * and formats numbers as that language writes them.
 */
class ReportLanguageTest {

  private static Properties bundle(String language) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        ReportLanguage.class.getResourceAsStream("report_" + language + ".properties")) {
      assertThat(in).as("bundle %s", language).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The keys of a shipped bundle. */
  static java.util.Set<String> keys(String language) {
    try {
      return bundle(language).stringPropertyNames();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"de", "fr", "es"})
  void should_give_every_english_word_in_each_language(String language) throws Exception {
    // GIVEN the English bundle and another
    Properties en = bundle("en");
    Properties other = bundle(language);
    // THEN they have the same keys, none blank, and the same placeholders in each text
    assertThat(new TreeSet<>(other.stringPropertyNames()))
        .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    for (String key : en.stringPropertyNames()) {
      String text = other.getProperty(key);
      assertThat(text).as(key).isNotBlank();
      for (int i = 0; i < 5; i++) {
        String placeholder = "{" + i + "}";
        assertThat(text.contains(placeholder))
            .as("%s in %s has %s", key, language, placeholder)
            .isEqualTo(en.getProperty(key).contains(placeholder));
      }
    }
    assertThat(other.getProperty("languageName")).isNotEqualTo(en.getProperty("languageName"));
  }

  @Test
  void should_show_the_rubric_and_numbers_in_the_language_asked_for() {
    // GIVEN the default rubric in German and in Italian (which it has no texts in)
    ReportLanguage de = ReportLanguage.of(DefaultRubrics.productCustomerTexts(), "de");
    ReportLanguage it = ReportLanguage.of(DefaultRubrics.productCustomerTexts(), "it");
    // THEN German names, labels and decimal commas; Italian falls back to the rubric's English
    assertThat(de.describe()).isEqualTo("Deutsch (de)");
    assertThat(de.rubric().dimension("rewards").orElseThrow().name())
        .isEqualTo("Vergütung und Anreize");
    assertThat(de.rubric().poles().get(1).label()).isEqualTo("Kundenorientiert");
    assertThat(de.band("Product-leaning")).isEqualTo("Eher produktorientiert");
    assertThat(de.number("%+.3f", -0.1694)).isEqualTo("-0,169");
    assertThat(de.get("respondentNumber", 3)).isEqualTo("Teilnehmer 3");
    assertThat(de.rubric().allTraits()).hasSameSizeAs(DefaultRubrics.productCustomer().allTraits());
    assertThat(it.describe()).isEqualTo("English (en)");
    assertThat(it.rubric()).isSameAs(DefaultRubrics.productCustomer());
    assertThat(it.number("%+.3f", -0.1694)).isEqualTo("-0.169");
  }
}
