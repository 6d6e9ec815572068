package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.io.ResponseFormat;
import java.util.Objects;

/**
 * A rubric and a cohort of respondents to it: what a property about cohorts draws. Its {@link
 * #toString()} shows the rubric as {@link Rubrics#describe(Rubric)} does and each member's group
 * and response on a line of its own. Immutable.
 *
 * @param rubric the rubric
 * @param cohort members whose responses answer only traits of the rubric with points of their
 *     scales
 */
public record CohortAssessment(Rubric rubric, Cohort cohort) {

  /**
   * Creates the pair.
   *
   * @param rubric the rubric
   * @param cohort the cohort
   */
  public CohortAssessment {
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(cohort, "cohort");
  }

  /**
   * The same rubric with another cohort, such as the members shuffled.
   *
   * @param other the other cohort
   * @return the pair
   */
  public CohortAssessment withCohort(Cohort other) {
    return new CohortAssessment(rubric, other);
  }

  /** The rubric described line by line, then each member's group and response. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(Rubrics.describe(rubric));
    sb.append(System.lineSeparator()).append("  ").append(cohort.size()).append(" members");
    for (CohortMember m : cohort.members()) {
      sb.append(System.lineSeparator())
          .append("  member ")
          .append(m.group().orElse("(no group)"))
          .append(' ')
          .append(ResponseFormat.toJson(m.response()));
    }
    return sb.toString();
  }
}
