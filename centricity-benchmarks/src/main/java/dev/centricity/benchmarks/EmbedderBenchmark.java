package dev.centricity.benchmarks;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The paths embedders take, beside the hand-written {@link Baseline} in the same run: a CRM job
 * holding a {@code Map<String, Integer>} per account, and a web service turning a JSON request into
 * a JSON answer. The model is a synthetic two-pole rubric of 36 traits in 9 dimensions (four traits
 * each, ids {@code t0}…{@code t35} and {@code d0}…{@code d8}); 64 complete responses are scored in
 * turn. The setup prints the mean length of the JSON requests and answers, against which the bytes
 * allocated per request are held.
 *
 * <p>Run it with:
 *
 * <pre>
 * ./mvnw -B -q -Pbench package -DskipTests
 * java -jar centricity-benchmarks/target/benchmarks.jar EmbedderBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EmbedderBenchmark {

  private static final int RESPONSES = 64;
  private static final int GAPPY = 4096;

  Scorer scorer;
  Baseline baseline;
  Response[] responses;
  Map<String, Integer>[] maps;
  String[] requests;

  /** Requests that each leave out other answers (see {@link #json_full_gaps}). */
  String[] gappy;

  int next;
  int nextGappy;

  @Setup
  @SuppressWarnings("unchecked")
  public void setUp() {
    Rubric rubric = SyntheticRubrics.twoPoles(36, 4);
    scorer = Scorer.of(rubric);
    baseline = new Baseline(rubric);
    List<Trait> traits = rubric.allTraits();
    SplittableRandom random = new SplittableRandom(42);
    responses = new Response[RESPONSES];
    maps = new Map[RESPONSES];
    requests = new String[RESPONSES];
    long requestChars = 0;
    long fullChars = 0;
    long summaryChars = 0;
    for (int i = 0; i < RESPONSES; i++) {
      Map<String, Integer> points = new LinkedHashMap<>();
      Response.Builder builder = Response.builder();
      for (Trait trait : traits) {
        int v = 1 + random.nextInt(rubric.scale(trait.scale()).orElseThrow().size());
        points.put(trait.id(), v);
        builder.putAnswers(trait.id(), Answer.of(v));
      }
      maps[i] = points;
      responses[i] = builder.build();
      requests[i] =
          ResponseFormat.toJson(
              Response.builder()
                  .rubric(rubric.reference())
                  .respondent(String.format(Locale.ROOT, "account-%05d", i))
                  .answers(responses[i].answers())
                  .build());
      Scorecard card = scorer.score(ResponseFormat.fromJson(requests[i]));
      requestChars += requests[i].length();
      fullChars += ScorecardFormat.toJson(card).length();
      summaryChars += ScorecardFormat.toSummaryJson(card).length();
    }
    // 4,096 requests that each leave out one answer in each of three dimensions picked at random:
    // the weights of the other traits of those dimensions change from request to request, so the
    // full form's kept contribution texts seldom fit and most contributions are written afresh.
    gappy = new String[GAPPY];
    for (int i = 0; i < GAPPY; i++) {
      Response.Builder builder =
          Response.builder()
              .rubric(rubric.reference())
              .respondent(String.format(Locale.ROOT, "gappy-%05d", i));
      Set<String> left = new HashSet<>();
      for (int k = 0; k < 3; k++) {
        left.add(traits.get(random.nextInt(traits.size())).id());
      }
      for (Trait trait : traits) {
        if (!left.contains(trait.id())) {
          int v = 1 + random.nextInt(rubric.scale(trait.scale()).orElseThrow().size());
          builder.putAnswers(trait.id(), Answer.of(v));
        }
      }
      gappy[i] = ResponseFormat.toJson(builder.build());
    }
    System.out.printf(
        Locale.ROOT,
        "%nmean length of a request %d chars, of a full answer %d chars, of a summary %d chars%n",
        requestChars / RESPONSES,
        fullChars / RESPONSES,
        summaryChars / RESPONSES);
  }

  private int pick() {
    int i = next;
    next = (i + 1) & (RESPONSES - 1);
    return i;
  }

  /** The baseline from a {@code Map<String, Integer>}, filling index, dimensions, contributions. */
  @Benchmark
  public void baseline_map(Blackhole bh) {
    Baseline.Result r = baseline.score(maps[pick()]);
    bh.consume(r.index);
    for (double d : r.dimensionIndex) {
      bh.consume(d);
    }
    for (double c : r.contribution) {
      bh.consume(c);
    }
  }

  /** {@code scorer.score(map)}: the host's map read once, no response made; headline figures. */
  @Benchmark
  public double library_map() {
    Scorecard card = scorer.score(maps[pick()]);
    return card.index().getAsDouble() + card.coverage();
  }

  /** {@code scorer.score(Response.ofPoints(map))}: the map copied once into a compact response. */
  @Benchmark
  public double library_ofPoints() {
    Scorecard card = scorer.score(Response.ofPoints(maps[pick()]));
    return card.index().getAsDouble() + card.coverage();
  }

  /** {@code scorer.score(response)} of a response built beforehand with its builder. */
  @Benchmark
  public double library_response() {
    Scorecard card = scorer.score(responses[pick()]);
    return card.index().getAsDouble() + card.coverage();
  }

  /** A JSON request to the full scorecard JSON. */
  @Benchmark
  public String json_full() {
    return ScorecardFormat.toJson(scorer.score(ResponseFormat.fromJson(requests[pick()])));
  }

  /**
   * A JSON request to the full scorecard JSON, each request leaving out three answers at random
   * (4,096 requests in turn): the full form's worst case, most contributions written afresh.
   */
  @Benchmark
  public String json_full_gaps() {
    int i = nextGappy;
    nextGappy = (i + 1) & (GAPPY - 1);
    return ScorecardFormat.toJson(scorer.score(ResponseFormat.fromJson(gappy[i])));
  }

  /** A JSON request to the summary scorecard JSON. */
  @Benchmark
  public String json_summary() {
    return ScorecardFormat.toSummaryJson(scorer.score(ResponseFormat.fromJson(requests[pick()])));
  }
}
