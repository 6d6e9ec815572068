/**
 * Reading and writing rubrics, responses and scorecards as YAML and JSON.
 *
 * <p>{@link dev.centricity.core.io.RubricFormat} reads rubric files in the layout an author thinks
 * in (traits nested in their dimensions) and writes them back; {@link
 * dev.centricity.core.io.ResponseFormat} does the same for responses and {@link
 * dev.centricity.core.io.ScorecardFormat} writes results. {@link
 * dev.centricity.core.io.TranslationFormat} reads and writes translations of a rubric ({@code
 * <rubric-id>.<language>.yaml}); {@link dev.centricity.core.io.Questionnaire} writes a rubric as a
 * questionnaire in any of its languages (a SurveyJS survey, an HTML form, printable Markdown, a
 * cohort CSV header), and {@link dev.centricity.core.io.SurveyJsReader} reads SurveyJS results back
 * as a cohort. Reading is strict and bounded, and every failure is a {@link
 * dev.centricity.core.CentricityException} that names the line, column or path. No method accepts
 * or returns {@code null}.
 */
package dev.centricity.core.io;
