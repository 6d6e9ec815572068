package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.centricity.core.Answer;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.Questionnaire;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.core.io.SurveyJsReader;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.text.LocalizedRubric;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.rubric.DefaultRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SurveyJS surveys of the default rubrics, loaded by the real SurveyJS library: the Node script
 * {@code src/test/surveyjs/check-survey.mjs}, with {@code survey-core} from the npm registry
 * (installed by {@code npm ci} in that directory, which {@code .ci/run} does), builds a {@code
 * Model} from the survey of every language, checks a page per dimension and a question per trait
 * (named by its id, titled with the statement in that language, choices 1…n and {@code n/a}), after
 * a first page whose optional text questions {@code respondent} and {@code group} carry their
 * titles in that language, answers them all (the respondent and group typed in, the traits by
 * picking among the survey's own choices), and writes {@code survey.data}. The library reads those
 * results back: each row's respondent and group as typed, and every language gives the same
 * answers, so the same scorecard, bit for bit, as the planned answers given directly as a response.
 *
 * <p>Skipped on a developer's machine without Node or without {@code npm ci} run; in CI (the
 * environment variable {@code CI} set) it runs or fails.
 */
class SurveyJsLibraryTest {

  private static final Path PACKAGE = Path.of("src/test/surveyjs");
  private static final List<String> LANGUAGES = DefaultRubrics.LANGUAGES;

  /** The group each language's respondent types into the survey's group question. */
  private static final Map<String, String> GROUPS =
      Map.of(
          "en", "Sales", "de", "Vertrieb Süd", "fr", "Équipe ventes", "es", "Atención al cliente");

  /**
   * The titles of the respondent and group questions each language must show, written out here from
   * the questionnaire's words (not read from the code under test).
   */
  private static final Map<String, List<String>> ABOUT_TITLES =
      Map.of(
          "en", List.of("Respondent (name or code)", "Group (team, department)"),
          "de", List.of("Teilnehmende Person (Name oder Kürzel)", "Gruppe (Team, Abteilung)"),
          "fr", List.of("Répondant (nom ou code)", "Groupe (équipe, service)"),
          "es", List.of("Participante (nombre o código)", "Grupo (equipo, departamento)"));

  @TempDir Path dir;

  private static boolean nodeReady() {
    if (!Files.isDirectory(PACKAGE.resolve("node_modules/survey-core"))) {
      return false;
    }
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The choice each trait gets: index (3j) mod (n + 1) for the j-th trait, index n being n/a. */
  private static Map<String, Integer> plan(Rubric rubric) {
    Map<String, Integer> plan = new LinkedHashMap<>();
    int j = 0;
    for (Trait t : rubric.allTraits()) {
      int n = rubric.scale(t.scale()).map(Scale::size).orElseThrow();
      plan.put(t.id(), (3 * j++) % (n + 1));
    }
    return plan;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"product-customer-centricity", "centricity-context"})
  void should_load_answer_and_read_back_the_survey_in_every_language(String rubricId)
      throws Exception {
    boolean ready = nodeReady();
    assumeTrue(
        ready || System.getenv("CI") != null,
        "Node or survey-core is missing (run npm ci in " + PACKAGE + ")");
    assertThat(ready).as("Node with survey-core (npm ci in %s) is needed in CI", PACKAGE).isTrue();

    // GIVEN the survey in each language, what it must hold, and a planned answer per trait
    RubricTexts texts = DefaultRubrics.texts(rubricId).orElseThrow();
    Rubric rubric = texts.rubric();
    Map<String, Integer> plan = plan(rubric);
    Map<String, Object> job = new LinkedHashMap<>();
    List<Map<String, Object>> runs = new ArrayList<>();
    for (String language : LANGUAGES) {
      Path survey = dir.resolve(rubricId + "." + language + ".survey.json");
      Files.writeString(survey, Questionnaire.surveyJs(texts, language));
      LocalizedRubric shown = texts.in(language);
      assertThat(shown.language()).isEqualTo(language);
      Map<String, String> statements = new LinkedHashMap<>();
      rubric.allTraits().forEach(t -> statements.put(t.id(), shown.statement(t.id())));
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("survey", survey.toString());
      run.put("language", language);
      run.put("respondent", "r-" + language);
      // typed into the survey's group question as a respondent would, accents and spaces included
      run.put("group", GROUPS.get(language));
      run.put(
          "about",
          Map.of(
              "respondent", ABOUT_TITLES.get(language).get(0),
              "group", ABOUT_TITLES.get(language).get(1)));
      run.put("statements", statements);
      run.put("dontKnow", language.equals("en") ? "Don't know" : shown.missingWords().get(0));
      runs.add(run);
    }
    List<Map<String, Object>> dimensions = new ArrayList<>();
    for (Dimension d : rubric.dimensions()) {
      dimensions.add(Map.of("id", d.id(), "traits", d.traits().stream().map(Trait::id).toList()));
    }
    Path results = dir.resolve("survey-results.json");
    job.put("runs", runs);
    job.put("dimensions", dimensions);
    job.put("choices", plan);
    job.put("out", results.toString());
    Path jobFile = dir.resolve("job.json");
    Files.writeString(jobFile, JsonSupport.json().writeValueAsString(job));

    // WHEN survey-core loads, checks and answers every survey
    Process node =
        new ProcessBuilder(
                "node", PACKAGE.resolve("check-survey.mjs").toString(), jobFile.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains(LANGUAGES.size() + " surveys loaded, checked and answered");

    // THEN the library reads survey.data of every language back as the planned answers
    Scorer scorer = Scorer.of(rubric);
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : rubric.allTraits()) {
      int n = rubric.scale(t.scale()).map(Scale::size).orElseThrow();
      int choice = plan.get(t.id());
      answers.put(t.id(), choice == n ? Answer.notApplicable() : Answer.of(choice + 1));
    }
    List<String> cards = new ArrayList<>();
    try (CohortRows rows = SurveyJsReader.of(scorer).open(results)) {
      for (CohortRow row : rows) {
        assertThat(row.error()).as("row %d", row.line()).isEmpty();
        String language = LANGUAGES.get((int) row.line() - 1);
        assertThat(row.member().orElseThrow().group()).contains(GROUPS.get(language));
        Response read = row.member().orElseThrow().response();
        Response expected = Response.builder().respondent("r-" + language).answers(answers).build();
        // AND each scores exactly as the planned answers given directly
        String card = ScorecardFormat.toJson(scorer.score(read));
        assertThat(card).isEqualTo(ScorecardFormat.toJson(scorer.score(expected)));
        cards.add(card.replace("\"r-" + language + "\"", "\"r\""));
      }
    }
    assertThat(cards).hasSize(LANGUAGES.size());
    // AND the scorecard is the same, bit for bit, whatever language the survey was shown in
    assertThat(cards).containsOnly(cards.get(0));
  }
}
