package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One orientation an organisation can lean towards, such as {@code product} or {@code customer}.
 *
 * <p>A rubric declares two or more poles; with two, the first is the negative end of the index and
 * the second the positive end. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Pole {

  /** The pole's id, unique within its rubric, used by traits to refer to it. */
  String id();

  /** A short human-readable name, such as {@code Customer-centric}; defaults to the id. */
  @Value.Default
  default String label() {
    return id();
  }

  /** What leaning towards this pole means, for people reading the rubric. */
  Optional<String> description();

  /**
   * Creates a pole with an id and a label.
   *
   * @param id the pole's id
   * @param label its human-readable name
   * @return the pole
   */
  static Pole of(String id, String label) {
    return new Builder().id(id).label(label).build();
  }

  /** A builder for a pole with a description. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Pole}, checking it when {@code build()} is called. Obtained from {@link
   * Pole#builder()}; not thread-safe.
   */
  final class Builder extends ImmutablePole.Builder {
    Builder() {}
  }
}
