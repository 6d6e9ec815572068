package dev.centricity.core;

import java.util.Objects;

/**
 * One thing wrong with a rubric or a response: where it is, as a JSON Pointer into the file's
 * layout (for example {@code /dimensions/2/traits/0/weight}), and what rule it breaks.
 *
 * <p>Immutable and value-based.
 *
 * @param path a JSON Pointer (RFC 6901) to the offending value; {@code ""} for the whole document
 * @param message what is wrong, naming the rule and the actual value
 */
public record Problem(String path, String message) {

  /**
   * Creates a problem.
   *
   * @throws NullPointerException never for the library's own problems; only if a caller passes null
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The problem as one line, {@code path: message}. */
  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + message;
  }

  /**
   * Escapes one JSON Pointer reference token ({@code ~} becomes {@code ~0}, {@code /} becomes
   * {@code ~1}).
   *
   * @param token a property name or trait id
   * @return the token as it appears in a JSON Pointer
   */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
