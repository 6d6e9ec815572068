package dev.centricity.testkit;

import dev.centricity.core.Rubric;

/**
 * The contract over a fixed rubric of three poles with keyed and contrast traits: extremes needs
 * two poles and is reported as skipped; the mirror swaps pairs of poles.
 */
class ThreePoleRubricContractTest implements RubricContract {

  @Override
  public Rubric rubric() {
    return TestRubrics.THREE_POLES;
  }
}
