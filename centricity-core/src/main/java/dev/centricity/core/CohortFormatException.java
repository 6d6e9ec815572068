package dev.centricity.core;

import java.util.Optional;

/**
 * A cohort file cannot be read at all: it is empty, its header has an unknown, blank or repeated
 * column, it is not UTF-8 text, a quoted field is never closed, or a field or row exceeds the
 * reader's limits. The message names the file, the line and, where one is to blame, the column. A
 * bad <i>row</i> is not an exception: it becomes a {@link dev.centricity.core.cohort.RowError} and
 * reading goes on.
 *
 * <p>A subtype of {@link FormatException}, the exception for files that cannot be read, so a host
 * that catches that catches this too; {@link #column()} is the 1-based position of the column and
 * {@link #columnName()} its name.
 */
public class CohortFormatException extends FormatException {
  private static final long serialVersionUID = 1L;

  private final String columnName;

  /**
   * Creates the exception.
   *
   * @param source the file name or other description of where the text came from
   * @param line the 1-based line, or 0 when not known
   * @param column the 1-based position of the column to blame, or 0 when none is
   * @param columnName the name of the column to blame, or {@code ""} when none is
   * @param reason what is wrong
   * @param cause the underlying failure, may be null
   */
  public CohortFormatException(
      String source, long line, int column, String columnName, String reason, Throwable cause) {
    super(source, "", (int) Math.min(line, Integer.MAX_VALUE), column, reason, cause);
    this.columnName = columnName;
  }

  /** The name of the column to blame, when one is. */
  public Optional<String> columnName() {
    return columnName.isEmpty() ? Optional.empty() : Optional.of(columnName);
  }
}
