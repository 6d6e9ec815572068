package dev.centricity.core.internal;

/**
 * The figures of a scorecard made by the library's own scorer, as plain numbers by position (poles,
 * dimensions and bands in the rubric's order): what the cohort engine reads for each respondent
 * instead of going through maps and optionals. Every figure is the same bits the {@link
 * dev.centricity.core.Scorecard} API reports.
 */
public interface CardFigures {

  /** The answers by trait position, 0 when missing; not a copy: do not modify. */
  int[] points();

  /** The poles' ids in the rubric's order; not a copy: do not modify. */
  String[] poleIds();

  /** The dimensions' ids in the rubric's order; not a copy: do not modify. */
  String[] dimensionIds();

  /**
   * The label of a dimension's band, as its {@link dev.centricity.core.DimensionScore#band()}.
   *
   * @param d the dimension's position
   * @return the label, or null when it has none
   */
  String dimensionBand(int d);

  /** Whether any dimension counted. */
  boolean determined();

  /** The index, or NaN when undetermined or not two poles. */
  double indexValue();

  /** The position of the index's band in the rubric's bands, or −1. */
  int bandPosition();

  /**
   * P<sub>q</sub>, when determined.
   *
   * @param q a pole's position
   * @return its share
   */
  double share(int q);

  /**
   * Fills {@code out} with the strength of each pole, NaN for a pole without one.
   *
   * @param out one slot per pole
   * @param scratch one slot per pole, overwritten
   */
  void strengthsInto(double[] out, double[] scratch);

  /**
   * Whether a dimension counted.
   *
   * @param d the dimension's position
   * @return whether it counted
   */
  boolean dimensionCounted(int d);

  /**
   * A counted dimension's index, with two poles.
   *
   * @param d the dimension's position
   * @return its index
   */
  double dimensionIndexValue(int d);

  /**
   * The position of a counted dimension's band, or −1.
   *
   * @param d the dimension's position
   * @return the band's position
   */
  int dimensionBandPosition(int d);

  /**
   * Fills {@code out} with a dimension's pole strengths, NaN for a pole without one.
   *
   * @param d the dimension's position
   * @param out one slot per pole
   * @param scratch one slot per pole, overwritten
   */
  void dimensionStrengthsInto(int d, double[] out, double[] scratch);
}
