package dev.centricity.core.io.internal;

import dev.centricity.core.FormatException;
import dev.centricity.core.internal.Texts;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Refuses JSON texts that hold half of a character: a lone surrogate, written as an escape such as
 * {@code "\ud800"} (UTF-8 bytes cannot carry one). Jackson reads it into the text, and writing that
 * text as UTF-8 turns it into '?', so two different texts would be written, and hashed, alike. YAML
 * is checked the same way by {@link YamlPrescan}.
 */
final class WholeCharacters {

  private WholeCharacters() {}

  /** The first lone surrogate of a text, or -1. */
  static int loneSurrogate(String s) {
    return Texts.loneSurrogate(s);
  }

  /** The reason given for a lone surrogate. */
  static String reason(int surrogate) {
    return String.format(
        Locale.ROOT,
        "the text holds half of a character, a lone surrogate U+%04X (written \\u%04X): only whole"
            + " Unicode characters are allowed",
        surrogate,
        surrogate);
  }

  /**
   * Checks a JSON document. A quick look for a surrogate or a {@code \\uD800}–{@code \\uDFFF}
   * escape comes first; only a document that has one is walked token by token, to name the path.
   *
   * @throws FormatException naming the path, line and column of the first lone surrogate
   */
  static void checkJson(String text, String source) {
    if (!mayHoldSurrogate(text)) {
      return;
    }
    try (JsonParser p = JsonSupport.json().createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.PROPERTY_NAME || t == JsonToken.VALUE_STRING) {
          int lone = loneSurrogate(p.getString());
          if (lone >= 0) {
            TokenStreamLocation at = p.currentTokenLocation();
            throw new FormatException(
                source,
                p.streamReadContext().pathAsPointer().toString(),
                Math.max(0, at.getLineNr()),
                Math.max(0, at.getColumnNr()),
                reason(lone),
                null);
          }
        }
      }
    } catch (JacksonException e) {
      // a syntax error: reading the document reports it
    }
  }

  private static boolean mayHoldSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return true;
      }
      if (c == '\\'
          && i + 2 < text.length()
          && text.charAt(i + 1) == 'u'
          && (text.charAt(i + 2) == 'd' || text.charAt(i + 2) == 'D')) {
        return true;
      }
    }
    return false;
  }
}
