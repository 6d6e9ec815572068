package dev.centricity.core;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The result for one dimension of a scorecard.
 *
 * <p>Coverage is the answered share of the dimension's trait weight. A dimension counts when its
 * counted traits have positive weight and its coverage reaches the policy's minimum; when it does
 * not, {@link #exclusion()} says why and the profile, index and strengths are empty. Immutable and
 * value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableDimensionScore.class)
@JsonDeserialize(as = ImmutableDimensionScore.class)
public interface DimensionScore {

  /** The dimension's id. */
  String id();

  /** The dimension's weight ω<sub>D</sub> in the rubric. */
  double weight();

  /** Whether the dimension counted in the overall profile. */
  boolean counted();

  /** Why the dimension did not count, when it did not. */
  Optional<String> exclusion();

  /**
   * Σ answered w<sub>t</sub> / Σ w<sub>t</sub> over the dimension's traits; 0 when all weights are
   * 0.
   */
  double coverage();

  /** P<sub>D</sub>, one share per pole in the rubric's order; empty when not counted. */
  Map<String, Double> profile();

  /** With two poles, P<sub>D,second</sub> − P<sub>D,first</sub>; empty when not counted. */
  OptionalDouble index();

  /** The band the dimension's index falls in, when the rubric has bands. */
  Optional<String> band();

  /** The pole with the largest share; empty when not counted. */
  Optional<String> leadingPole();

  /**
   * Pole strengths within the dimension: the w<sub>t</sub>-weighted mean of a over traits keyed to
   * each.
   */
  Map<String, Double> strengths();

  /**
   * Whether the dimension points against the overall direction (see {@link
   * Scorecard#pullingAgainst()}).
   */
  boolean pullsAgainst();
}
