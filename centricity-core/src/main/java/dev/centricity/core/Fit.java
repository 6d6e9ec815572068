package dev.centricity.core;

import dev.centricity.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How well an organisation's orientation fits what its situation calls for: the gap between the
 * index of an <i>orientation</i> scorecard (where the organisation stands) and that of a
 * <i>context</i> scorecard (where its situation recommends it stand), overall and for each
 * dimension of the orientation.
 *
 * <p>gap = I<sub>orientation</sub> − I<sub>recommended</sub>, in [−2, 2]. Within ±{@link
 * #TOLERANCE} (the half-width of the default <i>Balanced</i> band) the orientation fits; beyond it,
 * the organisation leans further towards one pole than its situation calls for, and {@link
 * #excessPole()} names that pole. Per dimension, the gap is the dimension's index minus the
 * recommended index, for the counted dimensions only.
 *
 * <p>Both scorecards must be determined and come from two-pole rubrics with the same poles in the
 * same order. Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Fit {

  /** The largest gap that still counts as a fit: 0.2. */
  double TOLERANCE = 0.2;

  /** Beyond this gap the misfit is called large: 0.6. */
  double LARGE = 0.6;

  /** The rubric of the orientation scorecard. */
  RubricIdentity orientation();

  /** The rubric of the context scorecard. */
  RubricIdentity context();

  /** Where the organisation stands: the orientation index. */
  double orientationIndex();

  /** Where its situation recommends it stand: the context index. */
  double recommendedIndex();

  /** orientationIndex − recommendedIndex. */
  double gap();

  /**
   * The pole the organisation leans towards more than its situation calls for, when |gap| > 0.2.
   */
  Optional<String> excessPole();

  /** The gap of each counted dimension of the orientation scorecard, in rubric order. */
  List<DimensionGap> dimensions();

  /** One sentence for people that says what the gap means. */
  String reading();

  /** The gap of one dimension of the orientation: its index minus the recommended index. */
  @Value.Immutable
  @ValueStyle
  interface DimensionGap {
    /** The dimension's id. */
    @Value.Parameter
    String id();

    /** The dimension's index. */
    @Value.Parameter
    double index();

    /** index − recommended index. */
    @Value.Parameter
    double gap();
  }

  /**
   * Compares an orientation scorecard with a context scorecard.
   *
   * @param orientation where the organisation stands, e.g. scored with the default orientation
   *     rubric
   * @param context what its situation recommends, e.g. scored with the default context rubric
   * @return the fit
   * @throws CentricityException if either scorecard is undetermined or has no index, or their poles
   *     differ
   */
  static Fit of(Scorecard orientation, Scorecard context) {
    if (orientation.index().isEmpty() || context.index().isEmpty()) {
      throw new CentricityException(
          String.format(
              Locale.ROOT,
              "a fit needs two determined two-pole scorecards, but the %s scorecard has no index",
              orientation.index().isEmpty() ? "orientation" : "context"));
    }
    List<String> poles = new ArrayList<>(orientation.profile().keySet());
    List<String> contextPoles = new ArrayList<>(context.profile().keySet());
    if (!poles.equals(contextPoles)) {
      throw new CentricityException(
          String.format(
              Locale.ROOT,
              "a fit needs the same poles in the same order, but the orientation has %s and the"
                  + " context %s",
              poles,
              contextPoles));
    }
    double recommended = context.index().getAsDouble();
    double gap = orientation.index().getAsDouble() - recommended;
    ImmutableFit.Builder fit =
        ImmutableFit.builder()
            .orientation(orientation.rubric())
            .context(context.rubric())
            .orientationIndex(orientation.index().getAsDouble())
            .recommendedIndex(recommended)
            .gap(gap);
    for (DimensionScore d : orientation.dimensions()) {
      if (d.index().isPresent()) {
        double i = d.index().getAsDouble();
        fit.addDimensions(ImmutableDimensionGap.of(d.id(), i, i - recommended));
      }
    }
    String excess = null;
    if (gap > TOLERANCE) {
      excess = poles.get(1);
    } else if (gap < -TOLERANCE) {
      excess = poles.get(0);
    }
    String reading;
    if (excess == null) {
      reading =
          String.format(
              Locale.ROOT,
              "The orientation fits the situation: it is within %.2f of the recommended index"
                  + " (gap %+.2f).",
              TOLERANCE,
              gap);
    } else {
      reading =
          String.format(
              Locale.ROOT,
              "The organisation leans %s towards %s than its situation calls for (gap %+.2f).",
              Math.abs(gap) > LARGE ? "much further" : "further",
              excess,
              gap);
    }
    return fit.excessPole(Optional.ofNullable(excess)).reading(reading).build();
  }
}
