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

  /** The traits' ids in the rubric's order, the order of the contributions; not a copy. */
  String[] traitIds();

  /**
   * The position of a trait's dimension.
   *
   * @param t the trait's position
   * @return its dimension's position
   */
  int traitDimension(int t);

  /**
   * Whether a trait has a contribution ({@link dev.centricity.core.Scorecard#contributions()}): the
   * scorecard is determined, the trait's dimension counts and the trait counts within it.
   *
   * @param t the trait's position
   * @return whether it contributes
   */
  boolean contributes(int t);

  /**
   * Fills {@code out} with a contributing trait's figures, the same bits its {@link
   * dev.centricity.core.Contribution} reports: value, weight, the vector (one slot per pole, in
   * pole order), then, with two poles, the index.
   *
   * @param t the trait's position
   * @param out at least 3 + poles slots
   */
  void contributionInto(int t, double[] out);

  /**
   * What a writer keeps from one scorecard of this scorer to the next (the texts of figures that
   * recur); the same slot for every scorecard of one scorer, null until set. It is read and set
   * without locks, so what is kept must be safe to publish that way (final fields).
   *
   * @return the state, or null
   */
  Object writerState();

  /**
   * Sets what {@link #writerState()} returns.
   *
   * @param state the state
   */
  void writerState(Object state);

  /**
   * A dimension's weight ω<sub>D</sub>, as its {@link dev.centricity.core.DimensionScore#weight()}.
   *
   * @param d the dimension's position
   * @return its weight
   */
  double dimensionWeight(int d);

  /**
   * A dimension's coverage, as its {@link dev.centricity.core.DimensionScore#coverage()}.
   *
   * @param d the dimension's position
   * @return its coverage
   */
  double dimensionCoverage(int d);

  /**
   * Fills {@code out} with a counted dimension's profile P<sub>D</sub> (one slot per pole), as its
   * {@link dev.centricity.core.DimensionScore#profile()}.
   *
   * @param d the dimension's position
   * @param out one slot per pole
   * @return the position of its leading pole
   */
  int dimensionProfileInto(int d, double[] out);

  /**
   * Whether a dimension pulls against the overall result, as its {@link
   * dev.centricity.core.DimensionScore#pullsAgainst()}.
   *
   * @param d the dimension's position
   * @return whether it pulls against
   */
  boolean dimensionPulls(int d);
}
