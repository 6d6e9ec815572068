package dev.centricity.core.io;

import static dev.centricity.core.io.FuzzWorker.isUtf8;

import dev.centricity.core.Band;
import dev.centricity.core.CentricityException;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.core.io.Mutations.Kind;
import dev.centricity.core.io.internal.Reading.Syntax;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsCollector;
import net.jqwik.api.statistics.StatisticsCoverage;

/**
 * Fuzzes every reader of the library to prove the guarantee of {@code docs/robustness.md}: <b>every
 * input either loads or fails with a {@link CentricityException} subtype — never another exception
 * type, never a hang, never NaN in a result.</b>
 *
 * <p>Each try takes a valid seed document ({@link FuzzSeeds}), applies jqwik-generated {@link
 * Mutations} to its tree and then to its bytes ({@link FuzzCase}), and feeds the result to:
 *
 * <ul>
 *   <li>{@link RubricFormat#fromYaml} or {@link RubricFormat#fromJson}, and {@link
 *       RubricFormat#read(java.io.InputStream, String)} with the raw bytes, which must agree with
 *       the {@code String} reader whenever the bytes are UTF-8 and fail with a {@link
 *       FormatException} when they are not; a rubric that loads must have only finite figures and
 *       is scored, under every policy of {@link #POLICIES}, with a response the case makes up;
 *   <li>{@link ResponseFormat#fromJson} or {@link ResponseFormat#fromYaml}; a response that loads
 *       is scored with {@code Scorer.of(seedRubric, policy).score(response)} under every policy;
 *   <li>{@link ScorecardFormat#fromJson}; a scorecard that loads must have only finite figures.
 * </ul>
 *
 * <p>Every scorecard scored or read must have no NaN or infinite figure anywhere (profile, index,
 * score, margin, strengths, coverage, alignment, every dimension and every contribution, see {@link
 * #nonFiniteFigures(Scorecard)}), and every scorecard scored must read back equal from {@link
 * ScorecardFormat#toJson}.
 *
 * <p><b>Mutations</b> ({@link Mutations.Kind}): byte level — flip a bit, insert random bytes,
 * delete a run, duplicate a run, truncate, insert UTF-8 text from every plane, an invalid UTF-8
 * sequence, control characters, a BOM, or a YAML/JSON token; structure level — delete a node,
 * duplicate it, graft a copy of a subtree over another node, replace a value (every JSON type,
 * extreme and special numbers, NaN and infinity spelt as text, text at and over the length limit,
 * arbitrary text), replace every value of one key, rename a key, swap two siblings, nest a value 1
 * to 4 or 55 to 70 levels deeper. A try has one mutation about seven times in ten, two to six
 * otherwise, and now and then none.
 *
 * <p><b>Time bound.</b> Each try runs on a worker thread and must finish within {@link
 * #TIME_LIMIT}; otherwise the property fails naming the call that hung and showing the input, and
 * the stuck worker (a daemon thread) is abandoned for a new one.
 *
 * <p><b>Statistics.</b> Each property reports the outcome of every reader and scorer, the mutations
 * per try, and, for the tries with exactly one mutation, the outcome by mutation kind and by reader
 * and kind. Coverage checks fail the property unless every reader both loads and rejects, every
 * kind of mutation both loads (except the kinds in {@link #CANNOT_LOAD}) and is rejected, and
 * scoring gives determined scorecards (and, for responses, {@code ResponseValidationException}s)
 * under every policy; they apply from {@link #COVERAGE_MIN_TRIES} tries on.
 *
 * <p><b>Tries.</b> The {@code tries} of each {@code @Property} below (24,000 in all, with about
 * 75,000 reads, scorings and round trips) keep the class at about 20 s on two idle cores (35 s on
 * busy ones). Run more on demand with the system property {@code centricity.fuzz.tries}, which sets
 * the tries of <i>each</i> property through the {@link FuzzTries} lifecycle hook, so that
 * generation, edge cases, statistics and shrinking stay jqwik's own (a driver loop over {@code
 * Arbitrary.sampleStream()} would lose shrinking); replay a reported {@code seed} with {@code
 * centricity.fuzz.seed}:
 *
 * <pre>
 * ./mvnw -o test -pl centricity-core -Dtest=FuzzProperties -Dcentricity.fuzz.tries=200000
 * ./mvnw -o test -pl centricity-core -Dtest=FuzzProperties -Dcentricity.fuzz.seed=-123456789
 * </pre>
 *
 * <p>A failure is shrunk by jqwik and reported with the counterexample ({@link
 * FuzzCase#toString()}: seed, syntax, answer pattern and mutations) and the failing document as a
 * Java expression, ready to paste into {@link FuzzRegressionTest}. Shrinking stops after jqwik's
 * default 10 s; give it longer with {@code -Djqwik.shrinking.bounded.seconds=300}.
 *
 * <p><b>Regressions.</b> Every input the suite has found breaking the guarantee is kept as a plain
 * test in {@link FuzzRegressionTest}.
 */
