package dev.centricity.core;

import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.internal.CanonicalForm;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.RubricFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory checks of docs/robustness.md (bounded memory), run by hand in a JVM of a small heap;
 * not a test, since a heap size is set per JVM. After {@code ./mvnw -pl centricity-core
 * test-compile} and {@code ./mvnw -q -pl centricity-core dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt}, from the project's root:
 *
 * <pre>
 * CP=centricity-core/target/test-classes:centricity-core/target/classes:$(cat /tmp/cp.txt)
 * java -Xmx80m -cp $CP dev.centricity.core.MemoryCheck rubric 100000 100000 60
 * java -Xmx64m -cp $CP dev.centricity.core.MemoryCheck groups 20000 \
 *     centricity-rubric/src/main/resources/dev/centricity/rubric/product-customer-centricity.yaml
 * </pre>
 *
 * <p>{@code rubric N PER_DIMENSION PADDING} writes a rubric file of N traits, PER_DIMENSION to a
 * dimension, each statement PADDING characters longer, reads it and hashes it. {@code groups N
 * RUBRIC} analyses a cohort of N rows, each in a group of its own, and writes the report as JSON.
 */
public final class MemoryCheck {

  private MemoryCheck() {}

  /**
   * Runs one check.
   *
   * @param args {@code rubric N PER_DIMENSION PADDING} or {@code groups N RUBRIC_FILE}
   * @throws IOException if the temporary rubric file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[1]);
    if (args[0].equals("rubric")) {
      int perDimension = Integer.parseInt(args[2]);
      String padding = "x".repeat(Integer.parseInt(args[3]));
      Path file = Files.createTempFile("centricity-memory", ".yaml");
      try (Writer w = Files.newBufferedWriter(file)) {
        w.write("id: big\nversion: 1.0.0\npoles: [{ id: product }, { id: customer }]\n");
        w.write("scales: [{ id: yn, points: [No, Yes] }]\ndimensions:\n");
        for (int d = 0; d < n / perDimension; d++) {
          w.write("  - id: d" + d + "\n    traits:\n");
          for (int t = 0; t < perDimension; t++) {
            w.write(
                String.format(
                    "      - { id: d%d.t%d, statement: Statement %d of dimension %d%s., keyed: %s,"
                        + " scale: yn }%n",
                    d, t, t, d, padding, t % 2 == 0 ? "customer" : "product"));
          }
        }
      }
      try {
        Rubric rubric = RubricFormat.read(file);
        System.out.printf(
            "%d bytes, %d traits, hash %s%n",
            Files.size(file), rubric.allTraits().size(), CanonicalForm.hash(rubric));
      } finally {
        Files.delete(file);
      }
    } else {
      Rubric rubric = RubricFormat.read(Path.of(args[2]));
      Scorer scorer = Scorer.of(rubric);
      StringBuilder csv = new StringBuilder("group");
      rubric.allTraits().forEach(t -> csv.append(',').append(t.id()));
      csv.append('\n');
      for (int g = 0; g < n; g++) {
        csv.append('g').append(g);
        for (int t = 0; t < rubric.allTraits().size(); t++) {
          csv.append(',').append(1 + (g + t) % 3);
        }
        csv.append('\n');
      }
      try (CohortRows rows = CohortReader.of(scorer).fromString(csv.toString())) {
        CohortReport report = CohortAnalysis.of(scorer).analyse(rows);
        System.out.printf(
            "%d groups, report of %d characters of JSON%n",
            report.groups().size(), CohortReportFormat.toJson(report).length());
      } catch (CentricityException e) {
        System.out.println(e.getMessage());
      }
    }
  }
}
