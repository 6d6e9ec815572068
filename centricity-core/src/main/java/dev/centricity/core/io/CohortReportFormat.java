package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.cohort.CohortComparison;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import java.util.Objects;

/**
 * Writes cohort reports and comparisons as JSON and reads them back: reading what was written gives
 * an equal value, bit for bit. Absent figures are left out, never written as NaN.
 *
 * <p>All methods are static and thread-safe.
 */
public final class CohortReportFormat {

  private CohortReportFormat() {}

  /**
   * Writes a report as compact JSON.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String toJson(CohortReport report) {
    return JsonSupport.json().writeValueAsString(report);
  }

  /**
   * Writes a report as indented JSON.
   *
   * @param report the report
   * @return the JSON text
   */
  public static String toPrettyJson(CohortReport report) {
    return JsonSupport.prettyJson().writeValueAsString(report);
  }

  /**
   * Reads a report written by {@link #toJson(CohortReport)}.
   *
   * @param json the text
   * @return the report
   * @throws FormatException if the text cannot be read as a report
   */
  public static CohortReport fromJson(String json) {
    return Reading.read(
        Objects.requireNonNull(json, "json"), Syntax.JSON, CohortReport.class, "<json>");
  }

  /**
   * Writes a comparison as compact JSON.
   *
   * @param comparison the comparison
   * @return the JSON text
   */
  public static String toJson(CohortComparison comparison) {
    return JsonSupport.json().writeValueAsString(comparison);
  }

  /**
   * Reads a comparison written by {@link #toJson(CohortComparison)}.
   *
   * @param json the text
   * @return the comparison
   * @throws FormatException if the text cannot be read as a comparison
   */
  public static CohortComparison comparisonFromJson(String json) {
    return Reading.read(
        Objects.requireNonNull(json, "json"), Syntax.JSON, CohortComparison.class, "<json>");
  }
}
