package dev.centricity.examples.hosts;

import dev.centricity.core.cohort.CohortReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of a {@link TeamSurvey}: the library's report, the whole organisation and each team
 * with its flags.
 *
 * @param report the cohort report the results were read from
 * @param organisation everyone scored, with the same flags as a team
 * @param teams one result per team, sorted by label
 * @param agreementThreshold the threshold the flags were set with
 */
public record Survey(
    CohortReport report,
    TeamResult organisation,
    List<TeamResult> teams,
    double agreementThreshold) {

  /** Copies the team list. */
  public Survey {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(organisation, "organisation");
    teams = List.copyOf(teams);
  }

  /**
   * @param label the team's label
   * @return its result, or empty when no respondent of that team was scored
   */
  public Optional<TeamResult> team(String label) {
    return teams.stream().filter(t -> t.team().equals(label)).findFirst();
  }

  /**
   * @return the teams that carry a flag, in label order
   */
  public List<TeamResult> flagged() {
    return teams.stream().filter(t -> t.membersDisagree() || t.notYetClear()).toList();
  }
}
