package dev.centricity.examples.cli;

/** Text taken from a file, made safe to print: control characters shown as escapes. */
final class Printable {

  private Printable() {}

  /**
   * Escapes control characters (line breaks, escape sequences, bidirectional marks included) as
   * {@code \\uXXXX}, so that no input can forge a line of a report or reach the terminal raw.
   *
   * @param text the text
   * @return the text with its control characters escaped
   */
  static String safe(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c) || type == Character.FORMAT || c == '\u2028' || c == '\u2029') {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
