package dev.centricity.examples.cli;

import static dev.centricity.examples.cli.CentricityCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import dev.centricity.rubric.DefaultRubrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Specifies {@code centricity rubric --format surveyjs|html|markdown|csv-template [--lang xx]} and
 * reading SurveyJS results back through {@code centricity cohort}.
 */
class QuestionnaireCommandTest {

  @TempDir Path dir;

  @Test
  void should_write_a_surveyjs_survey_of_the_default_rubric_in_german() {
    // WHEN the survey is asked for in German
    Run r = run("rubric", "--format", "surveyjs", "--lang", "de");
    // THEN it opens in German, with a page about the respondent, then a page per dimension (1 + 9)
    // and a question per trait (49) after respondent and group
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode survey = JsonSupport.json().readTree(r.out());
    assertThat(survey.path("locale").asString()).isEqualTo("de");
    assertThat(survey.path("pages").size()).isEqualTo(10);
    List<String> names = new ArrayList<>();
    survey
        .path("pages")
        .forEach(p -> p.path("elements").forEach(q -> names.add(q.path("name").asString())));
    List<String> expected = new ArrayList<>(List.of("respondent", "group"));
    DefaultRubrics.productCustomer().allTraits().forEach(t -> expected.add(t.id()));
    assertThat(names).isEqualTo(expected);
    assertThat(survey.path("pages").get(0).path("elements").get(0).path("title").path("de"))
        .hasToString("\"Teilnehmende Person (Name oder Kürzel)\"");
    assertThat(survey.path("pages").get(3).path("title").path("es").asString())
        .isEqualTo("Retribución e incentivos");
  }

  @Test
  void should_name_a_bundled_rubric_by_its_id() {
    // WHEN the context rubric's cohort header is asked for by id
    Run r = run("rubric", "--format", "csv-template", "--rubric", "centricity-context");
    // THEN it is respondent, group and its 13 trait ids
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("respondent,group,purchase.low-effort,purchase.interchangeable,")
        .endsWith(",customers.tailorable\n");
    assertThat(r.out().strip().split(",")).hasSize(15);
  }

  @Test
  void should_write_the_french_html_form_and_the_spanish_markdown() {
    Run html = run("rubric", "--format", "html", "--lang", "fr", "--rubric", "centricity-context");
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(html.out())
        .contains(
            "<html lang=\"fr\">",
            "<legend>L&#39;achat</legend>",
            "Enregistrer les réponses (JSON)");
    Run md = run("rubric", "--format", "markdown", "--lang", "es");
    assertThat(md.code()).as(md.err()).isZero();
    assertThat(md.out())
        .startsWith("# Orientación al producto o al cliente")
        .contains("☐ n/a (No sé)");
  }

  @Test
  void should_give_an_unchanged_copy_of_a_bundled_rubric_its_translations() throws Exception {
    // GIVEN the context rubric's file as shipped, copied
    Path copy = dir.resolve("my-context.yaml");
    Files.writeString(copy, DefaultRubrics.contextYaml());
    // WHEN its German questionnaire is asked for
    Run r = run("rubric", "--format", "markdown", "--lang", "de", "--rubric", copy.toString());
    // THEN it has the bundled German texts
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("## Der Kauf\n");
  }

