package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One statement a respondent rates.
 *
 * <p>A trait is either <b>keyed</b> to one pole ({@link #keyed()}: agreeing with it expresses that
 * pole) or a <b>contrast</b> between two poles ({@link #contrast()}: the scale runs from one to the
 * other), never both; the rubric's validation enforces this. Its {@link #weight()} (≥ 0, default 1)
 * sets its share of its dimension. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Trait {

  /** The trait's id, unique within its rubric; responses key their answers by it. */
  String id();

  /** The statement or question the respondent rates. */
  String statement();

  /** The pole that agreeing with this trait expresses, for a keyed trait. */
  Optional<String> keyed();

  /** The two poles this trait's scale runs between, for a contrast trait. */
  Optional<Contrast> contrast();

  /** The id of the scale the trait is answered on. */
  String scale();

  /** The trait's weight within its dimension, finite and ≥ 0; 1 when omitted. */
  @Value.Default
  default double weight() {
    return 1.0;
  }

  /** The claims of the rubric's references that this trait puts into practice. */
  List<Source> sources();

  /**
   * Whether an organisation can change its answer to this trait by its own choices; true when
   * omitted. A trait that describes the market rather than the organisation (how fast customers'
   * needs change, say) is marked {@code false}: it counts in every score like any other trait, but
   * an improvement plan never proposes changing it (see {@code docs/plans.md}).
   *
   * <p>Written to YAML and JSON, and included in the rubric's {@linkplain Rubric#contentHash()
   * content hash}, only when false, so rubrics that do not use it keep their form and hash.
   */
  @Value.Default
  default boolean actionable() {
    return true;
  }

  /** Whether this trait is keyed to a pole (rather than a contrast). */
  default boolean keyedToPole() {
    return keyed().isPresent();
  }

  /** A builder for a trait. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a keyed trait of weight 1.
   *
   * @param id the trait's id
   * @param statement the statement to rate
   * @param pole the pole agreeing expresses
   * @param scale the scale's id
   * @return the trait
   */
  static Trait keyed(String id, String statement, String pole, String scale) {
    return builder().id(id).statement(statement).keyed(pole).scale(scale).build();
  }

  /**
   * Creates a contrast trait of weight 1.
   *
   * @param id the trait's id
   * @param statement the question to answer
   * @param from the pole at point 1
   * @param to the pole at the last point
   * @param scale the scale's id
   * @return the trait
   */
  static Trait contrast(String id, String statement, String from, String to, String scale) {
    return builder()
        .id(id)
        .statement(statement)
        .contrast(Contrast.of(from, to))
        .scale(scale)
        .build();
  }

  /**
   * Builds a {@link Trait}, checking it when {@code build()} is called. Obtained from {@link
   * Trait#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableTrait.Builder {
    Builder() {}
  }
}
