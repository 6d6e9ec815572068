package dev.centricity.core.plan;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What an improvement plan aims at: a band of the rubric, or an index to reach.
 *
 * <ul>
 *   <li>{@link #band(String) A band} is reached when the index falls in it, or when the index has
 *       crossed it, coming from the other side, into a band beyond it. The planner stops inside the
 *       band whenever one change of the plan can; it ends beyond it only when every change that
 *       could come last steps over the whole band at once (a band narrower than one point of those
 *       traits' scales).
 *   <li>{@link #index(double) An index} x is reached when the index is ≥ x, coming from below, or ≤
 *       x, coming from above.
 * </ul>
 *
 * <p>Immutable and value-based.
 */
public final class Target {

  private final String band;
  private final double index;

  private Target(String band, double index) {
    this.band = band;
    this.index = index;
  }

  /**
   * A band to reach.
   *
   * @param label the band's label, as the rubric names it
   * @return the target
   * @throws NullPointerException if the label is null
   */
  public static Target band(String label) {
    return new Target(Objects.requireNonNull(label, "label"), Double.NaN);
  }

  /**
   * An index to reach.
   *
   * @param index a number in [−1, 1]
   * @return the target
   * @throws PlanException if the index is not a number in [−1, 1]
   */
  public static Target index(double index) {
    if (!(index >= -1.0 && index <= 1.0)) {
      throw new PlanException(
          String.format(
              Locale.ROOT, "a target index must be a number from -1 to 1 but was %s", index));
    }
    return new Target(null, index);
  }

  /**
   * Reads a target as the tool's {@code --target} option gives it: a number is an index, anything
   * else a band's label.
   *
   * @param text a number in [−1, 1] or a band label
   * @return the target
   * @throws PlanException if the text is a number outside [−1, 1]
   */
  public static Target parse(String text) {
    String t = text.strip();
    if (t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      return index(Double.parseDouble(t));
    }
    return band(t);
  }

  /** The band's label, when the target is a band. */
  public Optional<String> band() {
    return Optional.ofNullable(band);
  }

  /** The index, when the target is an index. */
  public OptionalDouble index() {
    return band == null ? OptionalDouble.of(index) : OptionalDouble.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Target t
        && Objects.equals(band, t.band)
        && Double.doubleToLongBits(index) == Double.doubleToLongBits(t.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(band, index);
  }

  /** The band's label, or the index as Java prints a double. */
  @Override
  public String toString() {
    return band != null ? band : Double.toString(index);
  }
}
