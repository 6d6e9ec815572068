/**
 * The model and the scoring engine of Centricity.
 *
 * <p>A {@link dev.centricity.core.Rubric} groups {@link dev.centricity.core.Trait traits} in
 * weighted {@link dev.centricity.core.Dimension dimensions} between two or more {@link
 * dev.centricity.core.Pole poles}. A {@link dev.centricity.core.Scorer} compiles a rubric once and
 * turns each {@link dev.centricity.core.Response} into a {@link dev.centricity.core.Scorecard}:
 * where the respondent's organisation stands between the poles, how strongly, how consistently, and
 * why, trait by trait.
 *
 * <p>Every value type is immutable and thread-safe, built with a builder or an {@code of(…)}
 * factory. No method accepts or returns {@code null}: what may be absent is an {@link
 * java.util.Optional} or {@link java.util.OptionalDouble}, and "none" is an empty collection. Every
 * failure the library means to report is a {@link dev.centricity.core.CentricityException}.
 */
package dev.centricity.core;
