package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A response shipped inside a rubric together with the result it must give, checked whenever the
 * rubric is built or read (as PMML's model verification does). A rubric whose examples do not hold
 * is invalid. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface WorkedExample {

  /** The tolerance within which an expected index must match: 1e-9. */
  double TOLERANCE = 1e-9;

  /** A short name, unique within the rubric. */
  String name();

  /** What the example shows. */
  Optional<String> description();

  /** The answers, keyed by trait id; {@code null} in a file reads as {@link Answer#blank()}. */
  Map<String, Answer> answers();

  /** The result the answers must give under the rubric's own policy. */
  Expectation expect();

  /**
   * What a worked example must give: the index (two poles) within {@link #TOLERANCE}, the band, or
   * the leading pole (any number of poles). At least one is given. Immutable and value-based.
   */
  @Value.Immutable
  @ValueStyle
  interface Expectation {
    /** The expected index. */
    OptionalDouble index();

    /** The expected band label. */
    Optional<String> band();

    /** The expected leading pole. */
    Optional<String> leadingPole();

    /** A builder for an expectation. */
    static Builder builder() {
      return new Builder();
    }

    /**
     * Builds an {@link Expectation}. Obtained from {@link Expectation#builder()}; not thread-safe.
     */
    final class Builder extends ImmutableExpectation.Builder {
      Builder() {}
    }
  }

  /** A builder for a worked example. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WorkedExample}, checking it when {@code build()} is called. Obtained from
   * {@link WorkedExample#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableWorkedExample.Builder {
    Builder() {}
  }
}
