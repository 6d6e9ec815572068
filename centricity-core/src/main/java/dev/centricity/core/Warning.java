package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something a host should know about a scorecard that did not stop it from being computed: an
 * answer to an unknown trait was ignored, a dimension did not count, answers were missing.
 *
 * <p>A warning says what happened three ways: its {@link #code()}, the {@link #subject()} it
 * concerns and the {@link #values()} it reports (which each code lists), from which a host can word
 * it in any language; and an English {@link #message()} built from the same facts.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Warning {

  /** The kinds of warning. */
  enum Code {
    /**
     * An answer to a trait id the rubric does not have was ignored (policy {@code IGNORE}).
     * Subject: the trait id answered; values: the rubric's reference ({@code id@version}).
     */
    UNKNOWN_TRAIT_IGNORED,
    /**
     * Traits were unanswered and did not count (policy {@code SKIP}). Subject: the rubric id;
     * values: the number of unanswered traits and the number of traits, as whole numbers.
     */
    ANSWERS_SKIPPED,
    /**
     * Traits were unanswered and counted at the midpoint (policy {@code NEUTRAL}). Subject: the
     * rubric id; values: the number of unanswered traits and the number of traits.
     */
    ANSWERS_NEUTRAL,
    /**
     * A dimension's answered trait weight was below the policy's minimum coverage. Subject: the
     * dimension id; values: its coverage and the minimum, each a fraction from 0 to 1 written as
     * {@link Double#toString(double)} writes it.
     */
    DIMENSION_LOW_COVERAGE,
    /**
     * A dimension did not count because all of its traits have weight 0. Subject: the dimension id;
     * no values.
     */
    DIMENSION_NO_WEIGHT,
    /**
     * A dimension did not count because none of its traits of positive weight was answered (policy
     * {@code SKIP}). Subject: the dimension id; no values.
     */
    DIMENSION_UNANSWERED,
    /**
     * No dimension counted, so the scorecard is undetermined. Subject: the rubric id; no values.
     */
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

  /** A sentence for people, in English. */
  @Value.Parameter
  String message();

  /**
   * What the warning reports besides its subject, in the order its {@link Code} lists, each written
   * with {@link java.util.Locale#ROOT}; empty for a code that lists none, and for a warning made
   * with {@link #of(Code, String, String)}. They restate facts the message holds, so they are not
   * part of equality.
   */
  @Value.Auxiliary
  List<String> values();

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

  /**
   * Creates a warning with the values its code lists.
   *
   * @param code the kind
   * @param subject the trait or dimension id, or the rubric id
   * @param message a sentence for people, in English
   * @param values what it reports, in the order its code lists
   * @return the warning
   */
  static Warning of(Code code, String subject, String message, List<String> values) {
    return ImmutableWarning.builder()
        .code(code)
        .subject(subject)
        .message(message)
        .values(values)
        .build();
  }
}
