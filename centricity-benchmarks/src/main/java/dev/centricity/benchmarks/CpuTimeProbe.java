package dev.centricity.benchmarks;

import dev.centricity.core.Response;
import dev.centricity.core.Scorecard;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * The CPU time per operation of {@link EmbedderBenchmark}'s paths, read from the thread's own CPU
 * clock rather than the wall clock: on a machine shared with other work, where JMH's times measure
 * the load, this still compares the paths with each other (docs/performance.md, section 6). It
 * prints each path's CPU nanoseconds per operation, then the JSON round's stages (reading the
 * request, scoring, writing the summary, writing the full form).
 *
 * <p>Run it with (warm-up and measured operations per path as arguments):
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -cp centricity-benchmarks/target/benchmarks.jar dev.centricity.benchmarks.CpuTimeProbe 30000 30000
 * </pre>
 */
public final class CpuTimeProbe {

  private static long sink;

  private CpuTimeProbe() {}

  /**
   * Measures every path twice and prints the second pass.
   *
   * @param args warm-up operations and measured operations per path (30,000 each by default)
   */
  public static void main(String[] args) {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
    EmbedderBenchmark b = new EmbedderBenchmark();
    b.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    String[] names = {
      "baseline_map",
      "library_map",
      "library_ofPoints",
      "library_response",
      "json_summary",
      "json_full",
      "json_full_gaps"
    };
    IntSupplier[] ops = {
      () -> {
        Baseline.Result r = b.baseline.score(b.maps[b.next = (b.next + 1) & 63]);
        return (int) (r.index * 1000 + r.dimensionIndex[0] + r.contribution[0]);
      },
      () -> (int) b.library_map(),
      () -> (int) b.library_ofPoints(),
      () -> (int) b.library_response(),
      () -> b.json_summary().length(),
      () -> b.json_full().length(),
      () -> b.json_full_gaps().length()
    };
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < ops.length; k++) {
        for (int i = 0; i < warm; i++) {
          sink += ops[k].getAsInt();
        }
        long c0 = mx.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          sink += ops[k].getAsInt();
        }
        long c1 = mx.getCurrentThreadCpuTime();
        if (pass == 1) {
          System.out.printf(
              Locale.ROOT,
              "%-18s %8.0f ns CPU an operation, %10.0f a second on one core%n",
              names[k],
              (c1 - c0) / (double) n,
              1e9 * n / (c1 - c0));
        }
      }
    }
    String request = b.requests[0];
    Response response = ResponseFormat.fromJson(request);
    Scorecard card = b.scorer.score(response);
    long[] ns = new long[4];
    for (int pass = 0; pass < 2; pass++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += ResponseFormat.fromJson(request).answers().size();
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += (long) b.scorer.score(response).coverage();
      }
      long t2 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += ScorecardFormat.toSummaryJson(card).length();
      }
      long t3 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n / 8; i++) {
        sink += ScorecardFormat.toJson(card).length();
      }
      long t4 = mx.getCurrentThreadCpuTime();
      ns = new long[] {(t1 - t0) / n, (t2 - t1) / n, (t3 - t2) / n, (t4 - t3) / (n / 8)};
    }
    System.out.printf(
        Locale.ROOT,
        "JSON round, ns CPU: read %d, score %d, write summary %d, write full %d (%d)%n",
        ns[0],
        ns[1],
        ns[2],
        ns[3],
        sink % 10);
  }
}
