package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Specifies the questionnaires written from a rubric: the SurveyJS survey (a page per dimension, a
 * question per trait named by its id, points as values, {@code n/a}, localised texts), the HTML
 * form, the Markdown questionnaire and the CSV template, on the small rubric {@code
 * rubrics/two-poles.yaml} (dimensions rewards and focus; traits rewards.volume, rewards.insight,
 * focus.aim on agree5 and focus.churn on yesno) with its complete German and partial French
 * translations.
 */
class QuestionnaireTest {

  static Rubric twoPoles() {
    return RubricFormat.read(RubricFormatTest.resource("/rubrics/two-poles.yaml"));
  }

  static RubricTexts texts() {
    Translation de =
        TranslationFormat.read(RubricFormatTest.resource("/translations/two-poles.de.yaml"));
    Translation fr =
        TranslationFormat.read(
            RubricFormatTest.resource("/translations/two-poles.fr-partial.yaml"));
    return RubricTexts.of(twoPoles(), List.of(de, fr));
  }

  private static JsonNode survey(String language) {
    return JsonSupport.json().readTree(Questionnaire.surveyJs(texts(), language));
  }

  @Test
  void should_write_the_header_a_cohort_needs() {
    assertThat(Questionnaire.csvTemplate(twoPoles()))
        .isEqualTo("respondent,group,rewards.volume,rewards.insight,focus.aim,focus.churn\n");
  }

  @Test
  void should_ask_for_respondent_and_group_first_as_optional_text_questions() {
    // GIVEN the survey opened in German
    JsonNode about = survey("de").path("pages").get(0);
    // THEN its first page asks for the respondent and the group, by the names SurveyJsReader reads
    assertThat(about.path("name").asString()).isEqualTo("about");
    JsonNode respondent = about.path("elements").get(0);
    JsonNode group = about.path("elements").get(1);
    assertThat(about.path("elements").size()).isEqualTo(2);
    assertThat(respondent.path("name").asString()).isEqualTo("respondent");
    assertThat(group.path("name").asString()).isEqualTo("group");
    assertThat(respondent.path("type").asString()).isEqualTo("text");
    assertThat(group.path("type").asString()).isEqualTo("text");
    // AND neither is required nor numbered, so trait questions are numbered from 1
    assertThat(respondent.has("isRequired")).isFalse();
    assertThat(respondent.path("hideNumber").asBoolean()).isTrue();
    assertThat(group.path("hideNumber").asBoolean()).isTrue();
    // AND their titles are the questionnaire's own words in every language of the texts
    assertThat(about.path("title").toString())
        .isEqualTo(
            "{\"default\":\"About you\",\"de\":\"Angaben zu Ihnen\",\"fr\":\"À propos de vous\"}");
    assertThat(group.path("title").path("de").asString()).isEqualTo("Gruppe (Team, Abteilung)");
  }

  @Test
  void should_give_a_page_per_dimension_and_a_question_per_trait() {
    // GIVEN the survey in the rubric's own language
    JsonNode survey = survey("en");
    // THEN after the page about the respondent there is a page per dimension, named by its id,
    // holding a radiogroup per trait
    assertThat(survey.has("locale")).isFalse();
    List<String> pages = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    for (JsonNode page : survey.path("pages").values()) {
      if (page.path("name").asString().equals("about")) {
        continue;
      }
      pages.add(page.path("name").asString());
      for (JsonNode q : page.path("elements").values()) {
        assertThat(q.path("type").asString()).isEqualTo("radiogroup");
        questions.add(q.path("name").asString());
      }
    }
    assertThat(pages).containsExactly("rewards", "focus");
    assertThat(questions)
        .containsExactly("rewards.volume", "rewards.insight", "focus.aim", "focus.churn");
  }

  @Test
  void should_offer_each_point_as_its_value_and_dont_know_as_n_a() {
    // GIVEN focus.churn, answered on yesno [No, Yes]
    JsonNode churn = survey("de").path("pages").get(2).path("elements").get(1);
    // THEN its choices are 1 No, 2 Yes, n/a Don't know, each text in every language
    JsonNode choices = churn.path("choices");
    assertThat(choices.size()).isEqualTo(3);
    assertThat(choices.get(0).path("value").asInt()).isEqualTo(1);
    assertThat(choices.get(1).path("value").asInt()).isEqualTo(2);
    assertThat(choices.get(2).path("value").asString()).isEqualTo("n/a");
    assertThat(choices.get(1).path("text").toString())
        .isEqualTo("{\"default\":\"Yes\",\"de\":\"Ja\",\"fr\":\"Yes\"}");
    // the don't-know label: English and French from the tool's words (the French translation lists
    // no missing words), German the translation's first missing word
    assertThat(choices.get(2).path("text").toString())
        .isEqualTo("{\"default\":\"Don't know\",\"de\":\"Weiß nicht\",\"fr\":\"Je ne sais pas\"}");
    // and the question's title is localised the same way
    assertThat(churn.path("title").path("de").asString())
        .isEqualTo("Wir messen jeden Monat, wie viele Kunden abwandern.");
    assertThat(churn.path("title").path("default").asString()).isEqualTo("We track churn monthly.");
  }

  @Test
  void should_open_in_the_language_asked_for() {
    assertThat(survey("de").path("locale").asString()).isEqualTo("de");
    assertThat(survey("fr-CA").path("locale").asString()).isEqualTo("fr");
    assertThat(survey("es").has("locale")).isFalse();
    assertThat(survey("de").path("pages").get(1).path("title").toString())
        .isEqualTo("{\"default\":\"Rewards\",\"de\":\"Belohnungen\",\"fr\":\"Rémunération\"}");
  }

