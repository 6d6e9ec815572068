package dev.centricity.examples;

import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Trait;
import dev.centricity.core.Warning;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.text.LocalizedRubric;
import dev.centricity.core.text.RubricTexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language a report is shown in: the rubric's texts in it (names, statements, pole and band
 * labels) and the report's own words (headings, labels, messages), read from the message bundles
 * {@code report_<language>.properties} (English, German, French, Spanish; any other language, or a
 * key a bundle lacks, falls back to English), with numbers formatted as the language writes them.
 *
 * <p>Warnings and the reasons a row was rejected are worded here from their codes and values
 * ({@link Warning#values()}, {@link CohortWarning#values()}, {@link RowError#problems()}), not
 * translated from their English messages; what a file gave (a cell, a column name, an id) is shown
 * as it was given. A warning or row error without those values (made by a host from its English
 * text alone) is shown in English as it is.
 *
 * <p>Only what is shown changes: scorecards are computed, and written as JSON, with the rubric as
 * it is, so a report in any language stands for the same figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportLanguage {

  /** The languages with words of their own. */
  public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private final LocalizedRubric texts;
  private final Rubric display;
  private final Properties words;
  private final Properties english;
  private final Locale locale;
  private final String wordsLanguage;

  private ReportLanguage(LocalizedRubric texts, String wordsLanguage) {
    this.texts = texts;
    this.display = display(texts);
    String primary = wordsLanguage.split("-", 2)[0].toLowerCase(Locale.ROOT);
    this.english = bundle("en");
    this.words = LANGUAGES.contains(primary) ? bundle(primary) : english;
    this.locale = Locale.forLanguageTag(wordsLanguage);
    this.wordsLanguage = wordsLanguage;
  }

  /**
   * A rubric's report language.
   *
   * @param texts the rubric and its translations
   * @param language a BCP 47 tag, or null for the rubric's own language
   * @return the language the report will be shown in: the one asked for, or the rubric's own when
   *     it has no texts in it
   */
  public static ReportLanguage of(RubricTexts texts, String language) {
    LocalizedRubric shown = language == null ? texts.source() : texts.in(language);
    return new ReportLanguage(shown, shown.language());
  }

  /**
   * This language's rubric texts with the report's own words and numbers in another language, for a
   * report over rubrics that need not all have texts in it (such as a diff of two versions).
   *
   * @param language a BCP 47 tag; its words are English when the bundles lack it
   * @return the language
   */
  public ReportLanguage withWordsIn(String language) {
    return new ReportLanguage(texts, language);
  }

  /**
   * A rubric's own language, for a rubric without translations.
   *
   * @param rubric the rubric
   * @return its report language
   */
  public static ReportLanguage of(Rubric rubric) {
    return of(RubricTexts.of(rubric), null);
  }

  private static Properties bundle(String language) {
    return BUNDLES.computeIfAbsent(
        language,
        l -> {
          String name = "report_" + l + ".properties";
          Properties p = new Properties();
          try (InputStream in = ReportLanguage.class.getResourceAsStream(name)) {
            if (in == null) {
              throw new IllegalStateException("message bundle " + name + " is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return p;
        });
  }

  /**
   * The rubric with its texts in this language, for showing only: the same ids, weights and scales,
   * with names, statements and pole and band labels translated (and no worked examples, whose
   * expected bands name the rubric's own labels). Never score with it.
   */
  private static Rubric display(LocalizedRubric t) {
    Rubric r = t.rubric();
    if (t.translation().isEmpty()) {
      return r;
    }
    List<Pole> poles = new ArrayList<>();
    for (Pole p : r.poles()) {
      var b = Pole.builder().from(p).label(t.poleLabel(p.id()));
      t.poleDescription(p.id()).ifPresent(b::description);
      poles.add(b.build());
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (Dimension d : r.dimensions()) {
      List<Trait> traits = new ArrayList<>();
      for (Trait x : d.traits()) {
        traits.add(Trait.builder().from(x).statement(t.statement(x.id())).build());
      }
      var b = Dimension.builder().from(d).name(t.dimensionName(d.id())).traits(traits);
      t.dimensionDescription(d.id()).ifPresent(b::description);
      dimensions.add(b.build());
    }
    List<Band> bands = new ArrayList<>();
    for (Band band : r.bands()) {
      bands.add(Band.of(t.bandLabel(band.label()), band.from(), band.to()));
    }
    var b =
        Rubric.builder()
            .from(r)
            .title(t.title())
            .poles(poles)
            .dimensions(dimensions)
            .bands(bands)
            .examples(List.of());
    t.description().ifPresent(b::description);
    return b.build();
  }

  /** The language shown, such as {@code de}. */
  public String tag() {
    return texts.language();
  }

  /** The language shown, named in itself with its tag, such as {@code Deutsch (de)}. */
  public String describe() {
    return get("languageName") + " (" + wordsLanguage + ")";
  }

  /** The locale numbers are formatted with. */
  public Locale locale() {
    return locale;
  }

  /** The rubric's texts in this language. */
  public LocalizedRubric texts() {
    return texts;
  }

  /**
   * The rubric with its texts in this language, for names, statements and labels; the same ids,
   * weights and scales as the rubric scored with.
   */
  public Rubric rubric() {
    return display;
  }

  /**
   * A band's label in this language.
   *
   * @param rubricLabel the label a scorecard gives, the rubric's own
   * @return the label shown
   */
  public String band(String rubricLabel) {
    try {
      return texts.bandLabel(rubricLabel);
    } catch (IllegalArgumentException e) {
      return rubricLabel;
    }
  }

  /**
   * One of the report's own words, with {@code {0}}, {@code {1}}… replaced by the arguments.
   *
   * @param key the key
   * @param args the arguments, already formatted
   * @return the text
   */
  public String get(String key, Object... args) {
    String text = words.getProperty(key, english.getProperty(key));
    if (text == null) {
      throw new IllegalArgumentException("no report text '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /**
   * A scorecard's warning in this language.
   *
   * @param w the warning
   * @return a sentence for the reader, from the message bundle; the English message when the
   *     warning lacks the values its code lists
   */
  public String warning(Warning w) {
    List<String> v = w.values();
    String key = "warning." + kebab(w.code());
    return switch (w.code()) {
      case UNKNOWN_TRAIT_IGNORED -> v.size() == 1 ? get(key, w.subject(), v.get(0)) : w.message();
      case ANSWERS_SKIPPED, ANSWERS_NEUTRAL ->
          v.size() == 2 ? get(key, v.get(0), v.get(1)) : w.message();
      case DIMENSION_LOW_COVERAGE ->
          v.size() == 2
              ? get(key, dimension(w.subject()), percent(v.get(0)), percent(v.get(1)))
              : w.message();
      case DIMENSION_NO_WEIGHT -> get(key, dimension(w.subject()));
      case UNDETERMINED -> get(key);
      // a code added to the library later: its words when the bundles have them, with the
      // subject (a dimension by its name), else the English message
      default -> has(key) ? get(key, dimension(w.subject())) : w.message();
    };
  }

  /**
   * Why a dimension of a scorecard did not count, in this language, from the scorecard's warning
   * about it.
   *
   * @param card the scorecard
   * @param dimensionId the dimension
   * @return the reason, or empty when the scorecard has no warning with its values about it
   */
  public Optional<String> exclusion(Scorecard card, String dimensionId) {
    for (Warning w : card.warnings()) {
      if (!w.subject().equals(dimensionId)) {
        continue;
      }
      if (w.code() == Warning.Code.DIMENSION_LOW_COVERAGE && w.values().size() != 2) {
        continue;
      }
      String key = "exclusion." + kebab(w.code());
      if (w.code() != Warning.Code.DIMENSION_LOW_COVERAGE && has(key)) {
        return Optional.of(get(key));
      }
      if (w.code() == Warning.Code.DIMENSION_LOW_COVERAGE && w.values().size() == 2) {
        return Optional.of(
            get(
                "exclusion.dimension-low-coverage",
                percent(w.values().get(0)),
                percent(w.values().get(1))));
      }
    }
    return Optional.empty();
  }

  /**
   * A cohort's warning in this language.
   *
   * @param w the warning
   * @return a sentence for the reader, from the message bundle; the English message when the
   *     warning lacks the values its code lists
   */
  public String warning(CohortWarning w) {
    List<String> v = w.values();
    String key = "cohortWarning." + kebab(w.code());
    return switch (w.code()) {
      case UNKNOWN_COLUMN_IGNORED -> v.size() == 1 ? get(key, w.subject(), v.get(0)) : w.message();
      case TRAIT_COLUMN_MISSING -> get(key, w.subject());
      case ROWS_REJECTED ->
          v.size() == 2
              ? get(key, v.get(0), v.get(1))
              : v.size() == 3 ? get(key + ".cut", v.get(0), v.get(1), v.get(2)) : w.message();
      case RESPONDENTS_UNDETERMINED -> v.size() == 2 ? get(key, v.get(0), v.get(1)) : w.message();
      case ITEM_EXCLUDED ->
          v.size() == 3
              ? get(key + ".same", w.subject(), dimension(v.get(0)), v.get(1), v.get(2))
              : v.size() == 2
                  ? get(
                      key + (v.get(1).equals("0") ? ".none" : ".one"),
                      w.subject(),
                      dimension(v.get(0)))
                  : w.message();
      case RELIABILITY_UNAVAILABLE ->
          v.size() == 1
              ? get(key + ".few", dimension(w.subject()), v.get(0))
              : v.size() == 3
                  ? get(
                      key + (v.get(2).equals("0") ? ".pairNone" : ".pairOne"),
                      dimension(w.subject()),
                      v.get(0),
                      v.get(1))
                  : w.message();
      case POSSIBLY_MISKEYED ->
          v.size() == 3
              ? get(
                  key,
                  w.subject(),
                  dimension(v.get(0)),
                  number("%.3f", Double.parseDouble(v.get(1))),
                  pole(v.get(2)))
              : w.message();
      default -> has(key) ? get(key, w.subject()) : w.message();
    };
  }

  /**
   * Why a row was rejected, in this language: each of its problems worded from its code and values,
   * what the file gave (cell, column) shown as given.
   *
   * @param e the row error
   * @return the reasons, separated by "; "; the English reason when the error has no problems (or
   *     one lacks the values its code lists)
   */
  public String reason(RowError e) {
    List<String> texts = new ArrayList<>();
    for (RowProblem p : e.problems()) {
      String text = problem(p);
      if (text == null) {
        return e.reason();
      }
      texts.add(text);
    }
    return texts.isEmpty() ? e.reason() : String.join(get("reasonSeparator"), texts);
  }

  /** One reason a row was rejected, prefixed by its column; null when it lacks its values. */
  private String problem(RowProblem p) {
    List<String> v = p.values();
    String key = "problem." + kebab(p.code());
    String text =
        switch (p.code()) {
          case UNANSWERED -> get(key);
          case MALFORMED_RECORD, UNKNOWN_TRAIT, NOT_AN_OBJECT ->
              v.size() == 1 ? get(key, v.get(0)) : null;
          case FIELD_COUNT, NOT_AN_ANSWER, OUT_OF_SCALE, WRONG_RUBRIC ->
              v.size() == 2 ? get(key, v.get(0), v.get(1)) : null;
          // a code added to the library later: the English reason until the bundles word it
          default -> null;
        };
    if (text == null) {
      return null;
    }
    return p.column().isPresent() ? get("problem.inColumn", p.column().get(), text) : text;
  }

  /** Whether the bundles have a text for a key. */
  private boolean has(String key) {
    return words.getProperty(key, english.getProperty(key)) != null;
  }

  private static String kebab(Enum<?> code) {
    return code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A dimension's name in this language, or its id when the rubric has no such dimension. */
  private String dimension(String id) {
    return display.dimension(id).map(Dimension::name).orElse(id);
  }

  /** A pole's label in this language, or its id when the rubric has no such pole. */
  private String pole(String id) {
    return display.pole(id).map(Pole::label).orElse(id);
  }

  /** A fraction from 0 to 1, given as text, as a percentage in this language. */
  private String percent(String fraction) {
    double p = Double.parseDouble(fraction) * 100;
    String n = p == Math.rint(p) ? number("%.0f", p) : number("%.1f", p);
    return get("percent", n);
  }

  /**
   * A number written in full (as {@link Double#toString(double)} writes it, so never rounded), with
   * this language's decimal separator; for numbers a user gave, such as a target index.
   *
   * @param value the number
   * @return the text
   */
  public String exact(double value) {
    char separator = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return Double.toString(value).replace('.', separator);
  }

  /**
   * A number formatted for this language.
   *
   * @param pattern a {@link String#format} pattern such as {@code %+.3f}
   * @param value the number
   * @return the text, with this language's decimal separator
   */
  public String number(String pattern, double value) {
    return String.format(locale, pattern, value);
  }
}
