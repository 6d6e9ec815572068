package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * How an answer is given: an ordinal scale of <i>n</i> ≥ 2 labelled points, answered with a whole
 * number from 1 to <i>n</i>. A binary (no/yes) scale is a scale of two points.
 *
 * <p>An answer <i>v</i> is normalised to <i>a</i> = (v − 1)/(n − 1) ∈ [0, 1]. Immutable and
 * value-based.
 */
@Value.Immutable
@ValueStyle
public interface Scale {

  /** The scale's id, unique within its rubric, used by traits to refer to it. */
  String id();

  /** The labels of the points, from point 1 to point <i>n</i>. */
  List<String> points();

  /** The number of points <i>n</i>. */
  default int size() {
    return points().size();
  }

  /**
   * Normalises an answer on this scale to [0, 1].
   *
   * @param point a whole number from 1 to {@link #size()}
   * @return (point − 1)/(n − 1)
   */
  default double normalise(int point) {
    return (point - 1) / (double) (size() - 1);
  }

  /**
   * Creates a scale.
   *
   * @param id the scale's id
   * @param points the labels of its points, in order
   * @return the scale
   */
  static Scale of(String id, List<String> points) {
    return new Builder().id(id).points(points).build();
  }

  /**
   * Creates a scale.
   *
   * @param id the scale's id
   * @param points the labels of its points, in order
   * @return the scale
   */
  static Scale of(String id, String... points) {
    return of(id, List.of(points));
  }

  /**
   * A builder for a {@link Scale}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Scale}, checking it when {@code build()} is called. Obtained from {@link
   * Scale#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableScale.Builder {
    Builder() {}
  }
}
