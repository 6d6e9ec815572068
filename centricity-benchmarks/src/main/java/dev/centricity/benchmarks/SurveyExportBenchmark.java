package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

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
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx64m"})
public class SurveyExportBenchmark {

  static final int ROWS = 1_000_000;

  /** Threads that score and summarise: 1 is the single pass, 2 the parallel pipeline. */
  @Param({"1", "2"})
  public int threads;

  CohortReader reader;
  CohortAnalysis analysis;
  Path file;

  @Setup
  public void setUp() throws IOException {
    Rubric rubric = DefaultRubrics.productCustomer();
    Scorer scorer = Scorer.of(rubric);
    reader = CohortReader.of(scorer).withGroupColumn("Team");
    analysis = CohortAnalysis.of(scorer).withThreads(threads);
    file = export(rubric, ROWS, 20, 11);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads, matches, scores and analyses every row; the report says how many rows were read. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public CohortReport stream() {
    try (CohortRows rows = reader.open(file)) {
      CohortReport report = analysis.analyse(rows);
      if (report.rows() != ROWS || report.rejected() != 0) {
        throw new IllegalStateException(
            "read " + report.rows() + " rows of " + ROWS + ", " + report.rejected() + " rejected");
      }
      return report;
    }
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
