package dev.centricity.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The command-line tool's {@code score} end to end, as a user runs it: a new process of {@code java
 * -jar centricity-examples/target/centricity.jar score --sample sales-talk}, JVM start-up included,
 * timed by the wall clock from launch to exit. Each measurement is one cold run (the operating
 * system's file cache is warm after the first).
 *
 * <p>Run it from the project's root, after building the tool:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar CliBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 15)
@Fork(1)
public class CliBenchmark {

  List<String> command;

  @Setup
  public void setUp() {
    Path jar = Path.of("centricity-examples", "target", "centricity.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar.toAbsolutePath() + " is missing: run this from the project's root after building");
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    command = List.of(java, "-jar", jar.toString(), "score", "--sample", "sales-talk");
  }

  /** One whole run of the tool; fails if it does not exit with 0. */
  @Benchmark
  public int score() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("the tool exited with " + exit);
    }
    return exit;
  }
}
