package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohort --format csv}, the exit code of a run that scores nothing, {@code --policy}, the
 * column options, and inputs told apart by content: what the tool does with the rows of a file.
 *
 * <p>The rubric is core's {@code cohorts/small.yaml}: dimension culture (culture.listen and
 * culture.visit keyed customer, culture.ship keyed product, five points) and focus (focus.aim, a
 * contrast product → customer on five points; focus.churn keyed customer, yes/no), weights 1,
 * policy SKIP with minimum coverage 0.5. A five-point answer v counts (v − 3)/2 on the index ((3 −
 * v)/2 keyed product), churn −1 (No) or +1 (Yes); a dimension's index is the mean of its answered
 * traits, the overall index the mean of the counted dimensions.
 */
class CohortRowsOutTest {

  static final String SMALL = "../centricity-core/src/test/resources/cohorts/small.yaml";

  static final String HEADER =
      "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  private static Run run(String... args) {
    return CentricityCliTest.run(args);
  }

  @Test
  void should_write_one_csv_row_per_input_row_in_order_and_count_the_rejected_on_stderr()
      throws Exception {
    // GIVEN three rows: a3 scores, a2 has an answer outside the scale, a1 scores
    Path csv =
        file("survey.csv", HEADER + "a3,A,3,3,3,3,2\n" + "a2,A,9,3,3,3,2\n" + "a1,B,4,2,2,3,n/a\n");
    // WHEN written as CSV
    Run r = run("cohort", "--rubric", SMALL, "--format", "csv", csv.toString());
    // THEN exit 0, a header and three rows in input order, the rejected one kept
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "line,respondent,group,status,reason,index,score,band,coverage,culture_index,"
                + "focus_index");
    assertThat(lines).hasSize(4);
    // a3 (line 2): culture 0; focus (0 + 1)/2 = ½; index ¼; score 62.5; coverage 1
    assertThat(lines.get(1)).isEqualTo("2,a3,A,scored,,0.25,62.5,Customer-leaning,1.0,0.0,0.5");
    assertThat(lines.get(2)).startsWith("3,a2,,rejected,").contains("9").endsWith(",,,,,,");
    // a1 (line 4): culture (½ − ½ + ½)/3 = 1/6; focus 0 (churn n/a); index 1/12; coverage 0.75
    assertThat(lines.get(3)).startsWith("4,a1,B,scored,,0.08333333333333").contains(",0.75,");
    // and stderr says how many rows were rejected
    assertThat(r.err()).contains("1 of 3 rows").contains("rejected");
  }

  @Test
  void should_write_the_csv_rows_to_the_out_file() throws Exception {
    // GIVEN a cohort of one row
    Path csv = file("survey.csv", HEADER + "a3,A,3,3,3,3,2\n");
    Path out = dir.resolve("scores.csv");
    // WHEN
    Run r =
        run(
            "cohort",
            "--rubric",
            SMALL,
            "--format",
            "csv",
            "--out",
            out.toString(),
            csv.toString());
    // THEN nothing on stdout, the rows in the file
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).contains("\r\n2,a3,A,scored,,0.25,62.5,");
  }

  @Test
  void should_refuse_to_write_the_csv_rows_over_the_cohort() throws Exception {
    // GIVEN a cohort
    Path csv = file("survey.csv", HEADER + "a3,A,3,3,3,3,2\n");
    // WHEN --out names it
    Run r =
        run(
            "cohort",
            "--rubric",
            SMALL,
            "--format",
            "csv",
            "--out",
            csv.toString(),
            csv.toString());
    // THEN exit 2 and the survey unchanged
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is also an input (COHORT");
    assertThat(Files.readString(csv)).isEqualTo(HEADER + "a3,A,3,3,3,3,2\n");
  }

  @Test
  void should_exit_2_with_the_first_reasons_when_no_row_could_be_scored() throws Exception {
    // GIVEN four rows, none of which can be scored
    Path csv =
        file(
            "bad.csv",
            HEADER
                + "r1,A,9,3,3,3,2\n"
                + "r2,A,3,0,3,3,2\n"
                + "r3,A,3,3,x,3,2\n"
                + "r4,A,3,3,3,3,7\n");
    // WHEN reported as text, and written as CSV
    Run text = run("cohort", "--rubric", SMALL, csv.toString());
    Run rows = run("cohort", "--rubric", SMALL, "--format", "csv", csv.toString());
    // THEN exit 2 both ways, naming the first three rows and their reasons
    for (Run r : List.of(text, rows)) {
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err())
          .contains("no row could be scored (4 rejected)")
          .contains("line 2 (respondent 'r1')")
          .contains("line 3")
          .contains("line 4")
          .doesNotContain("line 5");
    }
    // and the CSV still has every row
    assertThat(rows.out().lines()).hasSize(5);
  }

  @Test
  void should_exit_2_for_a_file_without_rows() throws Exception {
    // GIVEN a header only
    Path csv = file("empty.csv", HEADER);
    // WHEN / THEN
    Run r = run("cohort", "--rubric", SMALL, csv.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("empty.csv").contains("no respondent rows");
  }

  @Test
  void should_score_with_the_policy_given() throws Exception {
    // GIVEN a row that leaves focus.churn unanswered
    Path csv = file("survey.csv", HEADER + "a1,A,4,2,2,3,n/a\n" + "a3,A,3,3,3,3,2\n");
    // WHEN the policy rejects missing answers
    Run r =
        run("cohort", "--rubric", SMALL, "--policy", "reject", "--format", "csv", csv.toString());
    // THEN that row is rejected, the complete one scored
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(1)).startsWith("2,a1,,rejected,").contains("focus.churn");
    assertThat(lines.get(2)).startsWith("3,a3,A,scored,");
  }

  @Test
  void should_refuse_the_respondent_column_as_the_group_column() throws Exception {
    // GIVEN a cohort
    Path csv = file("survey.csv", HEADER + "a3,A,3,3,3,3,2\n");
    // WHEN grouped by respondent, by a blank name, or by the respondent column given
    Run respondent = run("cohort", "--rubric", SMALL, "--group-by", "respondent", csv.toString());
    Run blank = run("cohort", "--rubric", SMALL, "--group-by", "", csv.toString());
    Run chosen =
        run(
            "cohort",
            "--rubric",
            SMALL,
            "--respondent-column",
            "group",
            "--group-by",
            "Group",
            csv.toString());
    // THEN usage errors naming the option, never an internal error
    assertThat(respondent.code()).isEqualTo(2);
    assertThat(respondent.err())
        .contains("--group-by 'respondent' names the column of respondents");
    assertThat(blank.code()).isEqualTo(2);
    assertThat(blank.err()).contains("--group-by must name a column");
    assertThat(chosen.code()).isEqualTo(2);
    assertThat(chosen.err()).contains("--group-by 'Group'").contains("--respondent-column");
    for (Run r : List.of(respondent, blank, chosen)) {
      assertThat(r.err()).doesNotContain("internal error").doesNotContain("Exception");
    }
  }

  @Test
  void should_refuse_a_blank_respondent_column() throws Exception {
    // GIVEN / WHEN
    Path csv = file("survey.csv", HEADER + "a3,A,3,3,3,3,2\n");
    Run r = run("cohort", "--rubric", SMALL, "--respondent-column", " ", csv.toString());
    // THEN
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--respondent-column must name a column");
  }

  @Test
  void should_take_respondents_from_the_column_given() throws Exception {
    // GIVEN respondents in a column 'Respondent ID'
    Path csv =
        file(
            "ids.csv",
            "Respondent ID,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n"
                + "1001,A,3,3,3,3,2\n");
    // WHEN
    Run r =
        run(
            "cohort",
            "--rubric",
            SMALL,
            "--respondent-column",
            "Respondent ID",
            "--format",
            "csv",
            csv.toString());
    // THEN
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList().get(1)).startsWith("2,1001,A,scored,");
  }

  /** The JSON report of a file, for comparing inputs that hold the same answers. */
  private String jsonReport(Path file, String... more) {
    String[] args = new String[6 + more.length];
    args[0] = "cohort";
    args[1] = "--rubric";
    args[2] = SMALL;
    args[3] = "--format";
    args[4] = "json";
    System.arraycopy(more, 0, args, 5, more.length);
    args[args.length - 1] = file.toString();
    Run r = run(args);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void should_read_surveyjs_results_and_json_lines_by_their_content() throws Exception {
    // GIVEN the same two respondents as CSV, as SurveyJS results and as JSON lines, named .txt
    Path csv = file("survey.csv", HEADER + "a1,A,4,2,2,3,n/a\n" + "a3,B,3,3,3,3,2\n");
    Path surveyJs =
        file(
            "results.txt",
            "[{\"respondent\":\"a1\",\"group\":\"A\",\"culture.listen\":4,\"culture.visit\":2,"
                + "\"culture.ship\":2,\"focus.aim\":3,\"focus.churn\":\"n/a\"},\n"
                + " {\"respondent\":\"a3\",\"group\":\"B\",\"culture.listen\":3,\"culture.visit\":3,"
                + "\"culture.ship\":3,\"focus.aim\":3,\"focus.churn\":2}]\n");
    Path lines =
        file(
            "responses.txt",
            "{\"respondent\":\"a1\",\"group\":\"A\",\"answers\":{\"culture.listen\":4,"
                + "\"culture.visit\":2,\"culture.ship\":2,\"focus.aim\":3,\"focus.churn\":\"n/a\"}}\n"
                + "{\"respondent\":\"a3\",\"group\":\"B\",\"answers\":{\"culture.listen\":3,"
                + "\"culture.visit\":3,\"culture.ship\":3,\"focus.aim\":3,\"focus.churn\":2}}\n");
    // WHEN each is reported
    String expected = jsonReport(csv);
    // THEN the same report, but for the source's name
    assertThat(jsonReport(surveyJs).replace("results.txt", "survey.csv")).isEqualTo(expected);
    assertThat(jsonReport(lines).replace("responses.txt", "survey.csv")).isEqualTo(expected);
  }

  @Test
  void should_read_a_workbook_by_its_content() throws Exception {
    // GIVEN the same answers in the first sheet of a workbook named export.dat
    Path csv = file("survey.csv", HEADER + "a1,A,4,2,2,3,n/a\n" + "a3,B,3,3,3,3,2\n");
    Path book = dir.resolve("export.dat");
    try (OutputStream out = Files.newOutputStream(book)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet s = wb.newWorksheet("Sheet1");
      String[] head = HEADER.strip().split(",");
      for (int c = 0; c < head.length; c++) {
        s.value(0, c, head[c]);
      }
      Object[][] rows = {{"a1", "A", 4, 2, 2, 3, "n/a"}, {"a3", "B", 3, 3, 3, 3, 2}};
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] instanceof Integer i) {
            s.value(r + 1, c, i);
          } else {
            s.value(r + 1, c, (String) rows[r][c]);
          }
        }
      }
      wb.finish();
    }
    // WHEN / THEN the CSV file's report
    assertThat(jsonReport(book).replace("export.dat", "survey.csv")).isEqualTo(jsonReport(csv));
  }

  @Test
  void should_refuse_csv_options_for_json_inputs() throws Exception {
    // GIVEN JSON lines
    Path lines = file("responses.jsonl", "{\"answers\":{\"culture.listen\":4}}\n");
    // WHEN given a delimiter / THEN a usage error naming the option and what the file holds
    Run r = run("cohort", "--rubric", SMALL, "--delimiter", ";", lines.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("--delimiter applies to CSV files and workbooks")
        .contains("JSON lines of responses");
  }

  @Test
  void should_compare_two_cohorts_of_json_lines() throws Exception {
    // GIVEN two cohorts as JSON lines, named .json like responses
    String a3 =
        "{\"respondent\":\"a3\",\"answers\":{\"culture.listen\":3,\"culture.visit\":3,"
            + "\"culture.ship\":3,\"focus.aim\":3,\"focus.churn\":2}}\n";
    Path before = file("before.json", a3 + a3);
    Path after = file("after.json", a3 + a3);
    // WHEN compared
    Run r = run("compare", "--rubric", SMALL, before.toString(), after.toString());
    // THEN as cohorts: the same answers, no change
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("+0.000");
  }

  @Test
  void should_exit_2_when_no_column_answers_a_trait() throws Exception {
    // GIVEN a CSV whose columns are question codes, and SurveyJS results with other questions
    Path csv = file("codes.csv", "Q1,Q2,Q3\n4,2,5\n");
    Path json = file("results.json", "[{\"q1\": 4, \"q2\": 2}]");
    // WHEN read
    Run codes = run("cohort", "--rubric", SMALL, csv.toString());
    Run survey = run("cohort", "--rubric", SMALL, json.toString());
    // THEN exit 2, naming the columns and the options that map them
    assertThat(codes.code()).isEqualTo(2);
    assertThat(codes.err())
        // the header row's place in the file, then the reason
        .contains("codes.csv:1:1: no column answers a trait of rubric 'cohort-small@1.0.0'")
        .contains("'Q1', 'Q2', 'Q3'")
        .contains("--map FILE");
    assertThat(survey.code()).isEqualTo(2);
    assertThat(survey.err()).contains("no question answers a trait").contains("'q1', 'q2'");
  }
}
