/**
 * Centricity's testkit: jqwik generators for rubrics, responses, policies and cohorts, the
 * invariants of the model as a contract any rubric can be checked against, and assertions on
 * scorecards. Add it with test scope.
 *
 * <h2>The contract</h2>
 *
 * <p>{@link dev.centricity.testkit.InvariantContract} states the thirteen {@link
 * dev.centricity.testkit.Invariant invariants} of the model (bounds, neutrality, monotonicity,
 * additivity, order independence, scale invariance, zero weight, mirror, skip equals absent,
 * extremes, round trip, cohorts, concurrency) as jqwik properties. A test class gets them all by
 * implementing {@link dev.centricity.testkit.RubricContract} for a rubric of its own:
 *
 * <pre>{@code
 * class MyRubricContractTest implements RubricContract {
 *   public Rubric rubric() {
 *     return RubricFormat.read(Path.of("src/main/resources/my-rubric.yaml"));
 *   }
 * }
 * }</pre>
 *
 * <p>or {@link dev.centricity.testkit.GeneratedRubricContract} for generated rubrics. A broken
 * invariant fails with an {@link dev.centricity.testkit.InvariantViolation} naming the invariant,
 * the trait, dimension or pole, the expected and actual figures, and a shrunk counterexample.
 *
 * <h2>The generators</h2>
 *
 * <p>{@link dev.centricity.testkit.Rubrics#arbitrary()} returns a configurable {@link
 * dev.centricity.testkit.RubricArbitrary} of valid rubrics (any number of poles, dimensions and
 * traits, keyed and contrast traits, scales of 2 to 11 points, weights including exactly 0, with
 * the default bands or none, unique ids that include ones a YAML writer must quote), for example
 * {@code Rubrics.arbitrary().poles(2, 3).traits(5, 40)}. {@link
 * dev.centricity.testkit.Responses#arbitrary(dev.centricity.core.Rubric)} returns a {@link
 * dev.centricity.testkit.ResponseArbitrary} of responses to one rubric: complete or partial, with
 * explicit {@code "n/a"}, blank and absent answers, neutral where the midpoint is a point of the
 * scale, or answered fully towards one pole. {@link
 * dev.centricity.testkit.Cohorts#arbitrary(dev.centricity.core.Rubric)} returns a {@link
 * dev.centricity.testkit.CohortArbitrary} of cohorts of respondents with group labels, and {@link
 * dev.centricity.testkit.ScoringPolicies} generates policies. {@link
 * dev.centricity.testkit.Assessment}, {@link dev.centricity.testkit.Respondents} and {@link
 * dev.centricity.testkit.CohortAssessment} pair a rubric with what answers it. {@link
 * dev.centricity.testkit.Rubrics} and {@link dev.centricity.testkit.Responses} also derive the
 * variants the invariants compare with: a rubric without a trait, reweighted, reordered, with two
 * poles' roles swapped; a response with one answer changed.
 *
 * <p>Every generator is built from jqwik's own arbitraries with combinators and no filters, so it
 * shrinks to small, readable counterexamples: fewer poles, dimensions and traits, weights of 1,
 * short ids, answers at point 1. Arbitraries are immutable: each configuration method returns a new
 * one. The testkit's own tests report with jqwik's {@code Statistics} what they cover.
 *
 * <h2>Assertions</h2>
 *
 * <p>{@link dev.centricity.testkit.ScorecardAssert} checks a scorecard in everyday tests: its band,
 * index, shares, that its contributions add up, that it equals another within a tolerance.
 *
 * <p>No method accepts or returns {@code null}; what may be absent is an {@link
 * java.util.Optional}. Everything here depends only on Centricity's API packages, jqwik's API and
 * JUnit's API.
 */
package dev.centricity.testkit;
