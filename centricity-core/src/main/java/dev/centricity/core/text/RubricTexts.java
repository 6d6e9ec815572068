package dev.centricity.core.text;

import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.text.internal.TranslationCheck;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rubric with its translations: the languages it can be shown in, and its texts in any of them.
 *
 * <pre>{@code
 * RubricTexts texts = RubricTexts.of(rubric, List.of(german, french));
 * texts.languages();                          // [en, de, fr]
 * LocalizedRubric de = texts.in("de-CH");     // German: no Swiss translation, so the German one
 * de.statement("rewards.sales-volume");       // the German statement, or the rubric's own if absent
 * }</pre>
 *
 * <p>The rubric's own language is its metadata entry {@code language}; a rubric without one is
 * taken to be in English ({@code en}). Every translation is checked against the rubric when this is
 * made, so looking up a text never fails for an id the rubric has.
 *
 * <p>Immutable and thread-safe.
 */
public final class RubricTexts {

  /** The language of a rubric that names none in its metadata. */
  public static final String DEFAULT_LANGUAGE = "en";

  private final Rubric rubric;
  private final String sourceLanguage;
  private final Map<String, Translation> translations;

  private RubricTexts(Rubric rubric, Map<String, Translation> translations) {
    this.rubric = rubric;
    this.sourceLanguage = sourceLanguage(rubric);
    this.translations = Collections.unmodifiableMap(translations);
  }

  /**
   * A rubric's texts in its own language only.
   *
   * @param rubric the rubric
   * @return its texts
   */
  public static RubricTexts of(Rubric rubric) {
    return new RubricTexts(Objects.requireNonNull(rubric, "rubric"), new LinkedHashMap<>());
  }

  /**
   * A rubric with translations of it.
   *
   * @param rubric the rubric
   * @param translations translations of it, at most one per language, none into the rubric's own
   *     language
   * @return its texts in every language given
   * @throws TranslationValidationException if a translation does not fit the rubric (the first that
   *     does not, with all of its problems), or two translations are into the same language, or one
   *     is into the rubric's own language
   */
  public static RubricTexts of(Rubric rubric, Collection<Translation> translations) {
    Objects.requireNonNull(rubric, "rubric");
    String own = sourceLanguage(rubric);
    Map<String, Translation> byLanguage = new LinkedHashMap<>();
    for (Translation t : translations) {
      t.checkAgainst(rubric);
      String key = key(t.language());
      if (key.equals(key(own)) || byLanguage.containsKey(key)) {
        throw new TranslationValidationException(
            t.rubric(),
            t.language(),
            List.of(
                new Problem(
                    "/translation/language",
                    key.equals(key(own))
                        ? "the rubric is written in '" + own + "' itself"
                        : "a second translation into '" + t.language() + "'")));
      }
      byLanguage.put(key, t);
    }
    return new RubricTexts(rubric, byLanguage);
  }

  /**
   * These texts with one more translation, or with another translation into the same language in
   * place of the one they had.
   *
   * @param translation a translation of the rubric
   * @return the texts with it
   * @throws TranslationValidationException if it does not fit the rubric or is into the rubric's
   *     own language
   */
  public RubricTexts with(Translation translation) {
    List<Translation> all = new ArrayList<>();
    boolean replaced = false;
    for (Translation t : translations.values()) {
      if (key(t.language()).equals(key(translation.language()))) {
        all.add(translation);
        replaced = true;
      } else {
        all.add(t);
      }
    }
    if (!replaced) {
      all.add(translation);
    }
    return of(rubric, all);
  }

  private static String sourceLanguage(Rubric rubric) {
    String lang = rubric.metadata().get("language");
    return lang != null && TranslationCheck.wellFormedLanguage(lang)
        ? TranslationCheck.canonicalLanguage(lang)
        : DEFAULT_LANGUAGE;
  }

  private static String key(String language) {
    return language.toLowerCase(Locale.ROOT);
  }

  /** The rubric. */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * The language the rubric is written in: its metadata entry {@code language}, or {@value
   * #DEFAULT_LANGUAGE}.
   */
  public String sourceLanguage() {
    return sourceLanguage;
  }

  /** Every language the rubric can be shown in: its own first, then its translations' in order. */
  public List<String> languages() {
    List<String> all = new ArrayList<>();
    all.add(sourceLanguage);
    translations.values().forEach(t -> all.add(t.language()));
    return Collections.unmodifiableList(all);
  }

  /** The translations, in the order they were given. */
  public List<Translation> translations() {
    return List.copyOf(translations.values());
  }

  /**
   * The translation into a language, matched exactly (ignoring case).
   *
   * @param language a BCP 47 tag
   * @return the translation, or empty when there is none into that language
   */
  public Optional<Translation> translation(String language) {
    return Optional.ofNullable(translations.get(key(Objects.requireNonNull(language))));
  }

  /**
   * Whether the rubric can be shown in a language: its own, or one it has a translation into, or a
   * regional form of either ({@code de-CH} when there is {@code de}).
   *
   * @param language a BCP 47 tag
   * @return whether {@link #in(String)} gives texts in that language
   */
  public boolean supports(String language) {
    return !in(language).language().equals(sourceLanguage)
        || key(primary(language)).equals(key(primary(sourceLanguage)));
  }

  /**
   * The rubric's texts in a language. The translation is chosen by the whole tag, then by its
   * language alone ({@code de-CH} falls back to {@code de}); with none, the texts are the rubric's
   * own, and {@link LocalizedRubric#language()} says so. Within a translation, every text it lacks
   * is the rubric's own.
   *
   * @param language a BCP 47 tag such as {@code de}
   * @return the texts
   * @throws IllegalArgumentException if the tag is malformed
   */
  public LocalizedRubric in(String language) {
    Objects.requireNonNull(language, "language");
    if (!TranslationCheck.wellFormedLanguage(language)) {
      throw new IllegalArgumentException(
          "language must be a BCP 47 tag such as de or pt-BR but was '" + language + "'");
    }
    Translation t = translations.get(key(language));
    if (t == null) {
      t = translations.get(key(primary(language)));
    }
    return new LocalizedRubric(rubric, t, t == null ? sourceLanguage : t.language());
  }

  /** The rubric's texts in its own language. */
  public LocalizedRubric source() {
    return new LocalizedRubric(rubric, null, sourceLanguage);
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }
}
