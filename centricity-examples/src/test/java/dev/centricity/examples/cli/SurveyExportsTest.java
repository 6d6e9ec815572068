package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture export in {@code src/test/resources/survey-exports} (one per survey tool, in the
 * layout the tool writes; see the README there) reads with the one command docs/survey-tools.md
 * gives for it, every respondent is scored, and each scorecard equals the scorecard of the same
 * answers given as trait ids and points ({@link #ANSWERS}, written here by hand, not by a reader).
 *
 * <p>The comparison is on the scored rows {@code cohort --format csv} writes: group, status, index,
 * score, band, coverage and each dimension's index, numbers in full precision, so two rows are
 * equal only when the two scorecards' figures are equal bit for bit.
 */
class SurveyExportsTest {

  static final Path EXPORTS = Path.of("src/test/resources/survey-exports");

  /** The traits the fixtures ask, in the order of {@link #ANSWERS}. */
  static final List<String> TRAITS =
      List.of(
          "focus.market-share",
          "focus.product-plan",
          "focus.feature-view",
          "focus.customer-first",
          "focus.customer-success",
          "focus.customer-growth",
          "focus.aim",
          "rewards.sales-volume",
          "rewards.launches",
          "rewards.new-customers",
          "rewards.insight",
          "rewards.recognition");

  /**
   * What each respondent answered, as points 1..5 of each trait's scale (0: not answered): the
   * answers every fixture export holds in its own words. Team, then the twelve traits.
   */
  static final String[][] ANSWERS = {
    {"Sales", "4", "5", "4", "2", "2", "3", "2", "5", "4", "2", "2", "1"},
    {"Sales", "3", "4", "0", "3", "2", "4", "3", "4", "4", "3", "2", "2"},
    {"Support", "2", "1", "2", "5", "4", "5", "5", "1", "2", "4", "5", "5"},
    {"Support", "1", "2", "3", "4", "0", "4", "4", "2", "0", "5", "4", "4"},
  };

  @TempDir Path dir;

  /** Each fixture with the options of its command in docs/survey-tools.md. */
  static Stream<Arguments> exports() {
    return Stream.of(
        Arguments.of("google-forms.csv", List.of("--group-by", "Team")),
        Arguments.of("microsoft-forms.xlsx", List.of("--group-by", "Team")),
        Arguments.of("qualtrics.csv", List.of("--group-by", "Q1")),
        Arguments.of("surveymonkey.csv", List.of("--group-by", "Team")),
        Arguments.of("limesurvey.csv", List.of("--group-by", "Team")),
        Arguments.of("surveyjs.json", List.of()),
        // the German Google Forms export as German Excel saves it: semicolons, Windows-1252
        Arguments.of(
            "google-forms-de.csv", List.of("--group-by", "Team", "--encoding", "windows-1252")),
        // Qualtrics' TSV download: tabs, UTF-16 with its byte-order mark
        Arguments.of("qualtrics.tsv", List.of("--group-by", "Q1")));
  }

  /** The answers as a cohort CSV of trait ids and points. */
  private Path idsAndPoints() throws Exception {
    StringBuilder csv = new StringBuilder("group," + String.join(",", TRAITS) + "\n");
    for (String[] row : ANSWERS) {
      csv.append(row[0]);
      for (int i = 1; i < row.length; i++) {
        csv.append(',').append(row[i].equals("0") ? "" : row[i]);
      }
      csv.append('\n');
    }
    Path file = dir.resolve("ids-and-points.csv");
    Files.writeString(file, csv);
    return file;
  }

  /** The scored rows of a file, without line and respondent (which the layouts give apart). */
  private static List<List<String>> scored(Path file, List<String> options) {
    List<String> args = new ArrayList<>(List.of("cohort", "--format", "csv"));
    args.addAll(options);
    args.add(file.toString());
    Run r = CentricityCliTest.run(args.toArray(String[]::new));
    assertThat(r.code()).as(file + ": " + r.err()).isZero();
    assertThat(r.err()).as(file + ": no row rejected").doesNotContain("rejected");
    List<List<String>> rows = new ArrayList<>();
    for (String line : r.out().lines().skip(1).toList()) {
      List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
      rows.add(fields.subList(2, fields.size()));
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void should_read_each_export_as_is_to_the_scorecards_of_the_same_ids_and_points(
      String export, List<String> options) throws Exception {
    // GIVEN a survey tool's export, and the same answers as trait ids and points
    Path file = EXPORTS.resolve(export);
    // WHEN both are scored row by row
    List<List<String>> fromExport = scored(file, options);
    List<List<String>> expected = scored(idsAndPoints(), List.of());
    // THEN every respondent is scored, with the same group and the same figures bit for bit
    assertThat(fromExport).hasSize(ANSWERS.length);
    assertThat(fromExport).allSatisfy(row -> assertThat(row.get(1)).isEqualTo("scored"));
    assertThat(fromExport).isEqualTo(expected);
  }
}
