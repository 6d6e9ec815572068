package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Streaming a cohort CSV file of 1,000,000 rows (default rubric, 49 answer columns, 20 teams, about
 * 110 MB) through reading, scoring and the whole cohort analysis, in a JVM with a 64 MB heap, on
 * one thread and on two in the same run ({@code threads}: the calling thread reads the bytes and
 * cuts them into chunks of whole records, the workers parse, score and summarise each chunk).
 * Reported per row: rows per second = 10<sup>9</sup> / (ns per row); the speed-up of two threads is
 * the ratio of the two scores. The file is written once before the measurements and deleted after.
 *
 * <p>Run it with:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar StreamingBenchmark
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
public class StreamingBenchmark {

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
    reader = reader(scorer);
    analysis = CohortAnalysis.of(scorer).withThreads(threads);
    file = file(rubric);
  }

  /** The reader of the file. */
  CohortReader reader(Scorer scorer) {
    return CohortReader.of(scorer);
  }

  /** Writes the file: ids as headers, digits as answers, 20 teams. */
  Path file(Rubric rubric) throws IOException {
    return Samples.csv(rubric, ROWS, 20, 11);
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reads, scores and analyses every row; the report says how many rows were read. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public CohortReport stream() {
    try (CohortRows rows = reader.open(file)) {
      CohortReport report = analysis.analyse(rows);
      check(report);
      return report;
    }
  }

  /** Fails unless the report has a row for every row of the file. */
  void check(CohortReport report) {
    if (report.rows() != ROWS) {
      throw new IllegalStateException("read " + report.rows() + " rows of " + ROWS);
    }
  }
}
