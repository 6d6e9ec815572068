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
 * Scoring throughput on Apache Spark in local mode (two worker threads) beside the library's own on
 * two threads, on 100,000 responses to the default rubric (49 answers, 20 teams): {@code
 * spark_score} scores a cached dataset (read from a CSV file, a text column per trait) with {@link
 * SparkRubric#score} into Spark's no-op sink; {@code library_score} scores the same responses held
 * in memory with {@code Scorer.score} on a pool of two threads; {@code spark_cohortReport}
 * aggregates the cohort report of the whole dataset; {@code library_cohort} reads, scores and
 * analyses the CSV file with {@code CohortAnalysis} on two threads. Reported per row.
 *
 * <p>Spark is not in the benchmarks jar; run with its class path (see docs/performance.md):
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -cp centricity-benchmarks/target/benchmarks.jar:$(cat centricity-spark/target/spark-classpath.txt) \
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

  static final int ROWS = 100_000;

  SparkSession spark;
  SparkRubric shipped;
  Dataset<Row> responses;
  Scorer scorer;
  Path file;
  List<dev.centricity.core.Response> inMemory;
  java.util.concurrent.ForkJoinPool pool;

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
    inMemory =
        Samples.cohort(rubric, ROWS, 20, 11).members().stream()
            .map(dev.centricity.core.cohort.CohortMember::response)
            .toList();
    pool = new java.util.concurrent.ForkJoinPool(2);
  }

  @TearDown
  public void tearDown() throws IOException {
    spark.stop();
    pool.shutdown();
    Files.deleteIfExists(file);
  }

  /** Scores every row of the cached dataset. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void spark_score() {
    shipped.score(responses).write().format("noop").mode("overwrite").save();
  }

  /** Scores the same responses with the library on two threads. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public double library_score() throws Exception {
    return pool.submit(
            () -> inMemory.parallelStream().mapToDouble(r -> scorer.score(r).coverage()).sum())
        .get();
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
    try (var rows = dev.centricity.core.io.CohortReader.of(scorer).open(file)) {
      return dev.centricity.core.cohort.CohortAnalysis.of(scorer).withThreads(2).analyse(rows);
    }
  }
}
