/**
 * Improvement plans: from where a scorecard stands to what to change (two-pole rubrics).
 *
 * <p>A {@link dev.centricity.core.plan.Planner} turns a response and a {@link
 * dev.centricity.core.plan.Target} (a band, or an index to reach) into an {@link
 * dev.centricity.core.plan.ImprovementPlan}: the fewest answer changes ({@link
 * dev.centricity.core.plan.PlanChange}: trait, from, to, gain) that reach the target, and the
 * scorecard they give, equal bit for bit to scoring the changed answers; or, when the target cannot
 * be reached, the nearest the answers can get. Traits a rubric marks not {@link
 * dev.centricity.core.Trait#actionable() actionable} are never proposed. For a group of
 * respondents, a {@link dev.centricity.core.plan.GroupPlan} ranks the traits by the mean gain its
 * members could make ({@link dev.centricity.core.plan.TraitGain}). {@code docs/plans.md} explains
 * the method with a worked example and the JSON form the library writes.
 *
 * <p>Every type is immutable and thread-safe. No method accepts or returns {@code null}: what may
 * be absent is an {@link java.util.Optional} or {@link java.util.OptionalInt}, and "none" is an
 * empty list. A plan that cannot be made is a {@link dev.centricity.core.plan.PlanException}.
 */
package dev.centricity.core.plan;
