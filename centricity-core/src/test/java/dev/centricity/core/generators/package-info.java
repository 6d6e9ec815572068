/**
 * jqwik generators for property tests of Centricity: rubrics, responses to them and scoring
 * policies.
 *
 * <p>{@link dev.centricity.core.generators.Rubrics#arbitrary()} returns a configurable {@link
 * dev.centricity.core.generators.RubricArbitrary} of valid rubrics (any number of poles, dimensions
 * and traits, keyed and contrast traits, scales of 2 to 11 points, weights including exactly 0,
 * with the default bands or none, unique ids that include ones a YAML writer must quote). {@link
 * dev.centricity.core.generators.Responses#arbitrary(dev.centricity.core.Rubric)} returns a {@link
 * dev.centricity.core.generators.ResponseArbitrary} of responses to one rubric: complete or
 * partial, with explicit {@code "n/a"}, blank and absent answers, neutral where the midpoint is a
 * point of the scale, or answered fully towards one pole. {@link
 * dev.centricity.core.generators.Responses#assessments(net.jqwik.api.Arbitrary)} pairs the two as
 * an {@link dev.centricity.core.generators.Assessment}, and {@link
 * dev.centricity.core.generators.ScoringPolicies} generates policies. {@link
 * dev.centricity.core.generators.Rubrics} and {@link dev.centricity.core.generators.Responses} also
 * derive the variants the invariants of DESIGN section 6 compare with: a rubric without a trait,
 * with reweighted traits, with its poles' roles swapped; a response with one answer changed.
 *
 * <p>Every generator is built from jqwik's own arbitraries with combinators and no filters, so it
 * shrinks to small, readable counterexamples: fewer poles, dimensions and traits, weights of 1,
 * short ids, answers at point 1. Arbitraries are immutable: each configuration method returns a new
 * one. {@code GeneratorStatisticsProperties} reports and checks what they cover.
 *
 * <p>No method accepts or returns {@code null}; what may be absent is an {@link
 * java.util.Optional}. These classes depend only on Centricity's API packages and jqwik, so that
 * they can move unchanged into the {@code centricity-testkit} module.
 */
package dev.centricity.core.generators;
