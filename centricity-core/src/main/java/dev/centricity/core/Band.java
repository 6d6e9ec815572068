package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A labelled interval of the index, such as <i>Customer-leaning</i> for (0.2, 0.6].
 *
 * <p>A rubric's bands tile [−1, 1] without gap or overlap. A value that falls exactly on the
 * boundary between two bands belongs to the band nearer 0, so mirrored answers get mirrored bands;
 * for that reason no boundary may lie at 0 itself. A value within {@link #BOUNDARY_TOLERANCE} of a
 * boundary counts as on it, so that an index that is exactly −0.6 in real arithmetic but
 * −0.6000000000000001 in floating point still gets the band its answers deserve; the index itself
 * is never rounded. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Band {

  /** How close to a boundary a value must be to count as on it: 1e-9. */
  double BOUNDARY_TOLERANCE = 1e-9;

  /** The band's label. */
  @Value.Parameter
  String label();

  /** The lower end of the interval. */
  @Value.Parameter
  double from();

  /** The upper end of the interval. */
  @Value.Parameter
  double to();

  /**
   * Creates a band.
   *
   * @param label the band's label
   * @param from its lower end
   * @param to its upper end
   * @return the band
   */
  static Band of(String label, double from, double to) {
    return ImmutableBand.of(label, from, to);
  }
}
