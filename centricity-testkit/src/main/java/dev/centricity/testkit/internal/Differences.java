package dev.centricity.testkit.internal;

import java.util.Locale;

/** Where two texts, such as two scorecards written as JSON, first differ. */
public final class Differences {

  private static final int CONTEXT = 60;

  private Differences() {}

  /**
   * Describes where two texts first differ, with a little of each around that place.
   *
   * @param expected the text expected
   * @param actual the text found
   * @return for example {@code at character 120: expected …"index":0.25… but was …"index":0.5…}
   */
  public static String between(String expected, String actual) {
    if (expected.equals(actual)) {
      return "the texts are equal, yet the values differ";
    }
    int at = 0;
    int n = Math.min(expected.length(), actual.length());
    while (at < n && expected.charAt(at) == actual.charAt(at)) {
      at++;
    }
    return String.format(
        Locale.ROOT,
        "at character %d: expected …%s… but was …%s…",
        at,
        excerpt(expected, at),
        excerpt(actual, at));
  }

  private static String excerpt(String s, int at) {
    int from = Math.max(0, at - CONTEXT / 2);
    int to = Math.min(s.length(), at + CONTEXT);
    return s.substring(from, to);
  }
}
