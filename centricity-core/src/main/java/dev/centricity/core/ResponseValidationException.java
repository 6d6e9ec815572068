package dev.centricity.core;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A response does not fit the rubric it is scored against: an unknown trait id (under {@link
 * ScoringPolicy.UnknownTraits#REJECT}), an answer outside the trait's scale, a response made for
 * another rubric id or version, or missing answers under {@link
 * ScoringPolicy.MissingAnswers#REJECT}. Every problem is listed, each with its path (for example
 * {@code /answers/rewards.sales-volume}).
 */
public class ResponseValidationException extends CentricityException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param respondent the respondent, or {@code ""} when the response names none
   * @param problems every problem found; not empty
   */
  public ResponseValidationException(String respondent, List<Problem> problems) {
    super(format(respondent, problems));
    this.problems = List.copyOf(problems);
  }

  private static String format(String respondent, List<Problem> problems) {
    String who = respondent.isEmpty() ? "response" : "response of '" + respondent + "'";
    String head =
        String.format(
            Locale.ROOT,
            "%s does not fit the rubric: %d problem%s",
            who,
            problems.size(),
            problems.size() == 1 ? "" : "s");
    if (problems.size() == 1) {
      return head + ": " + problems.get(0);
    }
    return problems.stream()
        .map(p -> "  " + p)
        .collect(Collectors.joining(System.lineSeparator(), head + System.lineSeparator(), ""));
  }

  /**
   * Every problem found: the rubric reference first, then the answers in the response's order, then
   * (under {@code REJECT}) the missing traits in the rubric's order.
   */
  public List<Problem> problems() {
    return problems;
  }
}
