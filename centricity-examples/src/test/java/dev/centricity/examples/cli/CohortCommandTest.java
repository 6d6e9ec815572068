package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortCommandTest {

  static final String SURVEY = "src/test/resources/cohorts/team-survey.csv";

  @TempDir Path dir;

  @Test
  void should_print_a_team_by_team_table_with_intervals_and_agreement() {
    Run r = CentricityCliTest.run("cohort", SURVEY);
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("50 rows: 50 respondents scored, 0 rejected")
        .contains("whole cohort", "Finance", "Marketing", "Product", "Sales", "Support")
        .contains("ICC(1)", "alpha");
    // Support's mean index +0.474 with its interval [+0.343, +0.606]
    assertThat(r.out())
        .containsPattern("Support\\s+10\\s+\\+0\\.474\\s+\\[\\+0\\.343, \\+0\\.606\\]");
  }

  @Test
  void should_write_the_report_as_json_that_reads_back() {
    Run r = CentricityCliTest.run("cohort", "--format", "json", SURVEY);
    assertThat(r.code()).isZero();
    CohortReport report = CohortReportFormat.fromJson(r.out().strip());
    assertThat(report.respondents()).isEqualTo(50);
    assertThat(report.groups()).hasSize(5);
  }

  @Test
  void should_draw_a_chart_per_group_in_html() throws Exception {
    Path page = dir.resolve("cohort.html");
    Run r = CentricityCliTest.run("cohort", "--format", "html", "--out", page.toString(), SURVEY);
    assertThat(r.code()).isZero();
    String html = Files.readString(page);
    // the whole cohort and five teams, each a chart of 1 overall + 9 dimension intervals
    assertThat(html.split("class=\"card group\"", -1)).hasSize(7);
    assertThat(html.split("class=\"interval\"", -1)).hasSize(6 * 10 + 1);
  }

  @Test
  void should_group_by_another_column() throws Exception {
    Path csv = dir.resolve("teams.csv");
    Files.writeString(
        csv,
        Files.readString(Path.of(SURVEY)).replaceFirst("respondent,group,", "respondent,team,"));
    Run r = CentricityCliTest.run("cohort", "--group-by", "team", csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Support");
  }

  @Test
  void should_list_bad_rows_and_keep_going() throws Exception {
    Path csv = dir.resolve("bad-rows.csv");
    String good = Files.readString(Path.of(SURVEY));
    String[] lines = good.split("\n");
    lines[3] = lines[3].replaceFirst(",5,", ",9,");
    Files.writeString(csv, String.join("\n", lines) + "\n");
    Run r = CentricityCliTest.run("cohort", csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("50 rows: 49 respondents scored, 1 rejected").contains("line 4");
  }

  @Test
  void should_give_the_same_json_report_on_one_thread_and_on_four() throws Exception {
    // GIVEN the 50-row survey repeated 60 times (3,000 rows: more than two blocks of 1,024)
    Path csv = dir.resolve("large.csv");
    String[] lines = Files.readString(Path.of(SURVEY)).split("\n");
    StringBuilder s = new StringBuilder(lines[0]).append('\n');
    for (int copy = 0; copy < 60; copy++) {
      for (int i = 1; i < lines.length; i++) {
        s.append(lines[i]).append('\n');
      }
    }
    Files.writeString(csv, s.toString());
    // WHEN analysed with --threads 1 and --threads 4
    Run one = CentricityCliTest.run("cohort", "--format", "json", "--threads", "1", csv.toString());
    Run four =
        CentricityCliTest.run("cohort", "--format", "json", "--threads", "4", csv.toString());
    // THEN both succeed with 3,000 respondents, and the means agree to 1e-12
    assertThat(one.code()).isZero();
    assertThat(four.code()).isZero();
    CohortReport a = CohortReportFormat.fromJson(one.out().strip());
    CohortReport b = CohortReportFormat.fromJson(four.out().strip());
    assertThat(b.respondents()).isEqualTo(a.respondents()).isEqualTo(3_000);
    assertThat(b.groups()).hasSameSizeAs(a.groups());
    for (int g = 0; g < a.groups().size(); g++) {
      double mean = a.groups().get(g).index().orElseThrow().mean();
      assertThat(b.groups().get(g).index().orElseThrow().mean())
          .isCloseTo(mean, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void should_exit_2_for_fewer_than_one_thread() {
    Run r = CentricityCliTest.run("cohort", "--threads", "0", SURVEY);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--threads must be at least 1 but was 0");
  }

  @Test
  void should_exit_2_for_an_unknown_column() throws Exception {
    Path csv = dir.resolve("unknown.csv");
    Files.writeString(csv, "respondent,colour\nr1,blue\n");
    Run r = CentricityCliTest.run("cohort", csv.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown.csv").contains("'colour'").doesNotContain("\tat ");
  }

  @Test
  void should_compare_two_cohorts() throws Exception {
    Run r = CentricityCliTest.run("compare", SURVEY, SURVEY);
    assertThat(r.code()).isZero();
    // the same cohort twice: no change, Cohen's d 0
    assertThat(r.out()).contains("Overall index").contains("+0.000").contains("interval (Welch)");
  }
}