@AddLifecycleHook(FuzzTries.class)
class FuzzProperties {

  /** How long one try may take, all its reads and scorings together. */
  static final Duration TIME_LIMIT = FuzzWorker.TIME_LIMIT;

  static final String LOADS = "loads";
  static final String REJECTED = "CentricityException";

  /**
   * Mutation kinds that no document survives: every level of every format has a type, so a value
   * nested in a list or map where it was not is always rejected.
   */
  static final Set<Kind> CANNOT_LOAD = EnumSet.of(Kind.NEST_DEEPER);

  private static final String BYTE_READER = "RubricFormat.read(InputStream)";
  private static final String SCORE_SEED_RUBRIC = "Scorer.score with the seed's rubric";
  private static final String SCORE_LOADED_RUBRIC = "Scorer.score with the loaded rubric";

  /** The policies every response is scored under; empty means the rubric's own. */
  static final List<NamedPolicy> POLICIES =
      List.of(
          new NamedPolicy("the rubric's own", Optional.empty()),
          new NamedPolicy("skip, 0.5, reject", Optional.of(ScoringPolicy.ofDefaults())),
          new NamedPolicy(
              "neutral, 0, ignore",
              Optional.of(
                  ScoringPolicy.custom()
                      .missing(MissingAnswers.NEUTRAL)
                      .minCoverage(0)
                      .unknownTraits(UnknownTraits.IGNORE)
                      .build())),
          new NamedPolicy(
              "skip, 0, ignore",
              Optional.of(
                  ScoringPolicy.custom()
                      .minCoverage(0)
                      .unknownTraits(UnknownTraits.IGNORE)
                      .build())),
          new NamedPolicy(
              "skip, 1, reject", Optional.of(ScoringPolicy.custom().minCoverage(1).build())),
          new NamedPolicy(
              "reject, 0.5, ignore",
              Optional.of(
                  ScoringPolicy.custom()
                      .missing(MissingAnswers.REJECT)
                      .unknownTraits(UnknownTraits.IGNORE)
                      .build())));

  /** A scoring policy with a name for the statistics. */
  record NamedPolicy(String name, Optional<ScoringPolicy> policy) {
    Scorer scorer(Rubric rubric) {
      return policy.map(p -> Scorer.of(rubric, p)).orElseGet(() -> Scorer.of(rubric));
    }
  }

  @Provide
  Arbitrary<FuzzCase> rubricCases() {
    return FuzzCase.arbitrary(FuzzSeeds.rubrics(), List.of(Syntax.YAML, Syntax.JSON));
  }

  @Provide
  Arbitrary<FuzzCase> responseCases() {
    return FuzzCase.arbitrary(FuzzSeeds.responses(), List.of(Syntax.JSON, Syntax.YAML));
  }

  @Provide
  Arbitrary<FuzzCase> scorecardCases() {
    return FuzzCase.arbitrary(FuzzSeeds.scorecards(), List.of(Syntax.JSON));
  }

  @Property(tries = 8_000)
  void every_rubric_document_loads_or_fails_with_a_centricity_exception(
      @ForAll("rubricCases") FuzzCase fuzz) {
    String reader =
        fuzz.syntax() == Syntax.YAML ? "RubricFormat.fromYaml" : "RubricFormat.fromJson";
    List<Observation> seen = withinTimeLimit(fuzz, () -> readRubric(fuzz, reader));
    Map<String, Consumer<StatisticsCoverage>> coverage =
        bothOutcomes("RubricFormat.fromYaml", "RubricFormat.fromJson", BYTE_READER);
    coverage.put(
        SCORE_LOADED_RUBRIC,
        c -> POLICIES.forEach(p -> c.check(p.name(), "determined").count(atLeastOnce())));
    report(fuzz, reader, seen, coverage);
  }

