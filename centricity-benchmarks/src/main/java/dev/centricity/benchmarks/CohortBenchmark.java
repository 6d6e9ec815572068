package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.rubric.DefaultRubrics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysing a cohort held in memory against the default rubric: scoring every respondent,
 * aggregating per team and overall with intervals, agreement and intraclass correlations, and the
 * reliability statistics of every dimension (alpha, item–total correlations, alpha if dropped).
 * Respondents are spread over 20 teams.
 *
 * <p>Run it with:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar CohortBenchmark
 * </pre>
 *
 * <p>{@code -p respondents=1000,10000,100000} shows how the cost grows with the cohort's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CohortBenchmark {

  /** How many respondents the cohort has. */
  @Param({"10000"})
  public int respondents;

  CohortAnalysis analysis;
  Cohort cohort;

  @Setup
  public void setUp() {
    Rubric rubric = DefaultRubrics.productCustomer();
    analysis = CohortAnalysis.of(Scorer.of(rubric));
    cohort = Samples.cohort(rubric, respondents, 20, 7);
  }

  /**
   * The whole report: scores, group and overall summaries, intraclass correlations, reliability.
   */
  @Benchmark
  public CohortReport analyse() {
    return analysis.analyse(cohort);
  }
}
