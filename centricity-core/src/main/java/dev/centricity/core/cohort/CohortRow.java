package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a cohort as it is read: either a {@link CohortMember} to score or a {@link RowError}
 * saying why the row cannot be, never both. Rows come in input order, one for every data row of the
 * file, so that rows out equal rows in. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface CohortRow {

  /** The 1-based line on which the row starts in its file, or its position in a cohort. */
  long line();

  /** The member, when the row could be read. */
  Optional<CohortMember> member();

  /** What is wrong with the row, when it could not be read. */
  Optional<RowError> error();

  /** Whether the row is an error record. */
  default boolean isError() {
    return error().isPresent();
  }

  /** Checks that the row holds exactly one of a member and an error, on the same line. */
  @Value.Check
  default void check() {
    if (member().isPresent() == error().isPresent()) {
      throw new IllegalArgumentException(
          "a cohort row holds exactly one of a member and an error, but this one holds "
              + (member().isPresent() ? "both" : "neither"));
    }
    if (error().isPresent() && error().get().line() != line()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the error of the row on line %d names line %d",
              line(),
              error().get().line()));
    }
  }

  /**
   * A row that was read.
   *
   * @param line the line or position
   * @param member the member
   * @return the row
   */
  static CohortRow of(long line, CohortMember member) {
    return new Builder().line(line).member(member).build();
  }

  /**
   * A row that could not be read.
   *
   * @param error what is wrong, with the row's line
   * @return the row
   */
  static CohortRow of(RowError error) {
    return new Builder().line(error.line()).error(error).build();
  }

  /**
   * A builder for a {@link CohortRow}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CohortRow}, checking it when {@code build()} is called. Obtained from {@link
   * CohortRow#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableCohortRow.Builder {
    Builder() {}
  }
}
