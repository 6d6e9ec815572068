package dev.centricity.benchmarks;

import dev.centricity.core.Answer;
import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.rubric.DefaultRubrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring one complete response against the default rubric (49 traits, 9 dimensions), by the
 * library and by the hand-written {@link Baseline} in the same run, with allocation per operation.
 *
 * <p>Run it with:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar ScoringBenchmark -prof gc
 * </pre>
 *
 * <p>How the cost grows with the rubric's size (synthetic rubrics of 10 to 640 traits):
 *
 * <pre>
 * java -jar centricity-benchmarks/target/benchmarks.jar ScoringBenchmark -p rubric=10,40,160,640
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

  private static final int RESPONSES = 64;

  Scorer scorer;
  Baseline baseline;
  Response[] responses;
  Map<String, Integer>[] maps;
  int[][] arrays;
  int next;

  /**
   * The rubric: {@code default} is the default rubric (49 traits in 9 dimensions); a number is a
   * synthetic two-pole rubric of that many traits, five per dimension.
   */
  @Param({"default"})
  public String rubric;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    Rubric rubric =
        this.rubric.equals("default")
            ? DefaultRubrics.productCustomer()
            : SyntheticRubrics.twoPoles(Integer.parseInt(this.rubric));
    scorer = Scorer.of(rubric);
    baseline = new Baseline(rubric);
    List<Trait> traits = rubric.allTraits();
    SplittableRandom random = new SplittableRandom(42);
    responses = new Response[RESPONSES];
    maps = new Map[RESPONSES];
    arrays = new int[RESPONSES][traits.size()];
    for (int i = 0; i < RESPONSES; i++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      Map<String, Integer> points = new LinkedHashMap<>();
      for (int t = 0; t < traits.size(); t++) {
        int n = rubric.scale(traits.get(t).scale()).orElseThrow().size();
        int v = 1 + random.nextInt(n);
        answers.put(traits.get(t).id(), Answer.of(v));
        points.put(traits.get(t).id(), v);
        arrays[i][t] = v;
      }
      responses[i] = Response.builder().answers(answers).build();
      maps[i] = points;
    }
  }

  private int pick() {
    int i = next;
    next = (i + 1) & (RESPONSES - 1);
    return i;
  }

  /**
   * The library, from a {@link Response} keyed by trait id, as hosts pass it: the scorecard with
   * its headline figures (profile, index, band, coverage); per-dimension results and contributions
   * are there to be read, but are not read here.
   */
  @Benchmark
  public double library_response() {
    Scorecard card = scorer.score(responses[pick()]);
    return card.index().getAsDouble() + card.coverage();
  }

  /**
   * The library from a {@link Response}, then reading what the baseline fills: the index, every
   * dimension's index and every trait's contribution to the index.
   */
  @Benchmark
  public void library_response_contributions(Blackhole bh) {
    consume(scorer.score(responses[pick()]), bh);
  }

  /** The library from points by position ({@link Scorer#score(int[])}), headline figures. */
  @Benchmark
  public double library_positional() {
    Scorecard card = scorer.score(arrays[pick()]);
    return card.index().getAsDouble() + card.coverage();
  }

  /** The library from points by position, reading every dimension index and contribution. */
  @Benchmark
  public void library_positional_contributions(Blackhole bh) {
    consume(scorer.score(arrays[pick()]), bh);
  }

  private static void consume(Scorecard card, Blackhole bh) {
    bh.consume(card.index().getAsDouble());
    for (DimensionScore d : card.dimensions()) {
      bh.consume(d.index().getAsDouble());
    }
    for (Contribution c : card.contributions()) {
      bh.consume(c.index().getAsDouble());
    }
  }

  /** The baseline from a {@code Map<String, Integer>} through a pre-built index. */
  @Benchmark
  public void baseline_map(Blackhole bh) {
    consume(baseline.score(maps[pick()]), bh);
  }

  /** The baseline from answers by position. */
  @Benchmark
  public void baseline_array(Blackhole bh) {
    consume(baseline.score(arrays[pick()]), bh);
  }

  private static void consume(Baseline.Result r, Blackhole bh) {
    bh.consume(r.index);
    for (double d : r.dimensionIndex) {
      bh.consume(d);
    }
    for (double c : r.contribution) {
      bh.consume(c);
    }
  }
}
