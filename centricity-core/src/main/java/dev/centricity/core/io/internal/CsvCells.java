package dev.centricity.core.io.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.internal.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a cohort file's cell is read as an answer: a point of the scale, blank, or n/a. */
final class CsvCells {

  private CsvCells() {}

  /** The answer in a cell, or a String saying why the cell is not one. */
  static Object parse(String cell, int points) {
    if (cell.isEmpty()) {
      return Answer.blank();
    }
    if (cell.equalsIgnoreCase(Answer.NOT_APPLICABLE_TEXT)) {
      return Answer.notApplicable();
    }
    long value = wholeNumber(cell);
    if (value == Long.MIN_VALUE) {
      return String.format(
          Locale.ROOT,
          "'%s' is not an answer: give a whole number from 1 to %d, leave the cell empty or write"
              + " n/a",
          Texts.abbreviate(cell, 40),
          points);
    }
    if (value < 1 || value > points) {
      return String.format(
          Locale.ROOT, "answer %d is outside the scale, which runs from 1 to %d", value, points);
    }
    return Answer.of((int) value);
  }

  /**
   * Why a cell that {@link #parse} refused is not an answer, as a code and values: the cell as the
   * message shows it, or the number out of the scale, and the scale's number of points.
   */
  static RowProblem problem(String column, String cell, int points) {
    long value = wholeNumber(cell);
    return value == Long.MIN_VALUE
        ? RowProblem.of(
            RowProblem.Code.NOT_AN_ANSWER,
            Optional.of(column),
            List.of(Texts.abbreviate(cell, 40), Integer.toString(points)))
        : RowProblem.of(
            RowProblem.Code.OUT_OF_SCALE,
            Optional.of(column),
            List.of(Long.toString(value), Integer.toString(points)));
  }

  /**
   * The whole number a cell holds, such as {@code 4}, {@code +4}, {@code -1} or {@code 4.0}, or
   * Long.MIN_VALUE when it holds none (or one of more than 9 digits).
   */
  static long wholeNumber(String s) {
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    long value = 0;
    int digits = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      if (++digits > 9) {
        return Long.MIN_VALUE;
      }
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (digits == 0) {
      return Long.MIN_VALUE;
    }
    if (i < s.length()) {
      if (s.charAt(i) != '.') {
        return Long.MIN_VALUE;
      }
      i++;
      while (i < s.length() && s.charAt(i) == '0') {
        i++;
      }
      if (i < s.length()) {
        return Long.MIN_VALUE;
      }
    }
    return negative ? -value : value;
  }
}