  @Property(tries = 8_000)
  void every_response_document_loads_or_fails_with_a_centricity_exception(
      @ForAll("responseCases") FuzzCase fuzz) {
    String reader =
        fuzz.syntax() == Syntax.YAML ? "ResponseFormat.fromYaml" : "ResponseFormat.fromJson";
    List<Observation> seen = withinTimeLimit(fuzz, () -> readResponse(fuzz, reader));
    Map<String, Consumer<StatisticsCoverage>> coverage =
        bothOutcomes("ResponseFormat.fromJson", "ResponseFormat.fromYaml");
    coverage.put(
        SCORE_SEED_RUBRIC,
        c ->
            POLICIES.forEach(
                p -> {
                  c.check(p.name(), "determined").count(atLeastOnce());
                  c.check(p.name(), "ResponseValidationException").count(atLeastOnce());
                }));
    report(fuzz, reader, seen, coverage);
  }

  @Property(tries = 8_000)
  void every_scorecard_document_loads_or_fails_with_a_centricity_exception(
      @ForAll("scorecardCases") FuzzCase fuzz) {
    String reader = "ScorecardFormat.fromJson";
    List<Observation> seen = withinTimeLimit(fuzz, () -> readScorecard(fuzz, reader));
    report(fuzz, reader, seen, bothOutcomes(reader));
  }

  // ---------------------------------------------------------------------------------------------
  // The tries, run on the worker thread

  /** What one call did, for the statistics: a label and the values collected under it. */
  record Observation(String label, List<Object> values) {
    static Observation of(String label, Object... values) {
      return new Observation(label, List.of(values));
    }
  }

  private static List<Observation> readRubric(FuzzCase fuzz, String reader) {
    List<Observation> seen = new ArrayList<>();
    String text = fuzz.text();
    Result<Rubric> read =
        attempt(
            reader,
            fuzz,
            () ->
                fuzz.syntax() == Syntax.YAML
                    ? RubricFormat.fromYaml(text)
                    : RubricFormat.fromJson(text));
    seen.add(Observation.of(reader, read.outcome()));

    byte[] bytes = fuzz.bytes();
    String file = fuzz.syntax() == Syntax.YAML ? "fuzz.yaml" : "fuzz.json";
    Result<Rubric> streamed =
        attempt(BYTE_READER, fuzz, () -> RubricFormat.read(new ByteArrayInputStream(bytes), file));
    seen.add(Observation.of(BYTE_READER, streamed.outcome()));
    if (isUtf8(bytes)) {
      check(
          read.sameAs(streamed),
          fuzz,
          "%s gave %s but %s of the same UTF-8 bytes gave %s",
          reader,
          read,
          BYTE_READER,
          streamed);
    } else {
      check(
          streamed.error() instanceof FormatException,
          fuzz,
          "%s of bytes that are not UTF-8 must fail with a FormatException but gave %s",
          BYTE_READER,
          streamed);
    }

    if (read.loaded()) {
      Rubric rubric = read.value();
      List<String> bad = nonFiniteFigures(rubric);
      check(bad.isEmpty(), fuzz, "%s loaded a rubric with non-finite figures %s", reader, bad);
      Response response = fuzz.responseTo(rubric);
      for (NamedPolicy p : POLICIES) {
        seen.add(score(SCORE_LOADED_RUBRIC, p, rubric, response, fuzz));
      }
    }
    return seen;
  }

  private static List<Observation> readResponse(FuzzCase fuzz, String reader) {
    List<Observation> seen = new ArrayList<>();
    String text = fuzz.text();
    Result<Response> read =
        attempt(
            reader,
            fuzz,
            () ->
                fuzz.syntax() == Syntax.YAML
                    ? ResponseFormat.fromYaml(text)
                    : ResponseFormat.fromJson(text));
    seen.add(Observation.of(reader, read.outcome()));
    if (read.loaded()) {
      for (NamedPolicy p : POLICIES) {
        seen.add(score(SCORE_SEED_RUBRIC, p, fuzz.seed().rubric(), read.value(), fuzz));
      }
    }
    return seen;
  }

  private static List<Observation> readScorecard(FuzzCase fuzz, String reader) {
    List<Observation> seen = new ArrayList<>();
    String text = fuzz.text();
    Result<Scorecard> read = attempt(reader, fuzz, () -> ScorecardFormat.fromJson(text));
    seen.add(Observation.of(reader, read.outcome()));
    if (read.loaded()) {
      checkScorecard(reader, read.value(), fuzz);
    }
    return seen;
  }

  private static final Map<String, Scorer> SCORERS = new ConcurrentHashMap<>();

