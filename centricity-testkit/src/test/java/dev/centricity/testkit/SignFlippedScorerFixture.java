package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;

/**
 * The contract over generated rubrics, run against a scorer with the answers to traits keyed to the
 * first pole reverse-scored, which flips the sign of their direction ({@link
 * FaultyScorers#reverseScoredFirstPole}). Run only by {@link FaultyScorerContractTest}, which
 * expects it to fail; its name keeps it out of the normal test run.
 */
class SignFlippedScorerFixture implements GeneratedRubricContract {

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    return FaultyScorers.reverseScoredFirstPole(rubric, policy);
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
