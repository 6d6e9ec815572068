package dev.centricity.core;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Names the exact rubric a scorecard was computed with: its id, version and content hash. Immutable
 * and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableRubricIdentity.class)
@JsonDeserialize(as = ImmutableRubricIdentity.class)
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
}
