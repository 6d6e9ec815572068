package dev.centricity.examples;

import dev.centricity.core.Dimension;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import java.util.List;

/** Renders a rubric as a Markdown questionnaire a person can read, fill in or print. */
public final class Questionnaire {

  private Questionnaire() {}

  /**
   * Renders a rubric as a questionnaire.
   *
   * @param rubric the rubric
   * @return Markdown text
   */
  public static String markdown(Rubric rubric) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(rubric.title().orElse(rubric.id())).append("\n\n");
    md.append("*Rubric `").append(rubric.reference()).append("`*\n\n");
    rubric.description().ifPresent(d -> md.append(d.strip()).append("\n\n"));
    md.append(
        "Answer each statement about the organisation as it is today, not as it should be. Tick one"
            + " box per statement; if a statement does not apply or you cannot judge it, tick"
            + " *n/a*.\n\n");
    int number = 1;
    for (Dimension d : rubric.dimensions()) {
      md.append("## ").append(d.name()).append("\n\n");
      d.description().ifPresent(x -> md.append(x.strip()).append("\n\n"));
      for (Trait t : d.traits()) {
        md.append(number++).append(". ").append(t.statement().strip()).append("  \n");
        Scale s = rubric.scale(t.scale()).orElseThrow();
        md.append("   ");
        List<String> points = s.points();
        for (int i = 0; i < points.size(); i++) {
          md.append("☐ ").append(i + 1).append(" ").append(points.get(i)).append(" · ");
        }
        md.append("☐ n/a\n\n");
      }
    }
    return md.toString();
  }
}
