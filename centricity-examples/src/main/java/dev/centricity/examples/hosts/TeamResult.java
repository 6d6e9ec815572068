package dev.centricity.examples.hosts;

import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One team's result in a {@link TeamSurvey}: the library's summary of the team, and the two flags.
 *
 * @param summary the team's figures, as the library computed them
 * @param meanAgreement the mean r<sub>wg(J)</sub> over the dimensions that have one; empty for a
 *     team of one, or when no trait got two answers
 * @param membersDisagree whether the mean agreement is below the threshold
 * @param notYetClear whether the team's band is uncertain or missing
 */
public record TeamResult(
    GroupSummary summary,
    OptionalDouble meanAgreement,
    boolean membersDisagree,
    boolean notYetClear) {

  /**
   * @return the team's label; {@code "(whole organisation)"} for the summary of everyone
   */
  public String team() {
    return summary.group().orElse("(whole organisation)");
  }

  /**
   * @return the team's mean 0–100 score with its interval; empty when none was determined
   */
  public Optional<Estimate> score() {
    return summary.score();
  }

  /**
   * @return the band of the team's mean, or the bands it may be in; empty when undetermined
   */
  public Optional<BandEstimate> band() {
    return summary.band();
  }

  /**
   * @return {@code "clear"}, {@code "members disagree"}, {@code "not yet clear"}, or both flags
   *     joined by {@code "; "}
   */
  public String reading() {
    List<String> flags = new ArrayList<>();
    if (membersDisagree) {
      flags.add("members disagree");
    }
    if (notYetClear) {
      flags.add("not yet clear");
    }
    return flags.isEmpty() ? "clear" : String.join("; ", flags);
  }
}
