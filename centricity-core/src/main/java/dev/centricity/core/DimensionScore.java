package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result for one dimension of a scorecard.
 *
 * <p>Coverage is the answered share of the dimension's trait weight. A dimension counts when its
 * counted traits have positive weight and its coverage reaches the policy's minimum; when it does
 * not, {@link #exclusion()} says why and the profile, index and strengths are empty. Immutable and
 * value-based: equal to any dimension result with the same figures, bit for bit.
 */
@Value.Immutable
@ValueStyle
public abstract class DimensionScore {

  /** For the library's implementations. */
  protected DimensionScore() {}

  /** The dimension's id. */
  public abstract String id();

  /** The dimension's weight ω<sub>D</sub> in the rubric. */
  public abstract double weight();

  /** Whether the dimension counted in the overall profile. */
  public abstract boolean counted();

  /** Why the dimension did not count, when it did not. */
  public abstract Optional<String> exclusion();

  /**
   * Σ answered w<sub>t</sub> / Σ w<sub>t</sub> over the dimension's traits; 0 when all weights are
   * 0.
   */
  public abstract double coverage();

  /** P<sub>D</sub>, one share per pole in the rubric's order; empty when not counted. */
  public abstract Map<String, Double> profile();

  /** With two poles, P<sub>D,second</sub> − P<sub>D,first</sub>; empty when not counted. */
  public abstract OptionalDouble index();

  /** The band the dimension's index falls in, when the rubric has bands. */
  public abstract Optional<String> band();

  /** The pole with the largest share; empty when not counted. */
  public abstract Optional<String> leadingPole();

  /**
   * Pole strengths within the dimension: the w<sub>t</sub>-weighted mean of a over traits keyed to
   * each.
   */
  public abstract Map<String, Double> strengths();

  /**
   * Whether the dimension points against the overall direction (see {@link
   * Scorecard#pullingAgainst()}).
   */
  public abstract boolean pullsAgainst();

  /** Whether {@code other} has the same figures, bit for bit, whichever way each was made. */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DimensionScore)) {
      return false;
    }
    DimensionScore o = (DimensionScore) other;
    return id().equals(o.id())
        && Double.doubleToLongBits(weight()) == Double.doubleToLongBits(o.weight())
        && counted() == o.counted()
        && exclusion().equals(o.exclusion())
        && Double.doubleToLongBits(coverage()) == Double.doubleToLongBits(o.coverage())
        && profile().equals(o.profile())
        && index().equals(o.index())
        && band().equals(o.band())
        && leadingPole().equals(o.leadingPole())
        && strengths().equals(o.strengths())
        && pullsAgainst() == o.pullsAgainst();
  }

  @Override
  public final int hashCode() {
    return Objects.hash(
        id(),
        weight(),
        counted(),
        exclusion(),
        coverage(),
        profile(),
        index(),
        band(),
        leadingPole(),
        strengths(),
        pullsAgainst());
  }

  @Override
  public final String toString() {
    return "DimensionScore{id="
        + id()
        + ", weight="
        + weight()
        + ", counted="
        + counted()
        + ", exclusion="
        + exclusion()
        + ", coverage="
        + coverage()
        + ", profile="
        + profile()
        + ", index="
        + index()
        + ", band="
        + band()
        + ", leadingPole="
        + leadingPole()
        + ", strengths="
        + strengths()
        + ", pullsAgainst="
        + pullsAgainst()
        + "}";
  }
}
