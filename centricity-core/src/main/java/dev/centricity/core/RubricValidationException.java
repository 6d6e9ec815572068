package dev.centricity.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rubric breaks one or more rules of the model. Every problem is listed, each with the JSON
 * Pointer path of the offending value in the rubric file layout, so that all of them can be fixed
 * in one pass.
 */
public class RubricValidationException extends CentricityException {
  private static final long serialVersionUID = 1L;

  private final String rubricId;
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param rubricId the id of the rubric, or {@code ""} if it has none
   * @param problems every problem found; not empty
   */
  public RubricValidationException(String rubricId, List<Problem> problems) {
    super(format(rubricId, problems));
    this.rubricId = rubricId;
    this.problems = List.copyOf(problems);
  }

  private static String format(String rubricId, List<Problem> problems) {
    String head =
        String.format(
            Locale.ROOT,
            "rubric '%s' is invalid: %d problem%s",
            rubricId,
            problems.size(),
            problems.size() == 1 ? "" : "s");
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
  }

  /** The id of the rubric, or {@code ""} when it has none. */
  public String rubricId() {
    return rubricId;
  }

  /** Every problem found, in the order of the rubric file. */
  public List<Problem> problems() {
    return problems;
  }
}
