package dev.centricity.core.io;

import dev.centricity.core.RubricFormatException;
import dev.centricity.core.Scorecard;
import dev.centricity.core.internal.JsonSupport;
import dev.centricity.core.internal.Reading;
import dev.centricity.core.internal.Reading.Syntax;
import java.util.Objects;

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
    return JsonSupport.json().writeValueAsString(scorecard);
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
   * Reads a scorecard written by {@link #toJson(Scorecard)}.
   *
   * @param json the text
   * @return the scorecard
   * @throws RubricFormatException if the text cannot be read as a scorecard
   */
  public static Scorecard fromJson(String json) {
    return Reading.read(
        Objects.requireNonNull(json, "json"), Syntax.JSON, Scorecard.class, "<json>");
  }
}
