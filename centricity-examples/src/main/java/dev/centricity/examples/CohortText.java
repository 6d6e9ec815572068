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
    // rejected rows come first, before any figure or statistics warning (issue 15)
    rejectedRows(out, report, language);
    // the group column is as wide as the longest name: names are never cut, so two groups never
    // print the same
    int width = Math.max(20, language.get("wholeCohortRow").length());
    for (GroupSummary g : report.groups()) {
      width = Math.max(width, groupName(g).length());
    }
    String row = "%-" + width + "s %5s %8s  %-18s %6s  %s%n";
    out.append(
        String.format(
            locale,
            row,
            language.get("col.group"),
            "n",
            language.get("col.index"),
            language.get("col.interval"),
            "r_wg",
            language.get("col.band")));
    line(out, width, language.get("wholeCohortRow"), report.overall(), language);
    for (GroupSummary g : report.groups()) {
      line(out, width, groupName(g), g, language);
    }
    for (GroupSummary g : report.groups()) {
      OptionalDouble rwg = meanAgreement(g);
      if (rwg.isPresent() && rwg.getAsDouble() < LOW_AGREEMENT && g.respondents() > 1) {
        out.append(
                language.get(
                    "disagree",
                    groupName(g),
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
    if (!report.warnings().isEmpty()) {
      out.append('\n').append(language.get("warnings")).append('\n');
      for (CohortWarning w : report.warnings()) {
        out.append("  - ").append(ShownText.of(language.warning(w))).append('\n');
      }
    }
    return ShownText.lines(out.toString());
  }

  /** How many rejected rows the text report lists; the rest are counted, with where to see them. */
  public static final int REJECTED_SHOWN = 20;

  /**
   * The rejected rows: the first {@value #REJECTED_SHOWN} with line, respondent and reason, then
   * how many more there are and where every one is listed.
   */
  private static void rejectedRows(
      StringBuilder out, CohortReport report, ReportLanguage language) {
    if (report.rejected() == 0) {
      return;
    }
    out.append(language.get("rejectedRows")).append('\n');
    int shown = 0;
    for (RowError e : report.errors()) {
      if (shown++ == REJECTED_SHOWN) {
        break;
      }
      out.append("  ")
          .append(language.get("lineWord", e.line()))
          .append(e.respondent().map(r -> " (" + ShownText.of(r) + ")").orElse(""))
          .append(": ")
          .append(ShownText.of(language.reason(e)))
          .append('\n');
    }
    long more = report.rejected() - Math.min(REJECTED_SHOWN, report.errors().size());
    if (more > 0) {
      out.append("  ")
          .append(
              report.errors().size() == report.rejected()
                  ? language.get("rejectedMoreAll", more)
                  : language.get("rejectedMore", more, report.errors().size()))
          .append('\n');
    }
    out.append('\n');
  }

  private static String groupName(GroupSummary g) {
    return g.group().map(ShownText::of).orElse("?");
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
    // the label column fits the longest label, so the figures stay in their columns
    int width = 32;
    width = Math.max(width, language.get("overallIndex").length());
    for (Difference d : c.dimensions()) {
      width = Math.max(width, 2 + dimensionName(rubric, d.dimension().orElse("?")).length());
    }
    int intervalWidth = Math.max(18, language.get("col.welch").length());
    StringBuilder out = new StringBuilder();
    table(out, c, width, intervalWidth, language);
    for (CohortComparison g : c.groups()) {
      out.append('\n')
          .append(language.get("groupHeading", ShownText.of(g.group().orElse("?"))))
          .append('\n');
      table(out, g, width, intervalWidth, language);
    }
    return ShownText.lines(out.toString());
  }

  private static void table(
      StringBuilder out,
      CohortComparison c,
      int width,
      int intervalWidth,
      ReportLanguage language) {
    String row = "%-" + width + "s %8s %8s %8s  %-" + intervalWidth + "s %7s%n";
    out.append(
        String.format(
            language.locale(),
            row,
            "",
            language.get("col.before"),
            language.get("col.after"),
            language.get("col.change"),
            language.get("col.welch"),
            "d"));
    c.index().ifPresent(d -> difference(out, row, language.get("overallIndex"), d, language));
    for (Difference d : c.dimensions()) {
      difference(
          out,
          row,
          "  " + dimensionName(language.rubric(), d.dimension().orElse("?")),
          d,
          language);
    }
  }

  private static void difference(
      StringBuilder out, String row, String label, Difference d, ReportLanguage language) {
    out.append(
        String.format(
            language.locale(),
            row,
            label,
            language.number("%+.3f", d.first().mean()),
            language.number("%+.3f", d.second().mean()),
            language.number("%+.3f", d.difference()),
            d.lower().isPresent()
                ? interval(d.lower().getAsDouble(), d.upper().getAsDouble(), language)
                : "-",
            optional(d.cohensD(), language)));
  }

  /**
   * The rejected rows of the two cohorts of a comparison, each under its file's name; empty when
   * neither has any.
   *
   * @param firstName the first cohort's file
   * @param first its report
   * @param secondName the second cohort's file
   * @param second its report
   * @param language the language
   * @return the text
   */
  public static String rejectedOfBoth(
      String firstName,
      CohortReport first,
      String secondName,
      CohortReport second,
      ReportLanguage language) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 2; i++) {
      CohortReport r = i == 0 ? first : second;
      if (r.rejected() > 0) {
        out.append('\n')
            .append(
                language.get(
                    "cohortRowsOf",
                    ShownText.of(i == 0 ? firstName : secondName),
                    r.rows(),
                    r.respondents(),
                    r.rejected()))
            .append('\n');
        rejectedRows(out, r, language);
      }
    }
    return ShownText.lines(out.toString());
  }

  /**
   * What a cohort file gave, for the message when there is nothing to compare: its rows, the
   * respondents scored and the rows rejected, with the first rejected row's reason.
   *
   * @param name the file
   * @param report its report
   * @return the words, in English like every error message of the tool
   */
  public static String scored(String name, CohortReport report) {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s has %d rows: %d respondents scored%s, %d rows rejected",
                ShownText.of(name),
                report.rows(),
                report.respondents(),
                report.respondents() > 0 && report.overall().index().isEmpty()
                    ? " (every scorecard undetermined)"
                    : "",
                report.rejected()));
    if (!report.errors().isEmpty()) {
      b.append(" (first: ").append(ShownText.of(report.errors().get(0).describe())).append(')');
    }
    return b.toString();
  }

  /**
   * A cohort file's rows as JSON: its name, rows, respondents, rejected rows and the errors its
   * report keeps.
   *
   * @param name the file
   * @param report its report
   * @return the JSON object
   */
  public static String rowsJson(String name, CohortReport report) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("file", name);
    m.put("rows", report.rows());
    m.put("respondents", report.respondents());
    m.put("rejected", report.rejected());
    java.util.List<java.util.Map<String, Object>> errors = new java.util.ArrayList<>();
    for (RowError e : report.errors()) {
      java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
      error.put("line", e.line());
      e.respondent().ifPresent(r -> error.put("respondent", r));
      e.column().ifPresent(c -> error.put("column", c));
      error.put("reason", e.reason());
      errors.add(error);
    }
    m.put("errors", errors);
    return Json.write(m);
  }

  private static void line(
      StringBuilder out, int width, String label, GroupSummary g, ReportLanguage language) {
    OptionalDouble rwg = meanAgreement(g);
    out.append(
        String.format(
            language.locale(),
            "%-" + width + "s %5d %s %6s  %s%n",
            label,
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
