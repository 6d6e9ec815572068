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
import org.junit.jupiter.api.Test;

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
  void should_draw_the_index_bar_with_the_centre_marked() {
    // −1 puts the marker in the first cell, +1 in the last, 0 on the centre
    assertThat(TextReport.bar(-1.0)).startsWith("[#");
    assertThat(TextReport.bar(1.0)).endsWith("#]");
    assertThat(TextReport.bar(0.0)).hasSize(43).contains("-#-").doesNotContain("|");
  }
}
