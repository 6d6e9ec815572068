package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The invariants of {@code docs/model.md}, checked on generated rubrics: implement this interface
 * in a test class and jqwik runs every property of {@link InvariantContract} on rubrics from {@link
 * #rubrics()}, by default {@link Rubrics#arbitrary()} (2 to 4 poles, 1 to 4 dimensions of 1 to 5
 * traits, keyed and contrast traits, scales of 2 to 11 points, weights including 0, bands or none).
 *
 * <pre>{@code
 * class ThreePoleContractProperties implements GeneratedRubricContract {
 *   @Override
 *   public RubricArbitrary rubrics() {
 *     return Rubrics.arbitrary().poles(3, 3).traits(2, 8);
 *   }
 * }
 * }</pre>
 *
 * <p>A counterexample shrinks to a small rubric: fewer poles, dimensions and traits, weights of 1,
 * readable ids. Where a drawn rubric does not suit a property (a rubric without a contrast trait
 * for the monotonicity of contrast traits, say), that try is discarded with jqwik's {@code Assume}
 * and another drawn; invariant 10 (extremes) draws from {@code rubrics().poles(2, 2)}, and
 * invariant 2 (neutrality) half the time from {@code rubrics().oddScaleSizesOnly()}, so that every
 * trait can be answered at its midpoint.
 */
public non-sealed interface GeneratedRubricContract extends InvariantContract {

  /**
   * The rubrics to check; override to configure them.
   *
   * @return {@link Rubrics#arbitrary()} unless overridden
   */
  default RubricArbitrary rubrics() {
    return Rubrics.arbitrary();
  }

  /**
   * The rubrics of {@link #rubrics()}.
   *
   * @return the arbitrary
   */
  @Override
  default Arbitrary<Rubric> rubricsToCheck() {
    return rubrics();
  }

  /**
   * The rubrics of {@link #rubrics()} with exactly two poles.
   *
   * @return the arbitrary
   */
  @Override
  default Arbitrary<Rubric> twoPoleRubricsToCheck() {
    return rubrics().poles(2, 2);
  }

  /**
   * The rubrics of {@link #rubrics()}, half of them with scales of an odd number of points only
   * (when the configured scale sizes include an odd one).
   *
   * @return the arbitrary
   */
  @Override
  default Arbitrary<Rubric> neutralRubricsToCheck() {
    RubricArbitrary rubrics = rubrics();
    try {
      return Arbitraries.oneOf(rubrics, rubrics.oddScaleSizesOnly());
    } catch (IllegalArgumentException noOddScaleSize) {
      return rubrics;
    }
  }
}
