package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import dev.centricity.rubric.DefaultRubrics;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code centricity diff}: changes, the version rule, --check-version and the impact. */
class DiffCommandTest {

  static final String SURVEY = "src/test/resources/cohorts/team-survey.csv";

  @TempDir Path dir;

  Path old;
  Path edited;

  @BeforeEach
  void files() throws Exception {
    // the default rubric, and a copy with focus.aim reweighted and rewards.launches removed
    String yaml = DefaultRubrics.productCustomerYaml();
    old = dir.resolve("old.yaml");
    Files.writeString(old, yaml);
    String copy =
        yaml.replace("      - id: focus.aim\n", "      - id: focus.aim\n        weight: 2.0\n")
            .replaceAll(
                "(?s)      - id: rewards\\.launches\\n.*?(?=      - id: rewards\\.new-customers)",
                "")
            .replaceAll("(?s)\\nexamples:.*", "\n");
    edited = dir.resolve("new.yaml");
    Files.writeString(edited, copy);
  }

  @Test
  void should_report_the_reweighted_and_the_removed_trait_and_require_a_major_version() {
    Run r = CentricityCliTest.run("diff", old.toString(), edited.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("trait 'focus.aim' weight changed: 1.0 → 2.0")
        .contains("trait 'rewards.launches' removed")
        .contains("the changes need a major bump")
        .contains("NOT enough");
  }

  @Test
  void should_exit_with_2_when_asked_to_check_a_version_bumped_too_little() throws Exception {
    Run r = CentricityCliTest.run("diff", "--check-version", old.toString(), edited.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not bumped enough").contains("major");

    Files.writeString(edited, Files.readString(edited).replace("version: 1.0.1", "version: 2.0.0"));
    Run ok = CentricityCliTest.run("diff", "--check-version", old.toString(), edited.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("enough");
  }

  @Test
  void should_report_the_impact_on_a_cohort_in_text_and_json() {
    Run r = CentricityCliTest.run("diff", "--cohort", SURVEY, old.toString(), edited.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Impact on")
        .contains("(50 respondents)")
        .contains("paired t interval")
        .contains("band transitions");
    Run json =
        CentricityCliTest.run(
            "diff", "--cohort", SURVEY, "--format", "json", old.toString(), edited.toString());
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .contains("\"required\" : \"major\"", "\"meanChange\"", "\"transitions\"");
  }

  @Test
  void should_say_there_is_nothing_when_the_rubrics_are_the_same() {
    Run r = CentricityCliTest.run("diff", old.toString(), old.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("No changes");
  }

  @Test
  void should_fail_with_the_file_named_when_a_rubric_cannot_be_read() {
    Run r = CentricityCliTest.run("diff", old.toString(), dir.resolve("missing.yaml").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing.yaml");
  }
}
