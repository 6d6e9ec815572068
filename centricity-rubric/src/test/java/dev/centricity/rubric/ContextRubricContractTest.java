package dev.centricity.rubric;

import dev.centricity.core.Rubric;
import dev.centricity.testkit.RubricContract;

/**
 * The context rubric, {@code centricity-context}, against every invariant of {@code docs/model.md}
 * (Invariants): its index is the orientation a business's situation recommends, and it must behave
 * as any rubric.
 */
class ContextRubricContractTest implements RubricContract {

  @Override
  public Rubric rubric() {
    return DefaultRubrics.context();
  }
}
