package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void should_exit_2_for_two_columns_for_one_trait() throws Exception {
    // a column that matches no trait is metadata; two columns answering one trait are refused
    Path csv = dir.resolve("twice.csv");
    Files.writeString(csv, "respondent,colour,rewards.insight,rewards.insight\nr1,blue,4,4\n");
    Run r = CentricityCliTest.run("cohort", csv.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("twice.csv")
        .contains("both answer trait 'rewards.insight'")
        .doesNotContain("\tat ");
  }

  @Test
  void should_compare_two_cohorts() throws Exception {
    Run r = CentricityCliTest.run("compare", SURVEY, SURVEY);
    assertThat(r.code()).isZero();
    // the same cohort twice: no change, Cohen's d 0
    assertThat(r.out()).contains("Overall index").contains("+0.000").contains("interval (Welch)");
  }

  /** The survey with rows appended; each extra row is written as given. */
  private Path surveyWith(String name, String... extra) throws Exception {
    Path csv = dir.resolve(name);
    StringBuilder s = new StringBuilder(Files.readString(Path.of(SURVEY)));
    for (String row : extra) {
      s.append(row).append('\n');
    }
    Files.writeString(csv, s.toString());
    return csv;
  }

  /** A copy of a survey row (1 = the first respondent) with another respondent and group. */
  private static String row(int n, String respondent, String group) throws Exception {
    String line = Files.readAllLines(Path.of(SURVEY)).get(n);
    String rest = line.substring(line.indexOf(',', line.indexOf(',') + 1));
    return respondent + "," + group + rest;
  }

  @Test
  void should_list_rejected_rows_before_any_statistics_warning() throws Exception {
    // GIVEN a row of three fields in a survey whose groups bring disagreement and reliability notes
    Path csv = surveyWith("short-row.csv", "r-99,Sales,1");
    // WHEN reported as text
    Run r = CentricityCliTest.run("cohort", csv.toString());
    // THEN the rejected row comes before the group table, the statistics and the warnings
    assertThat(r.code()).isZero();
    int rejected = r.out().indexOf("Rejected rows");
    assertThat(rejected).isPositive();
    assertThat(rejected).isLessThan(r.out().indexOf("whole cohort"));
    assertThat(rejected).isLessThan(r.out().indexOf("Agreement between groups"));
    assertThat(rejected).isLessThan(r.out().indexOf("Warnings"));
  }

  @Test
  void should_keep_long_group_names_distinct() throws Exception {
    // GIVEN two groups whose names agree in their first 30 characters
    String a = "Customer success team, region North";
    String b = "Customer success team, region South";
    Path csv =
        surveyWith(
            "long-groups.csv",
            row(1, "x1", "\"" + a + "\""),
            row(2, "x2", "\"" + a + "\""),
            row(3, "x3", "\"" + b + "\""),
            row(4, "x4", "\"" + b + "\""));
    // WHEN reported as text
    Run r = CentricityCliTest.run("cohort", csv.toString());
    // THEN both names are printed whole, and the figures still line up under the header
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(a + " ").contains(b + " ");
    String header = r.out().lines().filter(l -> l.startsWith("group ")).findFirst().orElseThrow();
    String north = r.out().lines().filter(l -> l.startsWith(a)).findFirst().orElseThrow();
    assertThat(north.indexOf(" 2 ") + 1).isEqualTo(header.indexOf("n "));
  }

  @Test
  void should_escape_control_characters_from_the_file_in_the_text_report() throws Exception {
    // GIVEN a respondent whose name holds an ESC sequence and a group whose name holds a line
    // break that would forge a "whole cohort" line
    Path csv =
        surveyWith(
            "control.csv",
            row(1, "evil\u001b[2J", "\"Ops\nwhole cohort   99  +1.000\""),
            row(2, "nul\u0000name", "Ops"),
            "bad\u001b[31mrow,Sales,1");
    // WHEN reported as text
    Run r = CentricityCliTest.run("cohort", csv.toString());
    // THEN no control character reaches the output, and only one line starts "whole cohort"
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0000");
    assertThat(r.out()).contains("Ops\\u000awhole cohort").contains("bad\\u001b[31mrow");
    assertThat(r.out().lines().filter(l -> l.startsWith("whole cohort"))).hasSize(1);
  }

  @Test
  void should_state_how_many_rejected_rows_are_not_listed_and_write_them_all_on_request()
      throws Exception {
    // GIVEN 1,200 rows of three fields: more than the 1,000 rejected rows a report keeps
    String[] bad = new String[1_200];
    for (int i = 0; i < bad.length; i++) {
      bad[i] = "bad-" + i + ",Sales,1";
    }
    Path csv = surveyWith("many-bad.csv", bad);
    Path all = dir.resolve("rejected.csv");
    // WHEN reported as text, as JSON, and with --rejected
    Run text = CentricityCliTest.run("cohort", csv.toString());
    Run json = CentricityCliTest.run("cohort", "--format", "json", csv.toString());
    Run written = CentricityCliTest.run("cohort", "--rejected", all.toString(), csv.toString());
    // THEN the text shows 20 and says what became of the other 1,200 − 20 = 1,180
    assertThat(text.out())
        .contains(
            "… and 1180 more: --format html lists the first 1000, --rejected FILE writes every one");
    // AND the JSON lists 1,000 and its warning says the other 200 are counted only
    CohortReport report = CohortReportFormat.fromJson(json.out().strip());
    assertThat(report.rejected()).isEqualTo(1_200);
    assertThat(report.errors()).hasSize(1_000);
    assertThat(report.warnings())
        .anySatisfy(
            w ->
                assertThat(w.message())
                    .contains(
                        "the first 1000 are listed as errors, the other 200 are counted only"));
    // AND the file holds every one of the 1,200, a line each under the header, in line order
    assertThat(written.code()).isZero();
    java.util.List<String> lines = Files.readAllLines(all);
    assertThat(lines).hasSize(1 + 1_200);
    assertThat(lines.get(0)).isEqualTo("line,respondent,column,reason");
    // the survey has a header and 50 rows, so the first bad row is line 52 and the last 1,251
    assertThat(lines.get(1)).startsWith("52,bad-0,");
    assertThat(lines.get(1_200)).startsWith("1251,bad-1199,");
  }

  @Test
  void should_refuse_to_write_rejected_rows_over_the_cohort_file() throws Exception {
    // GIVEN a cohort file WHEN --rejected names the same file
    Path csv = surveyWith("same.csv", "r-99,Sales,1");
    String before = Files.readString(csv);
    Run r = CentricityCliTest.run("cohort", "--rejected", csv.toString(), csv.toString());
    // THEN it is refused and the cohort is left as it was
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--rejected").contains("names the cohort file itself");
    assertThat(Files.readString(csv)).isEqualTo(before);
  }

  @Test
  void should_list_rejected_rows_warnings_agreement_and_reliability_in_html() throws Exception {
    // GIVEN the survey with one row of three fields
    Path csv = surveyWith("html-bad.csv", "r-99,Sales,1");
    Path page = dir.resolve("cohort.html");
    // WHEN reported as HTML
    Run r =
        CentricityCliTest.run(
            "cohort", "--format", "html", "--out", page.toString(), csv.toString());
    // THEN the page has the rejected row with its reason, the warnings, ICC, reliability and a
    // legend of the five bands
    assertThat(r.code()).isZero();
    String html = Files.readString(page);
    assertThat(html)
        .contains("id=\"rejected\"")
        .contains(
            "<td class=\"num\">52</td><td>r-99</td><td>the row has 3 fields but the header has")
        .contains("id=\"warnings\"")
        .contains("1 of 51 rows could not be scored and are listed as errors")
        .contains("id=\"icc\"", "ICC(1)", "id=\"reliability\"", "Cronbach&#39;s alpha");
    assertThat(html.split("<span class=\"swatch\"", -1)).hasSize(6);
  }

  @Test
  void should_clamp_intervals_wider_than_the_axis_and_mark_that_they_continue() throws Exception {
    // GIVEN a group of two respondents far apart: its t interval (1 degree of freedom, t = 12.7)
    // reaches far beyond −1 and +1
    Path csv = surveyWith("pair.csv", row(1, "p1", "Pair"), row(50, "p2", "Pair"));
    Path page = dir.resolve("pair.html");
    // WHEN reported as HTML
    Run r =
        CentricityCliTest.run(
            "cohort", "--format", "html", "--out", page.toString(), csv.toString());
    // THEN no interval line leaves the axis (x from 14 to 586), and arrowheads mark the cut ends
    assertThat(r.code()).isZero();
    String html = Files.readString(page);
    Matcher m =
        Pattern.compile("class=\"interval\" x1=\"([-0-9.]+)\" y1=\"12\" x2=\"([-0-9.]+)\"")
            .matcher(html);
    int lines = 0;
    while (m.find()) {
      lines++;
      assertThat(Double.parseDouble(m.group(1))).isBetween(14.0, 586.0);
      assertThat(Double.parseDouble(m.group(2))).isBetween(14.0, 586.0);
    }
    assertThat(lines).isPositive();
    assertThat(html).contains("class=\"continues\"").contains("An arrowhead marks an interval");
  }
}
