package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.PropertyDefaults;

/**
 * A contract whose test class fixes the tries with {@code @PropertyDefaults}, overriding {@link
 * #tries(Invariant)}. Run only by {@link InvariantContractTest}.
 */
@PropertyDefaults(tries = 5)
class PropertyDefaultsFixture implements RubricContract {

  /** How many scorers the properties asked for. */
  static final AtomicInteger SCORERS = new AtomicInteger();

  @Override
  public Rubric rubric() {
    return TestRubrics.TWO_POLES;
  }

  @Override
  public Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    SCORERS.incrementAndGet();
    return Scorer.of(rubric, policy);
  }

  @Override
  public int tries(Invariant invariant) {
    return 3;
  }
}
