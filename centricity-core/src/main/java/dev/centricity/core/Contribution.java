package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How far one trait moved the overall profile away from the centre.
 *
 * <p>For trait <i>t</i> of counted dimension <i>D</i>: c<sub>t</sub> =
 * (ω<sub>D</sub>/Ω)(w<sub>t</sub>/ W<sub>D</sub>) d<sub>t</sub>, where d<sub>t</sub> is the trait's
 * direction ({@code docs/model.md}, "Contributions"). The contributions of all counted traits add
 * up, to rounding, to P − u, so every number of a scorecard can be explained trait by trait.
 * Immutable and value-based: equal to any contribution with the same figures, bit for bit.
 */
@Value.Immutable
@ValueStyle
public abstract class Contribution {

  /** For the library's implementations. */
  protected Contribution() {}

  /** The trait's id. */
  public abstract String trait();

  /** The id of the trait's dimension. */
  public abstract String dimension();

  /** The point answered, or empty when a missing answer counted at the midpoint. */
  public abstract OptionalInt answer();

  /**
   * The answer normalised to [0, 1]: a = (v − 1)/(n − 1), or ½ for a missing answer counted
   * neutral.
   */
  public abstract double value();

  /** The trait's overall weight (ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>); these sum to 1. */
  public abstract double weight();

  /** c<sub>t</sub>, one share per pole in the rubric's order; the shares sum to 0. */
  public abstract Map<String, Double> vector();

  /** With two poles, the trait's part of the index: c<sub>second</sub> − c<sub>first</sub>. */
  public abstract OptionalDouble index();

  /** Whether {@code other} has the same figures, bit for bit, whichever way each was made. */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Contribution)) {
      return false;
    }
    Contribution o = (Contribution) other;
    return trait().equals(o.trait())
        && dimension().equals(o.dimension())
        && answer().equals(o.answer())
        && Double.doubleToLongBits(value()) == Double.doubleToLongBits(o.value())
        && Double.doubleToLongBits(weight()) == Double.doubleToLongBits(o.weight())
        && vector().equals(o.vector())
        && index().equals(o.index());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(trait(), dimension(), answer(), value(), weight(), vector(), index());
  }

  @Override
  public final String toString() {
    return "Contribution{trait="
        + trait()
        + ", dimension="
        + dimension()
        + ", answer="
        + answer()
        + ", value="
        + value()
        + ", weight="
        + weight()
        + ", vector="
        + vector()
        + ", index="
        + index()
        + "}";
  }
}
