package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import java.util.Locale;

/** Two-pole rubrics of any size for the scaling benchmarks: five traits per dimension. */
final class SyntheticRubrics {

  private SyntheticRubrics() {}

  /**
   * A rubric of {@code traits} traits (a multiple of 5) in {@code traits / 5} equally weighted
   * dimensions; traits alternate between the poles, every fifth is a contrast, weights vary.
   */
  static Rubric twoPoles(int traits) {
    return twoPoles(traits, 5);
  }

  /**
   * A rubric of {@code traits} traits (a multiple of {@code perDimension}) in {@code traits /
   * perDimension} equally weighted dimensions; traits alternate between the poles, the last of each
   * dimension is a contrast, weights vary.
   */
  static Rubric twoPoles(int traits, int perDimension) {
    if (perDimension < 2 || traits % perDimension != 0 || traits < perDimension) {
      throw new IllegalArgumentException(
          "traits must be a positive multiple of " + perDimension + ": " + traits);
    }
    StringBuilder y = new StringBuilder();
    y.append("id: synthetic-").append(traits).append('\n');
    y.append("version: 1.0.0\n");
    y.append("title: Synthetic rubric of ").append(traits).append(" traits\n");
    y.append(
        "poles:\n  - { id: product, label: Product }\n  - { id: customer, label: Customer }\n");
    y.append("scales:\n  - { id: agree5, points: [a, b, c, d, e] }\n");
    y.append("dimensions:\n");
    int t = 0;
    for (int d = 0; d < traits / perDimension; d++) {
      y.append(
          String.format(Locale.ROOT, "  - id: d%d%n    name: Dimension %d%n    traits:%n", d, d));
      for (int i = 0; i < perDimension; i++, t++) {
        String direction =
            i == perDimension - 1
                ? "contrast: { from: product, to: customer }"
                : "keyed: " + (t % 2 == 0 ? "product" : "customer");
        y.append(
            String.format(
                Locale.ROOT,
                "      - { id: t%d, statement: Statement %d., %s, scale: agree5, weight: %s }%n",
                t,
                t,
                direction,
                1 + (t % 3) * 0.5));
      }
    }
    y.append(
        "bands:\n"
            + "  - { label: Strongly product-centric, from: -1.0, to: -0.6 }\n"
            + "  - { label: Product-leaning, from: -0.6, to: -0.2 }\n"
            + "  - { label: Balanced, from: -0.2, to: 0.2 }\n"
            + "  - { label: Customer-leaning, from: 0.2, to: 0.6 }\n"
            + "  - { label: Strongly customer-centric, from: 0.6, to: 1.0 }\n");
    return RubricFormat.fromYaml(y.toString());
  }
}
