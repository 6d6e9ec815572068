package dev.centricity.examples.cli;

import static dev.centricity.examples.cli.CentricityCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies {@code --lang} on the reports of score, cohort, fit and compare: their own words
 * (warnings and the reasons rows were rejected included), the rubric's texts and the numbers in the
 * language, the language named, and JSON unchanged.
 */
class LocalisedReportsTest {

  @TempDir Path dir;

  @Test
  void should_write_the_score_report_in_german() {
    // GIVEN the sample that talks customers but rewards volume (index -0.169, band Balanced)
    Run r = run("score", "--sample", "sales-talk", "--lang", "de");
    // THEN the report's words, the rubric's texts and the numbers are German
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "Produkt- oder Kundenorientierung ("
                + dev.centricity.rubric.DefaultRubrics.productCustomer().reference()
                + ")\n")
        .contains("Sprache:    Deutsch (de)\n")
        .contains("Stufe:      Ausgewogen\n")
        .contains("Index:      -0,169  (Produktorientiert [")
        .contains("Punkte:     41,5 / 100")
        .contains("  Erfolgsmaßstäbe                  -0,900 ")
        .contains("Was am stärksten Richtung „Kundenorientiert“ zieht")
        .contains("(Antwort 5)")
        .doesNotContain("Band:", "Dimensions", "Balanced");
  }

  @Test
  void should_name_the_language_of_the_default_report() {
    Run r = run("score", "--sample", "sales-talk");
    assertThat(r.out()).contains("Language:   English (en)\n").contains("Index:      -0.169");
  }

  @Test
  void should_write_the_same_json_in_every_language() {
    Run en = run("score", "--sample", "tableware", "--format", "json");
    for (String lang : new String[] {"de", "fr", "es"}) {
      Run other = run("score", "--sample", "tableware", "--format", "json", "--lang", lang);
      assertThat(other.out()).isEqualTo(en.out());
    }
  }

  @Test
  void should_write_the_html_report_in_french() {
    Run r = run("score", "--sample", "online-retailer", "--format", "html", "--lang", "fr");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("<html lang=\"fr\">")
        .contains("Langue: Français (fr)")
        .contains("<h3>Où se situe l&#39;organisation</h3>")
        .contains("Rémunération et incitations")
        .doesNotContain("Where the organisation stands", "Pole strengths");
  }

  @Test
  void should_write_the_cohort_report_in_spanish() throws Exception {
    // GIVEN a cohort of the context rubric: two respondents per group, every trait answered
    Path csv = dir.resolve("cohort.csv");
    Files.writeString(
        csv,
        "respondent,group,purchase.low-effort,purchase.interchangeable,purchase.considered,"
            + "purchase.informed,purchase.wanted,relationship.one-off,relationship.price-hopping,"
            + "relationship.repeat,relationship.loyalty-pays,customers.same-needs,"
            + "customers.unknown-buyers,customers.value-spread,customers.tailorable\n"
            + "a,norte,1,2,4,5,4,1,2,5,4,2,1,4,5\n"
            + "b,norte,2,2,4,4,5,2,1,4,5,1,2,5,4\n"
            + "c,sur,4,5,2,1,2,4,5,2,1,5,4,2,1\n"
            + "d,sur,5,4,1,2,1,5,4,1,2,4,5,1,2\n");
    Run r = run("cohort", "--rubric", "centricity-context", "--lang", "es", csv.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Idioma: Español (es)")
        .contains("4 filas: 4 participantes puntuados, 0 rechazados; intervalos al 95 %")
        .contains("todo el grupo")
        .contains("Áreas (todo el grupo)")
        .contains("La compra")
        .doesNotContain("whole cohort", "Dimensions");
    Run json = run("cohort", "--rubric", "centricity-context", "--format", "json", csv.toString());
    Run jsonEs =
        run(
            "cohort",
            "--rubric",
            "centricity-context",
            "--format",
            "json",
            "--lang",
            "es",
            csv.toString());
    assertThat(jsonEs.out()).isEqualTo(json.out());
  }

  @Test
  void should_write_fit_and_compare_in_the_language() throws Exception {
    Path o = dir.resolve("o.json");
    Path c = dir.resolve("c.json");
    Files.writeString(
        o,
        dev.centricity.core.io.ResponseFormat.toJson(
            dev.centricity.rubric.SampleOrganisation.SALES_TALK.orientation()));
    Files.writeString(
        c,
        dev.centricity.core.io.ResponseFormat.toJson(
            dev.centricity.rubric.SampleOrganisation.SALES_TALK.context()));
    Run fit = run("fit", "--orientation", o.toString(), "--context", c.toString(), "--lang", "de");
    assertThat(fit.code()).as(fit.err()).isZero();
    assertThat(fit.out())
        .contains("Index der Ausrichtung:")
        .contains("Abstand je Bereich der Ausrichtung")
        .doesNotContain("Recommended index");
    Run compare = run("compare", o.toString(), o.toString(), "--lang", "fr");
    assertThat(compare.code()).as(compare.err()).isZero();
    assertThat(compare.out()).contains("avant", "après", "écart", "Indice global");
  }

  @Test
  void should_word_the_score_reports_warnings_in_german() throws Exception {
    // GIVEN a response answering the 7 focus traits and 1 of the 5 measures traits (weights 1):
    // 49 - 8 = 41 traits unanswered; measures' coverage 1/5 = 20 %, under the minimum of 50 %;
    // the other seven dimensions have no answer at all
    Path response = dir.resolve("few.json");
    Files.writeString(
        response,
        "{\"respondent\": \"r-7\", \"answers\": {\"focus.market-share\": 2,"
            + " \"focus.product-plan\": 2, \"focus.feature-view\": 3, \"focus.customer-first\": 4,"
            + " \"focus.customer-success\": 4, \"focus.customer-growth\": 5, \"focus.aim\": 4,"
            + " \"measures.volume-year\": 2}}");
    // WHEN
    Run text = run("score", "--lang", "de", response.toString());
    Run html = run("score", "--lang", "de", "--format", "html", response.toString());
    // THEN the warnings and why a dimension does not count are German, in text and HTML
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("Hinweise\n")
        .contains("  - 41 von 49 Aussagen sind unbeantwortet und zählen nicht mit.\n")
        .contains(
            "  - „Erfolgsmaßstäbe“ zählt nicht: Nur 20 % des Gewichts sind beantwortet, verlangt"
                + " sind mindestens 50 %.\n")
        .contains(
            "  - „Vergütung und Anreize“ zählt nicht: Dort ist keine Aussage mit Gewicht"
                + " beantwortet.\n")
        .contains("nicht gezählt: nur 20 % des Gewichts beantwortet, mindestens 50 % nötig")
        .contains("nicht gezählt: keine Aussage mit Gewicht beantwortet")
        .doesNotContain("unanswered", "does not count", "coverage");
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(html.out())
        .contains("<li>41 von 49 Aussagen sind unbeantwortet und zählen nicht mit.</li>")
        .doesNotContain("are unanswered");
    // AND the scorecard is the same, bit for bit, in every language
    Run json = run("score", "--format", "json", response.toString());
    for (String lang : new String[] {"de", "fr", "es"}) {
      assertThat(run("score", "--format", "json", "--lang", lang, response.toString()).out())
          .isEqualTo(json.out());
    }
  }

  @Test
  void should_word_the_cohort_reports_warnings_and_rejected_rows_in_german() throws Exception {
    // GIVEN a context-rubric cohort without a column for customers.tailorable (header: 2 + 12 =
    // 14 columns); c's row has a German word and a 7 where agree5 answers go, d's row has 3 fields
    Path csv = dir.resolve("kohorte.csv");
    Files.writeString(
        csv,
        "respondent,group,purchase.low-effort,purchase.interchangeable,purchase.considered,"
            + "purchase.informed,purchase.wanted,relationship.one-off,relationship.price-hopping,"
            + "relationship.repeat,relationship.loyalty-pays,customers.same-needs,"
            + "customers.unknown-buyers,customers.value-spread\n"
            + "a,Nord,1,2,4,5,4,1,2,5,4,2,1,4\n"
            + "b,Nord,2,2,4,4,5,2,1,4,5,1,2,5\n"
            + "c,Süd,trifft zu,7,2,1,2,4,5,2,1,5,4,2\n"
            + "d,Süd,5\n");
    // WHEN
    Run r = run("cohort", "--rubric", "centricity-context", "--lang", "de", csv.toString());
    // THEN the rejected rows give German reasons around the file's own text
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Abgelehnte Zeilen\n")
        .contains(
            "  Zeile 4 (c): „purchase.low-effort“: „trifft zu“ ist keine gültige Antwort: Erlaubt"
                + " sind ganze Zahlen von 1 bis 5, ein leeres Feld oder n/a;"
                + " „purchase.interchangeable“: 7 liegt außerhalb der Skala, die von 1 bis 5"
                + " reicht\n")
        .contains("  Zeile 5 (d): Anzahl der Felder: 3 in dieser Zeile, 14 in der Kopfzeile\n")
        // AND the warnings are German
        .contains("Hinweise\n")
        .contains(
            "  - Die Datei hat keine Spalte für „customers.tailorable“; diese Aussage hat also"
                + " niemand beantwortet.\n")
        .contains(
            "  - 2 von 4 Zeilen ließen sich nicht auswerten; sie stehen unter „Abgelehnte"
                + " Zeilen“.\n")
        .doesNotContain("is not an answer", "could not be scored", "has no column", "fields but");
    // AND the report's JSON is the same in every language
    Run json = run("cohort", "--rubric", "centricity-context", "--format", "json", csv.toString());
    assertThat(
            run(
                    "cohort",
                    "--rubric",
                    "centricity-context",
                    "--format",
                    "json",
                    "--lang",
                    "de",
                    csv.toString())
                .out())
        .isEqualTo(json.out());
  }

  @Test
  void should_write_a_plan_in_german_with_german_statements_and_bands() throws Exception {
    // GIVEN the sample that talks customers but rewards volume (index -0.169, Balanced)
    // WHEN its plan towards Customer-leaning is asked for in German, as text and as HTML
    Run r = run("plan", "--sample", "sales-talk", "--target", "Customer-leaning", "--lang", "de");
    Path page = dir.resolve("plan.html");
    Run html =
        run(
            "plan",
            "--sample",
            "sales-talk",
            "--target",
            "Customer-leaning",
            "--format",
            "html",
            "--lang",
            "de",
            "--out",
            page.toString());
    // THEN the plan's words, the bands, the statements and the numbers are German
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Verbesserungsplan")
        .contains("  jetzt:  Index -0,169 (Ausgewogen)\n")
        .contains("  Ziel:   Eher kundenorientiert\n")
        .contains("Was sich ändern sollte (größter Gewinn zuerst)\n")
        .contains("Danach: Index +0,")
        .contains("(Eher kundenorientiert)")
        .doesNotContain("What to change", "Predicted", "Customer-leaning", "target:");
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(Files.readString(page))
        .contains("<h3>Was sich ändern sollte</h3>")
        .contains("<th>Angestrebte Antwort</th>")
        .contains("Ziel: <strong>Eher kundenorientiert</strong>.")
        .doesNotContain("What to change", "Answer to aim for");
  }

  @Test
  void should_write_a_group_plan_in_german_with_german_reasons_for_unread_rows() throws Exception {
    // GIVEN a context-rubric cohort of two groups, one row with a 9 on a five-point scale
    Path csv = dir.resolve("kohorte.csv");
    Files.writeString(
        csv,
        "respondent,group,purchase.low-effort,purchase.interchangeable,purchase.considered,"
            + "purchase.informed,purchase.wanted,relationship.one-off,relationship.price-hopping,"
            + "relationship.repeat,relationship.loyalty-pays,customers.same-needs,"
            + "customers.unknown-buyers,customers.value-spread,customers.tailorable\n"
            + "a,Nord,1,2,4,5,4,1,2,5,4,2,1,4,5\n"
            + "b,Süd,2,2,4,4,5,2,1,4,5,1,2,5,4\n"
            + "c,Süd,9,5,2,1,2,4,5,2,1,5,4,2,1\n");
    // WHEN
    Run r =
        run(
            "plan",
            "--rubric",
            "centricity-context",
            "--cohort",
            csv.toString(),
            "--target",
            "0.5",
            "--lang",
            "de");
    // THEN
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Wo jede Gruppe am meisten gewinnen kann (")
        .contains("Gesamte Gruppe: 2 Mitglieder (0 nicht bestimmbar, ")
        .contains("Ziel Index 0,5\n")
        .contains("Gruppe Nord: 1 Mitglieder")
        // the context rubric's traits are facts about the market, not levers
        .contains("  nichts zu gewinnen\n")
        .contains("1 Zeilen ließen sich nicht lesen:\n")
        .contains(
            "  Zeile 4 (c): „purchase.low-effort“: 9 liegt außerhalb der Skala, die von 1 bis 5"
                + " reicht\n")
        .doesNotContain("members", "could not be read", "outside the scale");
    // AND the default rubric's team survey gives mean gains in German
    Run team =
        run("plan", "--cohort", "src/test/resources/cohorts/team-survey.csv", "--lang", "de");
    assertThat(team.code()).as(team.err()).isZero();
    assertThat(team.out())
        .contains("Gruppe Sales: ")
        .contains("mittlerer Gewinn +0,")
        .contains("Mitglieder könnten gewinnen)")
        .contains("  ... und 38 weitere Aussagen\n");
  }

  @Test
  void should_write_a_diff_in_german_with_the_statements_of_the_translation() throws Exception {
    // GIVEN the default rubric (German texts bundled) and a copy with focus.aim weighing 2 and
    // rewards.launches removed (no translation of its own)
    String yaml = dev.centricity.rubric.DefaultRubrics.productCustomerYaml();
    Path old = dir.resolve("old.yaml");
    Files.writeString(old, yaml);
    Path edited = dir.resolve("new.yaml");
    Files.writeString(
        edited,
        yaml.replace("      - id: focus.aim\n", "      - id: focus.aim\n        weight: 2.0\n")
            .replaceAll(
                "(?s)      - id: rewards\\.launches\\n.*?(?=      - id: rewards\\.new-customers)",
                "")
            .replaceAll("(?s)\\nexamples:.*", "\n"));
    // WHEN
    Run r =
        run(
            "diff",
            "--lang",
            "de",
            "--cohort",
            "src/test/resources/cohorts/team-survey.csv",
            old.toString(),
            edited.toString());
    // THEN the diff's words are German, the removed trait's statement from the German translation
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Merkmal „focus.aim“: Gewicht geändert: 1.0 → 2.0  [kann Ergebnisse ändern]")
        .contains("Merkmal „rewards.launches“ entfernt  [kann Ergebnisse ändern]\n")
        .contains(
            "Wer neue Produkte an den Start bringt, hat bei uns die besten Chancen auf eine"
                + " Beförderung.")
        .contains("Die Änderungen verlangen einen major-Sprung")
        .contains(": NICHT genug")
        .contains("Auswirkung auf ")
        .contains("(50 Teilnehmende)")
        .contains("-Intervall (gepaarter t-Test) [")
        .contains("Wechsel der Stufe (alt -> neu: Teilnehmende)")
        .contains("Ausgewogen -> ")
        .doesNotContain("Impact on", "band transitions", "changed:", "removed", "NOT enough");
  }

  @Test
  void should_refuse_a_language_the_rubric_has_no_texts_in() {
    Run r = run("score", "--sample", "tableware", "--lang", "it");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("rubric 'product-customer-centricity' has no texts in 'it'");
  }
}
