package dev.centricity.examples;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rubrics of any number of dimensions for the report tests: dimension d ({@code d0}, {@code d1}…)
 * has a product-keyed trait {@code d.p} and a customer-keyed trait {@code d.c} on a five-point
 * scale, the usual five bands, and dimension 1 a name of 66 characters.
 */
final class ReportRubrics {

  static final String LONG_NAME =
      "Measures of success and the numbers the board reads every quarter";

  private static final String[] NAMES = {
    "Strategic focus",
    LONG_NAME,
    "Rewards",
    "Innovation and feedback",
    "Selling",
    "Service and relationship",
    "Economics and time horizon",
    "Customer treatment",
    "Organisation and culture"
  };

  private ReportRubrics() {}

  static Rubric ofDimensions(int n) {
    var b =
        Rubric.builder()
            .id("dims-" + n)
            .version("1.0.0")
            .title("A rubric of " + n + " dimensions")
            .addPoles(Pole.builder().id("product").label("Product-centric").build())
            .addPoles(Pole.builder().id("customer").label("Customer-centric").build())
            .addScales(Scale.builder().id("agree5").addPoints("1", "2", "3", "4", "5").build());
    for (int d = 0; d < n; d++) {
      String name = NAMES[d % NAMES.length] + (d >= NAMES.length ? " " + (d + 1) : "");
      b =
          b.addDimensions(
              Dimension.builder()
                  .id("d" + d)
                  .name(name)
                  .addTraits(
                      Trait.keyed("d" + d + ".p", "Product statement " + d, "product", "agree5"))
                  .addTraits(
                      Trait.keyed("d" + d + ".c", "Customer statement " + d, "customer", "agree5"))
                  .build());
    }
    return b.addBands(
            Band.of("Strongly product-centric", -1, -0.6),
            Band.of("Product-leaning", -0.6, -0.2),
            Band.of("Balanced", -0.2, 0.2),
            Band.of("Customer-leaning", 0.2, 0.6),
            Band.of("Strongly customer-centric", 0.6, 1))
        .build();
  }

  /**
   * A scorecard answering every dimension but {@code skipped}: dimension d gets (p, c) = (1 + d mod
   * 5, 1 + 3d mod 5).
   */
  static Scorecard scorecard(Rubric rubric, int n, int skipped) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int d = 0; d < n; d++) {
      if (d != skipped) {
        answers.put("d" + d + ".p", Answer.of(1 + d % 5));
        answers.put("d" + d + ".c", Answer.of(1 + (3 * d) % 5));
      }
    }
    return Scorer.of(rubric)
        .score(Response.builder().respondent("r-" + n).answers(answers).build());
  }
}
