package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.COHORTS;
import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Summaries of parts of a cohort merged, summaries as bytes, and the analysis on several threads:
 * the same report as one pass, and an error for every misuse.
 */
class CohortSummaryTest {

  private static List<CohortRow> smallTeams() {
    Scorer scorer = Scorer.of(small());
    try (CohortRows rows = CohortReader.of(scorer).open(COHORTS.resolve("small-teams.csv"))) {
      return rows.stream().toList();
    }
  }

  @Test
  void should_report_the_hand_computed_figures_from_merged_parts() {
    // GIVEN small-teams.csv (see CohortAnalysisTest) split as {a1, a2}, {a3, b1}, {b2, c1}
    List<CohortRow> rows = smallTeams();
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    CohortSummary first = analysis.summary().addAll(rows.subList(0, 2));
    CohortSummary second = analysis.summary().addAll(rows.subList(2, 4));
    CohortSummary third = analysis.summary().addAll(rows.subList(4, 6));
    // WHEN merged last part first
    CohortReport report = third.merge(first).merge(second).report();
    // THEN the indices 1, ½, 0, −½, −½, ¼ give n 6 and mean 0.75/6 = 0.125;
    // Σ(I − 0.125)² = 0.765625 + 0.140625 + 0.015625 + 0.390625 + 0.390625 + 0.015625 = 1.71875,
    // SD = √(1.71875/5) = √0.34375
    Estimate index = report.overall().index().orElseThrow();
    assertThat(report.rows()).isEqualTo(6);
    assertThat(index.n()).isEqualTo(6);
    assertThat(index.mean()).isCloseTo(0.125, within(1e-12));
    assertThat(index.standardDeviation().getAsDouble())
        .isCloseTo(Math.sqrt(0.34375), within(1e-12));
    // group A: indices 1, ½, 0, mean ½; group B: −½, −½, mean −½ with SD 0; group C: ¼
    assertThat(report.group("A").orElseThrow().index().orElseThrow().mean())
        .isCloseTo(0.5, within(1e-12));
    assertThat(report.group("B").orElseThrow().index().orElseThrow().standardDeviation())
        .hasValue(0.0);
    assertThat(report.group("C").orElseThrow().respondents()).isEqualTo(1);
    assertThat(report.groups())
        .extracting(g -> g.group().orElseThrow())
        .containsExactly("A", "B", "C");
  }

  @Test
  void should_equal_the_one_pass_report_whatever_the_split() {
    // GIVEN small-teams.csv and its one-pass report
    List<CohortRow> rows = smallTeams();
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    CohortReport onePass = analysis.withThreads(1).analyse(rows);
    // WHEN each row is summarised alone and the six summaries merged from the last
    CohortSummary merged = analysis.summary();
    for (int i = rows.size() - 1; i >= 0; i--) {
      merged = analysis.summary().add(rows.get(i)).merge(merged);
    }
    // THEN every figure agrees to 1e-12 (JSON numbers print the shortest decimal for a double)
    assertSameFigures(merged.report(), onePass, 1e-12);
  }

  @Test
  void should_read_back_a_summary_from_its_bytes_that_merges_exactly() {
    // GIVEN the summary of the first three rows, as bytes
    List<CohortRow> rows = smallTeams();
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    CohortSummary first = analysis.summary().addAll(rows.subList(0, 3));
    byte[] bytes = first.toBytes();
    // WHEN read back by another analysis of the same rubric and merged with the rest
    CohortAnalysis elsewhere = CohortAnalysis.of(Scorer.of(small()));
    CohortSummary back = elsewhere.summary(bytes);
    CohortReport viaBytes = back.merge(elsewhere.summary().addAll(rows.subList(3, 6))).report();
    CohortReport direct = first.merge(analysis.summary().addAll(rows.subList(3, 6))).report();
    // THEN the same report, bit for bit
    assertThat(back.rows()).isEqualTo(6);
    assertThat(CohortReportFormat.toJson(viaBytes)).isEqualTo(CohortReportFormat.toJson(direct));
  }

