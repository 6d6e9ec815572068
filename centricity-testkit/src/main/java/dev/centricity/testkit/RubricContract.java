package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The invariants of {@code docs/model.md}, checked on one rubric of your own: implement this
 * interface in a test class, return the rubric from {@link #rubric()}, and jqwik runs every
 * property of {@link InvariantContract} on it, with responses drawn by {@link
 * Responses#arbitrary(Rubric)} (complete and partial, with {@code n/a}, blank and absent answers,
 * under every policy that accepts missing answers).
 *
 * <pre>{@code
 * class TeamRubricContractTest implements RubricContract {
 *   @Override
 *   public Rubric rubric() {
 *     return RubricFormat.read(Path.of("src/main/resources/team-rubric.yaml"));
 *   }
 * }
 * }</pre>
 *
 * <p>Invariants that compare with a variant of the rubric check variants derived from yours by
 * {@link Rubrics}: reweighted, with traits or dimensions reordered, with a trait's or a dimension's
 * weight set to 0 or removed, with two poles' roles swapped. Derived rubrics carry no worked
 * examples (an example of yours need not hold for a variant).
 *
 * <p>A property that does not apply to the rubric is reported as <b>skipped</b> (aborted) with the
 * reason, never as passed or failed: invariant 10 (extremes) needs exactly two poles; monotonicity
 * of keyed or contrast traits needs a trait of that kind; skip equals absent needs a dimension of
 * two or more traits; zero weight needs a trait or dimension whose weight can be set to 0 with the
 * rubric still valid. Invariant 2 (neutrality) always applies: traits on scales with an even number
 * of points, which have no midpoint, are left unanswered and count as neutral under {@code
 * NEUTRAL}. Invariant 8 (mirror) applies to any number of poles.
 *
 * <p>{@link #rubric()} is called once per property and should be cheap (read the file once, or
 * build the rubric in a field).
 */
public non-sealed interface RubricContract extends InvariantContract {

  /**
   * The rubric to check.
   *
   * @return a valid rubric
   */
  Rubric rubric();

  /**
   * The one rubric of {@link #rubric()}.
   *
   * @return an arbitrary that always gives it
   */
  @Override
  default Arbitrary<Rubric> rubricsToCheck() {
    return Arbitraries.just(rubric());
  }

  /**
   * The one rubric of {@link #rubric()}; the extremes property is skipped unless it has two poles.
   *
   * @return an arbitrary that always gives it
   */
  @Override
  default Arbitrary<Rubric> twoPoleRubricsToCheck() {
    return rubricsToCheck();
  }

  /**
   * The one rubric of {@link #rubric()}.
   *
   * @return an arbitrary that always gives it
   */
  @Override
  default Arbitrary<Rubric> neutralRubricsToCheck() {
    return rubricsToCheck();
  }
}
