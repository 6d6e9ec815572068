package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on cohorts: groups, formats, rejected rows and nothing to compare. */
class CompareCommandTest {

  static final String SURVEY = CohortCommandTest.SURVEY;

  @TempDir Path dir;

  private Path surveyWith(String name, String... extra) throws Exception {
    Path csv = dir.resolve(name);
    StringBuilder s = new StringBuilder(Files.readString(Path.of(SURVEY)));
    for (String row : extra) {
      s.append(row).append('\n');
    }
    Files.writeString(csv, s.toString());
    return csv;
  }

  @Test
  void should_print_the_comparison_of_each_group() {
    // GIVEN the survey compared with itself, grouped by its group column
    // WHEN compared
    Run r = CentricityCliTest.run("compare", "--group-by", "group", SURVEY, SURVEY);
    // THEN each of the five teams has its own table after the whole cohorts'
    assertThat(r.code()).isZero();
    for (String team : new String[] {"Finance", "Marketing", "Product", "Sales", "Support"}) {
      assertThat(r.out()).contains("Group '" + team + "'");
    }
    // Support's mean overall index is +0.474 both times: no change
    String support = r.out().substring(r.out().indexOf("Group 'Support'"));
    assertThat(support).containsPattern("Overall index\\s+\\+0\\.474\\s+\\+0\\.474\\s+\\+0\\.000");
  }

  @Test
  void should_report_the_rejected_rows_of_either_cohort() throws Exception {
    // GIVEN a second cohort with one row of three fields
    Path after = surveyWith("after.csv", "r-99,Sales,1");
    // WHEN compared
    Run r = CentricityCliTest.run("compare", SURVEY, after.toString());
    // THEN the rejected row is reported under its file, with its line and reason
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(after + ": 51 rows, 50 respondents scored, 1 rejected")
        .contains("line 52 (r-99): the row has 3 fields but the header has");
  }

  @Test
  void should_fail_with_exit_2_when_there_is_nothing_to_compare() throws Exception {
    // GIVEN a cohort whose only row is rejected
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, Files.readAllLines(Path.of(SURVEY)).get(0) + "\nr-1,Sales,1\n");
    // WHEN compared with the survey
    Run r = CentricityCliTest.run("compare", SURVEY, empty.toString());
    // THEN it is an error naming what each file gave, and no empty table is printed
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("nothing to compare")
        .contains("empty.csv has 1 rows: 0 respondents scored, 1 rows rejected")
        .contains("the row has 3 fields");
    assertThat(r.out()).doesNotContain("Overall index");
  }

  @Test
  void should_write_the_comparison_as_json_with_the_rows_of_both_files() throws Exception {
    // GIVEN a second cohort with one rejected row
    Path after = surveyWith("after.csv", "r-99,Sales,1");
    // WHEN compared as JSON
    Run r = CentricityCliTest.run("compare", "--format", "json", SURVEY, after.toString());
    // THEN the comparison reads back, and each file's rows are accounted for
    assertThat(r.code()).isZero();
    String json = r.out().strip();
    int at = json.indexOf(",\"before\":");
    dev.centricity.core.cohort.CohortComparison c =
        dev.centricity.core.io.CohortReportFormat.comparisonFromJson(
            json.substring("{\"comparison\":".length(), at));
    assertThat(c.index()).isPresent();
    assertThat(c.groups()).hasSize(5);
    assertThat(json)
        .contains("\"rows\":50,\"respondents\":50,\"rejected\":0,\"errors\":[]")
        .contains("\"rows\":51,\"respondents\":50,\"rejected\":1,\"errors\":[{\"line\":52");
  }

  @Test
  void should_write_the_comparison_as_an_html_page() throws Exception {
    // GIVEN a second cohort with one rejected row
    Path after = surveyWith("after.csv", "r-99,Sales,1");
    Path page = dir.resolve("compare.html");
    // WHEN compared as HTML
    Run r =
        CentricityCliTest.run(
            "compare", "--format", "html", "--out", page.toString(), SURVEY, after.toString());
    // THEN the page has the whole cohorts and five groups (10 rows each: overall + 9 dimensions)
    // and the rejected row
    assertThat(r.code()).isZero();
    String html = Files.readString(page);
    assertThat(html.split("class=\"card comparison\"", -1)).hasSize(7);
    assertThat(html.split("<tr class=\"difference\">", -1)).hasSize(6 * 10 + 1);
    assertThat(html).contains("<td class=\"num\">52</td><td>r-99</td>");
  }
}
