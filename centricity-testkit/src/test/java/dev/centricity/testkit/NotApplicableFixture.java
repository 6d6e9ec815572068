package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contract over a rubric to which three properties do not apply, with three tries each. Run
 * only by {@link InvariantContractTest}.
 */
class NotApplicableFixture implements RubricContract {

  /** How many scorers the properties asked for: one per try of invariant 1 (bounds). */
  static final AtomicInteger SCORERS = new AtomicInteger();

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    SCORERS.incrementAndGet();
    return Scorer.of(rubric, policy);
  }

  @Override
  public Rubric rubric() {
    return TestRubrics.KEYED_THREE_POLES;
  }

  @Override
  public int tries(Invariant invariant) {
    return 3;
  }
}
