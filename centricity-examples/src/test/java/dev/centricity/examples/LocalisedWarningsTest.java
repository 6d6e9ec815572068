package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Warning;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.rubric.DefaultRubrics;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies how warnings and the reasons a row was rejected are worded in a report's language: from
 * their codes and values (never from the English message), every code in every shipped language,
 * with what the file gave (cells, columns, ids) shown as given. The German expectations are written
 * out by hand.
 */
class LocalisedWarningsTest {

  private static final String REF = "product-customer-centricity@1.0.0";

  private static ReportLanguage in(String language) {
    return ReportLanguage.of(DefaultRubrics.productCustomerTexts(), language);
  }

  /** One warning of each code, with values of the kinds its code lists. */
  private static List<Warning> everyWarning() {
    return List.of(
        Warning.of(Warning.Code.UNKNOWN_TRAIT_IGNORED, "focus.typo", "m", List.of(REF)),
        Warning.of(Warning.Code.ANSWERS_SKIPPED, "r", "m", List.of("41", "49")),
        Warning.of(Warning.Code.ANSWERS_NEUTRAL, "r", "m", List.of("1", "49")),
        Warning.of(Warning.Code.DIMENSION_LOW_COVERAGE, "measures", "m", List.of("0.2", "0.5")),
        Warning.of(Warning.Code.DIMENSION_NO_WEIGHT, "rewards", "m", List.of()),
        Warning.of(Warning.Code.UNDETERMINED, "r", "m", List.of()));
  }

  private static List<CohortWarning> everyCohortWarning() {
    return List.of(
        CohortWarning.of(
            CohortWarning.Code.UNKNOWN_COLUMN_IGNORED, "Zeitstempel", "m", List.of(REF)),
        CohortWarning.of(CohortWarning.Code.TRAIT_COLUMN_MISSING, "focus.aim", "m", List.of()),
        CohortWarning.of(CohortWarning.Code.ROWS_REJECTED, "r", "m", List.of("2", "4")),
        CohortWarning.of(CohortWarning.Code.RESPONDENTS_UNDETERMINED, "r", "m", List.of("1", "3")),
        CohortWarning.of(CohortWarning.Code.ITEM_EXCLUDED, "focus.aim", "m", List.of("focus", "0")),
        CohortWarning.of(CohortWarning.Code.ITEM_EXCLUDED, "focus.aim", "m", List.of("focus", "1")),
        CohortWarning.of(
            CohortWarning.Code.ITEM_EXCLUDED, "focus.aim", "m", List.of("focus", "3", "4")),
        CohortWarning.of(CohortWarning.Code.RELIABILITY_UNAVAILABLE, "focus", "m", List.of("1")),
        CohortWarning.of(
            CohortWarning.Code.RELIABILITY_UNAVAILABLE,
            "focus",
            "m",
            List.of("focus.aim", "focus.market-share", "0")),
        CohortWarning.of(
            CohortWarning.Code.RELIABILITY_UNAVAILABLE,
            "focus",
            "m",
            List.of("focus.aim", "focus.market-share", "1")),
        CohortWarning.of(
            CohortWarning.Code.POSSIBLY_MISKEYED,
            "focus.aim",
            "m",
            List.of("focus", "-0.25", "customer")));
  }

