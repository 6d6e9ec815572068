package dev.centricity.core;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A labelled interval of the index, such as <i>Customer-leaning</i> for (0.2, 0.6].
 *
 * <p>A rubric's bands tile [−1, 1] without gap or overlap. A value that falls exactly on the boundary
 * between two bands belongs to the band nearer 0, so mirrored answers get mirrored bands; for that
 * reason no boundary may lie at 0 itself. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableBand.class)
@JsonDeserialize(as = ImmutableBand.class)
public interface Band {

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
