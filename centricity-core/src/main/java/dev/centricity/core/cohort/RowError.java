package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of a cohort that could not be scored: a cell that is not an answer, an answer outside its
 * trait's scale, a row with the wrong number of cells, or a response the {@link
 * dev.centricity.core.Scorer} rejected. The row is recorded, not dropped, so that rows out equal
 * rows in.
 *
 * <p>{@link #reason()} says what is wrong in English; {@link #problems()} gives the same reasons as
 * codes and values, from which a host can word them in another language.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface RowError {

  /**
   * Where the row is: for a row read from a file, the 1-based line on which it starts (the header
   * is line 1); for a member of an in-memory {@link Cohort}, its 1-based position.
   */
  long line();

  /** The respondent named by the row, when it names one. */
  Optional<String> respondent();

  /** The column (trait id) of the first problem, when the problem lies in one cell. */
  Optional<String> column();

  /** What is wrong, in English, naming every bad cell of the row. */
  String reason();

  /**
   * The reasons as codes and values, in the order {@link #reason()} gives them; empty when they are
   * known only as the reason's text (a row error a host made with {@link #of(long, Optional,
   * Optional, String)}, or one read from a summary's bytes). They restate the reason, so they are
   * not part of equality.
   */
  @Value.Auxiliary
  List<RowProblem> problems();

  /**
   * Creates a row error.
   *
   * @param line the line or position
   * @param respondent the respondent, if known
   * @param column the column of the first problem, if any
   * @param reason what is wrong
   * @return the error
   */
  static RowError of(
      long line, Optional<String> respondent, Optional<String> column, String reason) {
    return new Builder().line(line).respondent(respondent).column(column).reason(reason).build();
  }

  /**
   * Creates a row error with its reasons as codes and values.
   *
   * @param line the line or position
   * @param respondent the respondent, if known
   * @param column the column of the first problem, if any
   * @param reason what is wrong, in English
   * @param problems the same reasons as codes and values, in the same order
   * @return the error
   */
  static RowError of(
      long line,
      Optional<String> respondent,
      Optional<String> column,
      String reason,
      List<RowProblem> problems) {
    return new Builder()
        .line(line)
        .respondent(respondent)
        .column(column)
        .reason(reason)
        .problems(problems)
        .build();
  }

  /** The error as one line: {@code line 17 (respondent r-17): reason}. */
  default String describe() {
    return String.format(
        Locale.ROOT,
        "line %d%s: %s",
        line(),
        respondent().map(r -> " (respondent '" + r + "')").orElse(""),
        reason());
  }

  /**
   * A builder for a {@link RowError}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RowError}, checking it when {@code build()} is called. Obtained from {@link
   * RowError#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableRowError.Builder {
    Builder() {}
  }
}
