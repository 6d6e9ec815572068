package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code centricity map} (a mapping file template from an export) and the options that read with a
 * mapping, skip rows or make columns strict, with a test for each error.
 */
class MapCommandTest {

  static final Path EXPORTS = SurveyExportsTest.EXPORTS;

  @TempDir Path dir;

  private static Run run(String... args) {
    return CentricityCliTest.run(args);
  }

  @Test
  void should_write_a_template_with_the_matches_filled_in_and_the_rest_listed() throws Exception {
    // GIVEN the Google Forms export
    Path export = EXPORTS.resolve("google-forms.csv");
    Path mapping = dir.resolve("mapping.yaml");
    // WHEN a template is written
    Run r = run("map", "--group-by", "Team", "--write", mapping.toString(), export.toString());
    // THEN the twelve statements are filled in, Timestamp and Email Address are listed to complete
    assertThat(r.code()).as(r.err()).isZero();
    String yaml = Files.readString(mapping);
    assertThat(yaml)
        .contains(
            "\"Our most important strategic targets are stated as a share of the market to gain or"
                + " defend.\": \"focus.market-share\"")
        .contains(": \"rewards.insight\"  # column 14, by grid row")
        .contains("  # \"Timestamp\":")
        .contains("  # \"Email Address\":")
        .contains("group: \"Team\"");
    assertThat(r.err()).contains("12 of 15 columns matched a trait, 2 listed to complete");
  }

  @Test
  void should_read_the_template_back_as_it_is() throws Exception {
    // GIVEN the template of the Qualtrics export
    Path export = EXPORTS.resolve("qualtrics.csv");
    Path mapping = dir.resolve("mapping.yaml");
    assertThat(run("map", "--write", mapping.toString(), export.toString()).code()).isZero();
    // WHEN the export is read with and without it
    Run with =
        run(
            "cohort",
            "--format",
            "csv",
            "--group-by",
            "Q1",
            "--map",
            mapping.toString(),
            export.toString());
    Run without = run("cohort", "--format", "csv", "--group-by", "Q1", export.toString());
    // THEN the same scored rows
    assertThat(with.code()).as(with.err()).isZero();
    assertThat(with.out()).isEqualTo(without.out());
  }

  @Test
  void should_use_a_column_the_user_completed_in_the_template() throws Exception {
    // GIVEN an export whose third column is a question code the matching cannot know
    Path export = dir.resolve("codes.csv");
    Files.writeString(
        export,
        "Timestamp,Team,Q7,rewards.sales-volume,rewards.launches\n"
            + "2026-03-02,Sales,4,2,2\n"
            + "2026-03-02,Support,5,1,1\n");
    Path mapping = dir.resolve("mapping.yaml");
    Run map = run("map", "--group-by", "Team", "--write", mapping.toString(), export.toString());
    assertThat(map.code()).as(map.err()).isZero();
    String yaml = Files.readString(mapping);
    assertThat(yaml).contains("  # \"Q7\":");
    // WHEN the user gives Q7 its trait id and reads the export with the mapping, and without
    Files.writeString(mapping, yaml.replace("  # \"Q7\":", "  \"Q7\": rewards.insight"));
    Run with = run("cohort", "--format", "csv", "--map", mapping.toString(), export.toString());
    Run without = run("cohort", "--format", "csv", "--group-by", "Team", export.toString());
    // THEN with the mapping Q7 answers rewards.insight, so three of the five rewards traits are
    // answered (coverage 0.6, at least the minimum 0.5): first row insight 4 → +½, sales-volume
    // (keyed product) 2 → +½, launches (keyed product) 2 → +½, index ½; second row 5, 1, 1 → +1
    // each, index 1. Without it two of five (0.4) leave the dimension out.
    assertThat(with.code()).as(with.err()).isZero();
    List<String> rows = with.out().lines().toList();
    int at = List.of(rows.get(0).split(",")).indexOf("rewards_index");
    assertThat(rows.get(1).split(",", -1)[at]).isEqualTo("0.5");
    assertThat(rows.get(2).split(",", -1)[at]).isEqualTo("1.0");
    assertThat(rows.get(1)).startsWith("2,,Sales,scored,");
    assertThat(without.out().lines().toList().get(1).split(",", -1)[at]).isEmpty();
  }

