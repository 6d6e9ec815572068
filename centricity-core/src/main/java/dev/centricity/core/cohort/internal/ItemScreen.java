package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.internal.CompiledRubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which items of a dimension enter its reliability: those with at least two answers that are not
 * all the same. Each item left out is named, with a warning saying why.
 *
 * @param kept the kept items, as positions within the dimension, in rubric order
 * @param excluded the trait ids of the items left out, in rubric order
 */
record ItemScreen(int[] kept, List<String> excluded) {

  /** Screens the items of the accumulator's dimension, adding a warning per item left out. */
  static ItemScreen of(
      CompiledRubric layout, ReliabilityAccumulator acc, List<CohortWarning> warnings) {
    String dimension = layout.dimensionIds[acc.dimension];
    List<String> excluded = new ArrayList<>();
    int[] kept = new int[acc.size];
    int p = 0;
    for (int i = 0; i < acc.size; i++) {
      String trait = layout.traitIds[acc.start + i];
      if (acc.n[i] < 2) {
        excluded.add(trait);
        warnings.add(
            excludedWarning(
                trait,
                dimension,
                String.format(
                    Locale.ROOT,
                    "it has %d %s, and a variance needs two",
                    acc.n[i],
                    acc.n[i] == 1 ? "answer" : "answers"),
                List.of(dimension, Long.toString(acc.n[i]))));
      } else if (acc.min[i] == acc.max[i]) {
        excluded.add(trait);
        warnings.add(
            excludedWarning(
                trait,
                dimension,
                String.format(
                    Locale.ROOT,
                    "it has no variance (all %d answers are %d)",
                    acc.n[i],
                    acc.min[i]),
                List.of(dimension, Long.toString(acc.n[i]), Long.toString(acc.min[i]))));
      } else {
        kept[p++] = i;
      }
    }
    return new ItemScreen(java.util.Arrays.copyOf(kept, p), List.copyOf(excluded));
  }

  private static CohortWarning excludedWarning(
      String trait, String dimension, String why, List<String> values) {
    return CohortWarning.of(
        CohortWarning.Code.ITEM_EXCLUDED,
        trait,
        String.format(
            Locale.ROOT,
            "trait '%s' was left out of the reliability of dimension '%s': %s",
            trait,
            dimension,
            why),
        values);
  }
}
