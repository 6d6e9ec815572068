package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The two ends of a contrast (semantic differential) trait: point 1 of its scale stands for pole
 * {@link #from()}, the last point for pole {@link #to()}. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Contrast {

  /** The pole at point 1 of the scale (a = 0). */
  @Value.Parameter
  String from();

  /** The pole at the last point of the scale (a = 1). */
  @Value.Parameter
  String to();

  /**
   * Creates a contrast.
   *
   * @param from the pole at point 1
   * @param to the pole at the last point
   * @return the contrast
   */
  static Contrast of(String from, String to) {
    return ImmutableContrast.of(from, to);
  }
}
