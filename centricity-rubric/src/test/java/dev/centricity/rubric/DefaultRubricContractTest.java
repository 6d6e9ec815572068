package dev.centricity.rubric;

import dev.centricity.core.Rubric;
import dev.centricity.testkit.RubricContract;

/**
 * The default orientation rubric, {@code product-customer-centricity}, against every invariant of
 * {@code docs/model.md} (Invariants): two poles, keyed and contrast traits, so every property of
 * the contract applies.
 */
class DefaultRubricContractTest implements RubricContract {

  @Override
  public Rubric rubric() {
    return DefaultRubrics.productCustomer();
  }
}
