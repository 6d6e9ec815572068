package dev.centricity.testkit;

import dev.centricity.core.Rubric;

/** The contract over a fixed rubric of two poles, to which every property applies. */
class TwoPoleRubricContractTest implements RubricContract {

  @Override
  public Rubric rubric() {
    return TestRubrics.TWO_POLES;
  }
}
