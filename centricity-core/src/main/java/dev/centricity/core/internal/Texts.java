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
}
