package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.Questionnaire;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.io.TranslationFormat;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code centricity rubric}: prints a rubric, or a questionnaire made from it. */
@Command(
    name = "rubric",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a rubric (the default if none is given; --rubric takes a file or the id of a",
      "bundled rubric, product-customer-centricity or centricity-context), or a questionnaire",
      "made from it: surveyjs (a SurveyJS survey), html (a form that saves a response JSON and a",
      "cohort CSV row), markdown (to read, fill in or print), csv-template (a cohort's header)."
    })
final class RubricCommand implements Callable<Integer> {

  enum Format {
    yaml,
    json,
    markdown,
    surveyjs,
    html,
    csv_template;

    @Override
    public String toString() {
      return name().replace('_', '-');
    }

    boolean hasLanguage() {
      return this == markdown || this == surveyjs || this == html;
    }
  }

  /** Reads {@code csv-template} as well as the enum's own names. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.toString().equalsIgnoreCase(value) || f.name().equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          String.format(
              Locale.ROOT,
              "expected one of %s but was '%s'",
              java.util.Arrays.toString(Format.values()),
              Printable.safe(value)));
    }
  }

  @Mixin RubricOption rubric;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      converter = FormatConverter.class,
      completionCandidates = FormatCandidates.class,
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The formats as they are written on the command line. */
  static final class FormatCandidates extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatCandidates() {
      for (Format f : Format.values()) {
        add(f.toString());
      }
    }
  }

  @Option(
      names = "--lang",
      paramLabel = "TAG",
      description = {
        "The questionnaire's language, such as de (markdown, surveyjs, html); default: the",
        "rubric's own. The bundled rubrics speak en, de, fr and es."
      })
  String language;

  @Option(
      names = "--translation",
      paramLabel = "FILE",
      description = "A translation of the rubric (<rubric-id>.<lang>.yaml); may be repeated.")
  List<Path> translations = new ArrayList<>();

  @Mixin OutOption out;

  @Override
  public Integer call() {
    if (language != null && !format.hasLanguage()) {
      throw new CentricityCli.InputException(
          "--lang applies to the markdown, surveyjs and html formats, not to " + format);
    }
    RubricTexts texts = texts();
    String lang = language == null ? texts.sourceLanguage() : language;
    if (format.hasLanguage() && !languageShown(texts, lang)) {
      throw new CentricityCli.InputException(
          String.format(
              Locale.ROOT,
              "rubric '%s' has no texts in '%s'; its languages are %s (add one with"
                  + " --translation FILE)",
              texts.rubric().id(),
              lang,
              String.join(", ", texts.languages())));
    }
    Rubric r = texts.rubric();
    String text;
    switch (format) {
      case json:
        text = RubricFormat.toJson(r) + "\n";
        break;
      case markdown:
        text = Questionnaire.markdown(texts, lang);
        break;
      case surveyjs:
        text = Questionnaire.surveyJs(texts, lang);
        break;
      case html:
        text = Questionnaire.html(texts, lang);
        break;
      case csv_template:
        text = Questionnaire.csvTemplate(r);
        break;
      default:
        text = RubricFormat.toYaml(r);
    }
    out.write(text);
    return 0;
  }

  private static boolean languageShown(RubricTexts texts, String lang) {
    try {
      return texts.supports(lang);
    } catch (IllegalArgumentException e) {
      throw new CentricityCli.InputException("--lang: " + e.getMessage());
    }
  }

  /** The rubric with the bundled translations of a bundled rubric and those given. */
  private RubricTexts texts() {
    // a bundled rubric, named by id or given as an unchanged copy, comes with its translations
    Rubric r = rubric.orientation();
    RubricTexts texts =
        dev.centricity.rubric.DefaultRubrics.texts(r.id())
            .filter(t -> t.rubric().equals(r))
            .orElseGet(() -> RubricTexts.of(r));
    for (Path file : translations) {
      Translation t;
      try {
        t = TranslationFormat.read(Inputs.requireFile(file), texts.rubric());
        texts = texts.with(t);
      } catch (CentricityException e) {
        throw Inputs.prefixed(file, e);
      }
    }
    return texts;
  }
}
