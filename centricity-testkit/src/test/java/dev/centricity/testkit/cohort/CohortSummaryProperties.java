package dev.centricity.testkit.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortSummary;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.testkit.Responses;
import dev.centricity.testkit.Rubrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The cohort analysis as a mergeable summary (docs/cohorts.md, "Parallel and distributed cohorts"),
 * as jqwik properties over generated rubrics and cohorts with error rows:
 *
 * <ul>
 *   <li>summaries of any split of the rows, merged in any order, give the one-pass report: every
 *       figure to 1e-12 · max(1, |x|), every count, text and error row exactly;
 *   <li>the analysis on 1 to 8 threads gives the same report: bit for bit from 2 threads up, and to
 *       1e-12 between one thread and several.
 * </ul>
 */
class CohortSummaryProperties {

  private static final ScoringPolicy SKIP = ScoringPolicy.ofDefaults();
  private static final double TOLERANCE = 1e-12;

  /** A rubric and distinct members to draw a cohort from. */
  record Survey(Rubric rubric, List<CohortMember> members) {
    @Override
    public String toString() {
      return Rubrics.describe(rubric) + "\n" + members.size() + " distinct members";
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
                        Arbitraries.of("A", "B", "C", "D", "").injectDuplicates(0.5))
                    .as(CohortSummaryProperties::member)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(30)
                    .map(members -> new Survey(rubric, members)));
  }

  private static CohortMember member(Response response, String group) {
    return group.isEmpty() ? CohortMember.of(response) : CohortMember.of(response, group);
  }

  /** {@code n} rows drawn from the survey's members, about one in twelve an error row. */
  private static List<CohortRow> rows(Survey survey, int n, Random random) {
    List<CohortRow> rows = new ArrayList<>(n);
    for (int line = 1; line <= n; line++) {
      if (random.nextInt(12) == 0) {
        rows.add(
            CohortRow.of(
                RowError.of(line, Optional.of("r" + line), Optional.empty(), "not an answer")));
      } else {
        List<CohortMember> members = survey.members();
        rows.add(CohortRow.of(line, members.get(random.nextInt(members.size()))));
      }
    }
    return rows;
  }

  @Property(tries = 150)
  void summaries_of_any_split_merged_in_any_order_give_the_one_pass_report(
      @ForAll("surveys") Survey survey,
      @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 7) int parts,
      @ForAll long seed) {
    // GIVEN n rows, each given to one of the parts at random (parts may be empty)
    Random random = new Random(seed);
    List<CohortRow> rows = rows(survey, n, random);
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(survey.rubric(), SKIP));
    List<CohortSummary> summaries = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      summaries.add(analysis.summary());
    }
    for (CohortRow row : rows) {
      summaries.get(random.nextInt(parts)).add(row);
    }
    // WHEN two summaries picked at random are merged, either way round, until one is left
    while (summaries.size() > 1) {
      CohortSummary a = summaries.remove(random.nextInt(summaries.size()));
      CohortSummary b = summaries.remove(random.nextInt(summaries.size()));
      summaries.add(a.merge(b));
    }
    CohortReport merged = summaries.get(0).report();
    // THEN the report of one pass over the rows in order
    CohortReport onePass = analysis.withThreads(1).analyse(rows);
    assertSameReport(merged, onePass);
  }

  @Property(tries = 12)
  void any_number_of_threads_gives_the_same_report(
      @ForAll("surveys") Survey survey,
      @ForAll @IntRange(min = 1_000, max = 3_500) int n,
      @ForAll long seed) {
    // GIVEN a cohort of one to four blocks of 1,024 rows
    List<CohortRow> rows = rows(survey, n, new Random(seed));
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(survey.rubric(), SKIP));
    // WHEN analysed on 1 to 8 threads
    CohortReport one = analysis.withThreads(1).analyse(rows);
    CohortReport two = analysis.withThreads(2).analyse(rows);
    String json = CohortReportFormat.toJson(two);
    for (int threads = 3; threads <= 8; threads++) {
      // THEN from two threads up, the same report bit for bit
      assertThat(CohortReportFormat.toJson(analysis.withThreads(threads).analyse(rows)))
          .as("%d threads", threads)
          .isEqualTo(json);
    }
    // and one thread agrees with them to 1e-12
    assertSameReport(two, one);
  }

  private static void assertSameReport(CohortReport actual, CohortReport expected) {
    assertThat(actual.errors()).isEqualTo(expected.errors());
    assertThat(actual.rows()).isEqualTo(expected.rows());
    Map<String, Object> a = CohortProperties.flatten(actual);
    Map<String, Object> e = CohortProperties.flatten(expected);
    assertThat(a.keySet()).isEqualTo(e.keySet());
    e.forEach(
        (path, value) -> {
          Object other = a.get(path);
          if (value instanceof Double x && other instanceof Double y) {
            assertThat(y).as(path).isCloseTo(x, within(TOLERANCE * Math.max(1, Math.abs(x))));
          } else {
            assertThat(other).as(path).isEqualTo(value);
          }
        });
  }
}