  @Test
  void should_print_the_template_without_write() {
    // GIVEN / WHEN
    Run r = run("map", EXPORTS.resolve("microsoft-forms.xlsx").toString());
    // THEN the workbook's columns, on stdout
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("# \"Start time\":").contains(": \"focus.aim\"");
  }

  @Test
  void should_refuse_to_write_over_the_export() throws Exception {
    // GIVEN an export
    Path export = dir.resolve("export.csv");
    Files.copy(EXPORTS.resolve("google-forms.csv"), export);
    byte[] before = Files.readAllBytes(export);
    // WHEN the template would replace it
    Run r = run("map", "--write", export.toString(), export.toString());
    // THEN exit 2, and the export is as it was
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is the export being read");
    assertThat(Files.readAllBytes(export)).isEqualTo(before);
  }

  @Test
  void should_refuse_a_json_input_to_map() {
    // GIVEN / WHEN SurveyJS results, which are keyed by question name
    Run r = run("map", EXPORTS.resolve("surveyjs.json").toString());
    // THEN
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("map reads CSV files and workbooks").contains("SurveyJS results");
  }

  @Test
  void should_exit_2_naming_the_file_and_path_for_a_mapping_to_an_unknown_trait() throws Exception {
    // GIVEN a mapping that names a trait the rubric does not have
    Path mapping = dir.resolve("mapping.yaml");
    Files.writeString(mapping, "columns:\n  \"Timestamp\": rewards.nothing\n");
    // WHEN
    Run r =
        run("cohort", "--map", mapping.toString(), EXPORTS.resolve("google-forms.csv").toString());
    // THEN
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("mapping.yaml").contains("rewards.nothing").contains("/columns");
  }

  @Test
  void should_exit_2_for_a_mapping_file_that_is_no_mapping() throws Exception {
    // GIVEN a mapping with an unknown key
    Path mapping = dir.resolve("mapping.yaml");
    Files.writeString(mapping, "colums: {}\n");
    // WHEN / THEN
    Run r =
        run("cohort", "--map", mapping.toString(), EXPORTS.resolve("google-forms.csv").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("mapping.yaml").contains("colums");
  }

  @Test
  void should_name_the_tools_options_when_strict_columns_refuse_metadata() {
    // GIVEN the Google Forms export, whose Timestamp and Email Address answer no trait
    // WHEN read with strict columns
    Run r =
        run(
            "cohort",
            "--group-by",
            "Team",
            "--strict-columns",
            EXPORTS.resolve("google-forms.csv").toString());
    // THEN exit 2, advising options the tool has
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("'Timestamp'")
        .contains("--map FILE")
        .contains("leave out --strict-columns")
        .doesNotContain("read without strict columns")
        .doesNotContain("unknownTraits");
  }

  @Test
  void should_skip_the_rows_asked_for() {
    // GIVEN the Google Forms export of four respondents
    // WHEN the first row under the header is skipped
    Run r =
        run(
            "cohort",
            "--format",
            "csv",
            "--group-by",
            "Team",
            "--skip-rows",
            "1",
            EXPORTS.resolve("google-forms.csv").toString());
    // THEN three rows, from line 3
    assertThat(r.code()).as(r.err()).isZero();
    List<String> rows = r.out().lines().toList();
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1)).startsWith("3,");
  }

  @Test
  void should_refuse_a_negative_number_of_rows_to_skip() {
    // GIVEN / WHEN
    Run r = run("cohort", "--skip-rows", "-1", EXPORTS.resolve("google-forms.csv").toString());
    // THEN
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--skip-rows must be 0 or more but was -1");
  }

  @Test
  void should_refuse_csv_options_for_surveyjs_results() {
    // GIVEN / WHEN
    Run r = run("cohort", "--skip-rows", "1", EXPORTS.resolve("surveyjs.json").toString());
    // THEN
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--skip-rows applies to CSV files and workbooks");
  }
}