  @Test
  void should_keep_the_coded_problems_of_error_rows_through_the_bytes() {
    // GIVEN a summary holding a rejected row with its reason as a code and values (what a report in
    // another language words it from) and one with a reason only
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    RowProblem problem =
        RowProblem.of(RowProblem.Code.NOT_AN_ANSWER, Optional.of("q1"), List.of("q1", "lots"));
    RowError coded =
        RowError.of(
            4,
            Optional.of("r-4"),
            Optional.of("q1"),
            "column 'q1': 'lots' is not an answer",
            List.of(problem));
    CohortSummary summary = analysis.summary().add(CohortRow.of(coded)).add(error(7));
    // WHEN it travels as bytes and is read back
    CohortReport back = analysis.summary(summary.toBytes()).report();
    // THEN the first error keeps its problem (code, column and values), the second has none, and
    // the
    // report writes the same JSON as the summary it came from
    assertThat(back.errors()).hasSize(2);
    RowProblem read = back.errors().get(0).problems().get(0);
    assertThat(read.code()).isEqualTo(RowProblem.Code.NOT_AN_ANSWER);
    assertThat(read.column()).hasValue("q1");
    assertThat(read.values()).containsExactly("q1", "lots");
    assertThat(back.errors().get(1).problems()).isEmpty();
    assertThat(CohortReportFormat.toJson(back))
        .isEqualTo(CohortReportFormat.toJson(summary.report()));
  }

  @Test
  void should_keep_error_rows_in_line_order_when_merged_in_another_order() {
    // GIVEN errors on lines 2, 5 and 3, 9 in two summaries
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    CohortSummary a = analysis.summary().add(error(2)).add(error(5));
    CohortSummary b = analysis.summary().add(error(3)).add(error(9));
    // WHEN the later one takes the earlier
    CohortReport report = b.merge(a).report();
    // THEN the errors come by line, and the four rows are counted as rejected
    assertThat(report.errors()).extracting(RowError::line).containsExactly(2L, 3L, 5L, 9L);
    assertThat(report.rows()).isEqualTo(4);
    assertThat(report.rejected()).isEqualTo(4);
  }

  @Test
  void should_keep_the_first_errors_by_line_when_rows_come_in_another_order() {
    // GIVEN 1,001 error rows added from line 1,001 down to line 1
    CohortSummary s = CohortAnalysis.of(Scorer.of(small())).summary();
    for (long line = 1_001; line >= 1; line--) {
      s.add(error(line));
    }
    // WHEN reported
    CohortReport report = s.report();
    // THEN all 1,001 are counted, and the 1,000 kept are lines 1 to 1,000 in order
    assertThat(report.rejected()).isEqualTo(1_001);
    assertThat(report.errors()).hasSize(CohortReport.MAX_ERRORS_KEPT);
    assertThat(report.errors().get(0).line()).isEqualTo(1);
    assertThat(report.errors().get(999).line()).isEqualTo(1_000);
    assertThat(report.errors()).extracting(RowError::line).isSorted();
  }

  @Test
  void should_say_in_the_warning_how_many_rejected_rows_are_not_listed() {
    // GIVEN 1,500 error rows: more than the 1,000 a report keeps
    CohortSummary s = CohortAnalysis.of(Scorer.of(small())).summary();
    for (long line = 1; line <= 1_500; line++) {
      s.add(error(line));
    }
    // WHEN reported
    CohortReport report = s.report();
    // THEN the warning says the first 1,000 are listed and the other 1,500 − 1,000 = 500 counted
    assertThat(report.warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.ROWS_REJECTED)
        .singleElement()
        .extracting(CohortWarning::message)
        .isEqualTo(
            "1500 of 1500 rows could not be scored; the first 1000 are listed as errors, the other"
                + " 500 are counted only");
  }

  private static CohortRow error(long line) {
    return CohortRow.of(RowError.of(line, Optional.empty(), Optional.empty(), "bad"));
  }

  @Test
  void should_give_the_same_report_on_any_number_of_threads_for_a_large_file() {
    // GIVEN a CSV of 5,000 rows (five blocks of 1,024 rows and part of another), every 97th bad
    String csv = generated(5_000);
    Scorer scorer = Scorer.of(small());
    // WHEN analysed on 1, 2, 3 and 8 threads
    CohortReport one = analyse(scorer, csv, 1);
    CohortReport two = analyse(scorer, csv, 2);
    CohortReport three = analyse(scorer, csv, 3);
    CohortReport eight = analyse(scorer, csv, 8);
    // THEN 2, 3 and 8 threads give the same report bit for bit (same blocks, merged in order),
    // and one pass agrees with them to 1e-12, counts and errors exactly
    String json = CohortReportFormat.toJson(two);
    assertThat(CohortReportFormat.toJson(three)).isEqualTo(json);
    assertThat(CohortReportFormat.toJson(eight)).isEqualTo(json);
    assertSameFigures(two, one, 1e-12);
    assertThat(two.errors()).isEqualTo(one.errors());
    // 5,000 rows, of which rows 97, 194, ..., 4,947 (51 rows) are bad
    assertThat(two.rows()).isEqualTo(5_000);
    assertThat(two.rejected()).isEqualTo(51);
    assertThat(two.errors()).extracting(RowError::line).isSorted().hasSize(51);
    assertThat(two.errors().get(0).line()).isEqualTo(98);
  }

