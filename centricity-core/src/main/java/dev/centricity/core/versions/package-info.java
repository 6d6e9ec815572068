/**
 * Rubric versions: what changed between two versions of a rubric, which version number the change
 * needs, and what it does to scores already collected.
 *
 * <p>{@link dev.centricity.core.versions.RubricDiff#between RubricDiff.between(old, new)} lists
 * every {@link dev.centricity.core.versions.RubricChange} (poles, scales, dimensions, traits, bands
 * and policy, each added, removed or changed, each marked as able to change a score or not) and
 * applies the version rule: text-only changes need a patch, changes that can alter a score a minor,
 * changes that invalidate an old response a major {@link dev.centricity.core.versions.VersionBump
 * bump}. {@link dev.centricity.core.versions.RubricImpact} scores a cohort under both versions:
 * each respondent's change, the mean change with a paired t interval, the band transition matrix
 * and the respondents whose band changed. {@code docs/versions.md} explains the rule with examples
 * and the JSON form the library writes.
 *
 * <p>Every type is immutable and thread-safe. No method accepts or returns {@code null}.
 */
package dev.centricity.core.versions;
