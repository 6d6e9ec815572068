package dev.centricity.examples;

import java.util.Locale;

/**
 * Text read from a file (respondent and group names, reasons quoting a cell) made safe to show in a
 * report: every control character — line breaks, ESC, NUL, bidirectional and other format marks,
 * the line and paragraph separators — is shown as the escape {@code \\uXXXX}. So no input forges a
 * line of a text report or reaches the terminal raw, and two names that differ only in such a
 * character still print differently.
 */
public final class ShownText {

  private ShownText() {}

  /**
   * The text with its control characters escaped.
   *
   * @param text the text as read
   * @return the text to show
   */
  public static String of(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(c)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * A whole text report made safe for a terminal: every control character but the line break
   * escaped as {@link #of} does. Fields read from a file are escaped with {@link #of} before they
   * are put in, so that a line break in a name cannot forge a line; this pass catches the rest (a
   * rubric's own texts, say).
   *
   * @param report the report, lines separated by '\n'
   * @return the report with no control character but its line breaks
   */
  public static String lines(String report) {
    StringBuilder b = null;
    for (int i = 0; i < report.length(); i++) {
      char c = report.charAt(i);
      if (c != '\n' && needsEscape(c)) {
        if (b == null) {
          b = new StringBuilder(report.length() + 8).append(report, 0, i);
        }
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? report : b.toString();
  }

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || c == '\u2028'
        || c == '\u2029';
  }
}
