package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work a rubric is built from, with the claims of it that the rubric's traits cite, so that a
 * rubric file is self-contained. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Reference {

  /** The reference's id, cited by {@link Source#article()}. */
  String id();

  /** The title of the work. */
  String title();

  /** Who published it. */
  Optional<String> publisher();

  /** The claims of the work, each with an id and a short paraphrase. */
  List<Claim> claims();

  /** One claim of a reference: an id and a short paraphrase. Immutable and value-based. */
  @Value.Immutable
  @ValueStyle
  interface Claim {
    /** The claim's id, for example {@code B4}. */
    @Value.Parameter
    String id();

    /** What the claim says, in the rubric author's words. */
    @Value.Parameter
    String summary();

    /**
     * Creates a claim.
     *
     * @param id the claim's id
     * @param summary a paraphrase
     * @return the claim
     */
    static Claim of(String id, String summary) {
      return ImmutableClaim.of(id, summary);
    }
  }

  /** A builder for a reference. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Reference}, checking it when {@code build()} is called. Obtained from {@link
   * Reference#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
