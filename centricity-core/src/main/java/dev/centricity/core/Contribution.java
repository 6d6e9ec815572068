package dev.centricity.core;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How far one trait moved the overall profile away from the centre.
 *
 * <p>For trait <i>t</i> of counted dimension <i>D</i>: c<sub>t</sub> =
 * (ω<sub>D</sub>/Ω)(w<sub>t</sub>/ W<sub>D</sub>) d<sub>t</sub>, where d<sub>t</sub> is the trait's
 * direction (DESIGN section 4). The contributions of all counted traits add up, to rounding, to P −
 * u, so every number of a scorecard can be explained trait by trait. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableContribution.class)
@JsonDeserialize(as = ImmutableContribution.class)
public interface Contribution {

  /** The trait's id. */
  String trait();

  /** The id of the trait's dimension. */
  String dimension();

  /** The point answered, or empty when a missing answer counted at the midpoint. */
  OptionalInt answer();

  /**
   * The answer normalised to [0, 1]: a = (v − 1)/(n − 1), or ½ for a missing answer counted
   * neutral.
   */
  double value();

  /** The trait's overall weight (ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>); these sum to 1. */
  double weight();

  /** c<sub>t</sub>, one share per pole in the rubric's order; the shares sum to 0. */
  Map<String, Double> vector();

  /** With two poles, the trait's part of the index: c<sub>second</sub> − c<sub>first</sub>. */
  OptionalDouble index();
}
