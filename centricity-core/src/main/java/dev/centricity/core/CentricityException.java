package dev.centricity.core;

/**
 * The root of every exception the library throws on purpose. It is unchecked.
 *
 * <p>The subtypes say in which phase something went wrong:
 *
 * <ul>
 *   <li>{@link FormatException} — a file or text could not be read at all: a rubric, response,
 *       scorecard, report or translation (malformed syntax, wrong types, unknown or duplicate keys,
 *       limits exceeded); it carries the source, line, column and path;
 *       <ul>
 *         <li>{@link CohortFormatException} — a cohort file cannot be read (header, encoding,
 *             limits); it also names the column to blame. A bad <i>row</i> is not an exception: it
 *             becomes a {@link dev.centricity.core.cohort.RowError} and reading goes on;
 *       </ul>
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
