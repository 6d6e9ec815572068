package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import dev.centricity.core.ScoringPolicy;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --policy POLICY} option: how missing answers count, overriding the rubric's own. */
final class PolicyOption {

  /** The missing-answer policies, as the command line spells them. */
  enum Policy {
    skip,
    neutral,
    reject
  }

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description = "Missing answers: ${COMPLETION-CANDIDATES} (default: the rubric's own).")
  Policy policy;

  /**
   * The policy to score with.
   *
   * @param rubric the rubric being scored against
   * @return the rubric's own policy, with its missing-answer rule replaced when one was given
   */
  ScoringPolicy applyTo(Rubric rubric) {
    if (policy == null) {
      return rubric.policy();
    }
    return ScoringPolicy.from(rubric.policy())
        .missing(ScoringPolicy.MissingAnswers.valueOf(policy.name().toUpperCase(Locale.ROOT)))
        .build();
  }
}
