package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;

/**
 * The contract over generated rubrics, run against a scorer with under SKIP, dimension profiles
 * divided by the weight of every trait, answered or not ({@link
 * FaultyScorers#skipWithoutRenormalising}). Run only by {@link FaultyScorerContractTest}, which
 * expects it to fail; its name keeps it out of the normal test run.
 */
class UnnormalisedSkipScorerFixture implements GeneratedRubricContract {

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    return FaultyScorers.skipWithoutRenormalising(rubric, policy);
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
