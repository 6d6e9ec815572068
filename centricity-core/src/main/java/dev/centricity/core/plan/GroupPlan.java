package dev.centricity.core.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a group of respondents could gain most, towards a {@link Target}: the traits ranked by the
 * mean gain in index its members could make, each member changing that one answer to the end of its
 * scale towards the target (the largest gain of {@link ImprovementPlan}'s model). A member already
 * in the target gains nothing; a member whose scorecard is undetermined is counted in {@link
 * #undetermined()} and left out of the means. Traits the rubric marks not actionable never appear.
 *
 * <p>Immutable and value-based.
 */
public final class GroupPlan {

  private final Optional<String> group;
  private final Target target;
  private final long members;
  private final long undetermined;
  private final long inTarget;
  private final List<TraitGain> traits;

  GroupPlan(
      Optional<String> group,
      Target target,
      long members,
      long undetermined,
      long inTarget,
      List<TraitGain> traits) {
    this.group = group;
    this.target = target;
    this.members = members;
    this.undetermined = undetermined;
    this.inTarget = inTarget;
    this.traits = List.copyOf(traits);
  }

  /** The group's label; empty for the whole cohort. */
  public Optional<String> group() {
    return group;
  }

  /** The target the gains are measured towards. */
  public Target target() {
    return target;
  }

  /** The number of members, determined or not. */
  public long members() {
    return members;
  }

  /** How many members have an undetermined scorecard (left out of the means). */
  public long undetermined() {
    return undetermined;
  }

  /** How many determined members are in the target already, or past it in the group's direction. */
  public long inTarget() {
    return inTarget;
  }

  /**
   * The traits with a positive mean gain, largest first, rubric order on ties; empty when every
   * member reaches the target or none is determined.
   */
  public List<TraitGain> traits() {
    return traits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupPlan p
        && group.equals(p.group)
        && target.equals(p.target)
        && members == p.members
        && undetermined == p.undetermined
        && inTarget == p.inTarget
        && traits.equals(p.traits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, target, members, undetermined, inTarget, traits);
  }

  @Override
  public String toString() {
    return "GroupPlan{group="
        + group.orElse("(all)")
        + ", target="
        + target
        + ", members="
        + members
        + ", traits="
        + traits
        + "}";
  }
}
