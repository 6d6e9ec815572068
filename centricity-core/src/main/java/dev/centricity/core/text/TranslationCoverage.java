package dev.centricity.core.text;

import java.util.List;
import java.util.Objects;

/**
 * How much of a rubric's text a translation covers.
 *
 * <p>One text is one title, description, pole label or description, point label, dimension name or
 * description, trait statement or band label that the rubric has; a scale's point labels are
 * translated all together or not at all, so a scale of five points counts as five texts. The texts
 * a translation lacks fall back to the rubric's own language; {@link #untranslated()} names each by
 * the path it would have in the translation file.
 *
 * <p>Immutable and value-based.
 *
 * @param texts how many texts the rubric has
 * @param translated how many of them the translation gives
 * @param untranslated the path in the translation file layout of each text it lacks, such as {@code
 *     /traits/focus.aim} or {@code /scales/agree5}, in the rubric's order
 */
public record TranslationCoverage(int texts, int translated, List<String> untranslated) {

  /**
   * Creates a coverage.
   *
   * @throws IllegalArgumentException if the counts are negative or {@code translated > texts}
   */
  public TranslationCoverage {
    Objects.requireNonNull(untranslated, "untranslated");
    untranslated = List.copyOf(untranslated);
    if (texts < 0 || translated < 0 || translated > texts) {
      throw new IllegalArgumentException(
          "coverage needs 0 <= translated <= texts but was " + translated + " of " + texts);
    }
  }

  /**
   * The share of texts translated, {@code translated / texts}; 1 when the rubric has no text.
   *
   * @return a number in [0, 1]
   */
  public double fraction() {
    return texts == 0 ? 1.0 : translated / (double) texts;
  }

  /**
   * Whether every text is translated.
   *
   * @return {@code translated == texts}
   */
  public boolean complete() {
    return translated == texts;
  }
}
