package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Scorecard;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.rubric.SampleOrganisation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CentricityCliTest {

  /** One run of the tool: exit code, stdout and stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CentricityCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir Path dir;

  Path sampleFile(SampleOrganisation s) throws Exception {
    Path f = dir.resolve(s.name().toLowerCase() + ".json");
    try (var in = getClass().getResourceAsStream(s.orientationResource())) {
      Files.write(f, in.readAllBytes());
    }
    return f;
  }

  @Nested
  class Score {
    @Test
    void should_print_a_readable_report_for_a_bundled_sample() {
      Run r = run("score", "--sample", "sales-talk");
      assertThat(r.code()).isZero();
      assertThat(r.out())
          .contains("Band:       Balanced")
          .contains("Index:      -0.169")
          .contains("Strengths:  product 0.596, customer 0.470  -> product-centric")
          .contains("Measures of success")
          .contains("Pushed hardest towards customer")
          .contains("Pushed hardest towards product");
      assertThat(r.err()).isEmpty();
    }

    @Test
    void should_print_one_json_scorecard_per_line_for_several_responses() throws Exception {
      // GIVEN two response files
      Path a = sampleFile(SampleOrganisation.TABLEWARE);
      Path b = sampleFile(SampleOrganisation.ONLINE_RETAILER);
      // WHEN
      Run r = run("score", "--format", "json", a.toString(), b.toString());
      // THEN each line is the scorecard as the library writes it
      assertThat(r.code()).isZero();
      List<String> lines = r.out().lines().toList();
      assertThat(lines).hasSize(2);
      Scorecard first = ScorecardFormat.fromJson(lines.get(0));
      assertThat(first.respondent()).hasValue("tableware-co");
      assertThat(first.band()).hasValue("Strongly product-centric");
      assertThat(lines.get(1))
          .contains(
              "\"index\"",
              "\"score\"",
              "\"band\"",
              "\"profile\"",
              "\"strengths\"",
              "\"alignment\"",
              "\"coverage\"",
              "\"dimensions\"",
              "\"counted\"",
              "\"contributions\"",
              "\"warnings\"",
              "\"rubric\"",
              "\"hash\"");
    }

    @Test
    void should_write_a_self_contained_html_page(@TempDir Path out) throws Exception {
      Path page = out.resolve("report.html");
      Run r = run("score", "--sample", "tableware", "--format", "html", "--out", page.toString());
      assertThat(r.code()).isZero();
      String html = Files.readString(page);
      assertThat(html)
          .startsWith("<!DOCTYPE html>")
          .contains("class=\"band-scale\"", "class=\"radar\"", "class=\"quadrant\"")
          .contains("Pushed hardest towards Product-centric")
          .doesNotContain("http://", "https://", "<script");
    }

    @Test
    void should_apply_the_policy_given() throws Exception {
      // GIVEN a response answering only two rewards traits
      Path f = dir.resolve("thin.json");
      Files.writeString(f, "{\"answers\": {\"rewards.sales-volume\": 5, \"rewards.launches\": 5}}");
      // WHEN scored under SKIP (default) nothing counts; under NEUTRAL with the default minimum
      // coverage 0.5 still nothing counts (2 of 5 equal traits answered is 40%)
      assertThat(run("score", f.toString()).out()).contains("Undetermined");
      assertThat(run("score", "--policy", "neutral", f.toString()).out()).contains("Undetermined");
      // and REJECT refuses the missing answers
      Run reject = run("score", "--policy", "reject", f.toString());
      assertThat(reject.code()).isEqualTo(2);
      assertThat(reject.err()).contains(f.toString()).contains("is unanswered");
    }

    @Test
    void should_exit_2_naming_the_file_and_path_for_an_answer_out_of_range() throws Exception {
      Path f = dir.resolve("bad.json");
      Files.writeString(f, "{\"answers\": {\"rewards.sales-volume\": 9}}");
      Run r = run("score", f.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err())
          .startsWith("centricity: " + f)
          .contains("/answers/rewards.sales-volume", "from 1 to 5 but was 9")
          .doesNotContain("Exception", "\tat ");
      assertThat(r.out()).isEmpty();
    }

    @Test
    void should_exit_2_with_the_position_for_malformed_json() throws Exception {
      Path f = dir.resolve("broken.json");
      Files.writeString(f, "{\"answers\": {\"rewards.sales-volume\": }}");
      Run r = run("score", f.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).startsWith("centricity: " + f + ":1:").doesNotContain("\tat ");
    }

    @Test
    void should_exit_2_for_a_missing_file() {
      Run r = run("score", dir.resolve("nope.json").toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("nope.json").contains("no such file");
    }

    @Test
    void should_exit_2_when_given_nothing_to_score() {
      Run r = run("score");
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("give at least one RESPONSE file");
    }
  }

  @Nested
  class Validate {
    @Test
    void should_say_a_rubric_is_valid() throws Exception {
      Path f = dir.resolve("r.yaml");
      Files.writeString(f, DefaultRubrics.productCustomerYaml());
      Run r = run("validate", f.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("valid (product-customer-centricity@1.0.1, 9 dimensions");
    }

    @Test
    void should_list_every_problem_with_its_path() throws Exception {
      Path f = dir.resolve("bad.yaml");
      Files.writeString(
          f,
          DefaultRubrics.productCustomerYaml()
              .replaceFirst("keyed: product", "keyed: sales")
              .replaceFirst("weight: 1.0", "weight: -1.0"));
      Run r = run("validate", f.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("invalid, ").contains("keyed to unknown pole 'sales'");
      assertThat(r.err().lines().filter(l -> l.startsWith("  /"))).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void should_print_the_default_rubric_as_a_questionnaire() {
    Run r = run("rubric", "--format", "markdown");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("# Product- vs customer-centricity")
        .contains("## Rewards and incentives")
        .contains("`rewards.sales-volume`")
        .contains("☐ 1 Strongly disagree")
        .contains("☐ n/a (Don't know)");
  }

  @Test
  void should_print_the_default_rubric_as_yaml_that_reads_back_equal() {
    Run r = run("rubric");
    assertThat(r.code()).isZero();
    assertThat(dev.centricity.core.io.RubricFormat.fromYaml(r.out()))
        .isEqualTo(DefaultRubrics.productCustomer());
  }

  @Test
  void should_compare_orientation_and_context() throws Exception {
    Path o = sampleFile(SampleOrganisation.SALES_TALK);
    Path c = dir.resolve("context.json");
    Files.writeString(
        c, dev.centricity.core.io.ResponseFormat.toJson(SampleOrganisation.SALES_TALK.context()));
    Run r = run("fit", "--orientation", o.toString(), "--context", c.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("leans further towards product").contains("Gap:");
  }

  @Test
  void should_show_the_change_between_two_responses() throws Exception {
    Path a = sampleFile(SampleOrganisation.SALES_TALK);
    Path b = sampleFile(SampleOrganisation.ONLINE_RETAILER);
    Run r = run("compare", a.toString(), b.toString());
    assertThat(r.code()).isZero();
    // −0.169 before, +0.721 after
    assertThat(r.out()).contains("Overall index").contains("-0.169").contains("+0.721");
  }

  @ParameterizedTest
  @ValueSource(strings = {"score", "validate", "rubric", "fit", "compare"})
  void should_offer_help_on_every_command(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: centricity " + command);
  }

  @Test
  void should_exit_2_for_an_unknown_option() {
    Run r = run("score", "--colour", "blue");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }
}
