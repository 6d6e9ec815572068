package dev.centricity.core;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One respondent's answers, keyed by trait id, in the order they were given.
 *
 * <p>A response may name the rubric it was made for as {@code id@version}; a {@link Scorer} rejects
 * a response made for another rubric. Traits without an answer, and answers that are {@link
 * Answer#notApplicable()} or {@link Answer#blank()}, count as missing. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableResponse.class)
@JsonDeserialize(as = ImmutableResponse.class)
public interface Response {

  /** The rubric the response was made for, as {@code id@version}. */
  Optional<String> rubric();

  /** Who answered, as the host names them. */
  Optional<String> respondent();

  /** The answers, keyed by trait id; {@code null} in a file reads as {@link Answer#blank()}. */
  @JsonSetter(contentNulls = Nulls.SET)
  Map<String, Answer> answers();

  /** A builder for a response. */
  static ImmutableResponse.Builder builder() {
    return ImmutableResponse.builder();
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
}
