package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;

/**
 * The contract over generated rubrics, run against a scorer with contributions reported without
 * their dimension's share of the profile, so they do not add up ({@link
 * FaultyScorers#contributionsWithoutDimensionShare}). Run only by {@link FaultyScorerContractTest},
 * which expects it to fail; its name keeps it out of the normal test run.
 */
class NonAdditiveScorerFixture implements GeneratedRubricContract {

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    return FaultyScorers.contributionsWithoutDimensionShare(rubric, policy);
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
