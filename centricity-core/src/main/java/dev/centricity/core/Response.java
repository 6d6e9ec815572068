package dev.centricity.core;

import dev.centricity.core.internal.CompactResponse;
import dev.centricity.core.internal.ValueStyle;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent's answers, keyed by trait id, in the order they were given.
 *
 * <p>A response may name the rubric it was made for as {@code id@version}; a {@link Scorer} rejects
 * a response made for another rubric. Traits without an answer, and answers that are {@link
 * Answer#notApplicable()} or {@link Answer#blank()}, count as missing.
 *
 * <p>Immutable and value-based: two responses are {@link #equals(Object) equal} when they name the
 * same rubric and respondent and hold equal answers, however each was made. Responses made by
 * {@link #ofPoints(Map)} and read by {@code dev.centricity.core.io.ResponseFormat.fromJson} are
 * compact (the trait ids and answers in two arrays, looked up through a read-only map view), so
 * building one copies the answers once.
 */
@Value.Immutable
@ValueStyle
public abstract class Response {

  /**
   * For the library's implementations: responses come from {@link #builder()}, {@link
   * #ofPoints(Map)} or the readers of {@code dev.centricity.core.io}.
   */
  protected Response() {}

  /** The rubric the response was made for, as {@code id@version}. */
  public abstract Optional<String> rubric();

  /** Who answered, as the host names them. */
  public abstract Optional<String> respondent();

  /**
   * The answers, keyed by trait id, in the order given; {@code null} in a file reads as {@link
   * Answer#blank()}.
   *
   * @return an immutable map
   */
  public abstract Map<String, Answer> answers();

  /** A builder for a response. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a response from points of the scales, keyed by trait id, in the map's iteration order;
   * a {@code null} point is a {@link Answer#blank() blank} answer. The points are copied once, into
   * a compact response; the map may be changed afterwards.
   *
   * @param points the answers
   * @return the response
   * @throws NullPointerException if the map or one of its keys is null
   */
  public static Response ofPoints(Map<String, Integer> points) {
    return CompactResponse.ofPoints(Objects.requireNonNull(points, "points"));
  }

  /**
   * Whether another object is a response naming the same rubric and respondent, with equal answers
   * in any order (as {@link Map#equals(Object)}).
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Response o
        && rubric().equals(o.rubric())
        && respondent().equals(o.respondent())
        && answers().equals(o.answers());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + rubric().hashCode();
    h += (h << 5) + respondent().hashCode();
    h += (h << 5) + answers().hashCode();
    return h;
  }

  /** The response for people: {@code Response{rubric=…, respondent=…, answers={…}}}. */
  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder("Response{");
    rubric().ifPresent(r -> sb.append("rubric=").append(r).append(", "));
    respondent().ifPresent(r -> sb.append("respondent=").append(r).append(", "));
    return sb.append("answers=").append(answers()).append('}').toString();
  }

  /**
   * Builds a {@link Response}, checking it when {@code build()} is called. Obtained from {@link
   * Response#builder()}; not thread-safe.
   */
  public static final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
