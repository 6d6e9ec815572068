package dev.centricity.core.io;

import dev.centricity.core.RubricIdentity;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.internal.PlanJson;
import dev.centricity.core.plan.GroupPlan;
import dev.centricity.core.plan.ImprovementPlan;
import java.util.List;

/**
 * Writes improvement plans and group plans as indented JSON, in the layout {@code docs/plans.md}
 * describes with examples. Numbers are written exactly (the shortest decimal that reads back as the
 * same double); absent values are left out.
 *
 * <p>All methods are static and thread-safe.
 */
public final class PlanFormat {

  private PlanFormat() {}

  /**
   * Writes one plan: the rubric, respondent, target, whether it is reached, the current index and
   * band, the changes and the predicted scorecard (as {@link ScorecardFormat} writes it).
   *
   * @param plan the plan
   * @return the JSON text
   */
  public static String toJson(ImprovementPlan plan) {
    return PlanJson.write(PlanJson.plan(plan));
  }

  /**
   * Writes the group plans of one cohort, with the rows that could not be read (so that rows out
   * equal rows in).
   *
   * @param rubric the rubric the plans were made with
   * @param plans the plans, for example the whole cohort's and one per group
   * @param errors the rows of the cohort file that could not be read, in file order
   * @return the JSON text
   */
  public static String toJson(RubricIdentity rubric, List<GroupPlan> plans, List<RowError> errors) {
    return PlanJson.write(PlanJson.groups(rubric, plans, errors));
  }
}
