package dev.centricity.core.text;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Problem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A translation breaks a rule of its own or does not fit the rubric it translates: a wrong rubric
 * id or version, an unknown pole, scale, dimension, trait or band, a scale with the wrong number of
 * point labels, a blank text or a malformed language tag. Every problem is listed, each with the
 * JSON Pointer path of the offending value in the translation file layout (for example {@code
 * /scales/agree5}), so that all of them can be fixed in one pass.
 */
public class TranslationValidationException extends CentricityException {
  private static final long serialVersionUID = 1L;

  private final String language;
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param rubric the {@code id@version} the translation names, or {@code ""} if it names none
   * @param language the language of the translation, or {@code ""} if it names none
   * @param problems every problem found; not empty
   */
  public TranslationValidationException(String rubric, String language, List<Problem> problems) {
    super(format(rubric, language, problems));
    this.language = language;
    this.problems = List.copyOf(problems);
  }

  private static String format(String rubric, String language, List<Problem> problems) {
    String head =
        String.format(
            Locale.ROOT,
            "translation '%s' of rubric '%s' is invalid: %d problem%s",
            language,
            rubric,
            problems.size(),
            problems.size() == 1 ? "" : "s");
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
  }

  /** The language of the translation, or {@code ""} when it names none. */
  public String language() {
    return language;
  }

  /** Every problem found, in the order of the translation file. */
  public List<Problem> problems() {
    return problems;
  }
}
