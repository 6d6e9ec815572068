package dev.centricity.examples;

import dev.centricity.core.Band;
import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Warning;
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
import dev.centricity.core.plan.ImprovementPlan;
import dev.centricity.core.plan.PlanChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders scorecards as one self-contained HTML page (inline CSS and SVG, no scripts, nothing
 * fetched from a network): the band scale with the organisation placed on it, a radar chart of the
 * dimension indices, pole strengths as a quadrant plot, and the traits that pushed hardest each
 * way.
 */
public final class HtmlReport {

  private static final String[] BAND_COLOURS = {
    "#b45309", "#f59e0b", "#9ca3af", "#60a5fa", "#1d4ed8", "#7c3aed", "#059669"
  };

  private HtmlReport() {}

  /**
   * Renders one or more scorecards of the same rubric.
   *
   * @param cards the scorecards
   * @param rubric the rubric they were computed with
   * @return the page
   */
  public static String render(List<Scorecard> cards, Rubric rubric) {
    return render(cards, ReportLanguage.of(rubric));
  }

  /**
   * Renders one or more scorecards of the same rubric in a language.
   *
   * @param cards the scorecards
   * @param language the language, with the rubric's texts in it
   * @return the page
   */
  public static String render(List<Scorecard> cards, ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder h = head(language);
    h.append("<p class=\"sub\">")
        .append(esc(language.get("rubric")))
        .append(" <code>")
        .append(esc(rubric.reference()))
        .append("</code>, ")
        .append(
            esc(language.get(cards.size() == 1 ? "scorecardsOne" : "scorecardsMany", cards.size())))
        .append(" · ")
        .append(esc(language.get("language")))
        .append(": ")
        .append(esc(language.describe()))
        .append("</p>\n");
    int n = 0;
    for (Scorecard card : cards) {
      n++;
      card(h, card, language, n, null);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Renders scorecards with their improvement plans: each scorecard as {@link #render} shows it,
   * followed by a "What to change" section listing the plan's changes and what they give.
   *
   * @param plans the plans, each holding its current scorecard
   * @param rubric the rubric they were made with
   * @return the page
   */
  public static String renderPlans(List<ImprovementPlan> plans, Rubric rubric) {
    return renderPlans(plans, ReportLanguage.of(rubric));
  }

  /**
   * Renders scorecards with their improvement plans in a language.
   *
   * @param plans the plans, each holding its current scorecard
   * @param language the language, with the rubric's texts in it
   * @return the page
   */
  public static String renderPlans(List<ImprovementPlan> plans, ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder h = head(language);
    h.append("<p class=\"sub\">")
        .append(esc(language.get("rubric")))
        .append(" <code>")
        .append(esc(rubric.reference()))
        .append("</code>, ")
        .append(
            esc(language.get(plans.size() == 1 ? "plan.plansOne" : "plan.plansMany", plans.size())))
        .append("</p>\n");
    int n = 0;
    for (ImprovementPlan plan : plans) {
      n++;
      card(h, plan.current(), language, n, plan);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void whatToChange(StringBuilder h, ImprovementPlan plan, ReportLanguage language) {
    Rubric rubric = language.rubric();
    h.append("<h3>")
        .append(esc(language.get("plan.html.whatToChange")))
        .append("</h3>\n<p>")
        .append(
            language
                .get("plan.html.target", "\u0000")
                .replace("\u0000", "<strong>" + esc(target(plan, language)) + "</strong>"))
        .append("</p>\n");
    if (plan.changes().isEmpty()) {
      h.append("<p>")
          .append(
              esc(language.get(plan.reached() ? "plan.html.alreadyThere" : "plan.html.noLever")))
          .append("</p>\n");
    } else {
      h.append("<table class=\"plan\">\n<tr><th>#</th><th>")
          .append(esc(language.get("plan.html.statement")))
          .append("</th><th>")
          .append(esc(language.get("plan.html.answerNow")))
          .append("</th><th>")
          .append(esc(language.get("plan.html.answerAim")))
          .append("</th><th>")
          .append(esc(language.get("plan.html.gain")))
          .append("</th></tr>\n");
      int i = 0;
      for (PlanChange c : plan.changes()) {
        i++;
        h.append("<tr><td class=\"num\">")
            .append(i)
            .append("</td><td>")
            .append(esc(rubric.trait(c.trait()).map(t -> t.statement()).orElse(c.trait())))
            .append("</td><td class=\"num\">")
            .append(c.from().isPresent() ? Integer.toString(c.from().getAsInt()) : "n/a")
            .append("</td><td class=\"num\">")
            .append(c.to())
            .append("</td><td class=\"num\">")
            .append(fmt(c.gain(), language))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    Scorecard then = plan.predicted();
    String figure =
        "<strong>"
            + esc(language.get("plan.indexValue", fmt(then.index().getAsDouble(), language)))
            + "</strong>"
            + then.band().map(b -> ", " + esc(language.band(b))).orElse("");
    h.append("<p>")
        .append(
            language
                .get(plan.reached() ? "plan.html.predicted" : "plan.html.outOfReach", "\u0000")
                .replace("\u0000", figure))
        .append("</p>\n");
  }

  /** A plan's target: its band in the language, or its index. */
  private static String target(ImprovementPlan plan, ReportLanguage language) {
    return plan.target()
        .band()
        .map(language::band)
        .orElseGet(
            () ->
                language.get(
                    "plan.indexValue", language.exact(plan.target().index().getAsDouble())));
  }

  /**
   * Renders a cohort report: for the whole cohort and each group, a chart of the overall and
   * dimension means with their confidence intervals over the band scale, and the group's agreement.
   *
   * @param report the report
   * @param rubric the rubric it was computed with
   * @return the page
   */
  public static String renderCohort(CohortReport report, Rubric rubric) {
    return renderCohort(report, ReportLanguage.of(rubric));
  }

  /**
   * Renders a cohort report in a language.
   *
   * @param report the report
   * @param language the language, with the rubric's texts in it
   * @return the page
   */
  public static String renderCohort(CohortReport report, ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder h = head(language);
    h.append("<p class=\"sub\">")
        .append(esc(language.get("rubric")))
        .append(" <code>")
        .append(esc(rubric.reference()))
        .append("</code>, ")
        .append(
            esc(
                language.get(
                    "cohortSub",
                    report.respondents(),
                    report.rejected(),
                    language.number("%.0f", report.confidenceLevel() * 100) + " %")))
        .append(" · ")
        .append(esc(language.get("language")))
        .append(": ")
        .append(esc(language.describe()))
        .append("</p>\n");
    if (report.rejected() > 0) {
      h.append("<p class=\"warn\"><a href=\"#rejected\">")
          .append(esc(language.get("rejectedNotice", report.rejected())))
          .append("</a></p>\n");
    }
    bandLegend(h, rubric);
    groupChart(h, language.get("wholeCohort"), report.overall(), language);
    for (GroupSummary g : report.groups()) {
      groupChart(h, g.group().map(ShownText::of).orElse("?"), g, language);
    }
    agreementBetweenGroups(h, report, language);
    reliability(h, report, language);
    rejectedRows(h, report, language);
    cohortWarnings(h, report, language);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Renders a comparison of two cohorts: for the whole cohorts and each group present in both, a
   * table of the before and after means, the change with its Welch interval and Cohen's d; then the
   * rejected rows of either file.
   *
   * @param comparison the comparison
   * @param firstName the first cohort's file name
   * @param first its report
   * @param secondName the second cohort's file name
   * @param second its report
   * @param language the language, with the rubric's texts in it
   * @return the page
   */
  public static String renderComparison(
      CohortComparison comparison,
      String firstName,
      CohortReport first,
      String secondName,
      CohortReport second,
      ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder h = head(language);
    h.append("<p class=\"sub\">")
        .append(esc(language.get("rubric")))
        .append(" <code>")
        .append(esc(rubric.reference()))
        .append("</code> · ")
        .append(esc(language.get("comparisonTitle", firstName, secondName)))
        .append(" · ")
        .append(esc(language.get("language")))
        .append(": ")
        .append(esc(language.describe()))
        .append("</p>\n");
    for (int i = 0; i < 2; i++) {
      CohortReport r = i == 0 ? first : second;
      h.append("<p>")
          .append(
              esc(
                  language.get(
                      "cohortRowsOf",
                      i == 0 ? firstName : secondName,
                      r.rows(),
                      r.respondents(),
                      r.rejected())))
          .append("</p>\n");
    }
    differences(h, language.get("wholeCohort"), comparison, language);
    for (CohortComparison g : comparison.groups()) {
      differences(h, g.group().orElse("?"), g, language);
    }
    for (int i = 0; i < 2; i++) {
      CohortReport r = i == 0 ? first : second;
      if (r.rejected() > 0) {
        h.append("<h2>").append(esc(i == 0 ? firstName : secondName)).append("</h2>\n");
        rejectedRows(h, r, language);
      }
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void differences(
      StringBuilder h, String title, CohortComparison c, ReportLanguage language) {
    h.append("<section class=\"card comparison\">\n<h2>")
        .append(esc(title))
        .append("</h2>\n<table>\n<tr><th></th><th class=\"num\">")
        .append(esc(language.get("col.before")))
        .append("</th><th class=\"num\">")
        .append(esc(language.get("col.after")))
        .append("</th><th class=\"num\">")
        .append(esc(language.get("col.change")))
        .append("</th><th class=\"num\">")
        .append(esc(language.get("col.welch")))
        .append("</th><th class=\"num\">d</th></tr>\n");
    c.index().ifPresent(d -> difference(h, language.get("overallIndex"), d, language));
    for (Difference d : c.dimensions()) {
      difference(h, dimensionName(language.rubric(), d.dimension().orElse("?")), d, language);
    }
    h.append("</table>\n</section>\n");
  }

  private static void difference(
      StringBuilder h, String label, Difference d, ReportLanguage language) {
    h.append("<tr class=\"difference\"><td>")
        .append(esc(label))
        .append("</td><td class=\"num\">")
        .append(fmt(d.first().mean(), language))
        .append("</td><td class=\"num\">")
        .append(fmt(d.second().mean(), language))
        .append("</td><td class=\"num\">")
        .append(fmt(d.difference(), language))
        .append("</td><td class=\"num\">")
        .append(
            d.lower().isPresent()
                ? esc(
                    "["
                        + fmt(d.lower().getAsDouble(), language)
                        + language.get("intervalSeparator")
                        + fmt(d.upper().getAsDouble(), language)
                        + "]")
                : "–")
        .append("</td><td class=\"num\">")
        .append(optional(d.cohensD(), language))
        .append("</td></tr>\n");
  }

  /** The band colours and ranges, as the charts draw them. */
  private static void bandLegend(StringBuilder h, Rubric rubric) {
    List<Band> bands = rubric.bands();
    if (bands.isEmpty()) {
      return;
    }
    h.append("<ul class=\"legend\">\n");
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      // the charts lay the bands at 18 % opacity (hex 2e) over white: the swatch shows the same
      String colour = BAND_COLOURS[i % BAND_COLOURS.length];
      h.append("<li><span class=\"swatch\" style=\"background:")
          .append(colour)
          .append("2e;border:1px solid ")
          .append(colour)
          .append("\"></span>")
          .append(esc(b.label()))
          .append(
              String.format(
                  Locale.ROOT, " <span class=\"label\">%+.2f … %+.2f</span>", b.from(), b.to()))
          .append("</li>\n");
    }
    h.append("</ul>\n");
  }

  /** ICC(1) and ICC(2) of the overall index and of each dimension, when there are groups. */
  private static void agreementBetweenGroups(
      StringBuilder h, CohortReport report, ReportLanguage language) {
    if (report.intraclassCorrelations().isEmpty()) {
      return;
    }
    Rubric rubric = language.rubric();
    h.append("<section class=\"card\" id=\"icc\">\n<h2>")
        .append(esc(language.get("agreementBetween")))
        .append("</h2>\n<table>\n<tr><th></th><th class=\"num\">ICC(1)</th>")
        .append("<th class=\"num\">ICC(2)</th></tr>\n");
    for (IntraclassCorrelation icc : report.intraclassCorrelations()) {
      h.append("<tr><td>")
          .append(
              esc(
                  icc.dimension()
                      .map(id -> dimensionName(rubric, id))
                      .orElse(language.get("overallIndex"))))
          .append("</td><td class=\"num\">")
          .append(optional(icc.icc1(), language))
          .append("</td><td class=\"num\">")
          .append(optional(icc.icc2(), language))
          .append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  /** Each dimension's reliability, and the traits that may be keyed the wrong way. */
  private static void reliability(StringBuilder h, CohortReport report, ReportLanguage language) {
    if (report.reliability().isEmpty()) {
      return;
    }
    Rubric rubric = language.rubric();
    h.append("<section class=\"card\" id=\"reliability\">\n<h2>")
        .append(esc(language.get("reliability")))
        .append("</h2>\n<table>\n<tr><th></th><th class=\"num\">")
        .append(esc(language.get("col.rawAlpha")))
        .append("</th><th class=\"num\">")
        .append(esc(language.get("col.stdAlpha")))
        .append("</th><th class=\"num\">")
        .append(esc(language.get("col.meanR")))
        .append("</th></tr>\n");
    List<String> negative = new ArrayList<>();
    for (Reliability r : report.reliability()) {
      h.append("<tr><td>")
          .append(esc(dimensionName(rubric, r.dimension())))
          .append("</td><td class=\"num\">")
          .append(optional(r.rawAlpha(), language))
          .append("</td><td class=\"num\">")
          .append(optional(r.standardizedAlpha(), language))
          .append("</td><td class=\"num\">")
          .append(optional(r.averageCorrelation(), language))
          .append("</td></tr>\n");
      for (ItemStatistics i : r.items()) {
        if (i.correctedItemTotal().isPresent() && i.correctedItemTotal().getAsDouble() < 0) {
          negative.add(
              language.get(
                  "negativeItem",
                  i.trait(),
                  language.number("%.2f", i.correctedItemTotal().getAsDouble())));
        }
      }
    }
    h.append("</table>\n");
    list(h, negative);
    h.append("</section>\n");
  }

  /**
   * Every rejected row the report keeps, with its line, respondent and reason; when the report kept
   * fewer than were rejected, how many are not listed and where the whole list is.
   */
  private static void rejectedRows(StringBuilder h, CohortReport report, ReportLanguage language) {
    if (report.rejected() == 0) {
      return;
    }
    h.append("<section class=\"card\" id=\"rejected\">\n<h2>")
        .append(esc(language.get("rejectedRows")))
        .append("</h2>\n<table class=\"rejected\">\n<tr><th class=\"num\">")
        .append(esc(language.get("col.line")))
        .append("</th><th>")
        .append(esc(language.get("respondent")))
        .append("</th><th>")
        .append(esc(language.get("col.reason")))
        .append("</th></tr>\n");
    for (RowError e : report.errors()) {
      h.append("<tr><td class=\"num\">")
          .append(e.line())
          .append("</td><td>")
          .append(esc(e.respondent().map(ShownText::of).orElse("")))
          .append("</td><td>")
          .append(esc(ShownText.of(language.reason(e))))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    long unlisted = report.rejected() - report.errors().size();
    if (unlisted > 0) {
      h.append("<p class=\"warn\">")
          .append(esc(language.get("rejectedUnlisted", unlisted, report.errors().size())))
          .append("</p>\n");
    }
    h.append("</section>\n");
  }

  /** The report's warnings, and each group whose members disagree. */
  private static void cohortWarnings(
      StringBuilder h, CohortReport report, ReportLanguage language) {
    List<String> lines = new ArrayList<>();
    for (GroupSummary g : report.groups()) {
      java.util.OptionalDouble rwg = CohortText.meanAgreement(g);
      if (rwg.isPresent() && rwg.getAsDouble() < CohortText.LOW_AGREEMENT && g.respondents() > 1) {
        lines.add(
            language.get(
                "disagreeHtml",
                g.group().map(ShownText::of).orElse("?"),
                language.number("%.2f", rwg.getAsDouble()),
                language.number("%.2f", CohortText.LOW_AGREEMENT)));
      }
    }
    for (CohortWarning w : report.warnings()) {
      lines.add(ShownText.of(language.warning(w)));
    }
    if (lines.isEmpty()) {
      return;
    }
    h.append("<section class=\"card\" id=\"warnings\">\n<h2>")
        .append(esc(language.get("warnings")))
        .append("</h2>\n");
    list(h, lines);
    h.append("</section>\n");
  }

  private static void list(StringBuilder h, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    h.append("<ul class=\"warn\">\n");
    lines.forEach(l -> h.append("<li>").append(esc(l)).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static String optional(java.util.OptionalDouble v, ReportLanguage language) {
    return v.isPresent() ? esc(language.number("%.3f", v.getAsDouble())) : "–";
  }

  /** Widths of a cohort chart's rows: the drawing, and its margin on each side. */
  private static final int ROW_W = 600;

  private static final int ROW_PAD = 14;

  private static void groupChart(
      StringBuilder h, String title, GroupSummary g, ReportLanguage language) {
    Rubric rubric = language.rubric();
    h.append("<section class=\"card group\">\n<h2>").append(esc(title)).append("</h2>\n");
    h.append("<div class=\"headline\">\n");
    headline(h, language.get("respondents"), Long.toString(g.respondents()));
    headline(h, language.get("band"), g.band().map(b -> bandEstimate(b, language)).orElse("-"));
    g.index().ifPresent(e -> headline(h, language.get("meanIndex"), fmt(e.mean(), language)));
    java.util.OptionalDouble rwg = CohortText.meanAgreement(g);
    if (rwg.isPresent()) {
      headline(h, language.get("agreement"), language.number("%.2f", rwg.getAsDouble()));
    }
    h.append("</div>\n");
    List<String> names = new ArrayList<>();
    List<java.util.Optional<Estimate>> estimates = new ArrayList<>();
    names.add(language.get("overallIndex"));
    estimates.add(g.index());
    for (DimensionSummary d : g.dimensions()) {
      names.add(dimensionName(rubric, d.id()));
      estimates.add(d.index());
    }
    boolean clamped = false;
    h.append("<div class=\"intervals\" role=\"img\" aria-label=\"means with intervals\">\n");
    for (int i = 0; i < names.size(); i++) {
      h.append("<div class=\"row-label")
          .append(i == 0 ? " overall" : "")
          .append("\">")
          .append(esc(names.get(i)))
          .append("</div>");
      clamped |= intervalRow(h, estimates.get(i), rubric);
    }
    h.append("<div class=\"row-label\"></div>");
    axis(h, language);
    h.append("</div>\n");
    if (clamped) {
      h.append("<p class=\"label\">").append(esc(language.get("intervalClamped"))).append("</p>\n");
    }
    h.append("</section>\n");
  }

  private static double rowX(double v) {
    return ROW_PAD + (v + 1) / 2 * (ROW_W - 2.0 * ROW_PAD);
  }

  /**
   * One row of a cohort chart: the bands, the interval and the mean. An interval reaching past −1
   * or +1 is drawn to the end of the axis, with an arrowhead saying it goes on.
   *
   * @return whether the interval was cut at an end of the axis
   */
  private static boolean intervalRow(
      StringBuilder h, java.util.Optional<Estimate> estimate, Rubric rubric) {
    h.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"interval-row\" width=\"%d\" height=\"24\" viewBox=\"0 0 %d 24\">\n",
            ROW_W,
            ROW_W));
    List<Band> bands = rubric.bands();
    for (int b = 0; b < bands.size(); b++) {
      double x0 = rowX(bands.get(b).from());
      double x1 = rowX(bands.get(b).to());
      h.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"24\" fill=\"%s\""
                  + " fill-opacity=\"0.18\"/>\n",
              x0,
              x1 - x0,
              BAND_COLOURS[b % BAND_COLOURS.length]));
    }
    boolean clamped = false;
    if (estimate.isPresent()) {
      Estimate e = estimate.get();
      if (e.lower().isPresent()) {
        double lower = e.lower().getAsDouble();
        double upper = e.upper().getAsDouble();
        double lo = rowX(Math.max(-1, lower));
        double hi = rowX(Math.min(1, upper));
        h.append(
            String.format(
                Locale.ROOT,
                "<line class=\"interval\" x1=\"%.1f\" y1=\"12\" x2=\"%.1f\" y2=\"12\""
                    + " stroke=\"#1f2937\" stroke-width=\"2\"/>\n",
                lo,
                hi));
        if (lower < -1) {
          h.append(
              String.format(
                  Locale.ROOT,
                  "<polygon class=\"continues\" points=\"%.1f,12 %.1f,7 %.1f,17\""
                      + " fill=\"#1f2937\"/>\n",
                  lo - 8,
                  lo,
                  lo));
          clamped = true;
        }
        if (upper > 1) {
          h.append(
              String.format(
                  Locale.ROOT,
                  "<polygon class=\"continues\" points=\"%.1f,12 %.1f,7 %.1f,17\""
                      + " fill=\"#1f2937\"/>\n",
                  hi + 8,
                  hi,
                  hi));
          clamped = true;
        }
      }
      h.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"mean\" cx=\"%.1f\" cy=\"12\" r=\"5\" fill=\"#1d4ed8\"/>\n",
              rowX(e.mean())));
    }
    h.append("</svg>\n");
    return clamped;
  }

  private static void axis(StringBuilder h, ReportLanguage language) {
    h.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"interval-axis\" width=\"%d\" height=\"18\" viewBox=\"0 0 %d 18\">\n",
            ROW_W,
            ROW_W));
    for (double v : new double[] {-1, -0.5, 0, 0.5, 1}) {
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"13\" font-size=\"10\" text-anchor=\"%s\""
                  + " fill=\"#6b7280\">%s</text>\n",
              rowX(v),
              v == -1 ? "start" : v == 1 ? "end" : "middle",
              v == 0 ? "0" : language.number("%+.1f", v)));
    }
    h.append("</svg>\n");
  }

  private static StringBuilder head(ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(language.tag()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<title>").append(esc(rubric.title().orElse(rubric.id()))).append("</title>\n");
    h.append("<style>\n")
        .append(
            "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;"
                + "max-width:1000px;color:#1f2937;background:#fff}\n"
                + "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:1px solid"
                + " #e5e7eb;padding-bottom:.3rem;margin-top:2rem}h3{font-size:1rem;margin:.5rem 0}\n"
                + ".sub{color:#6b7280;margin-top:0}.card{border:1px solid #e5e7eb;border-radius:8px;"
                + "padding:1rem 1.5rem;margin:1.5rem 0}\n"
                + ".headline{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));"
                + "gap:1rem 2rem;align-items:start}.headline>div{min-width:0}.headline>.wide{grid-column:span 2}"
                + ".big{font-size:1.4rem;font-weight:600;overflow-wrap:anywhere}"
                + ".label{color:#6b7280;font-size:.85rem}\n"
                + ".charts{display:flex;gap:1.5rem;flex-wrap:wrap;align-items:flex-start}"
                + ".chart{flex:0 0 560px;max-width:560px}"
                + ".dimension-table{flex:1 1 18rem;min-width:16rem;margin-top:2.2rem}"
                + "tr.absent td{color:#6b7280;font-style:italic}\n"
                + ".bar-label{font-size:.85rem;margin-top:.5rem;overflow-wrap:anywhere;"
                + "max-width:520px}.bar-label.absent{color:#6b7280;font-style:italic}"
                + ".bars svg{display:block}\n"
                + ".intervals{display:grid;grid-template-columns:minmax(6rem,1fr) 600px;"
                + "align-items:center;column-gap:.75rem;margin-top:1rem}.intervals svg{display:block}"
                + ".row-label{font-size:.8rem;text-align:right;overflow-wrap:anywhere}"
                + ".row-label.overall{font-weight:600}\n"
                + ".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;"
                + "font-size:.85rem}.swatch{display:inline-block;width:.9rem;height:.9rem;"
                + "margin-right:.35rem;vertical-align:-.1rem}\n"
                + "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{padding:.3rem"
                + " .5rem;border-bottom:1px solid #f3f4f6;text-align:left;vertical-align:top}"
                + "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
                + ".warn{color:#92400e;font-size:.9rem}\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>").append(esc(rubric.title().orElse(rubric.id()))).append("</h1>\n");
    return h;
  }

  private static void card(
      StringBuilder h, Scorecard card, ReportLanguage language, int n, ImprovementPlan plan) {
    Rubric rubric = language.rubric();
    h.append("<section class=\"card\" id=\"scorecard-").append(n).append("\">\n");
    h.append("<h2>")
        .append(esc(card.respondent().orElse(language.get("respondentNumber", n))))
        .append("</h2>\n");
    if (!card.determined()) {
      h.append("<p><strong>")
          .append(esc(language.get("undeterminedShort")))
          .append("</strong> ")
          .append(esc(language.get("undeterminedWhy")))
          .append("</p>\n");
      warnings(h, card, language);
      h.append("</section>\n");
      return;
    }
    h.append("<div class=\"headline\">\n");
    headline(
        h,
        language.get("band"),
        card.band()
            .map(language::band)
            .orElse(
                card.leadingPole()
                    .map(id -> rubric.pole(id).map(p -> p.label()).orElse(id))
                    .orElse("-")));
    if (card.index().isPresent()) {
      headline(h, language.get("index"), fmt(card.index().getAsDouble(), language));
      headline(h, language.get("scoreOutOf"), language.number("%.1f", card.score().getAsDouble()));
    }
    headline(h, language.get("alignment"), language.number("%.2f", card.alignment().orElse(0)));
    card.quadrant()
        .ifPresent(q -> headline(h, language.get("quadrant"), TextReport.quadrant(language, q)));
    h.append("</div>\n");
    if (card.index().isPresent() && !rubric.bands().isEmpty()) {
      h.append("<h3>").append(esc(language.get("whereItStands"))).append("</h3>\n");
      bandScale(h, card.index().getAsDouble(), rubric);
    }
    h.append("<div class=\"charts\">\n<div class=\"chart\">\n<h3>")
        .append(esc(language.get("dimensions")))
        .append("</h3>\n");
    if (card.dimensions().size() >= 3) {
      radar(h, card, language);
    } else {
      bars(h, card, language);
    }
    h.append("</div>\n");
    dimensionTable(h, card, language);
    if (card.index().isPresent() && card.quadrant().isPresent()) {
      h.append("<div>\n<h3>").append(esc(language.get("poleStrengths"))).append("</h3>\n");
      quadrant(h, card, language);
      h.append("</div>\n");
    }
    h.append("</div>\n");
    if (!card.pullingAgainst().isEmpty()) {
      h.append("<p>")
          .append(esc(language.get("pullingHtml")))
          .append(" <strong>")
          .append(
              esc(
                  card.pullingAgainst().stream()
                      .map(id -> rubric.dimension(id).map(d -> d.name()).orElse(id))
                      .collect(Collectors.joining(", "))))
          .append("</strong></p>\n");
    }
    if (card.index().isPresent()) {
      top(h, card, language, true);
      top(h, card, language, false);
    }
    if (plan != null) {
      whatToChange(h, plan, language);
    }
    warnings(h, card, language);
    h.append("</section>\n");
  }

  /** Stat boxes share one width; a value longer than this takes two boxes' room. */
  private static final int HEADLINE_CHARS = 16;

  private static void headline(StringBuilder h, String label, String value) {
    h.append(value.length() > HEADLINE_CHARS ? "<div class=\"wide\">" : "<div>")
        .append("<div class=\"label\">")
        .append(esc(label))
        .append("</div><div class=\"big\">")
        .append(esc(value))
        .append("</div></div>\n");
  }

  /**
   * A horizontal scale from −1 to 1 with the bands as coloured segments and a marker at the index.
   */
  static void bandScale(StringBuilder h, double index, Rubric rubric) {
    int w = 900;
    int pad = 20;
    double span = w - 2.0 * pad;
    h.append("<svg role=\"img\" aria-label=\"band scale\" class=\"band-scale\" width=\"")
        .append(w)
        .append("\" height=\"90\" viewBox=\"0 0 ")
        .append(w)
        .append(" 90\">\n");
    List<Band> bands = rubric.bands();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      double x0 = pad + (b.from() + 1) / 2 * span;
      double x1 = pad + (b.to() + 1) / 2 * span;
      h.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"20\" width=\"%.1f\" height=\"24\" fill=\"%s\"/>\n",
              x0,
              x1 - x0,
              BAND_COLOURS[i % BAND_COLOURS.length]));
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"62\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n",
              (x0 + x1) / 2,
              esc(b.label())));
    }
    double x = pad + (index + 1) / 2 * span;
    h.append(
        String.format(
            Locale.ROOT,
            "<polygon class=\"marker\" points=\"%.1f,16 %.1f,4 %.1f,4\" fill=\"#111827\"/>\n"
                + "<line x1=\"%.1f\" y1=\"16\" x2=\"%.1f\" y2=\"48\" stroke=\"#111827\""
                + " stroke-width=\"3\"/>\n",
            x,
            x - 7,
            x + 7,
            x,
            x));
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"84\" font-size=\"11\">%s</text><text x=\"%d\" y=\"84\""
                + " font-size=\"11\" text-anchor=\"end\">%s</text>\n",
            pad,
            esc(rubric.poles().get(0).label()),
            w - pad,
            esc(rubric.poles().get(rubric.poles().size() - 1).label())));
    h.append("</svg>\n");
  }

  /** Above this many dimensions the radar's axes carry numbers only; the table names them. */
  private static final int RADAR_NAMED_AXES = 8;

  /** The longest line of a dimension name on a radar axis, in characters. */
  private static final int RADAR_LINE = 16;

  /**
   * A radar chart of the dimension indices (three dimensions or more): the centre is −1, the outer
   * ring +1, the grey ring 0. A dimension that did not count has no point: its axis is dashed and
   * its label grey, and the table beside the chart says why. The axes are numbered as the table's
   * rows; up to {@value #RADAR_NAMED_AXES} dimensions they carry their names too, wrapped on up to
   * three lines, unless a name will not fit, so no name is ever cut.
   */
  static void radar(StringBuilder h, Scorecard card, ReportLanguage language) {
    Rubric rubric = language.rubric();
    List<DimensionScore> dims = card.dimensions();
    List<List<String>> labels = new ArrayList<>();
    boolean named = dims.size() <= RADAR_NAMED_AXES;
    for (int i = 0; i < dims.size(); i++) {
      List<String> lines =
          wrap((i + 1) + " " + dimensionName(rubric, dims.get(i).id()), RADAR_LINE);
      named &= lines.size() <= 3 && lines.stream().allMatch(l -> l.length() <= RADAR_LINE);
      labels.add(lines);
    }
    int width = 560;
    int height = 440;
    double c = width / 2.0;
    double cy = height / 2.0;
    double r = 150;
    h.append("<svg role=\"img\" aria-label=\"radar chart of dimensions\" class=\"radar\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">\n");
    for (double ring : new double[] {-1, -0.5, 0, 0.5, 1}) {
      h.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" stroke=\"%s\"/>\n",
              c,
              cy,
              Math.max(1, (ring + 1) / 2 * r),
              ring == 0 ? "#9ca3af" : "#e5e7eb"));
    }
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    int counted = 0;
    for (int i = 0; i < dims.size(); i++) {
      DimensionScore d = dims.get(i);
      boolean present = d.counted() && d.index().isPresent();
      double angle = -Math.PI / 2 + 2 * Math.PI * i / dims.size();
      double cos = Math.cos(angle);
      double sin = Math.sin(angle);
      h.append(
          String.format(
              Locale.ROOT,
              "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>\n",
              present ? "axis" : "axis absent",
              c,
              cy,
              c + r * cos,
              cy + r * sin,
              present ? "#e5e7eb" : "#9ca3af",
              present ? "" : " stroke-dasharray=\"4 3\""));
      List<String> lines = named ? labels.get(i) : List.of(Integer.toString(i + 1));
      double lx = c + (r + 16) * cos;
      double ly = cy + (r + 16) * sin + 4;
      if (sin < -0.3) {
        ly -= (lines.size() - 1) * 13;
      } else if (Math.abs(sin) <= 0.3) {
        ly -= (lines.size() - 1) * 13 / 2.0;
      }
      String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
      h.append(
          String.format(
              Locale.ROOT,
              "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\"%s>",
              present ? "axis-label" : "axis-label absent",
              lx,
              ly,
              anchor,
              present ? "" : " fill=\"#9ca3af\" font-style=\"italic\""));
      for (int k = 0; k < lines.size(); k++) {
        h.append(
            String.format(
                Locale.ROOT,
                "<tspan x=\"%.1f\" dy=\"%s\">%s</tspan>",
                lx,
                k == 0 ? "0" : "13",
                esc(lines.get(k))));
      }
      h.append("</text>\n");
      if (present) {
        double pr = (d.index().getAsDouble() + 1) / 2 * r;
        String at = String.format(Locale.ROOT, "%.1f,%.1f", c + pr * cos, cy + pr * sin);
        points.append(at).append(' ');
        String[] xy = at.split(",");
        dots.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"dimension-point\" cx=\"%s\" cy=\"%s\" r=\"3.5\" fill=\"#1d4ed8\"/>\n",
                xy[0],
                xy[1]));
        counted++;
      }
    }
    if (counted > 0) {
      h.append(counted >= 3 ? "<polygon" : "<polyline")
          .append(" class=\"profile\" points=\"")
          .append(points.toString().trim())
          .append("\" fill=\"")
          .append(counted >= 3 ? "rgba(29,78,216,0.25)" : "none")
          .append("\" stroke=\"#1d4ed8\" stroke-width=\"2\"/>\n")
          .append(dots);
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#6b7280\">0</text>\n",
            c + 3,
            cy - r / 2 - 2));
    h.append("</svg>\n");
    h.append("<p class=\"label\">")
        .append(
            esc(
                language.get(
                    "radarLegend",
                    rubric.poles().get(0).label(),
                    rubric.poles().get(rubric.poles().size() - 1).label())));
    if (counted < dims.size()) {
      h.append(' ').append(esc(language.get("radarAbsent")));
    }
    h.append("</p>\n");
  }

  /**
   * Horizontal bars of the dimension indices on the −1 … +1 axis over the bands, for rubrics of one
   * or two dimensions, where a radar would be a line. A dimension that did not count gets no bar
   * but the words why; names are HTML text, so they wrap and are never cut.
   */
  static void bars(StringBuilder h, Scorecard card, ReportLanguage language) {
    Rubric rubric = language.rubric();
    int w = 520;
    int pad = 14;
    double span = w - 2.0 * pad;
    h.append("<div class=\"bars\">\n");
    int i = 0;
    for (DimensionScore d : card.dimensions()) {
      i++;
      boolean present = d.counted() && d.index().isPresent();
      h.append("<div class=\"bar-label")
          .append(present ? "" : " absent")
          .append("\">")
          .append(i)
          .append(' ')
          .append(esc(dimensionName(rubric, d.id())));
      if (!present) {
        h.append(" — ").append(esc(absence(card, d, language)));
      }
      h.append("</div>\n<svg role=\"img\" class=\"bar")
          .append(present ? "" : " absent")
          .append("\" width=\"")
          .append(w)
          .append("\" height=\"28\" viewBox=\"0 0 ")
          .append(w)
          .append(" 28\">\n");
      List<Band> bands = rubric.bands();
      for (int b = 0; b < bands.size(); b++) {
        double x0 = pad + (bands.get(b).from() + 1) / 2 * span;
        double x1 = pad + (bands.get(b).to() + 1) / 2 * span;
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"2\" width=\"%.1f\" height=\"24\" fill=\"%s\" fill-opacity=\"0.18\"/>\n",
                x0,
                x1 - x0,
                BAND_COLOURS[b % BAND_COLOURS.length]));
      }
      double zero = pad + span / 2;
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"28\" stroke=\"#9ca3af\"/>\n",
              zero,
              zero));
      if (present) {
        double x = pad + (d.index().getAsDouble() + 1) / 2 * span;
        h.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"dimension-bar\" x=\"%.1f\" y=\"7\" width=\"%.1f\" height=\"14\""
                    + " fill=\"#1d4ed8\"/>\n",
                Math.min(zero, x),
                Math.max(1, Math.abs(x - zero))));
      } else {
        h.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"absent\" x=\"%.1f\" y=\"7\" width=\"%.1f\" height=\"14\" fill=\"none\""
                    + " stroke=\"#9ca3af\" stroke-dasharray=\"4 3\"/>\n",
                (double) pad,
                span));
      }
      h.append("</svg>\n");
    }
    h.append("<svg class=\"bar-axis\" width=\"")
        .append(w)
        .append("\" height=\"30\" viewBox=\"0 0 ")
        .append(w)
        .append(" 30\">\n");
    for (double v : new double[] {-1, -0.5, 0, 0.5, 1}) {
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"12\" font-size=\"10\" text-anchor=\"%s\" fill=\"#6b7280\">%s</text>\n",
              pad + (v + 1) / 2 * span,
              v == -1 ? "start" : v == 1 ? "end" : "middle",
              v == 0 ? "0" : language.number("%+.1f", v)));
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"26\" font-size=\"11\">%s</text><text x=\"%d\" y=\"26\""
                + " font-size=\"11\" text-anchor=\"end\">%s</text>\n",
            pad,
            esc(rubric.poles().get(0).label()),
            w - pad,
            esc(rubric.poles().get(rubric.poles().size() - 1).label())));
    h.append("</svg>\n</div>\n");
  }

  /**
   * The table beside the chart: each dimension's number (as on the chart), name, index and band, or
   * why it did not count.
   */
  static void dimensionTable(StringBuilder h, Scorecard card, ReportLanguage language) {
    Rubric rubric = language.rubric();
    h.append("<div class=\"dimension-table\">\n<table class=\"dimensions\">\n<tr><th>#</th><th>")
        .append(esc(language.get("col.dimension")))
        .append("</th><th class=\"num\">")
        .append(esc(language.get("index")))
        .append("</th><th>")
        .append(esc(language.get("band")))
        .append("</th></tr>\n");
    int i = 0;
    for (DimensionScore d : card.dimensions()) {
      i++;
      boolean present = d.counted() && d.index().isPresent();
      h.append(present ? "<tr>" : "<tr class=\"absent\">")
          .append("<td class=\"num\">")
          .append(i)
          .append("</td><td>")
          .append(esc(dimensionName(rubric, d.id())))
          .append("</td>");
      if (present) {
        h.append("<td class=\"num\">")
            .append(fmt(d.index().getAsDouble(), language))
            .append("</td><td>")
            .append(esc(d.band().map(language::band).orElse("")))
            .append("</td>");
      } else {
        h.append("<td class=\"num\">–</td><td>")
            .append(esc(language.get("notCounted", absence(card, d, language))))
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</div>\n");
  }

  /**
   * Why a dimension did not count, in the report's words: not answered, coverage below the minimum,
   * or no weight (the case is the scorecard's warning about it).
   */
  static String absence(Scorecard card, DimensionScore d, ReportLanguage language) {
    for (Warning w : card.warnings()) {
      if (!w.subject().equals(d.id())) {
        continue;
      }
      switch (w.code()) {
        case DIMENSION_UNANSWERED:
          return language.get("absent.unanswered");
        case DIMENSION_NO_WEIGHT:
          return language.get("absent.zeroWeight");
        case DIMENSION_LOW_COVERAGE:
          return language.get(
              "absent.lowCoverage",
              language.number("%.0f", d.coverage() * 100) + " %",
              language.number("%.0f", card.policy().minCoverage() * 100) + " %");
        default:
          break;
      }
    }
    return d.exclusion().orElse(language.get("absent.undetermined"));
  }

  private static String dimensionName(Rubric rubric, String id) {
    return rubric.dimension(id).map(x -> x.name()).orElse(id);
  }

  /**
   * Words on lines of at most {@code width} characters; a longer word stays whole on a line of its
   * own (the radar then numbers its axes instead of naming them).
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The two pole strengths as a point in the unit square, with the threshold lines. */
  static void quadrant(StringBuilder h, Scorecard card, ReportLanguage language) {
    Rubric rubric = language.rubric();
    int size = 300;
    int pad = 40;
    double span = size - 2.0 * pad;
    String first = rubric.poles().get(0).id();
    String second = rubric.poles().get(1).id();
    double sx = card.strengths().get(first);
    double sy = card.strengths().get(second);
    double t = rubric.strengthThreshold();
    h.append(
            "<svg role=\"img\" aria-label=\"quadrant of pole strengths\" class=\"quadrant\" width=\"")
        .append(size)
        .append("\" height=\"")
        .append(size)
        .append("\" viewBox=\"0 0 ")
        .append(size)
        .append(' ')
        .append(size)
        .append("\">\n");
    h.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"#f9fafb\""
                + " stroke=\"#d1d5db\"/>\n",
            pad,
            pad,
            span,
            span));
    double tx = pad + t * span;
    double ty = pad + (1 - t) * span;
    h.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9ca3af\""
                + " stroke-dasharray=\"4\"/>\n<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                + " stroke=\"#9ca3af\" stroke-dasharray=\"4\"/>\n",
            tx,
            pad,
            tx,
            pad + span,
            pad,
            ty,
            pad + span,
            ty));
    String[][] labels = {
      {TextReport.quadrant(language, "unfocused"), "" + (pad + 6), "" + (pad + span - 6)},
      {
        TextReport.quadrant(language, first + "-centric"),
        "" + (pad + span - 6),
        "" + (pad + span - 6)
      },
      {TextReport.quadrant(language, second + "-centric"), "" + (pad + 6), "" + (pad + 14)},
      {TextReport.quadrant(language, "hybrid"), "" + (pad + span - 6), "" + (pad + 14)}
    };
    for (String[] l : labels) {
      boolean right = Double.parseDouble(l[1]) > size / 2.0;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%s\" y=\"%s\" font-size=\"11\" fill=\"#6b7280\" text-anchor=\"%s\">%s</text>\n",
              l[1],
              l[2],
              right ? "end" : "start",
              esc(l[0])));
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"#1d4ed8\"/>\n",
            pad + sx * span,
            pad + (1 - sy) * span));
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n"
                + "<text x=\"14\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 14 %.1f)\">%s</text>\n",
            size / 2.0,
            size - 12,
            esc(language.get("strengthOf", poleWord(language, first), language.number("%.2f", sx))),
            size / 2.0,
            size / 2.0,
            esc(
                language.get(
                    "strengthOf", poleWord(language, second), language.number("%.2f", sy)))));
    h.append("</svg>\n");
  }

  private static void top(
      StringBuilder h, Scorecard card, ReportLanguage language, boolean positive) {
    Rubric rubric = language.rubric();
    String pole = rubric.poles().get(positive ? 1 : 0).label();
    // the scorecard ranks them: strongest first, rubric order on ties
    List<Contribution> reasons = card.reasonsTowards(rubric.poles().get(positive ? 1 : 0).id());
    List<Contribution> top = reasons.subList(0, Math.min(5, reasons.size()));
    if (top.isEmpty()) {
      return;
    }
    h.append("<h3>").append(esc(language.get("pushedTowards", pole))).append("</h3>\n<table>\n");
    for (Contribution c : top) {
      h.append("<tr><td class=\"num\">")
          .append(fmt(c.index().getAsDouble(), language))
          .append("</td><td>")
          .append(esc(rubric.trait(c.trait()).map(t -> t.statement()).orElse(c.trait())))
          .append("</td><td class=\"num\">")
          .append(
              esc(
                  language.get(
                      "answer",
                      c.answer().isPresent() ? Integer.toString(c.answer().getAsInt()) : "n/a")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void warnings(StringBuilder h, Scorecard card, ReportLanguage language) {
    if (card.warnings().isEmpty()) {
      return;
    }
    h.append("<ul class=\"warn\">\n");
    card.warnings()
        .forEach(w -> h.append("<li>").append(esc(language.warning(w))).append("</li>\n"));
    h.append("</ul>\n");
  }

  private static String fmt(double v, ReportLanguage language) {
    return language.number("%+.3f", v);
  }

  /** A pole as the strength axes name it: its id in the rubric's own language, else its label. */
  private static String poleWord(ReportLanguage language, String id) {
    return language.texts().translation().isPresent()
        ? language.rubric().pole(id).map(p -> p.label()).orElse(id)
        : id;
  }

  /** A cohort's band estimate, its band labels in the language. */
  private static String bandEstimate(
      dev.centricity.core.cohort.BandEstimate b, ReportLanguage language) {
    if (b.band().isPresent()) {
      return language.band(b.band().get());
    }
    String first = language.band(b.candidates().get(0));
    String last = language.band(b.candidates().get(b.candidates().size() - 1));
    return language.get("uncertain", first.equals(last) ? first : first + " – " + last);
  }

  /**
   * Escapes text for HTML element content and attribute values; control characters are shown as
   * {@code \\uXXXX} (see {@link ShownText}), so none reaches the page raw.
   */
  static String esc(String s) {
    String shown = ShownText.of(s);
    StringBuilder b = new StringBuilder(shown.length());
    for (char ch : shown.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
