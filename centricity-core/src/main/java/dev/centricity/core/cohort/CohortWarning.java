package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Something a host or researcher should know about a cohort's results that did not stop them from
 * being computed. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface CohortWarning {

  /** The kinds of warning. */
  enum Code {
    /** A column that is not a trait of the rubric was ignored (policy {@code IGNORE}). */
    UNKNOWN_COLUMN_IGNORED,
    /** The file has no column for a trait of the rubric; every respondent misses it. */
    TRAIT_COLUMN_MISSING,
    /**
     * Rows could not be scored; they are listed as errors, up to {@link
     * CohortReport#MAX_ERRORS_KEPT}, and the message says how many are counted only.
     */
    ROWS_REJECTED,
    /** Respondents' scorecards were undetermined and do not enter the means. */
    RESPONDENTS_UNDETERMINED,
    /** A trait was left out of its dimension's reliability: no variance, or under two answers. */
    ITEM_EXCLUDED,
    /** A dimension's reliability could not be computed; the message says why. */
    RELIABILITY_UNAVAILABLE,
    /**
     * A trait correlates negatively with the rest of its dimension once keyed: it may be mis-keyed.
     * It is reported as keyed by the rubric, never reversed silently.
     */
    POSSIBLY_MISKEYED
  }

  /** The kind of warning. */
  @Value.Parameter
  Code code();

  /** The column, trait, dimension or group it concerns, or the rubric id for the whole cohort. */
  @Value.Parameter
  String subject();

  /** A sentence for people. */
  @Value.Parameter
  String message();

  /**
   * Creates a warning.
   *
   * @param code the kind
   * @param subject what it concerns
   * @param message a sentence for people
   * @return the warning
   */
  static CohortWarning of(Code code, String subject, String message) {
    return ImmutableCohortWarning.of(code, subject, message);
  }
}
