package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.rubric.SampleOrganisation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code centricity plan}: single responses, samples, HTML and cohorts (docs/plans.md). */
class PlanCommandTest {

  static final String SURVEY = "src/test/resources/cohorts/team-survey.csv";

  @TempDir Path dir;

  @Test
  void should_print_a_plan_for_the_sample_that_scores_customer_leaning_once_applied() {
    // GIVEN the sales-talk sample, Balanced today
    // WHEN a plan to Customer-leaning is printed
    Run r = CentricityCliTest.run("plan", "--sample", "sales-talk", "--target", "Customer-leaning");

    // THEN applying every printed change to the sample's answers and scoring gives that band
    assertThat(r.code()).isZero();
    Response sample = SampleOrganisation.SALES_TALK.orientation();
    Map<String, Answer> answers = new LinkedHashMap<>(sample.answers());
    Matcher m = Pattern.compile("\\d+\\. (\\S+): (\\d+|n/a) -> (\\d+)").matcher(r.out());
    int changes = 0;
    while (m.find()) {
      answers.put(m.group(1), Answer.of(Integer.parseInt(m.group(3))));
      changes++;
    }
    assertThat(changes).isPositive();
    Scorecard applied =
        Scorer.of(DefaultRubrics.productCustomer())
            .score(Response.builder().from(sample).answers(answers).build());
    assertThat(applied.band()).hasValue("Customer-leaning");
    assertThat(r.out()).contains("Predicted: index").contains("(Customer-leaning)");
    // the buyers' route describes the market: never proposed
    assertThat(r.out()).doesNotContain("selling.route");
  }

  @Test
  void should_write_a_plan_as_json_and_a_what_to_change_section_in_html() throws Exception {
    Run json =
        CentricityCliTest.run(
            "plan", "--sample", "tableware", "--target", "0.5", "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .contains("\"target\"", "\"index\" : 0.5", "\"changes\"", "\"predicted\"");

    Path page = dir.resolve("plan.html");
    Run html =
        CentricityCliTest.run(
            "plan", "--sample", "tableware", "--format", "html", "--out", page.toString());
    assertThat(html.code()).isZero();
    assertThat(Files.readString(page)).contains("<h3>What to change</h3>", "Answer to aim for");

    // online-retailer is in the last band already: the section says there is nothing to change
    Run top = CentricityCliTest.run("plan", "--sample", "online-retailer", "--format", "html");
    assertThat(top.out()).contains("<h3>What to change</h3>", "Already there: nothing to change.");
  }

  @Test
  void should_aim_at_the_next_band_when_no_target_is_given() {
    // sales-talk is Balanced: the next band towards the customer pole is Customer-leaning
    Run r = CentricityCliTest.run("plan", "--sample", "sales-talk");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("target: Customer-leaning");
  }

  @Test
  void should_rank_the_traits_of_each_group_of_a_cohort() throws Exception {
    Path csv = dir.resolve("teams.csv");
    Files.writeString(
        csv,
        Files.readString(Path.of(SURVEY)).replaceFirst("respondent,group,", "respondent,team,"));
    Run r = CentricityCliTest.run("plan", "--cohort", csv.toString(), "--group-by", "team");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Whole cohort: 50 members")
        .contains("Group Support", "Group Sales")
        .contains("mean gain");
    Run json =
        CentricityCliTest.run(
            "plan", "--cohort", csv.toString(), "--group-by", "team", "--format", "json");
    assertThat(json.code()).isZero();
    assertThat(json.out()).contains("\"groups\"", "\"meanGain\"", "\"rowErrors\" : [ ]");
  }

  @Test
  void should_fail_with_the_band_named_when_the_target_is_unknown() {
    Run r =
        CentricityCliTest.run("plan", "--sample", "sales-talk", "--target", "Customer-obsessed");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'Customer-obsessed'").contains("Customer-leaning");
  }

  @Test
  void should_fail_when_nothing_is_given_to_plan() {
    Run r = CentricityCliTest.run("plan");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("RESPONSE", "--sample", "--cohort");
  }

  @Test
  void should_fail_when_the_target_index_is_out_of_range() {
    Run r = CentricityCliTest.run("plan", "--sample", "sales-talk", "--target", "1.5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("1.5");
  }
}
