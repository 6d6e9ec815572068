package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which band a group's mean index is in, said only as firmly as its confidence interval allows.
 *
 * <p>The {@link #candidates()} are the bands the confidence interval of the mean reaches, from the
 * lowest to the highest (the interval cut to [−1, 1], each end placed in a band by the rubric's
 * rule that a boundary belongs to the band nearer 0). When they are one band, {@link #band()} names
 * it. When the interval straddles a boundary the band is <i>uncertain</i>: {@link #band()} is empty
 * and the candidates list every band the group could be in. Without an interval (a group of one)
 * the band is uncertain too, with the band of the single value as the only candidate.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface BandEstimate {

  /** The band, when the whole confidence interval lies in it. */
  Optional<String> band();

  /** The bands the confidence interval reaches, lowest first; at least one. */
  List<String> candidates();

  /** Whether the band is certain (the interval lies in one band). */
  default boolean certain() {
    return band().isPresent();
  }

  /**
   * The band, or else the lowest and highest candidates joined by {@code " – "} (one candidate
   * alone) followed by {@code " (uncertain)"}.
   */
  default String describe() {
    if (band().isPresent()) {
      return band().get();
    }
    String first = candidates().get(0);
    String last = candidates().get(candidates().size() - 1);
    return (first.equals(last) ? first : first + " – " + last) + " (uncertain)";
  }

  /** Checks that there is at least one candidate, and that a named band is the only one. */
  @Value.Check
  default void check() {
    if (candidates().isEmpty()) {
      throw new IllegalArgumentException("a band estimate needs at least one candidate band");
    }
    if (band().isPresent() && !candidates().equals(List.of(band().get()))) {
      throw new IllegalArgumentException(
          "a band is named only when it is the one candidate, but the candidates are "
              + candidates());
    }
  }

  /**
   * A builder for a {@link BandEstimate}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BandEstimate}, checking it when {@code build()} is called. Obtained from {@link
   * BandEstimate#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableBandEstimate.Builder {
    Builder() {}
  }
}
