/**
 * Cohorts: results over many respondents, for HR tools that survey a team or an organisation and
 * for researchers who validate a rubric.
 *
 * <p>A {@link dev.centricity.core.cohort.Cohort} holds {@link
 * dev.centricity.core.cohort.CohortMember members} (a response and an optional group label) in
 * memory; a {@link dev.centricity.core.io.CohortReader} streams the rows of a CSV export as {@link
 * dev.centricity.core.cohort.CohortRows}, each a member or a {@link
 * dev.centricity.core.cohort.RowError}. A {@link dev.centricity.core.cohort.CohortAnalysis} scores
 * them in one pass with a {@link dev.centricity.core.Scorer} and gives a {@link
 * dev.centricity.core.cohort.CohortReport}:
 *
 * <ul>
 *   <li>per group and overall ({@link dev.centricity.core.cohort.GroupSummary}) and per dimension
 *       ({@link dev.centricity.core.cohort.DimensionSummary}): means with standard deviation,
 *       standard error and t interval ({@link dev.centricity.core.cohort.Estimate}), the band or an
 *       uncertain band ({@link dev.centricity.core.cohort.BandEstimate}), counts per band, mean
 *       pole strengths;
 *   <li>agreement within groups, r<sub>wg(J)</sub> ({@link
 *       dev.centricity.core.cohort.WithinGroupAgreement}), and ICC(1) and ICC(2) across groups
 *       ({@link dev.centricity.core.cohort.IntraclassCorrelation});
 *   <li>reliability per dimension as R's {@code psych::alpha} computes it ({@link
 *       dev.centricity.core.cohort.Reliability}, {@link
 *       dev.centricity.core.cohort.ItemStatistics}).
 * </ul>
 *
 * <p>{@link dev.centricity.core.cohort.CohortComparison} compares two reports or two groups with
 * Welch's interval and Cohen's d. {@code docs/cohorts.md} explains every statistic with an example.
 *
 * <p>Every value type is immutable and thread-safe. No method accepts or returns {@code null}: what
 * may be absent is an {@link java.util.Optional} or {@link java.util.OptionalDouble}, and "none" is
 * an empty collection. No figure is ever NaN. Every failure the library means to report is a {@link
 * dev.centricity.core.CentricityException}; a file that cannot be read is a {@link
 * dev.centricity.core.CohortFormatException}.
 */
package dev.centricity.core.cohort;
