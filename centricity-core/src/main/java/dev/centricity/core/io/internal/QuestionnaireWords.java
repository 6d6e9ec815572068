package dev.centricity.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The questionnaires' own words (instructions, field labels, button labels) in a language, read
 * from {@code questionnaire_<language>.properties} beside this class; a language without a file,
 * and a key a file lacks, fall back to English.
 */
public final class QuestionnaireWords {

  /** The languages that have words of their own. */
  public static final java.util.List<String> LANGUAGES = java.util.List.of("en", "de", "fr", "es");

  private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

  private final Properties words;
  private final Properties english;

  private QuestionnaireWords(Properties words, Properties english) {
    this.words = words;
    this.english = english;
  }

  /**
   * The words in a language.
   *
   * @param language a BCP 47 tag; only its language part is used
   * @return the words, English where the language has none
   */
  public static QuestionnaireWords in(String language) {
    String primary = language.split("-", 2)[0].toLowerCase(Locale.ROOT);
    Properties english = load("en");
    Properties own = LANGUAGES.contains(primary) ? load(primary) : english;
    return new QuestionnaireWords(own, english);
  }

  private static Properties load(String language) {
    return CACHE.computeIfAbsent(
        language,
        l -> {
          String name = "questionnaire_" + l + ".properties";
          Properties p = new Properties();
          try (InputStream in = QuestionnaireWords.class.getResourceAsStream(name)) {
            if (in == null) {
              throw new IllegalStateException("resource " + name + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return p;
        });
  }

  /**
   * A text, with {@code {0}}, {@code {1}}… replaced by the arguments in order.
   *
   * @param key the key
   * @param args the arguments
   * @return the text
   */
  public String get(String key, Object... args) {
    String text = words.getProperty(key, english.getProperty(key));
    if (text == null) {
      throw new IllegalArgumentException("no questionnaire text '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }
}
