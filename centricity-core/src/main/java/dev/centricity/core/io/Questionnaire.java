package dev.centricity.core.io;

import dev.centricity.core.Answer;
import dev.centricity.core.Dimension;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.QuestionnaireWords;
import dev.centricity.core.text.LocalizedRubric;
import dev.centricity.core.text.RubricTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a rubric as a questionnaire people can answer: a SurveyJS survey, a self-contained HTML
 * form, a printable Markdown questionnaire, or the header of a cohort CSV.
 *
 * <p>Every form names each question by its trait id and each answer by its point (1 to n) or {@code
 * n/a} for "don't know", so that what comes back reads as responses and cohorts without a mapping:
 * SurveyJS results with {@link SurveyJsReader}, the HTML form's files with {@link ResponseFormat}
 * (its response JSON) and {@link CohortReader} (its cohort CSV row). The texts are the rubric's in
 * the language asked for (see {@link RubricTexts#in(String)}); the questionnaire's own words
 * (instructions, field and button labels, "don't know") are in that language when it is English,
 * German, French or Spanish, and in English otherwise.
 *
 * <p>All methods are static and thread-safe.
 */
public final class Questionnaire {

  /** The value of the "don't know" answer in every questionnaire. */
  public static final String DONT_KNOW = Answer.NOT_APPLICABLE_TEXT;

  /**
   * The name of the SurveyJS survey's first page, which asks for the respondent and the group
   * (optional text questions named {@code respondent} and {@code group}).
   */
  public static final String ABOUT_PAGE = "about";

  private Questionnaire() {}

  /**
   * The rubric as a SurveyJS survey (JSON): a first page {@value #ABOUT_PAGE} with two optional,
   * unnumbered text questions named {@code respondent} and {@code group}, which {@link
   * SurveyJsReader} reads as the respondent and the group; then a page per dimension, named by its
   * id; a {@code radiogroup} question per trait, named by its id, whose choices have the point as
   * {@code value} and its label as {@code text}, and a last choice {@code n/a} for "don't know".
   * Every text is a SurveyJS localisable string, {@code { "default": …, "de": …, … }}, with the
   * rubric's own language as {@code default} and every language of {@code texts}; {@code locale} is
   * set to {@code language} when it is not the rubric's own.
   *
   * @param texts the rubric and its translations
   * @param language the language the survey opens in, a BCP 47 tag
   * @return the survey JSON, indented
   * @throws IllegalArgumentException if the language tag is malformed
   */
  public static String surveyJs(RubricTexts texts, String language) {
    LocalizedRubric shown = texts.in(language);
    List<LocalizedRubric> all = new ArrayList<>();
    for (String l : texts.languages()) {
      all.add(texts.in(l));
    }
    Rubric rubric = texts.rubric();
    ObjectNode survey = JsonSupport.json().createObjectNode();
    survey.set("title", localised(all, LocalizedRubric::title));
    if (rubric.description().isPresent()) {
      survey.set("description", localised(all, t -> t.description().orElseThrow().strip()));
    }
    if (!shown.language().equals(texts.sourceLanguage())) {
      survey.put("locale", shown.language());
    }
    survey.put("showQuestionNumbers", "on");
    survey.put("showProgressBar", "top");
    ArrayNode pages = survey.putArray("pages");
    ObjectNode about = pages.addObject();
    about.put("name", ABOUT_PAGE);
    about.set("title", localised(all, t -> QuestionnaireWords.in(t.language()).get("about")));
    ArrayNode fields = about.putArray("elements");
    for (String field : List.of(CohortReader.RESPONDENT_COLUMN, CohortReader.GROUP_COLUMN)) {
      ObjectNode q = fields.addObject();
      q.put("type", "text");
      q.put("name", field);
      q.set("title", localised(all, t -> QuestionnaireWords.in(t.language()).get(field)));
      q.put("hideNumber", true);
    }
    for (Dimension d : rubric.dimensions()) {
      ObjectNode page = pages.addObject();
      page.put("name", d.id());
      page.set("title", localised(all, t -> t.dimensionName(d.id())));
      if (d.description().isPresent()) {
        page.set(
            "description",
            localised(all, t -> t.dimensionDescription(d.id()).orElseThrow().strip()));
      }
      ArrayNode elements = page.putArray("elements");
      for (Trait trait : d.traits()) {
        ObjectNode q = elements.addObject();
        q.put("type", "radiogroup");
        q.put("name", trait.id());
        q.set("title", localised(all, t -> t.statement(trait.id()).strip()));
        ArrayNode choices = q.putArray("choices");
        int n = rubric.scale(trait.scale()).orElseThrow().size();
        for (int p = 1; p <= n; p++) {
          int point = p;
          ObjectNode c = choices.addObject();
          c.put("value", point);
          c.set("text", localised(all, t -> t.pointLabels(trait.scale()).get(point - 1)));
        }
        ObjectNode dontKnow = choices.addObject();
        dontKnow.put("value", DONT_KNOW);
        dontKnow.set("text", localised(all, Questionnaire::dontKnow));
      }
    }
    return JsonSupport.prettyJson().writeValueAsString(survey) + "\n";
  }

  private static ObjectNode localised(
      List<LocalizedRubric> languages, Function<LocalizedRubric, String> text) {
    ObjectNode node = JsonSupport.json().createObjectNode();
    for (int i = 0; i < languages.size(); i++) {
      node.put(i == 0 ? "default" : languages.get(i).language(), text.apply(languages.get(i)));
    }
    return node;
  }

  /** The label of the "don't know" answer: the translation's first missing word, or our own. */
  static String dontKnow(LocalizedRubric texts) {
    return texts.missingWords().isEmpty()
        ? QuestionnaireWords.in(texts.language()).get("dontKnow")
        : texts.missingWords().get(0);
  }

  /**
   * The header a cohort CSV of this rubric needs: {@code respondent}, {@code group}, then every
   * trait id in the rubric's order, ending with a line break.
   *
   * @param rubric the rubric
   * @return the header line
   */
  public static String csvTemplate(Rubric rubric) {
    StringBuilder sb =
        new StringBuilder(CohortReader.RESPONDENT_COLUMN)
            .append(',')
            .append(CohortReader.GROUP_COLUMN);
    for (Trait t : rubric.allTraits()) {
      sb.append(',').append(t.id());
    }
    return sb.append('\n').toString();
  }

  /**
   * The rubric as a printable Markdown questionnaire in a language: the title, the instructions,
   * fields for respondent and group, then a section per dimension with its statements numbered,
   * each showing its trait id and a box per point and for "don't know".
   *
   * @param texts the rubric and its translations
   * @param language a BCP 47 tag
   * @return Markdown text
   * @throws IllegalArgumentException if the language tag is malformed
   */
  public static String markdown(RubricTexts texts, String language) {
    LocalizedRubric t = texts.in(language);
    QuestionnaireWords words = QuestionnaireWords.in(t.language());
    Rubric rubric = texts.rubric();
    String dontKnow = dontKnow(t);
    StringBuilder md = new StringBuilder();
    md.append("# ").append(line(t.title())).append("\n\n");
    md.append("*")
        .append(words.get("rubric"))
        .append(" `")
        .append(rubric.reference())
        .append("` · ")
        .append(words.get("language"))
        .append(" `")
        .append(t.language())
        .append("`*\n\n");
    t.description().ifPresent(d -> md.append(line(d)).append("\n\n"));
    md.append(words.get("instructions", dontKnow)).append("\n\n");
    md.append(words.get("respondent")).append(": ______________________  \n");
    md.append(words.get("group")).append(": ______________________\n\n");
    int number = 1;
    for (Dimension d : rubric.dimensions()) {
      md.append("## ").append(line(t.dimensionName(d.id()))).append("\n\n");
      t.dimensionDescription(d.id()).ifPresent(x -> md.append(line(x)).append("\n\n"));
      for (Trait trait : d.traits()) {
        md.append(number++)
            .append(". ")
            .append(line(t.statement(trait.id())))
            .append(" `")
            .append(trait.id())
            .append("`  \n   ");
        List<String> points = t.pointLabels(trait.scale());
        for (int i = 0; i < points.size(); i++) {
          md.append("☐ ").append(i + 1).append(" ").append(line(points.get(i))).append(" · ");
        }
        md.append("☐ ").append(DONT_KNOW).append(" (").append(line(dontKnow)).append(")\n\n");
      }
    }
    return md.toString();
  }

  /** A text on one line, its white space collapsed, so that no text can start a Markdown block. */
  private static String line(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /**
   * The rubric as one self-contained HTML page in a language: a form with fields for respondent and
   * group, a fieldset per dimension and, inside it, a group of radio buttons per trait (named by
   * the trait id, valued by the point or {@code n/a}), each with its label. Two buttons save the
   * answers as files: a response JSON ({@code rubric}, {@code respondent}, {@code answers} by trait
   * id, unanswered traits left out) that {@link ResponseFormat} reads, and a cohort CSV (the header
   * of {@link #csvTemplate(Rubric)} and one row) that {@link CohortReader} reads.
   *
   * <p>The page loads nothing from the network (its style and script are inline, and its content
   * security policy forbids any fetch) and is usable by keyboard alone: Tab moves between the
   * groups and buttons, the arrow keys choose within a group.
   *
   * @param texts the rubric and its translations
   * @param language a BCP 47 tag
   * @return the HTML page
   * @throws IllegalArgumentException if the language tag is malformed
   */
  public static String html(RubricTexts texts, String language) {
    LocalizedRubric t = texts.in(language);
    QuestionnaireWords words = QuestionnaireWords.in(t.language());
    Rubric rubric = texts.rubric();
    String dontKnow = dontKnow(t);
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(t.language())).append("\">\n<head>\n");
    h.append("<meta charset=\"utf-8\">\n");
    h.append(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(t.title())).append("</title>\n");
    h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(esc(t.title())).append("</h1>\n");
    h.append("<p class=\"meta\">")
        .append(esc(words.get("rubric")))
        .append(" <code>")
        .append(esc(rubric.reference()))
        .append("</code> · ")
        .append(esc(words.get("language")))
        .append(" <code>")
        .append(esc(t.language()))
        .append("</code></p>\n");
    t.description().ifPresent(d -> h.append("<p>").append(esc(line(d))).append("</p>\n"));
    h.append("<p class=\"instructions\">")
        .append(esc(words.get("instructions", dontKnow)))
        .append("</p>\n");
    h.append("<noscript><p>").append(esc(words.get("noScript"))).append("</p></noscript>\n");
    h.append("<form id=\"centricity-form\" novalidate>\n");
    h.append("<fieldset class=\"about\"><legend>")
        .append(esc(words.get("about")))
        .append("</legend>\n");
    h.append("<label>")
        .append(esc(words.get("respondent")))
        .append(" <input type=\"text\" name=\"respondent\" id=\"respondent\" autocomplete=\"off\">")
        .append("</label>\n");
    h.append("<label>")
        .append(esc(words.get("group")))
        .append(
            " <input type=\"text\" name=\"group\" id=\"group\" autocomplete=\"off\"></label>\n");
    h.append("</fieldset>\n");
    int number = 1;
    for (Dimension d : rubric.dimensions()) {
      h.append("<fieldset class=\"dimension\" id=\"d-")
          .append(esc(d.id()))
          .append("\">\n<legend>")
          .append(esc(t.dimensionName(d.id())))
          .append("</legend>\n");
      t.dimensionDescription(d.id())
          .ifPresent(
              x -> h.append("<p class=\"description\">").append(esc(line(x))).append("</p>\n"));
      for (Trait trait : d.traits()) {
        String id = esc(trait.id());
        h.append("<fieldset class=\"trait\" id=\"t-").append(id).append("\">\n<legend>");
        h.append("<span class=\"number\">").append(number++).append(".</span> ");
        h.append(esc(line(t.statement(trait.id()))));
        h.append(" <span class=\"id\">")
            .append(id)
            .append("</span></legend>\n<div class=\"choices\">");
        List<String> points = t.pointLabels(trait.scale());
        for (int p = 1; p <= points.size(); p++) {
          choice(h, trait.id(), String.valueOf(p), p + " · " + points.get(p - 1));
        }
        choice(h, trait.id(), DONT_KNOW, dontKnow);
        h.append("</div>\n</fieldset>\n");
      }
      h.append("</fieldset>\n");
    }
    h.append("<div class=\"actions\">\n");
    h.append("<button type=\"button\" id=\"save-json\">")
        .append(esc(words.get("saveJson")))
        .append("</button>\n");
    h.append("<button type=\"button\" id=\"save-csv\">")
        .append(esc(words.get("saveCsv")))
        .append("</button>\n");
    h.append(
        "<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>\n</div>\n</form>\n</main>\n");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("rubric", rubric.reference());
    data.put("rubricId", rubric.id());
    data.put("traits", rubric.allTraits().stream().map(Trait::id).toList());
    data.put("progress", words.get("progress", "{0}", "{1}"));
    data.put("saved", words.get("saved", "{0}"));
    String json = JsonSupport.json().writeValueAsString(data);
    h.append("<script type=\"application/json\" id=\"centricity-data\">")
        .append(json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
        .append("</script>\n");
    h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void choice(StringBuilder h, String traitId, String value, String label) {
    h.append("<label><input type=\"radio\" name=\"")
        .append(esc(traitId))
        .append("\" value=\"")
        .append(esc(value))
        .append("\"> ")
        .append(esc(line(label)))
        .append("</label>");
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String s) {
    Objects.requireNonNull(s);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String STYLE =
      """
      body { font: 16px/1.45 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fafafa; }
      main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
      .meta { color: #555; font-size: .9rem; margin-top: 0; }
      fieldset { border: 1px solid #ccc; border-radius: 6px; margin: 1.2rem 0; padding: .8rem 1rem;
        background: #fff; }
      fieldset.dimension > legend { font-size: 1.2rem; font-weight: 600; padding: 0 .3rem; }
      fieldset.trait { border: 0; border-top: 1px solid #eee; border-radius: 0; margin: .4rem 0;
        padding: .6rem 0 0; }
      fieldset.trait > legend { font-weight: 500; padding: 0; }
      .number { color: #555; }
      .id { color: #777; font: .75rem ui-monospace, monospace; margin-left: .3rem; }
      .description { color: #444; margin-top: 0; }
      .choices { display: flex; flex-wrap: wrap; gap: .3rem 1rem; margin-top: .4rem; }
      .choices label { display: inline-flex; gap: .3rem; align-items: baseline; cursor: pointer; }
      .about label { display: block; margin: .4rem 0; }
      .about input { display: block; width: 100%; max-width: 24rem; padding: .3rem; font: inherit; }
      input:focus-visible, button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
      .actions { position: sticky; bottom: 0; background: #fafafa; padding: .8rem 0; }
      button { font: inherit; padding: .5rem 1rem; margin-right: .6rem; border-radius: 4px;
        border: 1px solid #1a5fb4; background: #1a5fb4; color: #fff; cursor: pointer; }
      #status { display: inline; color: #333; }
      @media print { .actions, noscript { display: none; } fieldset { break-inside: avoid; } }
      """;

  private static final String SCRIPT =
      """
      (function () {
        "use strict";
        var data = JSON.parse(document.getElementById("centricity-data").textContent);
        var form = document.getElementById("centricity-form");
        var status = document.getElementById("status");
        function answers() {
          var out = {};
          data.traits.forEach(function (id) {
            var checked = form.querySelector('input[type="radio"][name="' + CSS.escape(id) + '"]:checked');
            if (checked) { out[id] = checked.value === "n/a" ? "n/a" : parseInt(checked.value, 10); }
          });
          return out;
        }
        function field(name) { return document.getElementById(name).value.trim(); }
        function progress() {
          var n = Object.keys(answers()).length;
          status.textContent = data.progress.replace("{0}", n).replace("{1}", data.traits.length);
        }
        function fileName(kind) {
          var who = field("respondent").replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
          return data.rubricId + "-" + (who || "response") + kind;
        }
        function save(name, type, text) {
          var url = URL.createObjectURL(new Blob([text], { type: type }));
          var a = document.createElement("a");
          a.href = url;
          a.download = name;
          document.body.appendChild(a);
          a.click();
          document.body.removeChild(a);
          setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
          status.textContent = data.saved.replace("{0}", name);
        }
        function csvField(s) {
          return /[",\\r\\n]/.test(s) || /^\\s|\\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
        }
        document.getElementById("save-json").addEventListener("click", function () {
          var response = { rubric: data.rubric };
          if (field("respondent")) { response.respondent = field("respondent"); }
          response.answers = answers();
          save(fileName(".json"), "application/json", JSON.stringify(response, null, 2) + "\\n");
        });
        document.getElementById("save-csv").addEventListener("click", function () {
          var a = answers();
          var header = ["respondent", "group"].concat(data.traits);
          var row = [csvField(field("respondent")), csvField(field("group"))].concat(
            data.traits.map(function (id) { return id in a ? String(a[id]) : ""; }));
          save(fileName(".csv"), "text/csv", header.join(",") + "\\n" + row.join(",") + "\\n");
        });
        form.addEventListener("change", progress);
        progress();
      })();
      """;
}
