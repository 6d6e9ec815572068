package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.ResponseFormat;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import dev.centricity.rubric.SampleOrganisation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tool as a new user meets it with only {@code --help} and the README (issue 17): the bundled
 * rubrics named by id wherever a rubric is taken, {@code fit} reachable with a bundled sample, the
 * top-level help in whole sentences, and option values in any case.
 */
class NewUserTest {

  @TempDir Path dir;

  @Test
  void should_list_every_command_with_a_whole_sentence_in_the_top_level_help() {
    // WHEN
    Run r = CentricityCliTest.run("--help");
    // THEN each command's text in the list, its lines joined, is a sentence that ends
    List<String> entries = new ArrayList<>();
    boolean inList = false;
    for (String line : r.out().lines().toList()) {
      if (line.equals("Commands:")) {
        inList = true;
      } else if (inList && line.matches("  \\S.*")) {
        entries.add(line.strip());
      } else if (inList && line.startsWith("   ")) {
        int last = entries.size() - 1;
        entries.set(last, entries.get(last) + " " + line.strip());
      }
    }
    assertThat(entries).hasSizeGreaterThanOrEqualTo(9);
    assertThat(entries).allSatisfy(e -> assertThat(e).endsWith("."));
    assertThat(entries).anySatisfy(e -> assertThat(e).startsWith("cohort "));
  }

  @Test
  void should_compare_a_bundled_sample_with_fit_as_its_two_response_files() throws Exception {
    // GIVEN the sample's two responses written to files
    SampleOrganisation s = SampleOrganisation.TABLEWARE;
    Path o = dir.resolve("orientation.json");
    Path c = dir.resolve("context.json");
    Files.writeString(o, ResponseFormat.toJson(s.orientation()));
    Files.writeString(c, ResponseFormat.toJson(s.context()));
    // WHEN
    Run sample = CentricityCliTest.run("fit", "--sample", "tableware");
    Run files =
        CentricityCliTest.run("fit", "--orientation", o.toString(), "--context", c.toString());
    // THEN the same report
    assertThat(sample.code()).as("stderr: %s", sample.err()).isZero();
    assertThat(sample.out()).isEqualTo(files.out()).contains("Gap:");
  }

  @Test
  void should_refuse_fit_with_neither_responses_nor_a_sample_in_one_line() {
    // WHEN
    Run r = CentricityCliTest.run("fit", "--orientation", "x.json");
    // THEN
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo(
            "centricity: give --orientation RESPONSE and --context RESPONSE, or --sample NAME;"
                + " see 'centricity fit --help'");
  }

  @Test
  void should_take_bundled_rubrics_by_id_in_fit_and_validate() {
    // WHEN the built-in rubrics are named by id, where files were expected
    Run fit =
        CentricityCliTest.run(
            "fit",
            "--sample",
            "sales-talk",
            "--orientation-rubric",
            "product-customer-centricity",
            "--context-rubric",
            "centricity-context");
    Run validate =
        CentricityCliTest.run("validate", "centricity-context", "product-customer-centricity");
    // THEN they are the bundled rubrics
    assertThat(fit.code()).as("stderr: %s", fit.err()).isZero();
    assertThat(fit.out()).isEqualTo(CentricityCliTest.run("fit", "--sample", "sales-talk").out());
    assertThat(validate.code()).as("stderr: %s", validate.err()).isZero();
    assertThat(validate.out().lines())
        .satisfiesExactly(
            l -> assertThat(l).startsWith("centricity-context: valid (centricity-context@"),
            l ->
                assertThat(l)
                    .startsWith(
                        "product-customer-centricity: valid (product-customer-centricity@"));
  }

  @ParameterizedTest
  @CsvSource({
    "score --sample sales-talk --format, json, JSON",
    "score --sample sales-talk --format, html, Html",
    "rubric --format, markdown, MARKDOWN",
    "rubric --format, csv-template, CSV-Template",
    "fit --sample tableware --format, json, Json",
    "score --sample sales-talk --policy, neutral, NEUTRAL",
  })
  void should_take_option_values_in_any_case(String command, String lower, String other) {
    // WHEN
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    Run expected = CentricityCliTest.run(plus(args, lower));
    Run actual = CentricityCliTest.run(plus(args, other));
    // THEN the same output
    assertThat(actual.code()).as("stderr: %s", actual.err()).isZero();
    assertThat(actual.out()).isEqualTo(expected.out()).isNotEmpty();
  }

  private static String[] plus(List<String> args, String value) {
    List<String> all = new ArrayList<>(args);
    all.add(value);
    return all.toArray(String[]::new);
  }
}
