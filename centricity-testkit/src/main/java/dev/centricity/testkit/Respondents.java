package dev.centricity.testkit;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.ResponseFormat;
import java.util.List;
import java.util.Objects;

/**
 * A rubric and the responses of several respondents to it, such as a team answering a survey: what
 * a property about many responses at once draws (invariant 13, concurrency). Its {@link
 * #toString()} shows the rubric as {@link Rubrics#describe(Rubric)} does and each response as JSON
 * on a line of its own. Immutable.
 *
 * @param rubric the rubric
 * @param responses the responses, each answering only traits of the rubric with points of their
 *     scales; may be empty
 */
public record Respondents(Rubric rubric, List<Response> responses) {

  /**
   * Creates the respondents.
   *
   * @param rubric the rubric
   * @param responses the responses; copied
   */
  public Respondents {
    Objects.requireNonNull(rubric, "rubric");
    responses = List.copyOf(responses);
  }

  /** The rubric described line by line, then the responses as JSON, one per line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Rubrics.describe(rubric));
    sb.append(System.lineSeparator()).append("  ").append(responses.size()).append(" responses");
    for (Response r : responses) {
      sb.append(System.lineSeparator()).append("  response ").append(ResponseFormat.toJson(r));
    }
    return sb.toString();
  }
}
