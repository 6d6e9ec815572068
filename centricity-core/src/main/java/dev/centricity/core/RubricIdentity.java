package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Names the exact rubric a scorecard was computed with: its id, version and content hash. Immutable
 * and value-based.
 */
@Value.Immutable
@ValueStyle
public interface RubricIdentity {

  /** The rubric's id. */
  @Value.Parameter
  String id();

  /** The rubric's version. */
  @Value.Parameter
  String version();

  /** The rubric's {@link Rubric#contentHash()}. */
  @Value.Parameter
  String hash();

  /**
   * The identity of a rubric.
   *
   * @param rubric the rubric
   * @return its id, version and hash
   */
  static RubricIdentity of(Rubric rubric) {
    return ImmutableRubricIdentity.of(rubric.id(), rubric.version(), rubric.contentHash());
  }

  /**
   * An identity as stored with a result, for example read from a database.
   *
   * @param id the rubric's id
   * @param version its version
   * @param hash its content hash, 64 lower-case hex digits
   * @return the identity
   */
  static RubricIdentity of(String id, String version, String hash) {
    return ImmutableRubricIdentity.of(id, version, hash);
  }
}
