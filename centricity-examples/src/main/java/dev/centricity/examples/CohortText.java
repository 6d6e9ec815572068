package dev.centricity.examples;

import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.CohortComparison;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.Difference;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.IntraclassCorrelation;
import dev.centricity.core.cohort.ItemStatistics;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.core.cohort.RowError;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** Renders cohort reports and comparisons as plain text for a terminal. */
public final class CohortText {

  /** Mean r_wg(J) below this marks a group whose members disagree. */
  public static final double LOW_AGREEMENT = 0.7;

  private CohortText() {}

  /**
   * Renders a cohort report: the whole cohort, a line per group with its interval and agreement,
   * agreement between groups, reliability per dimension, rejected rows and warnings.
   *
   * @param report the report
   * @param rubric the rubric it was computed with
   * @return the text
   */
  public static String render(CohortReport report, Rubric rubric) {
    StringBuilder out = new StringBuilder();
    out.append(rubric.title().orElse(rubric.id()))
        .append(" (")
        .append(rubric.reference())
        .append(")\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%d rows: %d respondents scored, %d rejected; %.0f%% intervals%n%n",
            report.rows(),
            report.respondents(),
            report.rejected(),
            report.confidenceLevel() * 100));
    out.append(
        String.format(
            Locale.ROOT,
            "%-20s %5s %8s  %-18s %6s  %s%n",
            "group",
            "n",
            "index",
            "interval",
            "r_wg",
            "band"));
    line(out, "whole cohort", report.overall());
    for (GroupSummary g : report.groups()) {
      line(out, g.group().orElse("?"), g);
    }
    for (GroupSummary g : report.groups()) {
      OptionalDouble rwg = meanAgreement(g);
      if (rwg.isPresent() && rwg.getAsDouble() < LOW_AGREEMENT && g.respondents() > 1) {
        out.append(
            String.format(
                Locale.ROOT,
                "! members of '%s' disagree: mean r_wg(J) %.2f is below %.2f%n",
                g.group().orElse("?"),
                rwg.getAsDouble(),
                LOW_AGREEMENT));
      }
    }
    out.append("\nDimensions (whole cohort)\n");
    for (DimensionSummary d : report.overall().dimensions()) {
      String name = rubric.dimension(d.id()).map(x -> x.name()).orElse(d.id());
      out.append(
          String.format(
              Locale.ROOT,
              "  %-32s %s %s%n",
              name,
              estimate(d.index()),
              d.band().map(b -> b.describe()).orElse("")));
    }
    if (!report.intraclassCorrelations().isEmpty()) {
      out.append("\nAgreement between groups\n");
      for (IntraclassCorrelation icc : report.intraclassCorrelations()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-32s ICC(1) %s  ICC(2) %s%n",
                icc.dimension().map(id -> dimensionName(rubric, id)).orElse("overall index"),
                optional(icc.icc1()),
                optional(icc.icc2())));
      }
    }
    if (!report.reliability().isEmpty()) {
      out.append("\nReliability (product-keyed traits reversed)\n");
      for (Reliability r : report.reliability()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-32s alpha %s  std. alpha %s  mean r %s%n",
                dimensionName(rubric, r.dimension()),
                optional(r.rawAlpha()),
                optional(r.standardizedAlpha()),
                optional(r.averageCorrelation())));
        for (ItemStatistics i : r.items()) {
          if (i.correctedItemTotal().isPresent() && i.correctedItemTotal().getAsDouble() < 0) {
            out.append(
                String.format(
                    Locale.ROOT,
                    "    ! %s correlates negatively with the rest (%.2f): is it keyed right?%n",
                    i.trait(),
                    i.correctedItemTotal().getAsDouble()));
          }
        }
      }
    }
    if (!report.errors().isEmpty()) {
      out.append("\nRejected rows\n");
      int shown = 0;
      for (RowError e : report.errors()) {
        if (shown++ == 20) {
          out.append(String.format(Locale.ROOT, "  … and %d more%n", report.rejected() - 20));
          break;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "  line %d%s: %s%n",
                e.line(),
                e.respondent().map(r -> " (" + r + ")").orElse(""),
                e.reason()));
      }
    }
    if (!report.warnings().isEmpty()) {
      out.append("\nWarnings\n");
      for (CohortWarning w : report.warnings()) {
        out.append("  - ").append(w.message()).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Renders a comparison of two cohorts: the difference of means with its interval and Cohen's d.
   *
   * @param c the comparison
   * @param rubric the rubric
   * @return the text
   */
  public static String render(CohortComparison c, Rubric rubric) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-32s %8s %8s %8s  %-18s %7s%n",
            "",
            "before",
            "after",
            "change",
            "interval (Welch)",
            "d"));
    c.index().ifPresent(d -> difference(out, "Overall index", d));
    for (Difference d : c.dimensions()) {
      difference(out, "  " + dimensionName(rubric, d.dimension().orElse("?")), d);
    }
    return out.toString();
  }

  private static void difference(StringBuilder out, String label, Difference d) {
    out.append(
        String.format(
            Locale.ROOT,
            "%-32s %+8.3f %+8.3f %+8.3f  %-18s %7s%n",
            label,
            d.first().mean(),
            d.second().mean(),
            d.difference(),
            d.lower().isPresent()
                ? String.format(
                    Locale.ROOT, "[%+.3f, %+.3f]", d.lower().getAsDouble(), d.upper().getAsDouble())
                : "-",
            optional(d.cohensD())));
  }

  private static void line(StringBuilder out, String label, GroupSummary g) {
    OptionalDouble rwg = meanAgreement(g);
    out.append(
        String.format(
            Locale.ROOT,
            "%-20s %5d %s %6s  %s%n",
            label.length() > 20 ? label.substring(0, 19) + "…" : label,
            g.respondents(),
            estimate(g.index()),
            optional(rwg),
            g.band().map(b -> b.describe()).orElse("-")));
  }

  /** The mean r_wg(J) over the dimensions that have one. */
  public static OptionalDouble meanAgreement(GroupSummary g) {
    return g.dimensions().stream()
        .flatMap(d -> d.agreement().stream())
        .mapToDouble(a -> a.rwg())
        .average();
  }

  private static String estimate(Optional<Estimate> e) {
    if (e.isEmpty()) {
      return String.format(Locale.ROOT, "%8s  %-18s", "-", "");
    }
    Estimate x = e.get();
    String interval =
        x.lower().isPresent()
            ? String.format(
                Locale.ROOT, "[%+.3f, %+.3f]", x.lower().getAsDouble(), x.upper().getAsDouble())
            : "";
    return String.format(Locale.ROOT, "%+8.3f  %-18s", x.mean(), interval);
  }

  private static String optional(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "-";
  }

  private static String dimensionName(Rubric rubric, String id) {
    return rubric.dimension(id).map(x -> x.name()).orElse(id);
  }
}
