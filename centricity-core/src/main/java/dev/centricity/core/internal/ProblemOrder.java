package dev.centricity.core.internal;

import dev.centricity.core.Problem;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a rubric's problems are reported: as their paths appear in a rubric file, keys
 * in the order the file's layout writes them and list positions by number, so that a long list of
 * problems reads top to bottom beside the file.
 */
final class ProblemOrder {

  private ProblemOrder() {}

  /** The keys of every type of the rubric file, in the order the rubric's layout writes them. */
  static final List<String> KEYS =
      List.of(
          "id",
          "version",
          "name",
          "label",
          "title",
          "publisher",
          "description",
          "statement",
          "keyed",
          "contrast",
          "from",
          "to",
          "scale",
          "points",
          "weight",
          "traits",
          "sources",
          "article",
          "claims",
          "summary",
          "poles",
          "scales",
          "dimensions",
          "bands",
          "strengthThreshold",
          "policy",
          "references",
          "metadata",
          "examples",
          "answers",
          "expect",
          "index",
          "band",
          "leadingPole");

  /** Orders JSON Pointers as their values appear in a rubric file. */
  static final Comparator<Problem> IN_FILE_ORDER =
      (a, b) -> {
        String[] x = a.path().split("/", -1);
        String[] y = b.path().split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
          int c = compareToken(x[i], y[i]);
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(x.length, y.length);
      };

  private static int compareToken(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    int ka = KEYS.indexOf(a);
    int kb = KEYS.indexOf(b);
    if (ka >= 0 && kb >= 0) {
      return Integer.compare(ka, kb);
    }
    return 0; // e.g. two answer keys: keep the order they were found in
  }
}