  private static Observation score(
      String label, NamedPolicy policy, Rubric rubric, Response response, FuzzCase fuzz) {
    String target = "Scorer.score under policy " + policy.name();
    Result<Scorecard> card =
        attempt(
            target,
            fuzz,
            () -> {
              Scorer scorer =
                  label.equals(SCORE_SEED_RUBRIC)
                      ? SCORERS.computeIfAbsent(
                          fuzz.seed().name() + "|" + policy.name(), k -> policy.scorer(rubric))
                      : policy.scorer(rubric);
              return scorer.score(response);
            });
    if (!card.loaded()) {
      return Observation.of(label, policy.name(), card.error().getClass().getSimpleName());
    }
    checkScorecard(target, card.value(), fuzz);
    return Observation.of(
        label, policy.name(), card.value().determined() ? "determined" : "undetermined");
  }

  private static void checkScorecard(String target, Scorecard card, FuzzCase fuzz) {
    List<String> bad = nonFiniteFigures(card);
    check(bad.isEmpty(), fuzz, "%s gave a scorecard with non-finite figures %s", target, bad);
    Result<Scorecard> back =
        attempt(
            "ScorecardFormat.fromJson(ScorecardFormat.toJson(scorecard))",
            fuzz,
            () -> ScorecardFormat.fromJson(ScorecardFormat.toJson(card)));
    check(
        back.loaded() && back.value().equals(card),
        fuzz,
        "the scorecard of %s does not read back equal from its JSON: %s",
        target,
        back);
  }

  // ---------------------------------------------------------------------------------------------
  // Calls, outcomes and checks

  /** What a call gave: a value, or the CentricityException it failed with. */
  record Result<T>(T value, CentricityException error) {
    boolean loaded() {
      return error == null;
    }

    String outcome() {
      return loaded() ? LOADS : REJECTED;
    }

    boolean sameAs(Result<?> other) {
      return loaded()
          ? other.loaded() && value.equals(other.value)
          : !other.loaded() && error.getClass() == other.error.getClass();
    }

    @Override
    public String toString() {
      return loaded() ? "a value" : error.getClass().getSimpleName() + ": " + error.getMessage();
    }
  }

  /**
   * Calls the library; a {@link CentricityException} is an outcome, anything else fails the
   * property with the input.
   */
  static <T> Result<T> attempt(String target, FuzzCase fuzz, Callable<T> call) {
    return FuzzWorker.attempt(target, fuzz::describe, call, Result::new);
  }

  private static void check(boolean ok, FuzzCase fuzz, String format, Object... args) {
    FuzzWorker.check(ok, fuzz::describe, format, args);
  }

  /** Runs a try on the worker and waits at most {@link #TIME_LIMIT} for it. */
  static <T> T withinTimeLimit(FuzzCase fuzz, Callable<T> body) {
    return FuzzWorker.withinTimeLimit(fuzz::describe, body);
  }

  // ---------------------------------------------------------------------------------------------
  // Statistics

  private static final String BY_KIND = "outcome by mutation kind, tries with one mutation";
  private static final String BY_READER_AND_KIND =
      "outcome by reader and mutation kind, tries with one mutation";

  /**
   * The tries a property must run before its coverage is checked: a replay of one failed sample, or
   * a run with {@code -Dcentricity.fuzz.tries=10}, cannot meet it.
   */
  static final int COVERAGE_MIN_TRIES = 1_000;

  /** The tries of the running property so far; jqwik makes an instance for each property. */
  private int tries;

  private Predicate<Integer> atLeastOnce() {
    return n -> n > 0 || tries < COVERAGE_MIN_TRIES;
  }

  /**
   * Collects the statistics of a try and registers the coverage of each label collected (jqwik
   * cannot report a label that was given a coverage but never collected).
   */
  private void report(
      FuzzCase fuzz,
      String reader,
      List<Observation> seen,
      Map<String, Consumer<StatisticsCoverage>> coverage) {
    tries++;
    List<Observation> all = new ArrayList<>(seen);
    List<Kind> kinds = fuzz.kinds();
    all.add(
        Observation.of(
            "mutations per try", kinds.isEmpty() ? "0" : kinds.size() == 1 ? "1" : "2 to 6"));
    if (kinds.size() == 1) {
      Object outcome = seen.get(0).values().get(0);
      all.add(Observation.of(BY_KIND, kinds.get(0), outcome));
      all.add(Observation.of(BY_READER_AND_KIND, reader, kinds.get(0), outcome));
    }
    for (Observation o : all) {
      StatisticsCollector label = Statistics.label(o.label());
      label.collect(o.values().toArray());
      if (coverage.containsKey(o.label())) {
        label.coverage(coverage.get(o.label()));
      }
    }
  }

