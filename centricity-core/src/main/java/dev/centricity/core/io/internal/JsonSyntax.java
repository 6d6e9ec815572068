package dev.centricity.core.io.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.TokenStreamLocation;

/**
 * Says a JSON syntax error of Jackson's parser in words for people: the rule the text breaks and
 * the text found, without the parser's feature names (such as {@code ALLOW_LEADING_PLUS_SIGN…}) or
 * Java types (such as {@code (String)}) that its own messages carry.
 */
final class JsonSyntax {

  private static final Pattern CHARACTER = Pattern.compile("\\('(.{1,2})' \\(code (\\d+)\\)\\)");
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
  private static final Pattern ESCAPE =
      Pattern.compile("^Unrecognized character escape '(.{1,2})' \\(code (\\d+)\\)");
  private static final Pattern STARTING =
      Pattern.compile(
          " \\(for (Object|Array) starting at \\[Source: .*?; line: (\\d+), column: (\\d+)]\\)");
  private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.{0,60}?)'");
  private static final String VALUE_KINDS =
      "\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)";

  private JsonSyntax() {}

  /**
   * The words for one of the parser's messages.
   *
   * @param raw the first line of the parser's own message
   * @param text the document, or null when it is not at hand
   * @param location where the parser stopped, or null
   * @return the words, or null when the library's general translation says it already
   */
  static String describe(String raw, String text, TokenStreamLocation location) {
    if (raw.contains("ALLOW_NON_NUMERIC_NUMBERS") || raw.startsWith("Duplicate Object property")) {
      return null;
    }
    String found = found(text, location);
    if (raw.contains("ALLOW_LEADING_PLUS_SIGN") || raw.contains("have plus signs")) {
      return "a number must not start with '+' (write 4, not +4)" + found;
    }
    if (raw.contains("ALLOW_HEXADECIMAL") || raw.contains("hexadecimal")) {
      return "a number must be written in decimal digits, not in hexadecimal (0x...)" + found;
    }
    if (raw.contains("ALLOW_COMMENTS") || raw.contains("comment")) {
      return "JSON does not allow comments" + found;
    }
    if (raw.contains("Leading zeroes not allowed")) {
      return "a number must not start with the digit 0 unless it is 0 itself" + found;
    }
    if (raw.contains("ALLOW_SINGLE_QUOTES") || raw.startsWith("Unexpected character (''' ")) {
      return "text must be written in double quotes, not single quotes" + found;
    }
    Matcher m = ESCAPE.matcher(raw);
    if (m.find()) {
      return "'\\"
          + new String(Character.toChars(Integer.parseInt(m.group(2))))
          + "' is not an escape of JSON: inside a text use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t"
          + " or \\u followed by 4 hexadecimal digits";
    }
    m = CONTROL.matcher(raw);
    if (m.find()) {
      return String.format(
          Locale.ROOT,
          "a control character (U+%04X) must not appear as it is inside a text: write it as an"
              + " escape such as \\n or \\u%04X",
          Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(1)));
    }
    m = TOKEN.matcher(raw);
    if (m.find()) {
      return "'"
          + m.group(1)
          + "' is not a value: expected text in double quotes, a number, a list, a map, true,"
          + " false or null";
    }
    String words = raw;
    m = CHARACTER.matcher(words);
    if (m.find()) {
      words = m.replaceFirst(Matcher.quoteReplacement(character(Integer.parseInt(m.group(2)))));
    }
    m = STARTING.matcher(words);
    if (m.find()) {
      words =
          m.replaceFirst(
              " (for the "
                  + ("Object".equals(m.group(1)) ? "map" : "list")
                  + " that starts at line "
                  + m.group(2)
                  + ", column "
                  + m.group(3)
                  + ")");
    }
    words =
        words
            .replaceAll(
                " \\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)]\\)",
                " (it starts at line $1, column $2)")
            .replaceAll(" ?\\[Source: [^\\]]*]", "")
            .replaceAll(
                "expected a valid value " + VALUE_KINDS,
                "expected a value: text in double quotes, a number, a list, a map, true, false or"
                    + " null")
            .replaceAll(
                "was expecting " + VALUE_KINDS,
                "expected a value: text in double quotes, a number, a list, a map, true, false or"
                    + " null")
            .replace(
                "was expecting double-quote to start property name",
                "expected a key in double quotes")
            .replace(
                "was expecting comma to separate Object entries",
                "expected a comma between the entries of a map")
            .replace(
                "was expecting comma to separate Array entries",
                "expected a comma between the elements of a list")
            .replace(
                "was expecting a colon to separate property name and value",
                "expected a colon between a key and its value")
            .replace("Unexpected end-of-input", "the document ends too early")
            .replace("expected close marker for Object", "the map is not closed with '}'")
            .replace("expected close marker for Array", "the list is not closed with ']'")
            .replace("Unexpected close marker", "unexpected")
            .replace("Unexpected character", "unexpected character")
            .replace("in numeric value", "in a number")
            .replace("Invalid numeric value", "invalid number")
            .replace(
                "Decimal point not followed by a digit",
                "a decimal point must be followed by a digit")
            .replace(
                "Exponent indicator not followed by a digit",
                "an exponent (e) must be followed by a digit")
            .replace(
                "expected digit (0-9) to follow minus sign, for valid numeric value",
                "a minus sign must be followed by a digit");
    return words + found;
  }

  /** A character as a message shows it: 'x', or U+XXXX for a control character or space. */
  private static String character(int c) {
    return c <= 0x20 || c == 0x7F
        ? String.format(Locale.ROOT, "U+%04X", c)
        : "'" + new String(Character.toChars(c)) + "'";
  }

  /** ", found '…'": the text around where the parser stopped, when it is at hand. */
  private static String found(String text, TokenStreamLocation location) {
    if (text == null || location == null) {
      return "";
    }
    long offset = location.getCharOffset();
    if (offset < 0 || offset >= text.length()) {
      return "";
    }
    int at = (int) offset;
    int start = at;
    while (start > 0 && !boundary(text.charAt(start - 1)) && at - start < 40) {
      start--;
    }
    int end = at;
    while (end < text.length() && end - start < 40) {
      char c = text.charAt(end);
      if (c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']') {
        break;
      }
      end++;
    }
    String token = text.substring(start, end).strip();
    if (token.isEmpty()) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    token
        .codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp == 0x7F) {
                shown.append(String.format(Locale.ROOT, "\\u%04X", cp));
              } else {
                shown.appendCodePoint(cp);
              }
            });
    return ", found '" + shown + "'";
  }

  private static boolean boundary(char c) {
    return c == ':' || c == ',' || c == '[' || c == '{' || Character.isWhitespace(c);
  }
}
