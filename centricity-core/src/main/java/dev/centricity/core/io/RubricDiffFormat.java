package dev.centricity.core.io;

import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.internal.PlanJson;
import dev.centricity.core.versions.RubricDiff;
import dev.centricity.core.versions.RubricImpact;
import java.util.List;
import java.util.Optional;

/**
 * Writes rubric diffs, with their impact on a cohort, as indented JSON, in the layout {@code
 * docs/versions.md} describes with examples. Numbers are written exactly; absent values are left
 * out.
 *
 * <p>All methods are static and thread-safe.
 */
public final class RubricDiffFormat {

  private RubricDiffFormat() {}

  /**
   * Writes a diff: the two rubrics' identities, the required and actual bumps, whether the new
   * version is bumped enough, and every change.
   *
   * @param diff the diff
   * @return the JSON text
   */
  public static String toJson(RubricDiff diff) {
    return PlanJson.write(PlanJson.diff(diff, Optional.empty(), List.of()));
  }

  /**
   * Writes a diff with its impact on a cohort under an {@code impact} key, and the rows of the
   * cohort file that could not be read under {@code impact.rowErrors} (so that rows out equal rows
   * in).
   *
   * @param diff the diff
   * @param impact the impact
   * @param rowErrors the cohort's rows that could not be read, in file order; empty for none
   * @return the JSON text
   */
  public static String toJson(RubricDiff diff, RubricImpact impact, List<RowError> rowErrors) {
    return PlanJson.write(PlanJson.diff(diff, Optional.of(impact), rowErrors));
  }
}
