package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something a host or researcher should know about a cohort's results that did not stop them from
 * being computed.
 *
 * <p>A warning says what happened three ways: its {@link #code()}, the {@link #subject()} it
 * concerns and the {@link #values()} it reports (which each code lists), from which a host can word
 * it in any language; and an English {@link #message()} built from the same facts.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface CohortWarning {

  /** The kinds of warning. */
  enum Code {
    /**
     * A key of SurveyJS results that is not a trait of the rubric was ignored (policy {@code
     * IGNORE}). Subject: the key as the file gives it; values: the rubric's reference.
     */
    UNKNOWN_COLUMN_IGNORED,
    /**
     * The file has no column for a trait of the rubric; every respondent misses it. Subject: the
     * trait id; no values.
     */
    TRAIT_COLUMN_MISSING,
    /**
     * Rows could not be scored; they are listed as errors, up to {@link
     * CohortReport#MAX_ERRORS_KEPT}, and the message says how many are counted only. Subject: the
     * rubric id; values: the number of rows rejected, the number of rows, and, when not all
     * rejected rows are listed, the number listed.
     */
    ROWS_REJECTED,
    /**
     * Respondents' scorecards were undetermined and do not enter the means. Subject: the rubric id;
     * values: the number of undetermined respondents and the number of respondents.
     */
    RESPONDENTS_UNDETERMINED,
    /**
     * A trait was left out of its dimension's reliability: no variance, or under two answers.
     * Subject: the trait id; values: the dimension id, the number of answers, and, when there are
     * two or more (so all are the same), the one point they all give.
     */
    ITEM_EXCLUDED,
    /**
     * A dimension's reliability could not be computed. Subject: the dimension id; values: either
     * one, the number of traits with variance (under two), or three, the two traits answered
     * together by under two respondents and that number.
     */
    RELIABILITY_UNAVAILABLE,
    /**
     * A trait correlates negatively with the rest of its dimension once keyed: it may be mis-keyed.
     * It is reported as keyed by the rubric, never reversed silently. Subject: the trait id;
     * values: the dimension id, the corrected item-total correlation (as {@link
     * Double#toString(double)} writes it) and the id of the pole the rubric keys the trait towards.
     */
    POSSIBLY_MISKEYED,
    /**
     * A column of a cohort file matched no trait, nor the respondent or group column: metadata such
     * as a timestamp or an e-mail address, not used. One warning per column, its subject the
     * column's name.
     */
    METADATA_COLUMN,
    /**
     * Rows under a cohort file's header describe the columns (a survey tool's question texts or
     * option labels, recognised by content) or were skipped by count; they were not read as
     * respondents. Subject and the one value: their line numbers, separated by commas ("2, 3").
     */
    HEADER_ROWS
  }

  /** The kind of warning. */
  @Value.Parameter
  Code code();

  /** The column, trait, dimension or group it concerns, or the rubric id for the whole cohort. */
  @Value.Parameter
  String subject();

  /** A sentence for people, in English. */
  @Value.Parameter
  String message();

  /**
   * What the warning reports besides its subject, in the order its {@link Code} lists, numbers
   * written with {@link java.util.Locale#ROOT}; empty for a code that lists none, and for a warning
   * made with {@link #of(Code, String, String)}. They restate facts the message holds, so they are
   * not part of equality.
   */
  @Value.Auxiliary
  List<String> values();

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

  /**
   * Creates a warning with the values its code lists.
   *
   * @param code the kind
   * @param subject what it concerns
   * @param message a sentence for people, in English
   * @param values what it reports, in the order its code lists
   * @return the warning
   */
  static CohortWarning of(Code code, String subject, String message, List<String> values) {
    return ImmutableCohortWarning.builder()
        .code(code)
        .subject(subject)
        .message(message)
        .values(values)
        .build();
  }
}
