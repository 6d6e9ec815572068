package dev.centricity.testkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.testkit.Responses;
import dev.centricity.testkit.Rubrics;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cohort invariant of {@code docs/model.md} (invariant 12) and the batch rule of {@code
 * docs/robustness.md} (rows out = rows in), as jqwik properties over generated rubrics and
 * responses:
 *
 * <ul>
 *   <li>respondent order changes nothing (every figure of the report to 1e-9, since sums of doubles
 *       in another order round differently);
 *   <li>n ≥ 2 identical responses give that response's scorecard figures with zero spread;
 *   <li>rows out = rows in, for any mix of good and bad CSV rows.
 * </ul>
 */
class CohortProperties {

  private static final ScoringPolicy SKIP = ScoringPolicy.ofDefaults();

  /** A rubric, and a cohort of responses to it, each with a group label or none. */
  record Survey(Rubric rubric, List<CohortMember> members) {
    @Override
    public String toString() {
      return Rubrics.describe(rubric) + "\n" + members.size() + " members";
    }
  }

  @Provide
  Arbitrary<Survey> surveys() {
    return Rubrics.arbitrary()
        .poles(2, 3)
        .flatMap(
            rubric ->
                Combinators.combine(
                        Responses.arbitrary(rubric),
                        Arbitraries.of("A", "B", "C", "").injectDuplicates(0.5))
                    .as((response, group) -> member(response, group))
                    .list()
                    .ofMaxSize(25)
                    .map(members -> new Survey(rubric, members)));
  }

  private static CohortMember member(Response response, String group) {
    return group.isEmpty() ? CohortMember.of(response) : CohortMember.of(response, group);
  }

