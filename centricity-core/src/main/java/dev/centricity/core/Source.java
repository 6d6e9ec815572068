package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a trait comes from: a reference of the rubric and the ids of the claims in it that the
 * trait puts into practice. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
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
    return new Builder().article(article).addClaims(claims).build();
  }

  /**
   * A builder for a {@link Source}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Source}, checking it when {@code build()} is called. Obtained from {@link
   * Source#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableSource.Builder {
    Builder() {}
  }
}
