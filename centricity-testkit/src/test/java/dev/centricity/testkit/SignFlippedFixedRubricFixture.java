package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;

/**
 * The contract over one fixed two-pole rubric, run against a scorer that reverse-scores the traits
 * keyed to the first pole ({@link FaultyScorers#reverseScoredFirstPole}). Run only by {@link
 * FaultyScorerContractTest}, which expects it to fail.
 */
class SignFlippedFixedRubricFixture implements RubricContract {

  @Override
  public Rubric rubric() {
    return TestRubrics.TWO_POLES;
  }

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    return FaultyScorers.reverseScoredFirstPole(rubric, policy);
  }

  @Override
  public int tries(Invariant invariant) {
    return FaultyScorers.fixtureTries(invariant);
  }
}
