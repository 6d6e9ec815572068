package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * How a {@link Scorer} treats missing answers, thin dimensions and unknown trait ids.
 *
 * <p>The defaults ({@link #ofDefaults()}): missing answers are skipped and the rest renormalised, a
 * dimension counts only when at least half of its trait weight is answered, and an answer to an
 * unknown trait id is rejected. A rubric carries its own default policy; a host may override it per
 * scorer.
 *
 * <p>Immutable and value-based; build one with {@link #custom()} or derive one with {@link
 * #from(ScoringPolicy)}.
 */
@Value.Immutable
@ValueStyle
public interface ScoringPolicy {

  /** What a missing answer ({@code "n/a"}, {@code null} or absent) does. */
  enum MissingAnswers {
    /** The trait does not count; the dimension's other traits are renormalised. */
    SKIP,
    /** The trait counts as answered at the midpoint of its scale (a = ½). */
    NEUTRAL,
    /** The response is rejected with a {@link ResponseValidationException}. */
    REJECT
  }

  /** What an answer to a trait id the rubric does not have does. */
  enum UnknownTraits {
    /** The response is rejected with a {@link ResponseValidationException}. */
    REJECT,
    /** The answer is ignored and the scorecard carries a warning naming it. */
    IGNORE
  }

  /** What a missing answer does; {@link MissingAnswers#SKIP} by default. */
  @Value.Default
  default MissingAnswers missing() {
    return MissingAnswers.SKIP;
  }

  /**
   * The share of a dimension's trait weight that must be answered for the dimension to count, in
   * [0, 1]; 0.5 by default. It applies under every {@link MissingAnswers} setting.
   */
  @Value.Default
  default double minCoverage() {
    return 0.5;
  }

  /** What an answer to an unknown trait id does; {@link UnknownTraits#REJECT} by default. */
  @Value.Default
  default UnknownTraits unknownTraits() {
    return UnknownTraits.REJECT;
  }

  /** Checks that the minimum coverage is a number in [0, 1]. */
  @Value.Check
  default void check() {
    double c = minCoverage();
    if (!(c >= 0.0 && c <= 1.0)) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT, "minCoverage must be a number in [0, 1] but was %s", c));
    }
  }

  /** The default policy: skip missing answers, minimum coverage 0.5, reject unknown trait ids. */
  static ScoringPolicy ofDefaults() {
    return new Builder().build();
  }

  /** A builder that starts from the defaults. */
  static Builder custom() {
    return new Builder();
  }

  /**
   * A builder that starts from another policy.
   *
   * @param base the policy to start from
   * @return a builder holding the base's settings
   */
  static Builder from(ScoringPolicy base) {
    return new Builder().from(base);
  }

  /**
   * A builder for a {@link ScoringPolicy}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ScoringPolicy}, checking it when {@code build()} is called. Obtained from
   * {@link ScoringPolicy#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableScoringPolicy.Builder {
    Builder() {}
  }
}
