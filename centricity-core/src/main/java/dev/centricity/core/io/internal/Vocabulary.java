package dev.centricity.core.io.internal;

import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import dev.centricity.core.internal.CompiledRubric;
import dev.centricity.core.io.CohortMapping;
import dev.centricity.core.text.LocalizedRubric;
import dev.centricity.core.text.RubricTexts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a cohort file is read with, for one rubric, its texts in every language and a mapping:
 * trait statements (to match columns), point labels per trait (to read cells), missing words, and
 * the mapping's column entries, all keyed by {@link TextKey}. Built once per file; immutable after.
 */
final class Vocabulary {

  /** A key that two traits (or two points) share, so it names neither. */
  static final int AMBIGUOUS = -2;

  /**
   * Words for "no answer" in every language the default rubrics ship in (en, de, fr, es), on top of
   * the rubric's translations' own: what survey tools write for a skipped or "don't know" answer.
   */
  static final List<String> DEFAULT_MISSING =
      List.of(
          "n/a",
          "na",
          "-",
          ".",
          "don't know",
          "do not know",
          "dont know",
          "no answer",
          "not applicable",
          "weiß nicht",
          "weiss nicht",
          "keine angabe",
          "k.a.",
          "k. a.",
          "je ne sais pas",
          "ne sais pas",
          "sans réponse",
          "pas de réponse",
          "nsp",
          "no sé",
          "no lo sé",
          "no sabe",
          "sin respuesta",
          "ns/nc");

  final CompiledRubric compiled;

  /** Statement key to trait position, or AMBIGUOUS. */
  final Map<String, Integer> statements;

  /** Statement key shared by two or more traits (in any languages) to their ids. */
  final Map<String, java.util.Set<String>> sharedStatements;

  /** Per trait position: label key to point, or AMBIGUOUS; shared by traits of one scale. */
  final Map<String, Integer>[] labels;

  /** Missing-word keys. */
  final Set<String> missing;

  /** Mapping header (exact, and by key) to trait position; -1 for an id the rubric lacks. */
  final Map<String, Integer> mappedExact;

  final Map<String, Integer> mappedByKey;

  @SuppressWarnings("unchecked")
  Vocabulary(Rubric rubric, RubricTexts texts, CohortMapping mapping) {
    this.compiled = CompiledRubric.of(rubric);
    List<LocalizedRubric> languages = texts.languages().stream().map(texts::in).toList();
    statements = new HashMap<>();
    sharedStatements = new HashMap<>();
    for (LocalizedRubric l : languages) {
      for (int t = 0; t < compiled.traitCount; t++) {
        String key = TextKey.of(l.statement(compiled.traitIds[t]));
        if (!key.isEmpty()) {
          Integer before = statements.get(key);
          if (before == null) {
            statements.put(key, t);
          } else if (before != t) {
            statements.put(key, AMBIGUOUS);
            java.util.Set<String> ids =
                sharedStatements.computeIfAbsent(key, k -> new java.util.LinkedHashSet<>());
            if (before >= 0) {
              ids.add(compiled.traitIds[before]);
            }
            ids.add(compiled.traitIds[t]);
          }
        }
      }
    }
    Map<String, Map<String, Integer>> byScale = new HashMap<>();
    labels = new Map[compiled.traitCount];
    for (int t = 0; t < compiled.traitCount; t++) {
      Trait trait = rubric.trait(compiled.traitIds[t]).orElseThrow();
      labels[t] =
          byScale.computeIfAbsent(trait.scale(), scale -> scaleLabels(scale, languages, mapping));
    }
    missing = new HashSet<>();
    for (String w : DEFAULT_MISSING) {
      missing.add(TextKey.of(w));
    }
    for (LocalizedRubric l : languages) {
      l.missingWords().forEach(w -> missing.add(TextKey.of(w)));
    }
    mapping.missing().forEach(w -> missing.add(TextKey.of(w)));
    mappedExact = new HashMap<>();
    mappedByKey = new HashMap<>();
    mapping
        .columns()
        .forEach(
            (header, id) -> {
              int t = compiled.position(id);
              mappedExact.put(header.strip(), t);
              mappedByKey.merge(TextKey.of(header), t, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            });
  }

  private static Map<String, Integer> scaleLabels(
      String scale, List<LocalizedRubric> languages, CohortMapping mapping) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (LocalizedRubric l : languages) {
      List<String> points = l.pointLabels(scale);
      for (int p = 0; p < points.size(); p++) {
        out.merge(TextKey.of(points.get(p)), p + 1, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
      }
    }
    // the mapping's labels win: for every scale first, then the scale's own over those
    Map<String, Integer> all = mapping.labels().get(CohortMapping.ALL_SCALES);
    if (all != null) {
      all.forEach((label, point) -> out.put(TextKey.of(label), point));
    }
    Map<String, Integer> own = mapping.labels().get(scale);
    if (own != null) {
      own.forEach((label, point) -> out.put(TextKey.of(label), point));
    }
    return out;
  }

  /**
   * The trait a text names as a statement: the whole text; else the row text of the grid form
   * {@code Question [Row text]}; else, if {@code dashed}, the part after the last {@code " - "}
   * (Qualtrics writes a matrix row's text as {@code Question - Row text}).
   *
   * @return {trait position, 0 for a statement or 1 for a grid row}, or null
   */
  int[] statement(String text, boolean dashed) {
    Integer t = statements.get(TextKey.of(text));
    if (t != null && t >= 0) {
      return new int[] {t, 0};
    }
    String s = text.strip();
    if (s.endsWith("]")) {
      int open = s.lastIndexOf('[');
      if (open > 0) {
        Integer g = statements.get(TextKey.of(s.substring(open + 1, s.length() - 1)));
        if (g != null && g >= 0) {
          return new int[] {g, 1};
        }
      }
    }
    if (dashed) {
      int dash = s.lastIndexOf(" - ");
      if (dash > 0) {
        Integer d = statements.get(TextKey.of(s.substring(dash + 3)));
        if (d != null && d >= 0) {
          return new int[] {d, 0};
        }
      }
    }
    return null;
  }

  /**
   * The traits a text names as a statement when it names more than one (the statements of two
   * traits, perhaps in two languages, are the same once normalised), else an empty set.
   */
  java.util.Set<String> sharedBy(String text, boolean dashed) {
    java.util.Set<String> ids = sharedStatements.get(TextKey.of(text));
    if (ids != null) {
      return ids;
    }
    String s = text.strip();
    if (s.endsWith("]") && s.lastIndexOf('[') > 0) {
      ids = sharedStatements.get(TextKey.of(s.substring(s.lastIndexOf('[') + 1, s.length() - 1)));
      if (ids != null) {
        return ids;
      }
    }
    if (dashed && s.lastIndexOf(" - ") > 0) {
      ids = sharedStatements.get(TextKey.of(s.substring(s.lastIndexOf(" - ") + 3)));
      if (ids != null) {
        return ids;
      }
    }
    return java.util.Set.of();
  }

  /** The trait a mapping entry gives a text, -1 for an id the rubric lacks, or null for none. */
  Integer mapped(String text) {
    Integer t = mappedExact.get(text.strip());
    if (t == null) {
      t = mappedByKey.get(TextKey.of(text));
    }
    return t == null || t == AMBIGUOUS ? null : t;
  }
}
