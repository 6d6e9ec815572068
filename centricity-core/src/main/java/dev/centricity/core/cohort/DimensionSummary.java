package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The results of one dimension over a group of respondents: the same figures as {@link
 * GroupSummary} gives overall, taken over the respondents for whom the dimension counted, and the
 * group's {@link WithinGroupAgreement agreement} on the dimension's traits. Immutable and
 * value-based.
 */
@Value.Immutable
@ValueStyle
public interface DimensionSummary {

  /** The dimension's id. */
  String id();

  /**
   * The number of respondents for whom the dimension counted (see {@link
   * dev.centricity.core.DimensionScore#counted()}).
   */
  long counted();

  /** The dimension index I<sub>D</sub> over those respondents (two-pole rubrics). */
  Optional<Estimate> index();

  /** The dimension's 0–100 score 50(I<sub>D</sub> + 1), from {@link #index()}. */
  Optional<Estimate> score();

  /** The band of the mean dimension index, when the rubric has bands. */
  Optional<BandEstimate> band();

  /**
   * How many respondents' dimension index fell in each band, every band of the rubric listed in its
   * order (two-pole rubrics with bands).
   */
  Map<String, Long> bandCounts();

  /** The mean strength of each pole within the dimension, over the respondents who have one. */
  Map<String, Estimate> strengths();

  /** r<sub>wg(J)</sub>, when at least one trait has two answers in the group. */
  Optional<WithinGroupAgreement> agreement();

  /**
   * A builder for a {@link DimensionSummary}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DimensionSummary}, checking it when {@code build()} is called. Obtained from
   * {@link DimensionSummary#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableDimensionSummary.Builder {
    Builder() {}
  }
}
