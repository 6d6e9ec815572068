package dev.centricity.examples;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Warning;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a scorecard as a plain-text report for a terminal. */
public final class TextReport {

  private static final int BAR = 20;

  private TextReport() {}

  /**
   * Renders a scorecard.
   *
   * @param card the scorecard
   * @param rubric the rubric it was computed with, for names and statements
   * @return the report, lines separated by '\n'
   */
  public static String render(Scorecard card, Rubric rubric) {
    StringBuilder out = new StringBuilder();
    out.append(rubric.title().orElse(rubric.id()))
        .append(" (")
        .append(rubric.reference())
        .append(")\n");
    card.respondent().ifPresent(r -> out.append("Respondent: ").append(r).append('\n'));
    if (!card.determined()) {
      out.append("Undetermined: no dimension has enough answers to count.\n");
      appendWarnings(out, card);
      return out.toString();
    }
    out.append('\n');
    if (card.index().isPresent()) {
      double i = card.index().getAsDouble();
      out.append(String.format(Locale.ROOT, "Band:       %s%n", card.band().orElse("-")));
      out.append(
          String.format(
              Locale.ROOT,
              "Index:      %+.3f  (%s %s %s)%n",
              i,
              rubric.poles().get(0).id(),
              bar(i),
              rubric.poles().get(1).id()));
      out.append(
          String.format(Locale.ROOT, "Score:      %.1f / 100%n", card.score().getAsDouble()));
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "Leading:    %s by %.3f%n",
              card.leadingPole().orElse("-"),
              card.margin().orElse(0)));
    }
    out.append("Profile:    ").append(shares(card.profile())).append('\n');
    out.append("Strengths:  ").append(shares(card.strengths()));
    card.quadrant().ifPresent(q -> out.append("  -> ").append(q));
    out.append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "Alignment:  %.3f   Coverage: %.0f%%%n",
            card.alignment().orElse(0),
            card.coverage() * 100));
    if (!card.pullingAgainst().isEmpty()) {
      out.append("Pulling against the overall direction: ")
          .append(String.join(", ", card.pullingAgainst()))
          .append('\n');
    }
    out.append("\nDimensions\n");
    for (DimensionScore d : card.dimensions()) {
      String name = rubric.dimension(d.id()).map(x -> x.name()).orElse(d.id());
      if (!d.counted()) {
        out.append(
            String.format(
                Locale.ROOT, "  %-32s  not counted: %s%n", name, d.exclusion().orElse("")));
      } else if (d.index().isPresent()) {
        out.append(
            String.format(
                Locale.ROOT,
                "  %-32s %+.3f %s %s%n",
                name,
                d.index().getAsDouble(),
                bar(d.index().getAsDouble()),
                d.band().orElse("")));
      } else {
        out.append(String.format(Locale.ROOT, "  %-32s %s%n", name, shares(d.profile())));
      }
    }
    if (card.index().isPresent()) {
      appendTop(out, card, rubric, "Pushed hardest towards " + rubric.poles().get(1).id(), true);
      appendTop(out, card, rubric, "Pushed hardest towards " + rubric.poles().get(0).id(), false);
    }
    appendWarnings(out, card);
    return out.toString();
  }

  private static void appendTop(
      StringBuilder out, Scorecard card, Rubric rubric, String title, boolean positive) {
    List<Contribution> top =
        card.contributions().stream()
            .filter(c -> positive ? c.index().getAsDouble() > 0 : c.index().getAsDouble() < 0)
            .sorted(
                Comparator.comparingDouble((Contribution c) -> Math.abs(c.index().getAsDouble()))
                    .reversed())
            .limit(3)
            .collect(Collectors.toList());
    if (top.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    for (Contribution c : top) {
      String statement = rubric.trait(c.trait()).map(t -> t.statement()).orElse("");
      out.append(
          String.format(
              Locale.ROOT,
              "  %+.3f  %s (answer %s)%n          %s%n",
              c.index().getAsDouble(),
              c.trait(),
              c.answer().isPresent() ? Integer.toString(c.answer().getAsInt()) : "n/a",
              statement));
    }
  }

  private static void appendWarnings(StringBuilder out, Scorecard card) {
    if (card.warnings().isEmpty()) {
      return;
    }
    out.append("\nWarnings\n");
    for (Warning w : card.warnings()) {
      out.append("  - ").append(w.message()).append('\n');
    }
  }

  private static String shares(Map<String, Double> m) {
    return m.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
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
