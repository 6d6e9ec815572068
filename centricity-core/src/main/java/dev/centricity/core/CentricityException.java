package dev.centricity.core;

/**
 * The root of every exception the library throws on purpose. It is unchecked.
 *
 * <p>The subtypes say in which phase something went wrong:
 *
 * <ul>
 *   <li>{@link FormatException} — a rubric, response or scorecard file could not be read at all
 *       (malformed syntax, wrong types, limits exceeded); it carries the line and column;
 *   <li>{@link RubricValidationException} — a rubric was read or built but breaks a rule of the
 *       model; it lists every problem with its path;
 *   <li>{@link ResponseValidationException} — a response does not fit the rubric it is scored
 *       against (unknown trait, answer out of range, wrong rubric id or version, missing answers
 *       under {@code REJECT});
 *   <li>{@link dev.centricity.core.text.TranslationValidationException} — a translation of a rubric
 *       breaks a rule or does not fit its rubric; it lists every problem with its path.
 * </ul>
 *
 * <p>No bad input reaches a caller as a {@code NullPointerException}, a Jackson exception or an
 * index error: those are wrapped in one of the subtypes above.
 */
public class CentricityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong
   */
  public CentricityException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public CentricityException(String message, Throwable cause) {
    super(message, cause);
  }
}
