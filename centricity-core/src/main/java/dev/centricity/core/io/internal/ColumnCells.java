package dev.centricity.core.io.internal;

import dev.centricity.core.internal.Texts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How the cells of one trait column are read: a point's label in any language of the rubric (or the
 * mapping's label) is that point; otherwise a whole number from 1 to n is that point; an empty cell
 * is blank; a missing word ({@code n/a}, {@code NA}, {@code -}, "don't know", their translations
 * and the mapping's) is n/a; anything else is not an answer.
 *
 * <p>Each distinct cell text is resolved once and remembered (up to {@link #CACHE_LIMIT} texts per
 * column; beyond that, new texts are resolved each time), since an export repeats a handful of
 * labels a million times. Not thread-safe: one per column per file.
 */
final class ColumnCells {

  /** A blank answer. */
  static final int BLANK = 0;

  /** An n/a answer. */
  static final int NOT_APPLICABLE = -1;

  /** Not an answer; {@link #problem(String)} says why. */
  static final int BAD = Integer.MIN_VALUE;

  /** The most distinct cell texts remembered per column. */
  static final int CACHE_LIMIT = 1024;

  private final Map<String, Integer> labels;
  private final Set<String> missing;
  private final int points;

  /** Resolved one-character cells (the common case of digits), offset by 1 so that 0 is unset. */
  private final int[] oneChar = new int[128];

  private final Map<String, Integer> cache = new HashMap<>();

  ColumnCells(Map<String, Integer> labels, Set<String> missing, int points) {
    this.labels = labels;
    this.missing = missing;
    this.points = points;
  }

  /**
   * The answer a cell holds: a point from 1, {@link #BLANK}, {@link #NOT_APPLICABLE} or {@link
   * #BAD}.
   */
  int code(String cell) {
    if (cell.length() == 1) {
      char c = cell.charAt(0);
      if (c < 128) {
        int known = oneChar[c];
        if (known == 0) {
          known = resolve(cell);
          oneChar[c] = known == BAD ? BAD : known + 2;
          return known;
        }
        return known == BAD ? BAD : known - 2;
      }
    }
    Integer known = cache.get(cell);
    if (known != null) {
      return known;
    }
    int code = resolve(cell);
    if (cache.size() < CACHE_LIMIT) {
      cache.put(cell, code);
    }
    return code;
  }

  private int resolve(String raw) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return BLANK;
    }
    String key = TextKey.of(s);
    Integer label = labels.get(key);
    if (label != null && label > 0) {
      return label <= points ? label : BAD;
    }
    long value = CsvCells.wholeNumber(s);
    if (value != Long.MIN_VALUE) {
      return value >= 1 && value <= points ? (int) value : BAD;
    }
    if (missing.contains(key) || s.equalsIgnoreCase("n/a")) {
      return NOT_APPLICABLE;
    }
    return BAD;
  }

  /**
   * Why a cell for which {@link #code} is {@link #BAD} is not an answer, as a code and values: the
   * cell as the message shows it, or the number out of the scale, and the scale's number of points.
   */
  dev.centricity.core.cohort.RowProblem rowProblem(String column, String raw) {
    String s = raw.strip();
    Integer label = labels.get(TextKey.of(s));
    long value = CsvCells.wholeNumber(s);
    return label == null && value != Long.MIN_VALUE
        ? dev.centricity.core.cohort.RowProblem.of(
            dev.centricity.core.cohort.RowProblem.Code.OUT_OF_SCALE,
            java.util.Optional.of(column),
            java.util.List.of(Long.toString(value), Integer.toString(points)))
        : dev.centricity.core.cohort.RowProblem.of(
            dev.centricity.core.cohort.RowProblem.Code.NOT_AN_ANSWER,
            java.util.Optional.of(column),
            java.util.List.of(Texts.abbreviate(s, 40), Integer.toString(points)));
  }

  /** Why a cell for which {@link #code} is {@link #BAD} is not an answer. */
  String problem(String raw) {
    String s = raw.strip();
    Integer label = labels.get(TextKey.of(s));
    if (label != null && label > points) {
      return String.format(
          Locale.ROOT,
          "'%s' is mapped to point %d, but the scale runs from 1 to %d",
          Texts.abbreviate(s, 40),
          label,
          points);
    }
    if (label != null && label == Vocabulary.AMBIGUOUS) {
      return String.format(
          Locale.ROOT,
          "'%s' is the label of two different points in the rubric's languages; give the point"
              + " as a number or map the label in a mapping file",
          Texts.abbreviate(s, 40));
    }
    long value = CsvCells.wholeNumber(s);
    if (value != Long.MIN_VALUE) {
      return String.format(
          Locale.ROOT, "answer %d is outside the scale, which runs from 1 to %d", value, points);
    }
    return String.format(
        Locale.ROOT,
        "'%s' is not an answer: give a whole number from 1 to %d, leave the cell empty or write"
            + " n/a",
        Texts.abbreviate(s, 40),
        points);
  }
}
