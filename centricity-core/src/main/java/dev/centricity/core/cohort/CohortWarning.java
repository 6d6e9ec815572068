package dev.centricity.core.cohort;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something a host or researcher should know about a cohort's results that did not stop them from
 * being computed. Immutable and value-based.
 */
@Value.Immutable
@CohortStyle
@JsonSerialize(as = ImmutableCohortWarning.class)
@JsonDeserialize(as = ImmutableCohortWarning.class)
public interface CohortWarning {

  /** The kinds of warning. */
  enum Code {
    /** A column that is not a trait of the rubric was ignored (policy {@code IGNORE}). */
    @JsonProperty("unknown-column-ignored")
    UNKNOWN_COLUMN_IGNORED,
    /** The file has no column for a trait of the rubric; every respondent misses it. */
    @JsonProperty("trait-column-missing")
    TRAIT_COLUMN_MISSING,
    /** Rows could not be scored; they are listed as errors. */
    @JsonProperty("rows-rejected")
    ROWS_REJECTED,
    /** Respondents' scorecards were undetermined and do not enter the means. */
    @JsonProperty("respondents-undetermined")
    RESPONDENTS_UNDETERMINED,
    /** A trait was left out of its dimension's reliability: no variance, or under two answers. */
    @JsonProperty("item-excluded")
    ITEM_EXCLUDED,
    /** A dimension's reliability could not be computed; the message says why. */
    @JsonProperty("reliability-unavailable")
    RELIABILITY_UNAVAILABLE,
    /**
     * A trait correlates negatively with the rest of its dimension once keyed: it may be mis-keyed.
     * It is reported as keyed by the rubric, never reversed silently.
     */
    @JsonProperty("possibly-mis-keyed")
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
