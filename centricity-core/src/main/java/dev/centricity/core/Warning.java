package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Something a host should know about a scorecard that did not stop it from being computed: an
 * answer to an unknown trait was ignored, a dimension did not count, answers were missing.
 * Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Warning {

  /** The kinds of warning. */
  enum Code {
    /** An answer to a trait id the rubric does not have was ignored (policy {@code IGNORE}). */
    UNKNOWN_TRAIT_IGNORED,
    /** Traits were unanswered and did not count (policy {@code SKIP}). */
    ANSWERS_SKIPPED,
    /** Traits were unanswered and counted at the midpoint (policy {@code NEUTRAL}). */
    ANSWERS_NEUTRAL,
    /** A dimension's answered trait weight was below the policy's minimum coverage. */
    DIMENSION_LOW_COVERAGE,
    /** A dimension did not count because all of its traits have weight 0. */
    DIMENSION_NO_WEIGHT,
    /**
     * A dimension did not count because none of its traits of positive weight was answered (policy
     * {@code SKIP}).
     */
    DIMENSION_UNANSWERED,
    /** No dimension counted, so the scorecard is undetermined. */
    UNDETERMINED
  }

  /** The kind of warning. */
  @Value.Parameter
  Code code();

  /**
   * The trait or dimension id it concerns, or the rubric id when it concerns the whole response.
   */
  @Value.Parameter
  String subject();

  /** A sentence for people. */
  @Value.Parameter
  String message();

  /**
   * Creates a warning.
   *
   * @param code the kind
   * @param subject the trait or dimension id
   * @param message a sentence for people
   * @return the warning
   */
  static Warning of(Code code, String subject, String message) {
    return ImmutableWarning.of(code, subject, message);
  }
}
