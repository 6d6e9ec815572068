package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.io.CohortReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streaming a Google-Forms-style export of 1,000,000 rows through reading, matching, scoring and
 * the whole cohort analysis, in a JVM with a 64 MB heap: the default rubric's 49 statements as
 * column headers (English, as the form asked them), every answer a point's label ("Strongly agree")
 * or empty, two metadata columns (a timestamp and an e-mail address) and a team column. It stands
 * beside {@link StreamingBenchmark}, which reads the same answers as trait ids and digits; the
 * difference is what matching statements and resolving labels cost. Reported per row: rows per
 * second = 10<sup>9</sup> / (ns per row). The file is written once before the measurements and
 * deleted after.
 *
 * <p>Run it with:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar SurveyExportBenchmark
 * </pre>
 */
public class SurveyExportBenchmark extends StreamingBenchmark {

  /** Reads the export's team column as the group. */
  @Override
  CohortReader reader(Scorer scorer) {
    return CohortReader.of(scorer).withGroupColumn("Team");
  }

  /** Fails unless every row of the export was read and none rejected. */
  @Override
  void check(CohortReport report) {
    if (report.rows() != ROWS || report.rejected() != 0) {
      throw new IllegalStateException(
          "read " + report.rows() + " rows of " + ROWS + ", " + report.rejected() + " rejected");
    }
  }

  /** Writes the export described above. */
  @Override
  Path file(Rubric rubric) throws IOException {
    return export(rubric, ROWS, 20, 11);
  }

  /**
   * Writes the export: Timestamp, Email Address, Team, then each trait's statement (quoted when it
   * holds a comma); each answer the English label of the point {@link Samples#csv} would give.
   */
  static Path export(Rubric rubric, int rows, int groups, long seed) throws IOException {
    List<Trait> traits = rubric.allTraits();
    Path file = Files.createTempFile("centricity-export-", ".csv");
    SplittableRandom random = new SplittableRandom(seed);
    String[][] labels = new String[traits.size()][];
    for (int t = 0; t < labels.length; t++) {
      labels[t] =
          rubric.scale(traits.get(t).scale()).orElseThrow().points().stream()
              .map(SurveyExportBenchmark::quoted)
              .toArray(String[]::new);
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("Timestamp,Email Address,Team");
      for (Trait t : traits) {
        w.write(',');
        w.write(quoted(t.statement()));
      }
      w.write('\n');
      StringBuilder line = new StringBuilder(1024);
      for (int i = 0; i < rows; i++) {
        int g = i % groups;
        line.setLength(0);
        line.append("2024/05/")
            .append(10 + i % 20)
            .append(" 10:")
            .append(10 + i % 50)
            .append(":00 AM GMT+1,person")
            .append(i)
            .append("@example.org,team-")
            .append(g);
        for (int t = 0; t < traits.size(); t++) {
          int p = Samples.point(random, g, t, labels[t].length);
          line.append(',');
          if (p > 0) {
            line.append(labels[t][p - 1]);
          }
        }
        line.append('\n');
        w.append(line);
      }
    }
    return file;
  }

  private static String quoted(String text) {
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