  private static List<RowProblem> everyProblem() {
    return List.of(
        RowProblem.of(RowProblem.Code.MALFORMED_RECORD, Optional.empty(), List.of("3")),
        RowProblem.of(RowProblem.Code.FIELD_COUNT, Optional.empty(), List.of("3", "51")),
        RowProblem.of(
            RowProblem.Code.NOT_AN_ANSWER, Optional.of("Frage 3"), List.of("trifft zu", "5")),
        RowProblem.of(RowProblem.Code.OUT_OF_SCALE, Optional.of("focus.aim"), List.of("7", "5")),
        RowProblem.of(RowProblem.Code.UNKNOWN_TRAIT, Optional.of("focus.typo"), List.of(REF)),
        RowProblem.of(RowProblem.Code.UNANSWERED, Optional.of("focus.aim"), List.of()),
        RowProblem.of(RowProblem.Code.WRONG_RUBRIC, Optional.empty(), List.of("other@1.0.0", REF)),
        RowProblem.of(RowProblem.Code.NOT_AN_OBJECT, Optional.empty(), List.of("[1,2]")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "de", "fr", "es"})
  void should_word_every_code_from_the_bundle_in_every_language(String language) {
    // GIVEN a warning or problem of every code whose English message is just "m"
    ReportLanguage shown = in(language);
    // THEN each is worded from the bundle, with every placeholder filled
    for (Warning w : everyWarning()) {
      assertThat(shown.warning(w)).as("%s", w.code()).isNotEqualTo("m").doesNotContain("{");
    }
    for (CohortWarning w : everyCohortWarning()) {
      assertThat(shown.warning(w)).as("%s", w.code()).isNotEqualTo("m").doesNotContain("{");
    }
    for (RowProblem p : everyProblem()) {
      RowError e = RowError.of(2, Optional.empty(), Optional.empty(), "m", List.of(p));
      assertThat(shown.reason(e)).as("%s", p.code()).isNotEqualTo("m").doesNotContain("{");
    }
    // AND the English and the other languages differ wherever the words differ
    if (!language.equals("en")) {
      for (Warning w : everyWarning()) {
        assertThat(shown.warning(w)).isNotEqualTo(in("en").warning(w));
      }
    }
  }

  @Test
  void should_have_words_for_every_code_the_library_has_in_every_bundle() {
    // a code added to the library without words in the bundles fails here (the report would
    // fall back to its English message)
    for (String language : ReportLanguage.LANGUAGES) {
      java.util.Set<String> keys = ReportLanguageTest.keys(language);
      for (Warning.Code c : Warning.Code.values()) {
        assertThat(keys)
            .as("%s in %s", c, language)
            .anyMatch(k -> k.startsWith("warning." + kebab(c)));
      }
      for (CohortWarning.Code c : CohortWarning.Code.values()) {
        assertThat(keys)
            .as("%s in %s", c, language)
            .anyMatch(k -> k.startsWith("cohortWarning." + kebab(c)));
      }
      for (RowProblem.Code c : RowProblem.Code.values()) {
        assertThat(keys).as("%s in %s", c, language).contains("problem." + kebab(c));
      }
    }
  }

  private static String kebab(Enum<?> c) {
    return c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  @Test
  void should_say_when_the_list_of_rejected_rows_is_cut() {
    // 1,500 of 2,000 rows rejected, the first 1,000 listed
    CohortWarning w =
        CohortWarning.of(
            CohortWarning.Code.ROWS_REJECTED, "r", "m", List.of("1500", "2000", "1000"));
    assertThat(in("de").warning(w))
        .isEqualTo(
            "1500 von 2000 Zeilen ließen sich nicht auswerten; die ersten 1000 stehen unter"
                + " „Abgelehnte Zeilen“, die übrigen sind nur gezählt.");
  }

  @Test
  void should_word_warnings_in_german_with_german_names_and_numbers() {
    ReportLanguage de = in("de");
    List<Warning> w = everyWarning();
    assertThat(de.warning(w.get(0)))
        .isEqualTo(
            "Die Antwort zu „focus.typo“ wurde nicht gewertet: Die Rubrik "
                + REF
                + " hat kein solches Merkmal.");
    assertThat(de.warning(w.get(1)))
        .isEqualTo("41 von 49 Aussagen sind unbeantwortet und zählen nicht mit.");
    // 0.2 and 0.5 as German percentages, the dimension by its German name
    assertThat(de.warning(w.get(3)))
        .isEqualTo(
            "„Erfolgsmaßstäbe“ zählt nicht: Nur 20 % des Gewichts sind beantwortet, verlangt"
                + " sind mindestens 50 %.");
    assertThat(de.warning(w.get(4)))
        .isEqualTo(
            "„Vergütung und Anreize“ zählt nicht: Dort ist keine Aussage mit einem Gewicht über 0 beantwortet.");
    assertThat(de.warning(w.get(5)))
        .isEqualTo("Kein Bereich zählt, daher gibt es kein Gesamtergebnis.");
  }

  @Test
  void should_word_cohort_warnings_in_german() {
    ReportLanguage de = in("de");
    List<CohortWarning> w = everyCohortWarning();
    assertThat(de.warning(w.get(0)))
        .isEqualTo(
            "Die Spalte „Zeitstempel“ wurde übergangen: Die Rubrik "
                + REF
                + " hat kein solches Merkmal.");
    assertThat(de.warning(w.get(2)))
        .isEqualTo(
            "2 von 4 Zeilen ließen sich nicht auswerten; sie stehen unter „Abgelehnte Zeilen“.");
    assertThat(de.warning(w.get(6)))
        .isEqualTo(
            "„focus.aim“ bleibt bei der Reliabilität von „Strategische Ausrichtung“ außen vor:"
                + " Alle 3 Antworten lauten 4, die Antworten streuen also nicht.");
    assertThat(de.warning(w.get(9)))
        .isEqualTo(
            "Die Reliabilität von „Strategische Ausrichtung“ lässt sich nicht berechnen:"
                + " „focus.aim“ und „focus.market-share“ hat nur eine Person beide beantwortet,"
                + " nötig sind mindestens zwei.");
    // r.drop -0.25 with a decimal comma, the pole by its German label
    assertThat(de.warning(w.get(10)))
        .isEqualTo(
            "„focus.aim“ hängt negativ mit den übrigen Aussagen von „Strategische Ausrichtung“"
                + " zusammen (r.drop -0,250), so wie die Rubrik sie wertet (in Richtung"
                + " „Kundenorientiert“): Stimmt die Richtung? Umgepolt wurde nichts.");
  }

  @Test
  void should_word_rejected_rows_in_german_keeping_the_files_text() {
    // GIVEN a row with a German phrase in a cell and an answer out of the scale
    RowError e =
        RowError.of(
            4,
            Optional.of("c"),
            Optional.of("Frage 3"),
            "column 'Frage 3': 'trifft zu' is not an answer …",
            List.of(everyProblem().get(2), everyProblem().get(3)));
    // THEN German words around the cell and column exactly as the file has them
    assertThat(in("de").reason(e))
        .isEqualTo(
            "„Frage 3“: „trifft zu“ ist keine gültige Antwort: Erlaubt sind ganze Zahlen von 1"
                + " bis 5, ein leeres Feld oder n/a; „focus.aim“: 7 liegt außerhalb der Skala, die"
                + " von 1 bis 5 reicht");
    assertThat(
            in("de")
                .reason(
                    RowError.of(
                        5,
                        Optional.empty(),
                        Optional.empty(),
                        "m",
                        List.of(everyProblem().get(1)))))
        .isEqualTo("Anzahl der Felder: 3 in dieser Zeile, 51 in der Kopfzeile");
  }

  @Test
  void should_show_a_warning_or_row_error_without_values_in_english_as_it_is() {
    // a host's own warning or row error, made from its English text alone
    Warning w = Warning.of(Warning.Code.ANSWERS_SKIPPED, "r", "3 of 49 traits are unanswered");
    RowError e = RowError.of(2, Optional.empty(), Optional.empty(), "set aside by the host");
    assertThat(in("de").warning(w)).isEqualTo("3 of 49 traits are unanswered");
    assertThat(in("de").reason(e)).isEqualTo("set aside by the host");
  }
}
