package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.spark.SparkRubric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring throughput on Apache Spark in local mode (two worker threads) beside the library on one
 * thread, on the same 200,000 rows of the default rubric (49 answer columns, read from one CSV
 * file): {@code spark_score} scores the dataset with {@link SparkRubric#score} and writes it to
 * Spark's no-op sink; {@code spark_cohortReport} aggregates the cohort report of the whole dataset;
 * {@code library_cohort} reads, scores and analyses the same file with the library on two threads.
 * Reported per row.
 *
 * <p>Spark is not in the benchmarks jar; run with its class path (see docs/performance.md):
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * ./mvnw -B -q -Pbench -pl centricity-benchmarks dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp centricity-benchmarks/target/benchmarks.jar:$(cat centricity-benchmarks/cp.txt) \
 *   org.openjdk.jmh.Main SparkScoringBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class SparkScoringBenchmark {

  static final int ROWS = 200_000;

  SparkSession spark;
  SparkRubric shipped;
  Dataset<Row> responses;
  Scorer scorer;
  Path file;

  @Setup
  public void setUp() throws IOException {
    Rubric rubric = DefaultRubrics.productCustomer();
    file = Samples.csv(rubric, ROWS, 20, 11);
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("centricity-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    responses = spark.read().option("header", "true").csv(file.toString()).cache();
    responses.count();
    shipped = SparkRubric.broadcast(spark, rubric);
    scorer = Scorer.of(rubric);
  }

  @TearDown
  public void tearDown() throws IOException {
    spark.stop();
    Files.deleteIfExists(file);
  }

  /** Scores every row of the cached dataset. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void spark_score() {
    shipped.score(responses).write().format("noop").mode("overwrite").save();
  }

  /** Aggregates the cohort report of the cached dataset. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public String spark_cohortReport() {
    List<Row> report = responses.agg(shipped.cohortReport(responses)).collectAsList();
    return report.get(0).getString(0);
  }

  /** The library on the same file: read, scored and analysed on two threads. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public Object library_cohort() {
    try (var rows = dev.centricity.core.cohort.CohortReader.of(scorer).open(file)) {
      return dev.centricity.core.cohort.CohortAnalysis.of(scorer).withThreads(2).analyse(rows);
    }
  }
}
