package dev.centricity.core;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A file could not be read as a rubric, response or scorecard at all: it is not well-formed YAML or
 * JSON, a value has the wrong type, a key is unknown or repeated, or a parser limit (size, nesting,
 * string length, YAML aliases) was exceeded. The message names the source, the line and column
 * where known, and the path of the value.
 */
public class FormatException extends CentricityException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param source the file name or other description of where the text came from
   * @param path the JSON Pointer of the offending value, or {@code ""} when not known
   * @param line the 1-based line, or 0 when not known
   * @param column the 1-based column, or 0 when not known
   * @param reason what is wrong
   * @param cause the underlying parser failure, may be null
   */
  public FormatException(
      String source, String path, int line, int column, String reason, Throwable cause) {
    super(format(source, path, line, column, reason), cause);
    this.source = source;
    this.path = path;
    this.line = line;
    this.column = column;
  }

  private static String format(String source, String path, int line, int column, String reason) {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(String.format(Locale.ROOT, ":%d:%d", line, column));
    }
    if (!path.isEmpty()) {
      sb.append(" at ").append(path);
    }
    return sb.append(": ").append(reason).toString();
  }

  /** Where the text came from: a file name, or a description such as {@code "<string>"}. */
  public String source() {
    return source;
  }

  /**
   * The JSON Pointer of the offending value, or {@code ""} when the text could not be parsed that
   * far.
   */
  public String path() {
    return path;
  }

  /** The 1-based line of the problem, if known. */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** The 1-based column of the problem, if known. */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }
}
