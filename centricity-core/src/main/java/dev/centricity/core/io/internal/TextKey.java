package dev.centricity.core.io.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which a survey export's texts (column headers, descriptive rows, answer cells) are
 * compared with a rubric's statements and labels: Unicode NFKC, white space of any kind collapsed
 * to one space and trimmed, surrounding quotes or brackets removed, a leading question number such
 * as {@code Q12.}, {@code 12)} or {@code Q3_2:} removed, typographic apostrophes made plain, and
 * case folded (upper then lower case in the root locale, so that {@code ß} and {@code SS} meet).
 * Two texts that differ only in those ways have the same key.
 */
public final class TextKey {

  private TextKey() {}

  /** Opening and closing characters removed when they surround a whole text. */
  private static final String OPENING = "\"'“‘„‚«‹([{<「";

  private static final String CLOSING = "\"'”’“‘»›)]}>」";

  /**
   * The key of a text.
   *
   * @param text the text as found
   * @return its key; empty for a text of only white space, quotes and a question number
   */
  public static String of(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // typographic apostrophes, as word processors put them in "don’t know"
    s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'');
    s = collapse(s);
    for (int round = 0; round < 4; round++) {
      String before = s;
      s = unwrap(s);
      s = withoutQuestionNumber(s);
      if (s.equals(before)) {
        break;
      }
    }
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /** The text with every run of white space (including no-break spaces) one space, trimmed. */
  static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text without one pair of quotes or brackets that surrounds all of it. */
  private static String unwrap(String s) {
    if (s.length() >= 2) {
      int open = OPENING.indexOf(s.charAt(0));
      char last = s.charAt(s.length() - 1);
      if (open >= 0 && (CLOSING.charAt(open) == last || (open < 2 && last == s.charAt(0)))) {
        // only when the pair holds the whole text: "(a) or (b)" is not wrapped
        if (!innerCloses(s, s.charAt(0), last)) {
          return s.substring(1, s.length() - 1).strip();
        }
      }
    }
    return s;
  }

  /** Whether a bracket opened at the start closes before the end (for distinct bracket chars). */
  private static boolean innerCloses(String s, char open, char close) {
    if (open == close) {
      return s.indexOf(close, 1) < s.length() - 1;
    }
    int depth = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without a leading question number: an optional {@code Q} (or {@code #}), digits with
   * optional {@code .digits} or {@code _digits} parts, then {@code .}, {@code )}, {@code :} or a
   * dash, then white space. A text that is only a number is left alone: it may be an answer.
   */
  static String withoutQuestionNumber(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == 'Q' || s.charAt(i) == 'q' || s.charAt(i) == '#')) {
      i++;
    }
    int digitsStart = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    if (i == digitsStart) {
      return s;
    }
    while (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '_') && isDigit(s.charAt(i + 1))) {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < n && ".):-–".indexOf(s.charAt(i)) >= 0) {
      i++;
    } else if (!(digitsStart > 0 && i < n && s.charAt(i) == ' ')) {
      // "Q12 text" counts as numbered; "12 text" does not, it may be a text starting with a number
      return s;
    }
    if (i < n && s.charAt(i) != ' ') {
      return s;
    }
    String rest = s.substring(i).strip();
    return rest.isEmpty() ? s : rest;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
