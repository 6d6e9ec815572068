/**
 * A rubric's texts in the languages it is translated into.
 *
 * <p>A rubric is written in one language. A {@link dev.centricity.core.text.Translation} holds its
 * texts in another (title, pole labels, point labels, dimension names, statements, band labels and
 * the words for "don't know"), checked against the rubric with every problem reported at once as a
 * {@link dev.centricity.core.text.TranslationValidationException}. {@link
 * dev.centricity.core.text.RubricTexts} gathers a rubric and its translations and gives its texts
 * in any language as a {@link dev.centricity.core.text.LocalizedRubric}, falling back to the
 * rubric's own text wherever a translation lacks one; {@link
 * dev.centricity.core.text.TranslationCoverage} says how much a translation covers. Files are read
 * and written by {@code dev.centricity.core.io.TranslationFormat}.
 *
 * <p>Translations never change a score: they are not part of a rubric's content hash and a
 * scorecard names trait ids and band labels as the rubric has them. Every type here is immutable
 * and thread-safe; no method accepts or returns {@code null}.
 */
package dev.centricity.core.text;
