package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;

/**
 * The contract over generated rubrics, run against a scorer with each dimension averaged as a
 * running mean in the order the answers are listed ({@link FaultyScorers#answerOrderDependent}).
 * Run only by {@link FaultyScorerContractTest}, which expects it to fail; its name keeps it out of
 * the normal test run.
 */
class OrderDependentScorerFixture implements GeneratedRubricContract {

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    return FaultyScorers.answerOrderDependent(rubric, policy);
  }

  @Override
  public int tries(Invariant invariant) {
    return FaultyScorers.fixtureTries(invariant);
  }

  @Override
  public RubricArbitrary rubrics() {
    return FaultyScorers.fixtureRubrics();
  }
}
