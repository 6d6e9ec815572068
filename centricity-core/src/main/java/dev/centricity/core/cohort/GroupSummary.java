package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The results of a group of respondents — one team, or the whole cohort — as the means of their
 * scorecards with intervals, the count in each band, and the same per dimension.
 *
 * <ul>
 *   <li>{@link #respondents()} were scored; {@link #undetermined()} of them had an undetermined
 *       scorecard (no dimension counted) and enter no mean;
 *   <li>{@link #index()} and {@link #score()} — the mean index I and 0–100 score with standard
 *       deviation, standard error and t interval ({@link Estimate}); the score's figures are the
 *       index's under 50(I + 1);
 *   <li>{@link #band()} — the band of the mean, or <i>uncertain</i> when its interval straddles a
 *       boundary ({@link BandEstimate});
 *   <li>{@link #bandCounts()} — how many respondents' own index fell in each band;
 *   <li>{@link #profile()} and {@link #strengths()} — the mean share and the mean strength of each
 *       pole;
 *   <li>{@link #dimensions()} — the same per dimension, with the group's within-group agreement.
 * </ul>
 *
 * <p>Index, score and bands exist for two-pole rubrics. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface GroupSummary {

  /** The group label; empty for the whole cohort. */
  Optional<String> group();

  /** The number of respondents scored. */
  long respondents();

  /** How many of them had an undetermined scorecard. */
  long undetermined();

  /** The mean index I (two-pole rubrics), over the determined scorecards. */
  Optional<Estimate> index();

  /** The mean 0–100 score 50(I + 1), from {@link #index()}. */
  Optional<Estimate> score();

  /** The band of the mean index, when the rubric has bands. */
  Optional<BandEstimate> band();

  /** How many respondents' index fell in each band, every band of the rubric in its order. */
  Map<String, Long> bandCounts();

  /** The mean share of each pole in the profile P, in the rubric's order. */
  Map<String, Estimate> profile();

  /** The mean strength S<sub>p</sub> of each pole, over the respondents who have one. */
  Map<String, Estimate> strengths();

  /** One summary per dimension of the rubric, in its order. */
  List<DimensionSummary> dimensions();

  /**
   * Finds a dimension's summary by id.
   *
   * @param dimensionId the id
   * @return the summary, or empty if the rubric has no such dimension
   */
  default Optional<DimensionSummary> dimension(String dimensionId) {
    return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  /**
   * A builder for a {@link GroupSummary}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GroupSummary}, checking it when {@code build()} is called. Obtained from {@link
   * GroupSummary#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableGroupSummary.Builder {
    Builder() {}
  }
}
