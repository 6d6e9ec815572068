package dev.centricity.core.cohort;

import dev.centricity.core.CentricityException;

/**
 * Two cohort reports cannot be compared: they were scored with rubrics of different ids, whose
 * indices and dimensions mean different things (versions of one rubric may be compared). The
 * message names both rubrics. Thrown by {@link CohortComparison#of(CohortReport, CohortReport)}.
 */
public class CohortComparisonException extends CentricityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what cannot be compared, naming both rubrics
   */
  public CohortComparisonException(String message) {
    super(message);
  }
}
