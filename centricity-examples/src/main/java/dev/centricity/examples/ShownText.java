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

  private static boolean needsEscape(char c) {
    return Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || c == '\u2028'
        || c == '\u2029';
  }
}
