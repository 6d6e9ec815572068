package dev.centricity.core.io;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import dev.centricity.core.Scorecard;
import dev.centricity.core.internal.CardFigures;
import dev.centricity.core.io.internal.FullJson;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import dev.centricity.core.io.internal.SummaryJson;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Writes scorecards as JSON and reads them back: reading what was written gives an equal scorecard,
 * bit for bit. Absent figures (the index of an undetermined scorecard, say) are left out, never
 * written as NaN.
 *
 * <p>All methods are static and thread-safe.
 */
public final class ScorecardFormat {

  private ScorecardFormat() {}

  /**
   * Writes a scorecard as compact JSON, on one line.
   *
   * @param scorecard the scorecard
   * @return the JSON text
   */
  public static String toJson(Scorecard scorecard) {
    if (scorecard instanceof CardFigures) {
      // The library's own scorecard: the same text, written from its numbers (FullJson).
      return FullJson.of(scorecard);
    }
    return JsonSupport.json().writeValueAsString(scorecard);
  }

  /**
   * Writes the summary form of a scorecard as compact JSON, on one line: what a service answering
   * many requests usually sends back. It holds the rubric's identity ({@code id}, {@code version},
   * {@code hash}), the {@code respondent} when there is one, {@code determined}, {@code index},
   * {@code score}, {@code band}, {@code strengths}, {@code quadrant}, {@code coverage}, {@code
   * alignment}, and {@code dimensions}: each dimension's {@code id}, {@code index} and {@code
   * band}. Every value is written exactly as in {@link #toJson(Scorecard)}, absent figures are left
   * out the same way, and there are no contributions, profiles, warnings or policy (docs/model.md,
   * "Scorecard JSON").
   *
   * <p>The summary is output only: it leaves out what a scorecard needs to be read back (the
   * policy, the profile, the contributions), so {@link #fromJson(String)} refuses it. Keep the full
   * form where a scorecard must be stored and read again.
   *
   * @param scorecard the scorecard
   * @return the JSON text
   */
  public static String toSummaryJson(Scorecard scorecard) {
    return SummaryJson.of(Objects.requireNonNull(scorecard, "scorecard"));
  }

  /**
   * Writes a scorecard as indented JSON.
   *
   * @param scorecard the scorecard
   * @return the JSON text
   */
  public static String toPrettyJson(Scorecard scorecard) {
    return JsonSupport.prettyJson().writeValueAsString(scorecard);
  }

  /**
   * Reads a scorecard written by {@link #toJson(Scorecard)}. The figures must be those a scorer
   * gives: every number finite, and when the scorecard is determined its profile summing to 1, its
   * contributions adding up to P − u (each within 1e-9) and, with two poles, the index equal to the
   * difference of the two shares and the score to 50(I + 1) (within 1e-12). A scorecard that breaks
   * one of these was not written by the library, so it is refused rather than read as it is.
   *
   * @param json the text
   * @return the scorecard
   * @throws FormatException if the text cannot be read as a scorecard, or its figures contradict
   *     each other
   */
  public static Scorecard fromJson(String json) {
    Scorecard card =
        Reading.read(Objects.requireNonNull(json, "json"), Syntax.JSON, Scorecard.class, "<json>");
    requireFinite(card);
    requireInRange(card);
    requireConsistent(card);
    return card;
  }

  /** Rounding a scorer leaves in a figure that is not clamped (shares, weights, margins). */
  private static final double ROUNDING = 1e-9;

  /**
   * Refuses figures outside the ranges of the model (docs/model.md): the index in [−1, 1], the
   * score in [0, 100], coverage, alignment and strengths in [0, 1] (the scorer clamps these), and
   * shares, margins, answer values and overall weights in [0, 1] and dimension weights ≥ 0, to
   * rounding.
   */
  private static void requireInRange(Scorecard card) {
    range("/profile", card.profile(), 0, 1, ROUNDING);
    range("/index", card.index(), -1, 1, 0);
    range("/score", card.score(), 0, 100, 0);
    range("/margin", card.margin(), 0, 1, ROUNDING);
    range("/strengths", card.strengths(), 0, 1, 0);
    range("/coverage", card.coverage(), 0, 1, 0);
    range("/alignment", card.alignment(), 0, 1, 0);
    for (int i = 0; i < card.dimensions().size(); i++) {
      DimensionScore d = card.dimensions().get(i);
      String p = "/dimensions/" + i;
      range(p + "/weight", d.weight(), 0, Double.MAX_VALUE, 0);
      range(p + "/coverage", d.coverage(), 0, 1, 0);
      range(p + "/profile", d.profile(), 0, 1, ROUNDING);
      range(p + "/index", d.index(), -1, 1, ROUNDING);
      range(p + "/strengths", d.strengths(), 0, 1, 0);
    }
    for (int i = 0; i < card.contributions().size(); i++) {
      Contribution c = card.contributions().get(i);
      String p = "/contributions/" + i;
      range(p + "/value", c.value(), 0, 1, 0);
      range(p + "/weight", c.weight(), 0, 1, ROUNDING);
      range(p + "/index", c.index(), -1, 1, ROUNDING);
    }
  }

