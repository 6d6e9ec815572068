package dev.centricity.core;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where a trait comes from: a reference of the rubric and the ids of the claims in it that the
 * trait puts into practice. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableSource.class)
@JsonDeserialize(as = ImmutableSource.class)
public interface Source {

  /** The id of the reference, for example {@code A}. */
  String article();

  /** The ids of the claims, for example {@code [A2, A3]}. */
  List<String> claims();

  /**
   * Creates a source.
   *
   * @param article the id of the reference
   * @param claims the ids of its claims
   * @return the source
   */
  static Source of(String article, String... claims) {
    return ImmutableSource.builder().article(article).addClaims(claims).build();
  }
}
