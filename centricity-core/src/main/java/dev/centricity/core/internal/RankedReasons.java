package dev.centricity.core.internal;

import dev.centricity.core.Contribution;
import dev.centricity.core.Scorecard;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Ranks a scorecard's contributions towards each pole, for {@link Scorecard#reasons()}. */
public final class RankedReasons {

  private RankedReasons() {}

  /**
   * The ranked contributions towards every pole of the profile.
   *
   * @param card the scorecard
   * @return pole id → contributions with a positive share for it, largest first, rubric order on
   *     ties; empty when the scorecard is undetermined
   */
  public static Map<String, List<Contribution>> of(Scorecard card) {
    if (!card.determined()) {
      return Map.of();
    }
    List<Contribution> all = card.contributions();
    Map<String, List<Contribution>> out = new LinkedHashMap<>();
    for (String pole : card.profile().keySet()) {
      out.put(pole, rank(all, pole));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The ranked contributions towards one pole.
   *
   * @param card the scorecard
   * @param pole the pole's id
   * @return the contributions with a positive share for it, largest first, rubric order on ties
   * @throws IllegalArgumentException if the scorecard is determined and has no such pole
   */
  public static List<Contribution> towards(Scorecard card, String pole) {
    if (!card.determined()) {
      return List.of();
    }
    if (!card.profile().containsKey(pole)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "no pole '%s' in the scorecard; its poles are %s",
              pole,
              card.profile().keySet()));
    }
    return rank(card.contributions(), pole);
  }

  private static List<Contribution> rank(List<Contribution> all, String pole) {
    List<Contribution> towards = new ArrayList<>();
    for (Contribution c : all) {
      if (c.vector().get(pole) > 0) {
        towards.add(c);
      }
    }
    // List.sort is stable, and the contributions come in the rubric's order: equal shares keep it.
    towards.sort((a, b) -> Double.compare(b.vector().get(pole), a.vector().get(pole)));
    return Collections.unmodifiableList(towards);
  }
}
