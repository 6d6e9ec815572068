package dev.centricity.testkit;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.ResponseFormat;
import java.util.Objects;

/**
 * A rubric and one respondent's response to it: what a property about scoring draws. Its {@link
 * #toString()} shows the rubric as {@link Rubrics#describe(Rubric)} does and the response as JSON,
 * so that a counterexample can be read at a glance. Immutable.
 *
 * @param rubric the rubric
 * @param response a response that answers only traits of the rubric, with points of their scales
 */
public record Assessment(Rubric rubric, Response response) {

  /**
   * Creates an assessment.
   *
   * @param rubric the rubric
   * @param response the response
   */
  public Assessment {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(response, "response");
  }

  /**
   * The same response to another rubric, such as a variant derived with {@link Rubrics}.
   *
   * @param other the other rubric
   * @return the assessment
   */
  public Assessment withRubric(Rubric other) {
    return new Assessment(other, response);
  }

  /**
   * Another response to the same rubric, such as one changed with {@link Responses}.
   *
   * @param other the other response
   * @return the assessment
   */
  public Assessment withResponse(Response other) {
    return new Assessment(rubric, other);
  }

  /** The rubric described line by line, then the response as JSON. */
  @Override
  public String toString() {
    return Rubrics.describe(rubric)
        + System.lineSeparator()
        + "  response "
        + ResponseFormat.toJson(response);
  }
}
