package dev.centricity.core.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One answer an improvement plan changes: the trait, the point it moves from and to, and the gain
 * in index it brings, 2σ<sub>t</sub>(a′ −
 * a<sub>t</sub>)(ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>) (see {@link ImprovementPlan}). The
 * gain is positive when the change moves the index towards the rubric's second pole and negative
 * when towards the first. Immutable and value-based.
 */
public final class PlanChange {

  private final String trait;
  private final String dimension;
  private final int from;
  private final int to;
  private final double gain;

  private PlanChange(String trait, String dimension, int from, int to, double gain) {
    this.trait = trait;
    this.dimension = dimension;
    this.from = from;
    this.to = to;
    this.gain = gain;
  }

  /**
   * Creates a change.
   *
   * @param trait the trait's id
   * @param dimension its dimension's id
   * @param from the point answered now, or empty when the answer is missing and counts at the
   *     midpoint
   * @param to the point to answer instead, ≥ 1
   * @param gain the change in index it brings
   * @return the change
   * @throws IllegalArgumentException if {@code to} is below 1 or equals {@code from}, or the gain
   *     is not finite
   */
  public static PlanChange of(
      String trait, String dimension, OptionalInt from, int to, double gain) {
    Objects.requireNonNull(trait, "trait");
    Objects.requireNonNull(dimension, "dimension");
    if (to < 1 || (from.isPresent() && (from.getAsInt() < 1 || from.getAsInt() == to))) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "a change of '%s' must move between two points but was %s → %d",
              trait,
              from,
              to));
    }
    if (!Double.isFinite(gain)) {
      throw new IllegalArgumentException("the gain of a change must be finite but was " + gain);
    }
    return new PlanChange(trait, dimension, from.orElse(0), to, gain);
  }

  /** The trait's id. */
  public String trait() {
    return trait;
  }

  /** The id of the trait's dimension. */
  public String dimension() {
    return dimension;
  }

  /** The point answered now, or empty when the answer is missing (counted at the midpoint). */
  public OptionalInt from() {
    return from == 0 ? OptionalInt.empty() : OptionalInt.of(from);
  }

  /** The point the plan proposes instead. */
  public int to() {
    return to;
  }

  /** The change in index this change brings; see the type's documentation. */
  public double gain() {
    return gain;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanChange c
        && trait.equals(c.trait)
        && dimension.equals(c.dimension)
        && from == c.from
        && to == c.to
        && Double.doubleToLongBits(gain) == Double.doubleToLongBits(c.gain);
  }

  @Override
  public int hashCode() {
    return Objects.hash(trait, dimension, from, to, gain);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: %s → %d (%+f)",
        trait,
        from == 0 ? "n/a" : Integer.toString(from),
        to,
        gain);
  }
}
