package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.rubric.DefaultRubrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeExampleTest {

  @Test
  void should_run_the_readme_example_as_written() {
    // GIVEN the README's ten lines
    Rubric rubric = DefaultRubrics.productCustomer();
    Scorer scorer = Scorer.of(rubric);
    Response response =
        ResponseFormat.fromJson(
            """
            { "respondent": "r-17", "answers": { "rewards.sales-volume": 4, "rewards.launches": 4,
              "rewards.new-customers": 2, "rewards.insight": 2, "rewards.recognition": 3 } }""");
    // WHEN
    Scorecard card = scorer.score(response);
    // THEN only 'rewards' is answered, so it alone counts. Its five traits weigh 1 each:
    // sales-volume and launches (keyed product, 4 → a = ¾) move the index by −(2a − 1) = −½ each;
    // new-customers and insight (keyed customer, 2 → a = ¼) by 2a − 1 = −½ each;
    // recognition (contrast, 3 → a = ½) by 0. I = (4 × −½ + 0)/5 = −0.4 → (−0.6, −0.2]
    assertThat(card.index().getAsDouble()).isCloseTo(-0.4, within(1e-12));
    assertThat(card.band()).hasValue("Product-leaning");
    assertThat(card.contributions()).hasSize(5);
    assertThat(ScorecardFormat.toJson(card)).contains("\"band\":\"Product-leaning\"");
  }

  @Test
  void should_print_a_report_for_the_bundled_sample() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScoreSample.run(new String[0], print(out), print(err));
    assertThat(code).isZero();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains("Band:       Balanced")
        .contains("Pulling against")
        .contains("\"index\"");
    assertThat(err.size()).isZero();
  }

  @Test
  void should_exit_2_with_one_line_for_a_bad_response_file(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"answers\": {\"rewards.sales-volume\": 9}}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ScoreSample.run(new String[] {bad.toString()}, print(out), print(err));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("centricity: ")
        .contains("/answers/rewards.sales-volume")
        .contains("from 1 to 5 but was 9");
  }

  @Test
  void should_draw_the_index_bar_with_the_centre_marked() {
    // −1 puts the marker in the first cell, +1 in the last, 0 on the centre
    assertThat(TextReport.bar(-1.0)).startsWith("[#");
    assertThat(TextReport.bar(1.0)).endsWith("#]");
    assertThat(TextReport.bar(0.0)).hasSize(43).contains("-#-").doesNotContain("|");
  }

  private static PrintStream print(ByteArrayOutputStream b) {
    return new PrintStream(b, true, StandardCharsets.UTF_8);
  }
}