  @Test
  void should_give_the_same_questions_and_values_in_every_language() {
    // GIVEN the survey opened in each language, with every text and the locale removed
    List<String> shapes = new ArrayList<>();
    for (String language : List.of("en", "de", "fr", "es")) {
      ObjectNode s = (ObjectNode) survey(language);
      s.remove("locale");
      shapes.add(stripTexts(s).toString());
    }
    // THEN what remains (page and question names, choice values) is the same in all: answers, and
    // so scorecards, do not depend on the language the survey was shown in
    assertThat(shapes).containsOnly(shapes.get(0));
    assertThat(shapes.get(0)).contains("\"value\":\"n/a\"").doesNotContain("Belohnungen");
  }

  private static JsonNode stripTexts(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      o.remove(List.of("title", "text", "description"));
      o.values().forEach(QuestionnaireTest::stripTexts);
    } else if (node.isArray()) {
      node.values().forEach(QuestionnaireTest::stripTexts);
    }
    return node;
  }

  @Test
  void should_print_a_markdown_questionnaire_with_trait_ids() {
    // GIVEN the German questionnaire
    String md = Questionnaire.markdown(texts(), "de");
    // THEN it is German, numbers the statements, shows each trait id and every point
    assertThat(md)
        .startsWith(
            "# Eine kleine Rubrik mit zwei Polen\n\n*Rubrik `two-poles@1.0.0` · Sprache `de`*")
        .contains("## Belohnungen\n")
        .contains(
            "3. Was verfolgen wir? `focus.aim`  \n   ☐ 1 Stimme gar nicht zu · ☐ 2 Stimme eher nicht"
                + " zu · ☐ 3 Teils, teils · ☐ 4 Stimme eher zu · ☐ 5 Stimme voll zu · ☐ n/a (Weiß"
                + " nicht)\n")
        .contains("4. Wir messen jeden Monat, wie viele Kunden abwandern. `focus.churn`")
        .contains("Gruppe (Team, Abteilung): ____");
  }

  @Test
  void should_write_a_self_contained_html_form() {
    // GIVEN the German form
    String html = Questionnaire.html(texts(), "de");
    // THEN it is German, with one fieldset about the respondent, one per dimension, one per trait
    assertThat(html).contains("<html lang=\"de\">", "<legend>Belohnungen</legend>");
    assertThat(count(html, "<fieldset class=\"dimension\"")).isEqualTo(2);
    assertThat(count(html, "<fieldset class=\"trait\"")).isEqualTo(4);
    assertThat(count(html, "<fieldset class=\"about\"")).isEqualTo(1);
    // AND a radio button per point and per don't-know: 5 + 5 + 5 + 2 points and 4 n/a = 21
    assertThat(count(html, "<input type=\"radio\"")).isEqualTo(21);
    assertThat(html)
        .contains(
            "<label><input type=\"radio\" name=\"focus.churn\" value=\"2\"> 2 · Ja</label>"
                + "<label><input type=\"radio\" name=\"focus.churn\" value=\"n/a\"> Weiß"
                + " nicht</label>")
        .contains("id=\"respondent\"", "id=\"group\"", "id=\"save-json\"", "id=\"save-csv\"");
    // AND it fetches nothing: no src or href attribute, and a policy that forbids any fetch
    assertThat(html).doesNotContain(" src=", " href=", "http://", "https://");
    assertThat(html).contains("content=\"default-src 'none';");
  }

  @Test
  void should_escape_every_text_in_the_html_form() {
    // GIVEN a translation whose texts try to inject markup
    Translation evil =
        Translation.builder("two-poles", "1.0.0", "de")
            .trait("focus.aim", "<script>alert(1)</script> & \"x\"")
            .dimension("focus", "</legend><img onerror=x>")
            .build();
    String html = Questionnaire.html(RubricTexts.of(twoPoles(), List.of(evil)), "de");
    // THEN they appear as text
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;")
        .contains("&lt;/legend&gt;&lt;img onerror=x&gt;")
        .doesNotContain("<img");
    assertThat(count(html, "<script")).isEqualTo(2); // the data and the form's own script
  }

  @Test
  void should_have_every_english_word_in_each_language() throws Exception {
    // GIVEN the questionnaires' own words in English and in each other language
    java.util.Properties en = words("en");
    for (String language : List.of("de", "fr", "es")) {
      java.util.Properties other = words(language);
      // THEN each has the English keys, none blank, none left in English
      assertThat(new java.util.TreeSet<>(other.stringPropertyNames()))
          .as(language)
          .isEqualTo(new java.util.TreeSet<>(en.stringPropertyNames()));
      for (String key : en.stringPropertyNames()) {
        assertThat(other.getProperty(key)).as("%s in %s", key, language).isNotBlank();
        assertThat(other.getProperty(key))
            .as("%s in %s", key, language)
            .isNotEqualTo(en.getProperty(key));
      }
    }
  }

  private static java.util.Properties words(String language) throws Exception {
    java.util.Properties p = new java.util.Properties();
    try (var in =
        QuestionnaireTest.class.getResourceAsStream(
            "/dev/centricity/core/io/internal/questionnaire_" + language + ".properties")) {
      assertThat(in).isNotNull();
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
