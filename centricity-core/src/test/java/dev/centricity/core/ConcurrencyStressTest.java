package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.io.ScorecardFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The thread-safety promises of {@link Scorer} and {@link CohortAnalysis} under load: one instance
 * shared by {@value #THREADS} threads gives, for every input, exactly what it gives when used from
 * one thread — equal value objects <i>and</i> identical JSON, so every number is bit-identical —
 * and rejects exactly the inputs it rejects alone, with the same message.
 *
 * <p>The expected results are computed first, sequentially. Then the threads are released together
 * from a latch and each walks the inputs from its own offset, over and over, until the time is up
 * (but at least once through), comparing every result with the expected one. Workers never throw: a
 * mismatch or an unexpected exception is recorded and the test fails at the end listing the first
 * {@value #MAX_FAILURES_KEPT}. The number of comparisons made is published as a report entry and
 * printed.
 *
 * <p>The time is bounded: the two stress tests together run for about {@code
 * -Dcentricity.stress.millis} milliseconds (3000 by default), half each.
 */
class ConcurrencyStressTest {

  private static final int THREADS = 8;
  private static final int MAX_FAILURES_KEPT = 20;
  private static final long BUDGET_MILLIS = Long.getLong("centricity.stress.millis", 3000L);

  /**
   * two-poles.yaml: rewards.volume, rewards.insight and focus.aim on five points, focus.churn on
   * two. Unknown traits are ignored with a warning, so that such responses are scored, not
   * rejected.
   */
  private static final Scorer SCORER =
      Scorer.of(
          RubricFormat.read(Path.of("src/test/resources/rubrics/two-poles.yaml")),
          ScoringPolicy.custom().unknownTraits(UnknownTraits.IGNORE).build());

  private static final String[] TRAITS = {
    "rewards.volume", "rewards.insight", "focus.aim", "focus.churn"
  };
  private static final int[] POINTS = {5, 5, 5, 2};

  /** What scoring one response gives: a scorecard and its JSON, or a rejection's message. */
  record Outcome(Scorecard card, String json, String rejection) {

    static Outcome of(Scorer scorer, Response response) {
      try {
        Scorecard card = scorer.score(response);
        return new Outcome(card, ScorecardFormat.toJson(card), null);
      } catch (ResponseValidationException e) {
        return new Outcome(null, null, e.getMessage());
      }
    }

    boolean rejected() {
      return rejection != null;
    }

    /** Why this outcome differs from the expected one, or {@code null} when it does not. */
    String differenceFrom(Outcome expected) {
      if (expected.rejected() || rejected()) {
        return Objects.equals(expected.rejection, rejection)
            ? null
            : "expected rejection <" + expected.rejection + "> but got <" + describe() + ">";
      }
      if (!expected.card.equals(card)) {
        return "scorecards differ: expected " + expected.json + " but got " + json;
      }
      if (!expected.json.equals(json)) {
        return "equal scorecards with different JSON: expected "
            + expected.json
            + " but got "
            + json;
      }
      return null;
    }

    private String describe() {
      return rejected() ? "rejection " + rejection : "scorecard " + json;
    }
  }

  /** What a stress run observed. */
  record Stress(long comparisons, int maxConcurrent, List<String> failures) {}

  /**
   * Runs {@code check} over inputs 0 to {@code inputs} − 1 from {@value #THREADS} threads at once
   * until {@code millis} have passed and every thread has checked every input at least once.
   *
   * @param check returns why input {@code i} gave a wrong result, or {@code null} when it is right
   */
  static Stress hammer(int inputs, long millis, IntFunction<String> check) throws Exception {
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    AtomicLong comparisons = new AtomicLong();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger maxRunning = new AtomicInteger();
    AtomicInteger failureCount = new AtomicInteger();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        final int offset = t * inputs / THREADS;
        workers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                  }
                  maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                  long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
                  long done = 0;
                  while (done < inputs || System.nanoTime() < deadline) {
                    int i = (int) ((offset + done) % inputs);
                    String failure;
                    try {
                      failure = check.apply(i);
                    } catch (Throwable e) {
                      failure = "threw " + e;
                    }
                    if (failure != null && failureCount.incrementAndGet() <= MAX_FAILURES_KEPT) {
                      failures.add(
                          Thread.currentThread().getName() + ", input " + i + ": " + failure);
                    }
                    comparisons.incrementAndGet();
                    done++;
                  }
                  running.decrementAndGet();
                }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).as("all workers started").isTrue();
      start.countDown();
      for (Future<?> w : workers) {
        w.get(millis + 120_000, TimeUnit.MILLISECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> kept = new ArrayList<>(failures);
    if (failureCount.get() > kept.size()) {
      kept.add("... " + (failureCount.get() - kept.size()) + " more");
    }
    return new Stress(comparisons.get(), maxRunning.get(), kept);
  }

  /**
   * A few hundred responses to two-poles.yaml, the same every run: complete ones, ones with missing
   * answers (absent, n/a or blank; some with nothing answered, hence undetermined), ones naming
   * traits the rubric lacks, and ones the scorer rejects (an answer off its scale, another rubric
   * or version), some with several problems.
   */
  static List<Response> responses() {
    Random random = new Random(20_240_611L);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      Response.Builder response = Response.builder();
      int kind = i % 5;
      for (int t = 0; t < TRAITS.length; t++) {
        Answer answer = Answer.of(1 + random.nextInt(POINTS[t]));
        if ((kind == 1 || kind == 4) && random.nextInt(5) < 2) {
          int missing = random.nextInt(3);
          if (missing == 0) {
            continue;
          }
          answer = missing == 1 ? Answer.notApplicable() : Answer.blank();
        }
        if (kind == 3 && random.nextInt(3) == 0) {
          int[] offScale = {0, -1, POINTS[t] + 1, 99, Integer.MIN_VALUE};
          answer = Answer.of(offScale[random.nextInt(offScale.length)]);
        }
        answers.put(TRAITS[t], answer);
      }
      if (kind == 2 || (kind == 4 && random.nextBoolean())) {
        answers.put("extra." + random.nextInt(4), Answer.of(1 + random.nextInt(5)));
      }
      if (kind == 3) {
        String[] rubrics = {"two-poles@1.0.0", "two-poles@2.0.0", "other@1.0.0"};
        response.rubric(rubrics[random.nextInt(rubrics.length)]);
        // off the scale at least once, so that every kind-3 response is rejected
        answers.put(TRAITS[random.nextInt(TRAITS.length)], Answer.of(6 + random.nextInt(3)));
      } else if (random.nextBoolean()) {
        response.rubric("two-poles@1.0.0");
      }
      if (random.nextBoolean()) {
        response.respondent(String.format(Locale.ROOT, "r-%03d", i));
      }
      responses.add(response.answers(answers).build());
    }
    return responses;
  }

  /**
   * 3,000 members of small.yaml in nine groups and none, the same every run: mostly complete or
   * with a missing answer; every 50th answers 7 on a five-point scale and every 77th names a trait
   * the rubric lacks (rejected under the default policy); every 13th has no group.
   */
  static Cohort cohort() {
    String[] ids = {"culture.listen", "culture.visit", "culture.ship", "focus.aim", "focus.churn"};
    int[] points = {5, 5, 5, 5, 2};
    Random random = new Random(7_345L);
    List<CohortMember> members = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      Map<String, Answer> answers = new LinkedHashMap<>();
      for (int t = 0; t < ids.length; t++) {
        answers.put(
            ids[t],
            random.nextInt(10) == 0
                ? Answer.notApplicable()
                : Answer.of(1 + random.nextInt(points[t])));
      }
      if (i % 50 == 0) {
        answers.put("culture.listen", Answer.of(7));
      }
      if (i % 77 == 0) {
        answers.put("culture.unknown", Answer.of(3));
      }
      Response response = Response.builder().respondent("m-" + i).answers(answers).build();
      members.add(
          i % 13 == 0
              ? CohortMember.of(response)
              : CohortMember.of(response, "G" + random.nextInt(9)));
    }
    return Cohort.of(members);
  }

  @Test
  void should_score_every_response_from_eight_threads_exactly_as_from_one(TestReporter reporter)
      throws Exception {
    // GIVEN the sequential outcome of every response
    List<Response> responses = responses();
    List<Outcome> expected = new ArrayList<>();
    for (Response r : responses) {
      expected.add(Outcome.of(SCORER, r));
    }
    // and the mix asked for: scorecards, rejections, unknown traits warned about, undetermined
    // (every fifth response, i % 5 == 3, has an answer off its scale: 400 / 5 = 80 rejections)
    assertThat(expected).filteredOn(Outcome::rejected).hasSize(80);
    assertThat(expected)
        .filteredOn(o -> !o.rejected() && !o.card().warnings().isEmpty())
        .isNotEmpty();
    assertThat(expected).filteredOn(o -> !o.rejected() && !o.card().determined()).isNotEmpty();

    // WHEN one scorer scores them from eight threads at once
    Stress stress =
        hammer(
            responses.size(),
            BUDGET_MILLIS / 2,
            i -> Outcome.of(SCORER, responses.get(i)).differenceFrom(expected.get(i)));
    report(
        reporter,
        "scorer comparisons",
        String.format(
            Locale.ROOT,
            "%,d comparisons of %d responses, up to %d threads at once",
            stress.comparisons(),
            responses.size(),
            stress.maxConcurrent()));

    // THEN every result equals the sequential one, and the threads really ran side by side
    assertThat(stress.failures()).isEmpty();
    assertThat(stress.comparisons()).isGreaterThanOrEqualTo((long) THREADS * responses.size());
    assertThat(stress.maxConcurrent()).isGreaterThan(1);
  }

  @Test
  void should_analyse_one_cohort_from_eight_threads_exactly_as_from_one(TestReporter reporter)
      throws Exception {
    // GIVEN one analysis and its sequential report of a cohort with invalid members
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    Cohort cohort = cohort();
    CohortReport expected = analysis.analyse(cohort);
    String expectedJson = CohortReportFormat.toJson(expected);
    // 3000 / 50 = 60 answer 7, 3000 / 77 = 38 name an unknown trait; no member is both since
    // lcm(50, 77) = 3850 > 3000
    assertThat(expected.rows()).isEqualTo(3000);
    assertThat(expected.rejected()).isEqualTo(60 + 38);
    assertThat(expected.groups()).hasSize(9);

    // WHEN the same analysis analyses the same cohort from eight threads at once
    Stress stress =
        hammer(
            1,
            BUDGET_MILLIS / 2,
            i -> {
              CohortReport report = analysis.analyse(cohort);
              if (!expected.equals(report)) {
                return "reports differ: expected "
                    + expectedJson
                    + " but got "
                    + CohortReportFormat.toJson(report);
              }
              String json = CohortReportFormat.toJson(report);
              return expectedJson.equals(json)
                  ? null
                  : "equal reports with different JSON: expected "
                      + expectedJson
                      + " but got "
                      + json;
            });
    report(
        reporter,
        "cohort comparisons",
        String.format(
            Locale.ROOT,
            "%,d analyses of %,d members, up to %d threads at once",
            stress.comparisons(),
            cohort.size(),
            stress.maxConcurrent()));

    // THEN every report equals the sequential one
    assertThat(stress.failures()).isEmpty();
    assertThat(stress.comparisons()).isGreaterThanOrEqualTo(THREADS);
    assertThat(stress.maxConcurrent()).isGreaterThan(1);
  }

  @Test
  void should_give_identical_json_when_the_same_input_is_analysed_twice() {
    // GIVEN every response, scored twice by one scorer and once by a scorer compiled afresh
    Scorer again = Scorer.of(SCORER.rubric(), SCORER.policy());
    for (Response r : responses()) {
      Outcome first = Outcome.of(SCORER, r);
      // THEN the outcomes are the same to the bit
      assertThat(Outcome.of(SCORER, r).differenceFrom(first)).as("%s", r).isNull();
      assertThat(Outcome.of(again, r).differenceFrom(first)).as("%s", r).isNull();
    }
    // GIVEN the cohort, analysed twice by one analysis and once by a new one
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    Cohort cohort = cohort();
    String first = CohortReportFormat.toJson(analysis.analyse(cohort));
    // THEN the JSON is identical
    assertThat(CohortReportFormat.toJson(analysis.analyse(cohort))).isEqualTo(first);
    assertThat(CohortReportFormat.toJson(CohortAnalysis.of(Scorer.of(small())).analyse(cohort)))
        .isEqualTo(first);
  }

  /** Publishes a figure to JUnit's reporter and, for Maven's console, to standard output. */
  private static void report(TestReporter reporter, String key, String value) {
    reporter.publishEntry(key, value);
    System.out.println("ConcurrencyStressTest: " + key + ": " + value);
  }

  /** small.yaml of the cohort tests: five traits in two dimensions, default policy. */
  private static Rubric small() {
    return RubricFormat.read(Path.of("src/test/resources/cohorts/small.yaml"));
  }
}