  @Property(tries = 150)
  void respondent_order_changes_nothing(@ForAll("surveys") Survey survey, @ForAll long seed) {
    // GIVEN the same members in another order
    List<CohortMember> shuffled = new ArrayList<>(survey.members());
    Collections.shuffle(shuffled, new Random(seed));
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(survey.rubric(), SKIP));
    // WHEN
    CohortReport original = analysis.analyse(Cohort.of(survey.members()));
    CohortReport reordered = analysis.analyse(Cohort.of(shuffled));
    // THEN every figure agrees, except where each error row is (its position)
    Map<String, Object> a = flatten(original);
    Map<String, Object> b = flatten(reordered);
    assertThat(b.keySet()).isEqualTo(a.keySet());
    a.forEach(
        (path, value) -> {
          Object other = b.get(path);
          if (value instanceof Double x) {
            assertThat((Double) other)
                .as(path)
                .isCloseTo(x, within(1e-9 * Math.max(1, Math.abs(x))));
          } else {
            assertThat(other).as(path).isEqualTo(value);
          }
        });
  }

  @Property(tries = 200)
  void identical_responses_give_the_scorecard_with_zero_spread(
      @ForAll("surveys") Survey survey, @ForAll @IntRange(min = 2, max = 12) int n) {
    // GIVEN n copies of the first member's response, one group
    if (survey.members().isEmpty()) {
      return;
    }
    Response response = survey.members().get(0).response();
    Scorer scorer = Scorer.of(survey.rubric(), SKIP);
    Scorecard card = scorer.score(response);
    List<CohortMember> copies = Collections.nCopies(n, CohortMember.of(response, "T"));
    // WHEN
    CohortReport report = CohortAnalysis.of(scorer).analyse(Cohort.of(copies));
    // THEN the cohort and its one group are that scorecard, with no spread
    for (GroupSummary g : List.of(report.overall(), report.group("T").orElseThrow())) {
      assertThat(g.respondents()).isEqualTo(n);
      assertThat(g.undetermined()).isEqualTo(card.determined() ? 0 : n);
      card.index()
          .ifPresentOrElse(
              i -> {
                assertThat(g.index().orElseThrow().mean()).isCloseTo(i, within(1e-12));
                assertNoSpread(g.index().orElseThrow());
                assertThat(g.score().orElseThrow().mean())
                    .isCloseTo(card.score().getAsDouble(), within(1e-10));
                card.band()
                    .ifPresent(
                        band -> {
                          assertThat(g.band().orElseThrow().band()).hasValue(band);
                          assertThat(g.bandCounts().get(band)).isEqualTo(n);
                        });
              },
              () -> assertThat(g.index()).isEmpty());
      card.profile()
          .forEach(
              (pole, share) ->
                  assertThat(g.profile().get(pole).mean()).isCloseTo(share, within(1e-12)));
      card.strengths()
          .forEach(
              (pole, s) -> {
                assertThat(g.strengths().get(pole).mean()).isCloseTo(s, within(1e-12));
                assertNoSpread(g.strengths().get(pole));
              });
      assertThat(g.strengths().keySet()).isEqualTo(card.strengths().keySet());
      for (DimensionScore ds : card.dimensions()) {
        DimensionSummary d = g.dimension(ds.id()).orElseThrow();
        assertThat(d.counted()).isEqualTo(ds.counted() ? n : 0);
        ds.index()
            .ifPresent(
                i -> {
                  assertThat(d.index().orElseThrow().mean()).isCloseTo(i, within(1e-12));
                  assertNoSpread(d.index().orElseThrow());
                });
        // identical answers agree perfectly
        d.agreement().ifPresent(a -> assertThat(a.rwg()).isEqualTo(1.0));
      }
    }
  }

  private static void assertNoSpread(Estimate e) {
    assertThat(e.standardDeviation()).hasValue(0.0);
    assertThat(e.standardError()).hasValue(0.0);
    assertThat(e.lower()).hasValue(e.mean());
    assertThat(e.upper()).hasValue(e.mean());
  }

  /** One CSV row of small.yaml, and whether the reader or scorer must reject it. */
  record CsvRow(String text, boolean bad) {}

  @Provide
  Arbitrary<List<CsvRow>> csvRows() {
    Arbitrary<String> answer = Arbitraries.of("1", "2", "3", "4", "5", "", "n/a", " 4 ", "N/A");
    Arbitrary<String> group =
        Arbitraries.of("A", "\"Team, B\"", "\"Multi\nline\"", "", "\"Q \"\"x\"\"\"");
    Arbitrary<CsvRow> good =
        Combinators.combine(group, answer.list().ofSize(4), Arbitraries.of("1", "2", "", "n/a"))
            .as(
                (g, a, churn) ->
                    new CsvRow("r," + g + "," + String.join(",", a) + "," + churn, false));
    Arbitrary<CsvRow> bad =
        Arbitraries.of(
            new CsvRow("r,A,6,3,3,3,1", true),
            new CsvRow("r,A,3,x,3,3,1", true),
            new CsvRow("r,A,3,3,3,3,3", true),
            new CsvRow("r,A,3,3,3", true),
            new CsvRow("r,A,3,3,3,3,1,1", true),
            new CsvRow("r,A\"B,3,3,3,3,1", true),
            new CsvRow("r,\"A\"B,3,3,3,3,1", true),
            new CsvRow("r,A,3.5,3,3,3,1", true));
    return Arbitraries.frequencyOf(List.of(Tuple.of(3, good), Tuple.of(1, bad)))
        .list()
        .ofMaxSize(40);
  }

  @Property(tries = 200)
  void rows_out_equal_rows_in(
      @ForAll("csvRows") List<CsvRow> rows, @ForAll boolean crlf, @ForAll boolean strict) {
    // GIVEN a file of good and bad rows, with LF or CRLF line ends
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder csv =
        new StringBuilder(
            "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn"
                + eol);
    rows.forEach(r -> csv.append(r.text().replace("\n", eol)).append(eol));
    long bad = rows.stream().filter(CsvRow::bad).count();
    // and, when strict, a policy that also rejects every good row with a missing answer
    Scorer scorer =
        strict
            ? Scorer.of(
                Fixtures.small(),
                ScoringPolicy.custom().missing(ScoringPolicy.MissingAnswers.REJECT).build())
            : Scorer.of(Fixtures.small());
    // WHEN
    List<CohortRow> read = Fixtures.rows(CohortReader.of(scorer), csv.toString());
    CohortReport report;
    try (CohortRows again = CohortReader.of(scorer).fromString(csv.toString())) {
      report = CohortAnalysis.of(scorer).analyse(again);
    }
    // THEN one row out per row in, the bad ones as errors
    assertThat(read).hasSize(rows.size());
    assertThat(read.stream().filter(CohortRow::isError).count()).isEqualTo(bad);
    assertThat(report.rows()).isEqualTo(rows.size());
    assertThat(report.respondents() + report.rejected()).isEqualTo(rows.size());
    if (!strict) {
      assertThat(report.rejected()).isEqualTo(bad);
    } else {
      assertThat(report.rejected()).isGreaterThanOrEqualTo(bad);
    }
    assertThat(report.errors()).hasSize((int) report.rejected());
    assertThat(read.stream().mapToLong(CohortRow::line)).isSorted();
  }

  /** Every number and text of a report by its JSON path, errors left out. */
  static Map<String, Object> flatten(CohortReport report) {
    JsonNode tree = JsonMapper.builder().build().readTree(CohortReportFormat.toJson(report));
    Map<String, Object> out = new TreeMap<>();
    flatten("", tree, out);
    out.keySet().removeIf(k -> k.startsWith("/errors"));
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(path + "/" + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "/" + i, node.get(i), out);
      }
    } else if (node.isNumber()) {
      out.put(path, node.isIntegralNumber() ? (Object) node.asLong() : (Object) node.asDouble());
    } else {
      out.put(path, node.asString());
    }
  }

  @Property(tries = 20)
  void a_report_round_trips_through_JSON(@ForAll("surveys") Survey survey) {
    CohortReport report =
        CohortAnalysis.of(Scorer.of(survey.rubric(), SKIP)).analyse(Cohort.of(survey.members()));
    String json = CohortReportFormat.toJson(report);
    // no number is NaN or infinite (ids may spell them, in quotes)
    assertThat(json).doesNotContainPattern("[:,\\[]-?(NaN|Infinity)");
    assertThat(CohortReportFormat.fromJson(json)).isEqualTo(report);
  }
}
