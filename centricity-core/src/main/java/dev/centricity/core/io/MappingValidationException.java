package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A cohort mapping file (or a {@link CohortMapping} given to a reader) breaks one or more rules:
 * every problem is listed, each with the JSON Pointer path of the offending value in the mapping
 * file's layout (for example {@code /columns/Q7} for a column mapped to a trait the rubric does not
 * have), so that all of them can be fixed in one pass. {@link #path()} is the first problem's.
 */
public class MappingValidationException extends FormatException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param source the mapping file's name, or another description of where it came from
   * @param problems every problem found; not empty
   */
  public MappingValidationException(String source, List<Problem> problems) {
    super(source, problems.get(0).path(), 0, 0, describe(problems), null);
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<Problem> problems) {
    String head =
        String.format(
            Locale.ROOT,
            "the cohort mapping is invalid: %d problem%s",
            problems.size(),
            problems.size() == 1 ? "" : "s");
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
  }

  /** Every problem found, in the order of the mapping file. */
  public List<Problem> problems() {
    return problems;
  }
}
