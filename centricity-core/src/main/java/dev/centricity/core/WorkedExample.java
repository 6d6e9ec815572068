package dev.centricity.core;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A response shipped inside a rubric together with the result it must give, checked whenever the
 * rubric is built or read (as PMML's model verification does). A rubric whose examples do not hold
 * is invalid. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableWorkedExample.class)
@JsonDeserialize(as = ImmutableWorkedExample.class)
public interface WorkedExample {

  /** The tolerance within which an expected index must match: 1e-9. */
  double TOLERANCE = 1e-9;

  /** A short name, unique within the rubric. */
  String name();

  /** What the example shows. */
  Optional<String> description();

  /** The answers, keyed by trait id; {@code null} in a file reads as {@link Answer#blank()}. */
  @JsonSetter(contentNulls = Nulls.SET)
  Map<String, Answer> answers();

  /** The result the answers must give under the rubric's own policy. */
  Expectation expect();

  /**
   * What a worked example must give: the index (two poles) within {@link #TOLERANCE}, the band, or
   * the leading pole (any number of poles). At least one is given. Immutable and value-based.
   */
  @Value.Immutable
  @CentricityStyle
  @JsonSerialize(as = ImmutableExpectation.class)
  @JsonDeserialize(as = ImmutableExpectation.class)
  interface Expectation {
    /** The expected index. */
    OptionalDouble index();

    /** The expected band label. */
    Optional<String> band();

    /** The expected leading pole. */
    Optional<String> leadingPole();

    /** A builder for an expectation. */
    static ImmutableExpectation.Builder builder() {
      return ImmutableExpectation.builder();
    }
  }

  /** A builder for a worked example. */
  static ImmutableWorkedExample.Builder builder() {
    return ImmutableWorkedExample.builder();
  }
}
