package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The statistics of one trait as an item of its dimension's scale, as R's {@code psych::alpha}
 * reports them in {@code item.stats} and {@code alpha.drop} (see {@link Reliability} for the
 * conventions and formulas).
 *
 * <ul>
 *   <li>{@link #n()}, {@link #mean()}, {@link #standardDeviation()} — {@code item.stats} {@code n},
 *       {@code mean}, {@code sd}; the mean is of the keyed item, a reversed item's answers x taken
 *       as min + max − x with min and max the lowest and highest answer to any item of the scale,
 *       as {@code psych::alpha} reverses; {@link #answerMean()} is the mean of the answers as
 *       given;
 *   <li>{@link #correctedItemTotal()} — {@code r.drop}, the correlation of the item with the sum of
 *       the other items;
 *   <li>{@link #alphaIfDropped()}, {@link #standardizedAlphaIfDropped()}, {@link
 *       #averageCorrelationIfDropped()} — {@code alpha.drop} {@code raw_alpha}, {@code std.alpha},
 *       {@code average_r} of the scale without the item.
 * </ul>
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface ItemStatistics {

  /** The trait's id. */
  String trait();

  /** Whether the item is reverse-keyed: keyed to the first pole, or a contrast towards it. */
  boolean reversed();

  /** The number of answers to the item. */
  long n();

  /** The mean of the keyed item ({@code psych::alpha} {@code item.stats$mean}). */
  double mean();

  /** The mean of the answers as given, before any reversal. */
  double answerMean();

  /** The sample standard deviation of the answers ({@code item.stats$sd}). */
  double standardDeviation();

  /** The corrected item–total correlation ({@code item.stats$r.drop}), when defined. */
  OptionalDouble correctedItemTotal();

  /** Cronbach's alpha without the item ({@code alpha.drop$raw_alpha}), when defined. */
  OptionalDouble alphaIfDropped();

  /** Standardised alpha without the item ({@code alpha.drop$std.alpha}), when defined. */
  OptionalDouble standardizedAlphaIfDropped();

  /** Average inter-item correlation without the item ({@code alpha.drop$average_r}). */
  OptionalDouble averageCorrelationIfDropped();

  /**
   * A builder for a {@link ItemStatistics}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ItemStatistics}, checking it when {@code build()} is called. Obtained from
   * {@link ItemStatistics#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableItemStatistics.Builder {
    Builder() {}
  }
}
