package dev.centricity.core.plan;

import java.util.Objects;

/**
 * One trait of a {@link GroupPlan}: the mean gain in index its members could make by moving their
 * answer to it to the end of its scale towards the target. Immutable and value-based.
 */
public final class TraitGain {

  private final String trait;
  private final String dimension;
  private final double meanGain;
  private final long members;

  private TraitGain(String trait, String dimension, double meanGain, long members) {
    this.trait = trait;
    this.dimension = dimension;
    this.meanGain = meanGain;
    this.members = members;
  }

  /**
   * Creates a trait's gain.
   *
   * @param trait the trait's id
   * @param dimension its dimension's id
   * @param meanGain the mean attainable gain over the group's determined members, &gt; 0
   * @param members how many members could gain from it, ≥ 1
   * @return the gain
   * @throws IllegalArgumentException if the mean is not positive and finite or members is below 1
   */
  public static TraitGain of(String trait, String dimension, double meanGain, long members) {
    if (!(meanGain > 0 && Double.isFinite(meanGain)) || members < 1) {
      throw new IllegalArgumentException(
          "a trait's mean gain must be positive with at least one member, but was "
              + meanGain
              + " over "
              + members);
    }
    return new TraitGain(
        Objects.requireNonNull(trait, "trait"),
        Objects.requireNonNull(dimension, "dimension"),
        meanGain,
        members);
  }

  /** The trait's id. */
  public String trait() {
    return trait;
  }

  /** The id of the trait's dimension. */
  public String dimension() {
    return dimension;
  }

  /**
   * The mean, over the group's determined members, of the largest gain in index each could make by
   * changing this one answer towards the target (0 for a member already in the target, or for whom
   * the trait does not count or is at the end of its scale already).
   */
  public double meanGain() {
    return meanGain;
  }

  /** How many members could gain anything from this trait. */
  public long members() {
    return members;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TraitGain g
        && trait.equals(g.trait)
        && dimension.equals(g.dimension)
        && Double.doubleToLongBits(meanGain) == Double.doubleToLongBits(g.meanGain)
        && members == g.members;
  }

  @Override
  public int hashCode() {
    return Objects.hash(trait, dimension, meanGain, members);
  }

  @Override
  public String toString() {
    return trait + ": " + meanGain + " over " + members;
  }
}
