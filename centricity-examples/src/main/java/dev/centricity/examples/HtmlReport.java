package dev.centricity.examples;

import dev.centricity.core.Band;
import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.plan.ImprovementPlan;
import dev.centricity.core.plan.PlanChange;
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
    ReportLanguage language = ReportLanguage.of(rubric);
    StringBuilder h = head(language);
    h.append("<p class=\"sub\">Rubric <code>")
        .append(esc(rubric.reference()))
        .append("</code>, ")
        .append(plans.size())
        .append(plans.size() == 1 ? " improvement plan" : " improvement plans")
        .append("</p>\n");
    int n = 0;
    for (ImprovementPlan plan : plans) {
      n++;
      card(h, plan.current(), language, n, plan);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void whatToChange(StringBuilder h, ImprovementPlan plan, Rubric rubric) {
    h.append("<h3>What to change</h3>\n<p>Target: <strong>")
        .append(esc(plan.target().band().orElseGet(() -> "index " + plan.target())))
        .append("</strong>.</p>\n");
    if (plan.changes().isEmpty()) {
      h.append(
          plan.reached()
              ? "<p>Already there: nothing to change.</p>\n"
              : "<p>No statement that can be acted on moves towards the target.</p>\n");
    } else {
      h.append(
          "<table class=\"plan\">\n<tr><th>#</th><th>Statement</th><th>Answer now</th>"
              + "<th>Answer to aim for</th><th>Gain in index</th></tr>\n");
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
            .append(fmt(c.gain()))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    Scorecard then = plan.predicted();
    h.append("<p>")
        .append(plan.reached() ? "Predicted" : "Out of reach; the nearest the answers can get")
        .append(": index <strong>")
        .append(fmt(then.index().getAsDouble()))
        .append("</strong>")
        .append(then.band().map(b -> ", " + esc(b)).orElse(""))
        .append(".</p>\n");
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
    groupChart(h, language.get("wholeCohort"), report.overall(), language);
    for (GroupSummary g : report.groups()) {
      groupChart(h, g.group().orElse("?"), g, language);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

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
    List<String[]> rows = new java.util.ArrayList<>();
    List<java.util.Optional<Estimate>> estimates = new java.util.ArrayList<>();
    rows.add(new String[] {language.get("overallIndex")});
    estimates.add(g.index());
    for (DimensionSummary d : g.dimensions()) {
      rows.add(new String[] {rubric.dimension(d.id()).map(x -> x.name()).orElse(d.id())});
      estimates.add(d.index());
    }
    int w = 900;
    int left = 230;
    int right = 20;
    int rowH = 24;
    int top = 10;
    int height = top + rows.size() * rowH + 30;
    double span = w - left - right;
    h.append("<svg role=\"img\" aria-label=\"means with intervals\" class=\"intervals\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(w)
        .append(' ')
        .append(height)
        .append("\">\n");
    List<Band> bands = rubric.bands();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      double x0 = left + (b.from() + 1) / 2 * span;
      double x1 = left + (b.to() + 1) / 2 * span;
      h.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
                  + " fill-opacity=\"0.18\"/>\n",
              x0,
              top,
              x1 - x0,
              rows.size() * rowH,
              BAND_COLOURS[i % BAND_COLOURS.length]));
    }
    for (int i = 0; i < rows.size(); i++) {
      double y = top + i * rowH + rowH / 2.0;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%.1f\" font-size=\"12\" text-anchor=\"end\"%s>%s</text>\n",
              left - 8,
              y + 4,
              i == 0 ? " font-weight=\"600\"" : "",
              esc(rows.get(i)[0])));
      if (estimates.get(i).isEmpty()) {
        continue;
      }
      Estimate e = estimates.get(i).get();
      if (e.lower().isPresent()) {
        double lo = left + (Math.max(-1, e.lower().getAsDouble()) + 1) / 2 * span;
        double hi = left + (Math.min(1, e.upper().getAsDouble()) + 1) / 2 * span;
        h.append(
            String.format(
                Locale.ROOT,
                "<line class=\"interval\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\""
                    + " stroke=\"#1f2937\" stroke-width=\"2\"/>\n",
                lo,
                y,
                hi,
                y));
      }
      h.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"mean\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#1d4ed8\"/>\n",
              left + (e.mean() + 1) / 2 * span,
              y));
    }
    double axisY = top + rows.size() * rowH + 16;
    for (double v : new double[] {-1, -0.5, 0, 0.5, 1}) {
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"middle\""
                  + " fill=\"#6b7280\">%s</text>\n",
              left + (v + 1) / 2 * span,
              axisY,
              v == 0 ? "0" : String.format(Locale.ROOT, "%+.1f", v)));
    }
    h.append("</svg>\n</section>\n");
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
                + ".headline{display:flex;gap:2rem;flex-wrap:wrap}.headline div{min-width:8rem}"
                + ".big{font-size:1.5rem;font-weight:600}.label{color:#6b7280;font-size:.85rem}\n"
                + ".charts{display:flex;gap:1.5rem;flex-wrap:wrap;align-items:flex-start}\n"
                + "table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{padding:.3rem"
                + " .5rem;border-bottom:1px solid #f3f4f6;text-align:left;vertical-align:top}"
                + "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}\n"
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
      warnings(h, card);
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
    h.append("<div class=\"charts\">\n<div>\n<h3>")
        .append(esc(language.get("dimensions")))
        .append("</h3>\n");
    radar(h, card, language);
    h.append("</div>\n");
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
      whatToChange(h, plan, rubric);
    }
    warnings(h, card);
    h.append("</section>\n");
  }

  private static void headline(StringBuilder h, String label, String value) {
    h.append("<div><div class=\"label\">")
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

  /** A radar chart of the counted dimensions' indices: the centre is −1, the outer ring +1. */
  static void radar(StringBuilder h, Scorecard card, ReportLanguage language) {
    Rubric rubric = language.rubric();
    List<DimensionScore> dims = card.dimensions();
    int width = 620;
    int height = 420;
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
    for (int i = 0; i < dims.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / dims.size();
      double ax = c + r * Math.cos(angle);
      double ay = cy + r * Math.sin(angle);
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e5e7eb\"/>\n",
              c,
              cy,
              ax,
              ay));
      DimensionScore d = dims.get(i);
      String name = rubric.dimension(d.id()).map(x -> x.name()).orElse(d.id());
      double lx = c + (r + 18) * Math.cos(angle);
      double ly = cy + (r + 18) * Math.sin(angle);
      String anchor =
          Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%s</text>\n",
              lx,
              ly + 4,
              anchor,
              esc(name)));
      double value = d.index().isPresent() ? d.index().getAsDouble() : 0;
      double pr = (value + 1) / 2 * r;
      points.append(
          String.format(
              Locale.ROOT, "%.1f,%.1f ", c + pr * Math.cos(angle), cy + pr * Math.sin(angle)));
    }
    h.append("<polygon class=\"profile\" points=\"")
        .append(points.toString().trim())
        .append("\" fill=\"rgba(29,78,216,0.25)\" stroke=\"#1d4ed8\" stroke-width=\"2\"/>\n");
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
                    rubric.poles().get(rubric.poles().size() - 1).label())))
        .append("</p>\n");
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

  private static void warnings(StringBuilder h, Scorecard card) {
    if (card.warnings().isEmpty()) {
      return;
    }
    h.append("<ul class=\"warn\">\n");
    card.warnings().forEach(w -> h.append("<li>").append(esc(w.message())).append("</li>\n"));
    h.append("</ul>\n");
  }

  /** A figure of the improvement plan's section, which is in English. */
  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%+.3f", v);
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

  /** Escapes text for HTML element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
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