  @Test
  void should_refuse_a_language_the_rubric_has_no_texts_in() {
    Run r = run("rubric", "--format", "html", "--lang", "it");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "rubric 'product-customer-centricity' has no texts in 'it'; its languages are en, de,"
                + " fr, es (add one with --translation FILE)");
  }

  @Test
  void should_refuse_a_malformed_language_and_a_language_for_a_format_without_one() {
    Run bad = run("rubric", "--format", "surveyjs", "--lang", "deutsch!");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--lang: language must be a BCP 47 tag");
    Run yaml = run("rubric", "--lang", "de");
    assertThat(yaml.code()).isEqualTo(2);
    assertThat(yaml.err())
        .contains("--lang applies to the markdown, surveyjs and html formats, not to yaml");
  }

  @Test
  void should_take_a_translation_of_a_rubric_file() throws Exception {
    // GIVEN a rubric file and an Italian translation of one statement
    Path rubric = dir.resolve("context.yaml");
    Files.writeString(rubric, DefaultRubrics.contextYaml());
    Path it = dir.resolve("centricity-context.it.yaml");
    Files.writeString(
        it,
        "translation: { rubric: centricity-context@1.0.1, language: it }\n"
            + "traits: { relationship.repeat: Gli stessi clienti continuano a comprare da noi. }\n");
    // WHEN the Italian questionnaire is asked for
    Run r =
        run(
            "rubric",
            "--format",
            "markdown",
            "--lang",
            "it",
            "--rubric",
            rubric.toString(),
            "--translation",
            it.toString());
    // THEN the translated statement is Italian and the rest falls back to English
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Gli stessi clienti continuano a comprare da noi. `relationship.repeat`")
        .contains("## The purchase");
  }

  @Test
  void should_report_a_translation_that_does_not_fit_with_its_file_and_paths() throws Exception {
    Path bad = dir.resolve("x.de.yaml");
    Files.writeString(
        bad,
        "translation: { rubric: centricity-context@1.0.1, language: de }\n"
            + "traits: { nope: Nein }\nscales: { agree5: [Ja, Nein] }\n");
    Run r = run("rubric", "--format", "html", "--translation", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains(bad.toString())
        .contains("translates rubric 'centricity-context' but the rubric is");
  }

  @Test
  void should_read_surveyjs_results_as_a_cohort_like_the_same_csv() throws Exception {
    // GIVEN the same six respondents, answering every trait of the context rubric, as SurveyJS
    // results and as a cohort CSV: respondent i gives trait j the point (i + j) mod 5 + 1, and
    // respondent 0 answers the last trait "n/a"
    List<String> traits = DefaultRubrics.context().allTraits().stream().map(t -> t.id()).toList();
    StringBuilder json = new StringBuilder("[");
    StringBuilder csv = new StringBuilder("respondent,group," + String.join(",", traits) + "\n");
    for (int i = 0; i < 6; i++) {
      String group = i < 3 ? "north" : "south";
      json.append(i == 0 ? "" : ",")
          .append("{\"respondent\":\"r")
          .append(i)
          .append("\",\"group\":\"")
          .append(group)
          .append('"');
      csv.append('r').append(i).append(',').append(group);
      for (int j = 0; j < traits.size(); j++) {
        String answer = i == 0 && j == traits.size() - 1 ? "n/a" : String.valueOf((i + j) % 5 + 1);
        json.append(",\"")
            .append(traits.get(j))
            .append("\":")
            .append(answer.equals("n/a") ? "\"n/a\"" : answer);
        csv.append(',').append(answer);
      }
      json.append('}');
      csv.append('\n');
    }
    json.append(']');
    Path results = dir.resolve("results.json");
    Files.writeString(results, json);
    Path cohort = dir.resolve("results.csv");
    Files.writeString(cohort, csv);
    // WHEN both are analysed as cohorts of the context rubric
    Run fromJson =
        run("cohort", "--rubric", "centricity-context", "--format", "json", results.toString());
    Run fromCsv =
        run("cohort", "--rubric", "centricity-context", "--format", "json", cohort.toString());
    // THEN the reports are the same, figure for figure
    assertThat(fromJson.code()).as(fromJson.err()).isZero();
    assertThat(fromCsv.code()).as(fromCsv.err()).isZero();
    assertThat(fromJson.out()).isEqualTo(fromCsv.out());
    JsonNode report = JsonSupport.json().readTree(fromJson.out());
    assertThat(report.path("respondents").asInt()).isEqualTo(6);
    assertThat(report.path("overall").path("undetermined").asInt()).isZero();
    assertThat(report.path("groups").size()).isEqualTo(2);
  }
}
