package dev.centricity.examples;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Warning;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a scorecard as a plain-text report for a terminal, in the rubric's own language or any
 * other it has texts in (see {@link ReportLanguage}); the report names the language it shows.
 */
public final class TextReport {

  private static final int BAR = 20;
  private static final int LABEL = 12;

  private TextReport() {}

  /**
   * Renders a scorecard in the rubric's own language.
   *
   * @param card the scorecard
   * @param rubric the rubric it was computed with, for names and statements
   * @return the report, lines separated by '\n'
   */
  public static String render(Scorecard card, Rubric rubric) {
    return render(card, ReportLanguage.of(rubric));
  }

  /**
   * Renders a scorecard in a language.
   *
   * @param card the scorecard
   * @param language the language, with the rubric's texts in it
   * @return the report, lines separated by '\n'
   */
  public static String render(Scorecard card, ReportLanguage language) {
    Rubric rubric = language.rubric();
    StringBuilder out = new StringBuilder();
    out.append(rubric.title().orElse(rubric.id()))
        .append(" (")
        .append(rubric.reference())
        .append(")\n");
    out.append(label(language.get("language"))).append(language.describe()).append('\n');
    card.respondent()
        .ifPresent(
            r ->
                out.append(label(language.get("respondent"))).append(ShownText.of(r)).append('\n'));
    if (!card.determined()) {
      out.append(language.get("undetermined")).append('\n');
      appendWarnings(out, card, language);
      return ShownText.lines(out.toString());
    }
    out.append('\n');
    if (card.index().isPresent()) {
      double i = card.index().getAsDouble();
      out.append(label(language.get("band")))
          .append(card.band().map(language::band).orElse("-"))
          .append('\n');
      out.append(label(language.get("index")))
          .append(language.number("%+.3f", i))
          .append("  (")
          .append(pole(language, 0))
          .append(' ')
          .append(bar(i))
          .append(' ')
          .append(pole(language, 1))
          .append(")\n");
      out.append(label(language.get("score")))
          .append(language.number("%.1f", card.score().getAsDouble()))
          .append(" / 100\n");
    } else {
      out.append(label(language.get("leading")))
          .append(
              language.get(
                  "leadingBy",
                  card.leadingPole().map(id -> poleName(language, id)).orElse("-"),
                  language.number("%.3f", card.margin().orElse(0))))
          .append('\n');
    }
    out.append(label(language.get("profile")))
        .append(shares(card.profile(), language))
        .append('\n');
    out.append(label(language.get("strengths"))).append(shares(card.strengths(), language));
    card.quadrant().ifPresent(q -> out.append("  -> ").append(quadrant(language, q)));
    out.append('\n');
    out.append(label(language.get("alignment")))
        .append(language.number("%.3f", card.alignment().orElse(0)))
        .append("   ")
        .append(language.get("coverage"))
        .append(": ")
        .append(language.number("%.0f", card.coverage() * 100))
        .append("%\n");
    if (!card.pullingAgainst().isEmpty()) {
      out.append(
              language.get(
                  "pulling",
                  card.pullingAgainst().stream()
                      .map(
                          id ->
                              language.texts().translation().isPresent()
                                  ? rubric.dimension(id).map(d -> d.name()).orElse(id)
                                  : id)
                      .collect(Collectors.joining(", "))))
          .append('\n');
    }
    out.append('\n').append(language.get("dimensions")).append('\n');
    for (DimensionScore d : card.dimensions()) {
      String name = rubric.dimension(d.id()).map(x -> x.name()).orElse(d.id());
      if (!d.counted()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-32s  %s%n",
                name,
                language.get(
                    "notCounted",
                    language.exclusion(card, d.id()).orElse(d.exclusion().orElse("")))));
      } else if (d.index().isPresent()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-32s %s %s %s%n",
                name,
                language.number("%+.3f", d.index().getAsDouble()),
                bar(d.index().getAsDouble()),
                d.band().map(language::band).orElse("")));
      } else {
        out.append(String.format(Locale.ROOT, "  %-32s %s%n", name, shares(d.profile(), language)));
      }
    }
    if (card.index().isPresent()) {
      appendTop(out, card, language, language.get("pushedTowards", pole(language, 1)), true);
      appendTop(out, card, language, language.get("pushedTowards", pole(language, 0)), false);
    }
    appendWarnings(out, card, language);
    return ShownText.lines(out.toString());
  }

  /** A label and its colon, padded to the width of the value column. */
  private static String label(String word) {
    String l = word + ":";
    return l.length() < LABEL ? l + " ".repeat(LABEL - l.length()) : l + " ";
  }

  /**
   * The pole at a position as the report names it: its id in the rubric's own language (as the
   * profile does), its label in a translation.
   */
  private static String pole(ReportLanguage language, int position) {
    return poleName(language, language.rubric().poles().get(position).id());
  }

  private static String poleName(ReportLanguage language, String id) {
    return language.texts().translation().isPresent()
        ? language.rubric().pole(id).map(p -> p.label()).orElse(id)
        : id;
  }

  static String quadrant(ReportLanguage language, String quadrant) {
    String key = "quadrant." + quadrant;
    try {
      return language.get(key);
    } catch (IllegalArgumentException e) {
      return quadrant;
    }
  }

  private static void appendTop(
      StringBuilder out, Scorecard card, ReportLanguage language, String title, boolean positive) {
    // the scorecard ranks them: strongest first, rubric order on ties
    List<Contribution> reasons =
        card.reasonsTowards(language.rubric().poles().get(positive ? 1 : 0).id());
    List<Contribution> top = reasons.subList(0, Math.min(3, reasons.size()));
    if (top.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    for (Contribution c : top) {
      String statement = language.rubric().trait(c.trait()).map(t -> t.statement()).orElse("");
      out.append("  ")
          .append(language.number("%+.3f", c.index().getAsDouble()))
          .append("  ")
          .append(c.trait())
          .append(" (")
          .append(
              language.get(
                  "answer",
                  c.answer().isPresent() ? Integer.toString(c.answer().getAsInt()) : "n/a"))
          .append(")\n          ")
          .append(statement)
          .append('\n');
    }
  }

  private static void appendWarnings(StringBuilder out, Scorecard card, ReportLanguage language) {
    if (card.warnings().isEmpty()) {
      return;
    }
    out.append('\n').append(language.get("warnings")).append('\n');
    for (Warning w : card.warnings()) {
      out.append("  - ").append(ShownText.of(language.warning(w))).append('\n');
    }
  }

  private static String shares(Map<String, Double> m, ReportLanguage language) {
    return m.entrySet().stream()
        .map(e -> poleName(language, e.getKey()) + " " + language.number("%.3f", e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** A bar of 2·BAR + 1 cells with a marker at the index, the centre marked '|'. */
  static String bar(double index) {
    char[] cells = new char[2 * BAR + 1];
    java.util.Arrays.fill(cells, '-');
    cells[BAR] = '|';
    int at = (int) Math.round((index + 1) / 2 * (2 * BAR));
    cells[Math.max(0, Math.min(2 * BAR, at))] = '#';
    return "[" + new String(cells) + "]";
  }
}