  /**
   * Requires that each reader both loads and rejects, and that each kind of mutation, alone, both
   * loads (but for {@link #CANNOT_LOAD}) and is rejected by the readers that take the document as
   * text. Kinds are pooled over those readers: some outcomes are rare by nature (a renamed key of a
   * rubric loads only in a free-form map or where an optional key takes the place of another), and
   * a bound that every build must meet cannot rest on a handful of expected hits; the table by
   * reader and kind is reported as well.
   */
  private Map<String, Consumer<StatisticsCoverage>> bothOutcomes(String... readers) {
    Map<String, Consumer<StatisticsCoverage>> coverage = new HashMap<>();
    for (String reader : readers) {
      coverage.put(
          reader,
          c -> {
            c.check(LOADS).count(atLeastOnce());
            c.check(REJECTED).count(atLeastOnce());
          });
    }
    coverage.put(
        BY_KIND,
        c -> {
          for (Kind kind : Kind.values()) {
            if (!CANNOT_LOAD.contains(kind)) {
              c.check(kind, LOADS).count(atLeastOnce());
            }
            c.check(kind, REJECTED).count(atLeastOnce());
          }
        });
    return coverage;
  }

  // ---------------------------------------------------------------------------------------------
  // Figures

  /**
   * The JSON Pointers of every figure of a scorecard that is NaN or infinite: the policy's minimum
   * coverage, the profile, index, score, margin, strengths, coverage and alignment, and the weight,
   * coverage, profile, index and strengths of every dimension and the value, weight, vector and
   * index of every contribution.
   */
  static List<String> nonFiniteFigures(Scorecard card) {
    List<String> bad = new ArrayList<>();
    finite(bad, "/policy/minCoverage", card.policy().minCoverage());
    finite(bad, "/profile", card.profile());
    finite(bad, "/index", card.index());
    finite(bad, "/score", card.score());
    finite(bad, "/margin", card.margin());
    finite(bad, "/strengths", card.strengths());
    finite(bad, "/coverage", card.coverage());
    finite(bad, "/alignment", card.alignment());
    for (int i = 0; i < card.dimensions().size(); i++) {
      DimensionScore d = card.dimensions().get(i);
      String path = "/dimensions/" + i;
      finite(bad, path + "/weight", d.weight());
      finite(bad, path + "/coverage", d.coverage());
      finite(bad, path + "/profile", d.profile());
      finite(bad, path + "/index", d.index());
      finite(bad, path + "/strengths", d.strengths());
    }
    for (int i = 0; i < card.contributions().size(); i++) {
      Contribution c = card.contributions().get(i);
      String path = "/contributions/" + i;
      finite(bad, path + "/value", c.value());
      finite(bad, path + "/weight", c.weight());
      finite(bad, path + "/vector", c.vector());
      finite(bad, path + "/index", c.index());
    }
    return bad;
  }

  /**
   * The JSON Pointers of every figure of a rubric that is NaN or infinite: the strength threshold,
   * the policy's minimum coverage, every weight, every band boundary and every expected index.
   */
  static List<String> nonFiniteFigures(Rubric rubric) {
    List<String> bad = new ArrayList<>();
    finite(bad, "/strengthThreshold", rubric.strengthThreshold());
    finite(bad, "/policy/minCoverage", rubric.policy().minCoverage());
    for (int i = 0; i < rubric.dimensions().size(); i++) {
      Dimension d = rubric.dimensions().get(i);
      finite(bad, "/dimensions/" + i + "/weight", d.weight());
      for (int j = 0; j < d.traits().size(); j++) {
        Trait t = d.traits().get(j);
        finite(bad, "/dimensions/" + i + "/traits/" + j + "/weight", t.weight());
      }
    }
    for (int i = 0; i < rubric.bands().size(); i++) {
      Band b = rubric.bands().get(i);
      finite(bad, "/bands/" + i + "/from", b.from());
      finite(bad, "/bands/" + i + "/to", b.to());
    }
    for (int i = 0; i < rubric.examples().size(); i++) {
      WorkedExample e = rubric.examples().get(i);
      finite(bad, "/examples/" + i + "/expect/index", e.expect().index());
    }
    return bad;
  }

  private static void finite(List<String> bad, String path, double x) {
    if (!Double.isFinite(x)) {
      bad.add(path + " = " + x);
    }
  }

  private static void finite(List<String> bad, String path, OptionalDouble x) {
    x.ifPresent(v -> finite(bad, path, v));
  }

  private static void finite(List<String> bad, String path, Map<String, Double> figures) {
    figures.forEach((k, v) -> finite(bad, path + "/" + k, v));
  }

  // ---------------------------------------------------------------------------------------------
  // Known bugs

}