  @Test
  void should_stop_with_the_file_error_when_a_later_block_cannot_be_read() {
    // GIVEN 3,000 good rows, then a quote that is never closed
    String csv = generated(3_000).replace("r-2999,", "r-2999,\"");
    Scorer scorer = Scorer.of(small());
    // WHEN analysed on two threads THEN the reader's error, naming the line, reaches the caller
    assertThatThrownBy(() -> analyse(scorer, csv, 2))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("line");
  }

  @Test
  void should_refuse_fewer_than_one_thread() {
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    assertThatThrownBy(() -> analysis.withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of threads must be at least 1 but was 0");
  }

  @Test
  void should_refuse_to_merge_a_summary_with_itself() {
    CohortSummary s = CohortAnalysis.of(Scorer.of(small())).summary();
    assertThatThrownBy(() -> s.merge(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a summary cannot be merged with itself");
  }

  @Test
  void should_refuse_to_merge_summaries_of_different_policies() {
    // GIVEN summaries under the default policy and under one rejecting missing answers
    CohortSummary skip = CohortAnalysis.of(Scorer.of(small())).summary();
    CohortSummary reject =
        CohortAnalysis.of(
                Scorer.of(
                    small(),
                    ScoringPolicy.custom().missing(ScoringPolicy.MissingAnswers.REJECT).build()))
            .summary();
    // WHEN merged THEN refused, naming both policies
    assertThatThrownBy(() -> skip.merge(reject))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different rubrics or policies")
        .hasMessageContaining("REJECT");
  }

  @Test
  void should_refuse_bytes_of_another_rubric() {
    // GIVEN a summary of small.yaml as bytes
    byte[] bytes = CohortAnalysis.of(Scorer.of(small())).summary().toBytes();
    CohortAnalysis other = CohortAnalysis.of(Scorer.of(Fixtures.defaultRubric()));
    // WHEN read by an analysis of the default rubric THEN refused, naming both
    assertThatThrownBy(() -> other.summary(bytes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the cohort summary is of the rubric with content hash")
        .hasMessageContaining(Fixtures.defaultRubric().contentHash());
  }

  @Test
  void should_refuse_bytes_that_are_not_a_summary() {
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    assertThatThrownBy(() -> analysis.summary("hello, world".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the bytes are not a cohort summary");
  }

  @Test
  void should_refuse_bytes_cut_short() {
    // GIVEN a summary of one row, without its last byte
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(small()));
    byte[] bytes = analysis.summary().add(smallTeams().get(0)).toBytes();
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    // WHEN read back THEN refused as damaged
    assertThatThrownBy(() -> analysis.summary(cut))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the cohort summary is cut short or damaged");
  }

  /** CSV for small.yaml: row k in group T(k mod 5), answers from k; row k is bad when 97 | k. */
  static String generated(int rows) {
    StringBuilder s =
        new StringBuilder(
            "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n");
    for (int k = 1; k <= rows; k++) {
      s.append(String.format(Locale.ROOT, "r-%d,T%d,", k, k % 5));
      if (k % 97 == 0) {
        s.append("9,1,1,1,1\n");
      } else {
        s.append(
            String.format(
                Locale.ROOT,
                "%d,%d,%d,%s,%d\n",
                1 + k % 5,
                1 + (k / 3) % 5,
                1 + (k * 7) % 5,
                k % 11 == 0 ? "" : String.valueOf(1 + (k / 7) % 5),
                1 + k % 2));
      }
    }
    return s.toString();
  }

  private static CohortReport analyse(Scorer scorer, String csv, int threads) {
    try (CohortRows rows = CohortReader.of(scorer).fromString(csv)) {
      return CohortAnalysis.of(scorer).withThreads(threads).analyse(rows);
    }
  }

  /**
   * Every number of the two reports' JSON within {@code tolerance} · max(1, |x|), the rest equal.
   */
  static void assertSameFigures(CohortReport actual, CohortReport expected, double tolerance) {
    ReportFigures.assertClose(
        CohortReportFormat.toJson(actual), CohortReportFormat.toJson(expected), tolerance);
  }
}