  private static void range(
      String path, Map<String, Double> values, double low, double high, double slack) {
    values.forEach((k, v) -> range(path + "/" + Problem.escape(k), v, low, high, slack));
  }

  private static void range(
      String path, OptionalDouble value, double low, double high, double slack) {
    if (value.isPresent()) {
      range(path, value.getAsDouble(), low, high, slack);
    }
  }

  private static void range(String path, double value, double low, double high, double slack) {
    if (value < low - slack || value > high + slack) {
      String what = path.substring(path.lastIndexOf('/') + 1);
      throw new FormatException(
          "<json>",
          path,
          0,
          0,
          high == Double.MAX_VALUE
              ? String.format(Locale.ROOT, "%s must be >= %s but was %s", what, low, value)
              : String.format(
                  Locale.ROOT, "%s must lie in [%s, %s] but was %s", what, low, high, value),
          null);
    }
  }

  private static void requireConsistent(Scorecard card) {
    if (!card.determined()) {
      return;
    }
    Map<String, Double> profile = card.profile();
    double sum = 0;
    for (double share : profile.values()) {
      sum += share;
    }
    if (Math.abs(sum - 1.0) > 1e-9) {
      inconsistent("/profile", "the shares of the profile sum to " + sum + ", not 1");
    }
    double centre = 1.0 / profile.size();
    for (Map.Entry<String, Double> pole : profile.entrySet()) {
      double total = 0;
      for (Contribution c : card.contributions()) {
        total += c.vector().getOrDefault(pole.getKey(), 0.0);
      }
      double expected = pole.getValue() - centre;
      if (Math.abs(total - expected) > 1e-9) {
        inconsistent(
            "/contributions",
            String.format(
                Locale.ROOT,
                "the contributions towards '%s' add up to %s, not P − u = %s",
                pole.getKey(),
                total,
                expected));
      }
    }
    if (profile.size() == 2 && card.index().isPresent()) {
      double[] shares = profile.values().stream().mapToDouble(Double::doubleValue).toArray();
      double index = card.index().getAsDouble();
      if (Math.abs(index - (shares[1] - shares[0])) > 1e-12) {
        inconsistent(
            "/index", "the index " + index + " is not the difference of the profile's shares");
      }
      if (card.score().isPresent()
          && Math.abs(card.score().getAsDouble() - 50.0 * (index + 1.0)) > 1e-12) {
        inconsistent("/score", "the score " + card.score().getAsDouble() + " is not 50(I + 1)");
      }
    }
  }

  private static void inconsistent(String path, String reason) {
    throw new FormatException("<json>", path, 0, 0, reason, null);
  }

  /** Refuses a scorecard with a figure that is not a finite number, which no scorer produces. */
  private static void requireFinite(Scorecard card) {
    finite("/profile", card.profile());
    finite("/index", card.index());
    finite("/score", card.score());
    finite("/margin", card.margin());
    finite("/strengths", card.strengths());
    finite("/coverage", card.coverage());
    finite("/alignment", card.alignment());
    for (int i = 0; i < card.dimensions().size(); i++) {
      DimensionScore d = card.dimensions().get(i);
      String p = "/dimensions/" + i;
      finite(p + "/weight", d.weight());
      finite(p + "/coverage", d.coverage());
      finite(p + "/profile", d.profile());
      finite(p + "/index", d.index());
      finite(p + "/strengths", d.strengths());
    }
    for (int i = 0; i < card.contributions().size(); i++) {
      Contribution c = card.contributions().get(i);
      String p = "/contributions/" + i;
      finite(p + "/value", c.value());
      finite(p + "/weight", c.weight());
      finite(p + "/vector", c.vector());
      finite(p + "/index", c.index());
    }
  }

  private static void finite(String path, Map<String, Double> values) {
    values.forEach((k, v) -> finite(path + "/" + Problem.escape(k), v));
  }

  private static void finite(String path, OptionalDouble value) {
    if (value.isPresent()) {
      finite(path, value.getAsDouble());
    }
  }

  private static void finite(String path, double value) {
    if (!Double.isFinite(value)) {
      throw new FormatException(
          "<json>", path, 0, 0, "expected a finite number but found " + value, null);
    }
  }
}
