package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent's answers, keyed by trait id, in the order they were given.
 *
 * <p>A response may name the rubric it was made for as {@code id@version}; a {@link Scorer} rejects
 * a response made for another rubric. Traits without an answer, and answers that are {@link
 * Answer#notApplicable()} or {@link Answer#blank()}, count as missing. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Response {

  /** The rubric the response was made for, as {@code id@version}. */
  Optional<String> rubric();

  /** Who answered, as the host names them. */
  Optional<String> respondent();

  /** The answers, keyed by trait id; {@code null} in a file reads as {@link Answer#blank()}. */
  Map<String, Answer> answers();

  /** A builder for a response. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a response from points of the scales, keyed by trait id, in the map's iteration order.
   *
   * @param points the answers
   * @return the response
   */
  static Response ofPoints(Map<String, Integer> points) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    points.forEach((id, p) -> answers.put(id, p == null ? Answer.blank() : Answer.of(p)));
    return builder().answers(answers).build();
  }

  /**
   * Builds a {@link Response}, checking it when {@code build()} is called. Obtained from {@link
   * Response#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableResponse.Builder {
    Builder() {}
  }
}
