package dev.centricity.core.text.internal;

import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import dev.centricity.core.text.Translation;
import dev.centricity.core.text.TranslationCoverage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of a translation: what it must satisfy alone, what it must satisfy against its rubric,
 * and how much of the rubric it covers. Every problem carries its path in the translation file
 * layout.
 */
public final class TranslationCheck {

  /** Language tags: a 2–3 letter language, then subtags of 1–8 letters or digits. */
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private TranslationCheck() {}

  /**
   * The canonical form of a language tag ({@code DE-ch} becomes {@code de-CH}), or the tag as given
   * when it is malformed, so that {@link #alone} can report it.
   *
   * @param tag a BCP 47 language tag
   * @return the canonical tag
   */
  public static String canonicalLanguage(String tag) {
    if (!LANGUAGE.matcher(tag).matches()) {
      return tag;
    }
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      return tag;
    }
  }

  /**
   * Whether a language tag is well-formed.
   *
   * @param tag the tag
   * @return true when it is a BCP 47 tag of the form the library accepts
   */
  public static boolean wellFormedLanguage(String tag) {
    if (!LANGUAGE.matcher(tag).matches()) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /**
   * The problems a translation has on its own.
   *
   * @param t the translation
   * @return every problem, in file order; empty when there is none
   */
  public static List<Problem> alone(Translation t) {
    List<Problem> problems = new ArrayList<>();
    if (t.rubricId().isBlank()) {
      problems.add(new Problem("/translation/rubric", "the rubric's id is blank"));
    }
    if (t.rubricVersion().isBlank()) {
      problems.add(new Problem("/translation/rubric", "the rubric's version is blank"));
    }
    if (!wellFormedLanguage(t.language())) {
      problems.add(
          new Problem(
              "/translation/language",
              "language must be a BCP 47 tag such as de or pt-BR but was '"
                  + abbreviate(t.language())
                  + "'"));
    }
    t.title().ifPresent(x -> text(problems, "/title", x));
    t.description().ifPresent(x -> text(problems, "/description", x));
    texts(problems, "/poles", t.poles());
    texts(problems, "/poleDescriptions", t.poleDescriptions());
    for (Map.Entry<String, List<String>> e : t.scales().entrySet()) {
      String path = "/scales/" + Problem.escape(e.getKey());
      id(problems, path, e.getKey());
      if (e.getValue().isEmpty()) {
        problems.add(new Problem(path, "a scale needs its point labels but has none"));
      }
      for (int i = 0; i < e.getValue().size(); i++) {
        text(problems, path + "/" + i, e.getValue().get(i));
      }
    }
    texts(problems, "/dimensions", t.dimensions());
    texts(problems, "/dimensionDescriptions", t.dimensionDescriptions());
    texts(problems, "/traits", t.traits());
    texts(problems, "/bands", t.bands());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < t.missing().size(); i++) {
      String word = t.missing().get(i);
      text(problems, "/missing/" + i, word);
      if (!word.isBlank() && !seen.add(word.strip().toLowerCase(Locale.ROOT))) {
        problems.add(
            new Problem("/missing/" + i, "the word '" + abbreviate(word) + "' is listed twice"));
      }
    }
    return problems;
  }

  private static void texts(List<Problem> problems, String at, Map<String, String> texts) {
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String path = at + "/" + Problem.escape(e.getKey());
      id(problems, path, e.getKey());
      text(problems, path, e.getValue());
    }
  }

  private static void id(List<Problem> problems, String path, String id) {
    if (id.isBlank()) {
      problems.add(new Problem(path, "an id or label is blank"));
    }
  }

  private static void text(List<Problem> problems, String path, String text) {
    if (text.isBlank()) {
      problems.add(new Problem(path, "the text is blank; leave it out to fall back"));
    }
  }

  /**
   * The problems of a translation against the rubric it translates.
   *
   * @param t the translation
   * @param rubric the rubric
   * @return every problem, in file order; empty when there is none
   */
  public static List<Problem> against(Translation t, Rubric rubric) {
    List<Problem> problems = new ArrayList<>();
    if (!t.rubricId().equals(rubric.id())) {
      problems.add(
          new Problem(
              "/translation/rubric",
              "translates rubric '"
                  + abbreviate(t.rubricId())
                  + "' but the rubric is '"
                  + rubric.id()
                  + "'"));
    } else if (!t.rubricVersion().equals(rubric.version())) {
      problems.add(
          new Problem(
              "/translation/rubric",
              "translates version "
                  + abbreviate(t.rubricVersion())
                  + " of rubric '"
                  + rubric.id()
                  + "' but the rubric is version "
                  + rubric.version()));
    }
    if (t.title().isPresent() && rubric.title().isEmpty()) {
      problems.add(new Problem("/title", "the rubric has no title to translate"));
    }
    if (t.description().isPresent() && rubric.description().isEmpty()) {
      problems.add(new Problem("/description", "the rubric has no description to translate"));
    }
    known(problems, "/poles", "pole", t.poles(), rubric.poles(), Pole::id, null);
    known(
        problems,
        "/poleDescriptions",
        "pole",
        t.poleDescriptions(),
        rubric.poles(),
        Pole::id,
        p -> p.description().isPresent());
    for (Map.Entry<String, List<String>> e : t.scales().entrySet()) {
      String path = "/scales/" + Problem.escape(e.getKey());
      Optional<Scale> scale = rubric.scale(e.getKey());
      int labels = e.getValue().size();
      if (scale.isEmpty()) {
        problems.add(
            new Problem(path, unknown("scale", e.getKey(), ids(rubric.scales(), Scale::id))));
      } else if (labels != scale.get().size() && labels > 0) {
        problems.add(
            new Problem(
                path,
                String.format(
                    Locale.ROOT,
                    "has %d point label%s but scale '%s' has %d points",
                    labels,
                    labels == 1 ? "" : "s",
                    e.getKey(),
                    scale.get().size())));
      }
    }
    known(
        problems,
        "/dimensions",
        "dimension",
        t.dimensions(),
        rubric.dimensions(),
        Dimension::id,
        null);
    known(
        problems,
        "/dimensionDescriptions",
        "dimension",
        t.dimensionDescriptions(),
        rubric.dimensions(),
        Dimension::id,
        d -> d.description().isPresent());
    known(problems, "/traits", "trait", t.traits(), rubric.allTraits(), Trait::id, null);
    known(problems, "/bands", "band", t.bands(), rubric.bands(), Band::label, null);
    return problems;
  }

  /**
   * Reports every key of {@code given} the rubric has no item for, and, when {@code described} is
   * given, every item that has no description to translate.
   */
  private static <T> void known(
      List<Problem> problems,
      String at,
      String what,
      Map<String, ?> given,
      List<T> items,
      Function<T, String> key,
      Predicate<T> described) {
    List<String> keys = ids(items, key);
    for (String k : given.keySet()) {
      String path = at + "/" + Problem.escape(k);
      int i = keys.indexOf(k);
      if (i < 0) {
        problems.add(new Problem(path, unknown(what, k, keys)));
      } else if (described != null && !described.test(items.get(i))) {
        problems.add(
            new Problem(path, what + " '" + k + "' has no description in the rubric to translate"));
      }
    }
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> key) {
    return items.stream().map(key).collect(Collectors.toList());
  }

  private static String unknown(String what, String id, List<String> known) {
    String list =
        known.size() <= 12 ? "; it has: " + String.join(", ", known) : "; it has " + known.size();
    return "the rubric has no "
        + what
        + " '"
        + abbreviate(id)
        + "'"
        + (known.isEmpty() ? "" : list);
  }

  /**
   * How much of a rubric a translation covers; the translation must fit the rubric.
   *
   * @param t the translation, or null for the rubric's own texts (all covered)
   * @param rubric the rubric
   * @return the coverage
   */
  public static TranslationCoverage coverage(Translation t, Rubric rubric) {
    Counter c = new Counter(t == null);
    rubric.title().ifPresent(x -> c.count("/title", t != null && t.title().isPresent(), 1));
    rubric
        .description()
        .ifPresent(x -> c.count("/description", t != null && t.description().isPresent(), 1));
    for (Pole p : rubric.poles()) {
      c.count(path("/poles", p.id()), t != null && t.poles().containsKey(p.id()), 1);
    }
    for (Pole p : rubric.poles()) {
      if (p.description().isPresent()) {
        c.count(
            path("/poleDescriptions", p.id()),
            t != null && t.poleDescriptions().containsKey(p.id()),
            1);
      }
    }
    for (Scale s : rubric.scales()) {
      c.count(path("/scales", s.id()), t != null && t.scales().containsKey(s.id()), s.size());
    }
    for (Dimension d : rubric.dimensions()) {
      c.count(path("/dimensions", d.id()), t != null && t.dimensions().containsKey(d.id()), 1);
    }
    for (Dimension d : rubric.dimensions()) {
      if (d.description().isPresent()) {
        c.count(
            path("/dimensionDescriptions", d.id()),
            t != null && t.dimensionDescriptions().containsKey(d.id()),
            1);
      }
    }
    for (Trait x : rubric.allTraits()) {
      c.count(path("/traits", x.id()), t != null && t.traits().containsKey(x.id()), 1);
    }
    for (Band b : rubric.bands()) {
      c.count(path("/bands", b.label()), t != null && t.bands().containsKey(b.label()), 1);
    }
    return new TranslationCoverage(c.texts, c.translated, c.untranslated);
  }

  private static String path(String at, String id) {
    return at + "/" + Problem.escape(id);
  }

  private static final class Counter {
    int texts;
    int translated;
    final List<String> untranslated = new ArrayList<>();
    final boolean own;

    Counter(boolean own) {
      this.own = own;
    }

    void count(String path, boolean present, int n) {
      texts += n;
      if (own || present) {
        translated += n;
      } else {
        untranslated.add(path);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
