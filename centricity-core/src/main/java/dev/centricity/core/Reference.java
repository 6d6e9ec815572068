package dev.centricity.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A work a rubric is built from, with the claims of it that the rubric's traits cite, so that a
 * rubric file is self-contained. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableReference.class)
@JsonDeserialize(as = ImmutableReference.class)
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
  @CentricityStyle
  @JsonSerialize(as = ImmutableClaim.class)
  @JsonDeserialize(as = ImmutableClaim.class)
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
  static ImmutableReference.Builder builder() {
    return ImmutableReference.builder();
  }
}
