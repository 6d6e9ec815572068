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
    return render(report, ReportLanguage.of(rubric));
  }

  /**
   * Renders a cohort report in a language.
   *
   * @param report the report
   * @param language the language, with the rubric's texts in it
   * @return the text
   */
  public static String render(CohortReport report, ReportLanguage language) {
    Rubric rubric = language.rubric();
    Locale locale = language.locale();
    StringBuilder out = new StringBuilder();
    out.append(rubric.title().orElse(rubric.id()))
        .append(" (")
        .append(rubric.reference())
        .append(")\n");
    out.append(language.get("language")).append(": ").append(language.describe()).append('\n');
    out.append(
            language.get(
                "cohortRows",
                report.rows(),
                report.respondents(),
                report.rejected(),
                language.number("%.0f", report.confidenceLevel() * 100)))
        .append("\n\n");
    out.append(
        String.format(
            locale,
            "%-20s %5s %8s  %-18s %6s  %s%n",
            language.get("col.group"),
            "n",
            language.get("col.index"),
            language.get("col.interval"),
            "r_wg",
            language.get("col.band")));
    line(out, language.get("wholeCohortRow"), report.overall(), language);
    for (GroupSummary g : report.groups()) {
      line(out, g.group().orElse("?"), g, language);
    }
    for (GroupSummary g : report.groups()) {
      OptionalDouble rwg = meanAgreement(g);
      if (rwg.isPresent() && rwg.getAsDouble() < LOW_AGREEMENT && g.respondents() > 1) {
        out.append(
                language.get(
                    "disagree",
                    g.group().orElse("?"),
                    language.number("%.2f", rwg.getAsDouble()),
                    language.number("%.2f", LOW_AGREEMENT)))
            .append('\n');
      }
    }
    out.append('\n').append(language.get("dimensionsCohort")).append('\n');
    for (DimensionSummary d : report.overall().dimensions()) {
      String name = rubric.dimension(d.id()).map(x -> x.name()).orElse(d.id());
      out.append(
          String.format(
              locale,
              "  %-32s %s %s%n",
              name,
              estimate(d.index(), language),
              d.band().map(b -> band(b, language)).orElse("")));
    }
    if (!report.intraclassCorrelations().isEmpty()) {
      out.append('\n').append(language.get("agreementBetween")).append('\n');
      for (IntraclassCorrelation icc : report.intraclassCorrelations()) {
        out.append(
            String.format(
                locale,
                "  %-32s ICC(1) %s  ICC(2) %s%n",
                icc.dimension()
                    .map(id -> dimensionName(rubric, id))
                    .orElse(language.get("overallIndexRow")),
                optional(icc.icc1(), language),
                optional(icc.icc2(), language)));
      }
    }
    if (!report.reliability().isEmpty()) {
      out.append('\n').append(language.get("reliability")).append('\n');
      for (Reliability r : report.reliability()) {
        out.append(
            String.format(
                locale,
                "  %-32s %s%n",
                dimensionName(rubric, r.dimension()),
                language.get(
                    "alphaLine",
                    optional(r.rawAlpha(), language),
                    optional(r.standardizedAlpha(), language),
                    optional(r.averageCorrelation(), language))));
        for (ItemStatistics i : r.items()) {
          if (i.correctedItemTotal().isPresent() && i.correctedItemTotal().getAsDouble() < 0) {
            out.append("    ! ")
                .append(
                    language.get(
                        "negativeItem",
                        i.trait(),
                        language.number("%.2f", i.correctedItemTotal().getAsDouble())))
                .append('\n');
          }
        }
      }
    }
    if (!report.errors().isEmpty()) {
      out.append('\n').append(language.get("rejectedRows")).append('\n');
      int shown = 0;
      for (RowError e : report.errors()) {
        if (shown++ == 20) {
          out.append("  ").append(language.get("andMore", report.rejected() - 20)).append('\n');
          break;
        }
        out.append("  ")
            .append(language.get("lineWord", e.line()))
            .append(e.respondent().map(r -> " (" + r + ")").orElse(""))
            .append(": ")
            .append(e.reason())
            .append('\n');
      }
    }
    if (!report.warnings().isEmpty()) {
      out.append('\n').append(language.get("warnings")).append('\n');
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
    return render(c, ReportLanguage.of(rubric));
  }

  /**
   * Renders a comparison of two cohorts in a language.
   *
   * @param c the comparison
   * @param language the language, with the rubric's texts in it
   * @return the text
   */
  public static String render(CohortComparison c, ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            language.locale(),
            "%-32s %8s %8s %8s  %-18s %7s%n",
            "",
            language.get("col.before"),
            language.get("col.after"),
            language.get("col.change"),
            language.get("col.welch"),
            "d"));
    c.index().ifPresent(d -> difference(out, language.get("overallIndex"), d, language));
    for (Difference d : c.dimensions()) {
      difference(out, "  " + dimensionName(rubric, d.dimension().orElse("?")), d, language);
    }
    return out.toString();
  }

  private static void difference(
      StringBuilder out, String label, Difference d, ReportLanguage language) {
    out.append(
        String.format(
            language.locale(),
            "%-32s %+8.3f %+8.3f %+8.3f  %-18s %7s%n",
            label,
            d.first().mean(),
            d.second().mean(),
            d.difference(),
            d.lower().isPresent()
                ? interval(d.lower().getAsDouble(), d.upper().getAsDouble(), language)
                : "-",
            optional(d.cohensD(), language)));
  }

  private static void line(
      StringBuilder out, String label, GroupSummary g, ReportLanguage language) {
    OptionalDouble rwg = meanAgreement(g);
    out.append(
        String.format(
            language.locale(),
            "%-20s %5d %s %6s  %s%n",
            label.length() > 20 ? label.substring(0, 19) + "…" : label,
            g.respondents(),
            estimate(g.index(), language),
            optional(rwg, language),
            g.band().map(b -> band(b, language)).orElse("-")));
  }

  /** A cohort's band estimate, with the band labels in the language. */
  static String band(dev.centricity.core.cohort.BandEstimate b, ReportLanguage language) {
    if (b.band().isPresent()) {
      return language.band(b.band().get());
    }
    String first = language.band(b.candidates().get(0));
    String last = language.band(b.candidates().get(b.candidates().size() - 1));
    return language.get("uncertain", first.equals(last) ? first : first + " – " + last);
  }

  /** An interval; its two ends separated by "; " where the decimal separator is a comma. */
  private static String interval(double lower, double upper, ReportLanguage language) {
    return "["
        + language.number("%+.3f", lower)
        + language.get("intervalSeparator")
        + language.number("%+.3f", upper)
        + "]";
  }

  /** The mean r_wg(J) over the dimensions that have one. */
  public static OptionalDouble meanAgreement(GroupSummary g) {
    return g.dimensions().stream()
        .flatMap(d -> d.agreement().stream())
        .mapToDouble(a -> a.rwg())
        .average();
  }

  private static String estimate(Optional<Estimate> e, ReportLanguage language) {
    if (e.isEmpty()) {
      return String.format(Locale.ROOT, "%8s  %-18s", "-", "");
    }
    Estimate x = e.get();
    String interval =
        x.lower().isPresent()
            ? interval(x.lower().getAsDouble(), x.upper().getAsDouble(), language)
            : "";
    return String.format(language.locale(), "%+8.3f  %-18s", x.mean(), interval);
  }

  private static String optional(OptionalDouble v, ReportLanguage language) {
    return v.isPresent() ? language.number("%.3f", v.getAsDouble()) : "-";
  }

  private static String dimensionName(Rubric rubric, String id) {
    return rubric.dimension(id).map(x -> x.name()).orElse(id);
  }
}
