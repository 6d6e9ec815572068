package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named group of traits, such as <i>Rewards and incentives</i>, with a weight (≥ 0, default 1)
 * that sets its share of the overall profile. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Dimension {

  /** The dimension's id, unique within its rubric. */
  String id();

  /** A human-readable name; defaults to the id. */
  @Value.Default
  default String name() {
    return id();
  }

  /** What the dimension measures, for people reading the rubric. */
  Optional<String> description();

  /** The dimension's weight in the overall profile, finite and ≥ 0; 1 when omitted. */
  @Value.Default
  default double weight() {
    return 1.0;
  }

  /** The traits of the dimension, in the rubric's order; at least one. */
  List<Trait> traits();

  /**
   * Finds a trait of this dimension by id.
   *
   * @param traitId the id
   * @return the trait, or empty if this dimension has none of that id
   */
  default Optional<Trait> trait(String traitId) {
    for (Trait t : traits()) {
      if (t.id().equals(traitId)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A builder for a dimension. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Dimension}, checking it when {@code build()} is called. Obtained from {@link
   * Dimension#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableDimension.Builder {
    Builder() {}
  }
}
