package dev.centricity.benchmarks;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.rubric.DefaultRubrics;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the default rubric from its YAML text (parsing, validation with its worked examples
 * scored, content hash) and compiling it into a {@link Scorer}.
 *
 * <p>Run it with:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar RubricLoadBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RubricLoadBenchmark {

  String yaml;
  Rubric rubric;

  @Setup
  public void setUp() {
    yaml = DefaultRubrics.productCustomerYaml();
    rubric = DefaultRubrics.productCustomer();
  }

  /** YAML text to a validated rubric. */
  @Benchmark
  public Rubric load() {
    return RubricFormat.fromYaml(yaml);
  }

  /** YAML text to a scorer, as a host does once at start-up. */
  @Benchmark
  public Scorer loadAndCompile() {
    return Scorer.of(RubricFormat.fromYaml(yaml));
  }

  /** A loaded rubric to a scorer. */
  @Benchmark
  public Scorer compile() {
    return Scorer.of(rubric);
  }
}
