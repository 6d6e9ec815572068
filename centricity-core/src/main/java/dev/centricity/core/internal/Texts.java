package dev.centricity.core.internal;

/** How the library quotes text taken from a file in its messages. */
public final class Texts {

  private Texts() {}

  /**
   * Shortens a text for a message: at most {@code max} characters, the last three {@code ...} when
   * cut, and never a surrogate pair cut in two (a lone surrogate is not text).
   *
   * @param s the text
   * @param max the most characters to keep, at least 5
   * @return the text, or its beginning followed by {@code ...}
   */
  public static String abbreviate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = max - 3;
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + "...";
  }

  /**
   * The first lone surrogate of a text: half of a character that no encoding can write (UTF-8
   * writes it as '?').
   *
   * @param s the text
   * @return the surrogate's code unit, or −1 when every character of the text is whole
   */
  public static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return c;
      }
    }
    return -1;
  }
}
