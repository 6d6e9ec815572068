package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The mean of a figure over a group of respondents, with its spread and a confidence interval.
 *
 * <ul>
 *   <li>{@link #mean()} — x̄ = Σ x<sub>i</sub> / n;
 *   <li>{@link #standardDeviation()} — the sample standard deviation s = √(Σ (x<sub>i</sub> − x̄)²
 *       / (n − 1)), present when n ≥ 2;
 *   <li>{@link #standardError()} — s / √n, present when n ≥ 2;
 *   <li>{@link #lower()} and {@link #upper()} — the two-sided t interval x̄ ± t<sub>1−α/2,
 *       n−1</sub> · s/√n at the report's confidence level 1 − α (Student, 1908), present when n ≥
 *       2. The interval is not cut to the figure's range: an index interval may reach beyond [−1,
 *       1] when the group is small and spread out.
 * </ul>
 *
 * <p>Means and spreads are accumulated in one pass with Welford's algorithm (Welford, B. P. (1962),
 * <i>Technometrics</i> 4(3), 419–420): numerically stable, changed by the order of the respondents
 * only in the last bits, and giving n identical values their value as the mean with a spread of
 * exactly 0. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Estimate {

  /** The number of values n, at least 1. */
  long n();

  /** The mean x̄. */
  double mean();

  /** The sample standard deviation s, when n ≥ 2. */
  OptionalDouble standardDeviation();

  /** The standard error of the mean s/√n, when n ≥ 2. */
  OptionalDouble standardError();

  /** The lower end of the confidence interval of the mean, when n ≥ 2. */
  OptionalDouble lower();

  /** The upper end of the confidence interval of the mean, when n ≥ 2. */
  OptionalDouble upper();

  /** Checks that n ≥ 1, the numbers are finite, and the interval is present whole or not at all. */
  @Value.Check
  default void check() {
    if (n() < 1) {
      throw new IllegalArgumentException("an estimate needs n ≥ 1 but n was " + n());
    }
    if (!Double.isFinite(mean())) {
      throw new IllegalArgumentException(
          "the mean of an estimate must be finite but was " + mean());
    }
    if (lower().isPresent() != upper().isPresent()) {
      throw new IllegalArgumentException("an interval needs both ends or neither");
    }
    if (lower().isPresent() && !(lower().getAsDouble() <= upper().getAsDouble())) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the lower end %s of an interval must not exceed the upper end %s",
              lower().getAsDouble(),
              upper().getAsDouble()));
    }
  }

  /** A builder for an estimate. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Estimate}, checking it when {@code build()} is called. Obtained from {@link
   * Estimate#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableEstimate.Builder {
    Builder() {}
  }
}
