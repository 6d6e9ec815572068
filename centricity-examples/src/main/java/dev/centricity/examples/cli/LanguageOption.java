package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.TranslationFormat;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.examples.ReportLanguage;
import dev.centricity.rubric.DefaultRubrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --lang TAG} and {@code --translation FILE} options of the commands that write a
 * report: the language the report's words, the rubric's texts and the numbers are shown in. JSON
 * output is the same in every language.
 */
final class LanguageOption {

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description = {
        "The report's language, such as de (text and html); default: the rubric's own.",
        "The bundled rubrics and the reports speak en, de, fr and es."
      })
  String tag;

  @Option(
      names = "--translation",
      paramLabel = "FILE",
      description = "A translation of the rubric (<rubric-id>.<lang>.yaml); may be repeated.")
  List<Path> translations = new ArrayList<>();

  /**
   * The language a report over several rubrics (a diff of two versions) is shown in for one of
   * them: the report's words in the language asked for; the rubric's texts in it where a bundled
   * translation of this very rubric, or one of the {@code --translation} files made for it (by id
   * and version), has them, else the rubric's own. Translation files made for another rubric are
   * left to it.
   *
   * @param rubric one of the rubrics
   * @return its language
   * @throws CentricityCli.InputException if the tag is malformed, or names a language that neither
   *     the report's words nor the rubric's texts have
   */
  ReportLanguage forAny(Rubric rubric) {
    RubricTexts texts =
        DefaultRubrics.texts(rubric.id())
            .filter(t -> t.rubric().equals(rubric))
            .orElseGet(() -> RubricTexts.of(rubric));
    for (Path file : translations) {
      try {
        if (TranslationFormat.read(Inputs.requireFile(file)).rubric().equals(rubric.reference())) {
          texts = texts.with(TranslationFormat.read(file, rubric));
        }
      } catch (CentricityException e) {
        throw Inputs.prefixed(file, e);
      }
    }
    if (tag == null) {
      return ReportLanguage.of(texts, null);
    }
    boolean shown;
    try {
      shown = texts.supports(tag);
    } catch (IllegalArgumentException e) {
      throw new CentricityCli.InputException("--lang: " + e.getMessage());
    }
    String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    if (!shown && !ReportLanguage.LANGUAGES.contains(primary)) {
      throw new CentricityCli.InputException(
          String.format(
              Locale.ROOT,
              "--lang %s: the reports speak %s, and rubric '%s' has texts in %s only",
              tag,
              String.join(", ", ReportLanguage.LANGUAGES),
              rubric.reference(),
              String.join(", ", texts.languages())));
    }
    return ReportLanguage.of(texts, shown ? tag : null).withWordsIn(tag);
  }

  /**
   * The language a report on a rubric is shown in.
   *
   * @param rubric the rubric scored with
   * @return the language asked for, or the rubric's own
   * @throws CentricityCli.InputException if the rubric has no texts in the language asked for
   */
  ReportLanguage of(Rubric rubric) {
    RubricTexts texts =
        DefaultRubrics.texts(rubric.id())
            .filter(t -> t.rubric().equals(rubric))
            .orElseGet(() -> RubricTexts.of(rubric));
    for (Path file : translations) {
      try {
        texts = texts.with(TranslationFormat.read(Inputs.requireFile(file), rubric));
      } catch (CentricityException e) {
        throw Inputs.prefixed(file, e);
      }
    }
    if (tag == null) {
      return ReportLanguage.of(texts, null);
    }
    boolean shown;
    try {
      shown = texts.supports(tag);
    } catch (IllegalArgumentException e) {
      throw new CentricityCli.InputException("--lang: " + e.getMessage());
    }
    if (!shown) {
      throw new CentricityCli.InputException(
          String.format(
              Locale.ROOT,
              "rubric '%s' has no texts in '%s'; its languages are %s (add one with"
                  + " --translation FILE)",
              rubric.id(),
              tag,
              String.join(", ", texts.languages())));
    }
    return ReportLanguage.of(texts, tag);
  }
}
