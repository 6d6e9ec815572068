package dev.centricity.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.examples.hosts.ChannelExtension.Study;
import dev.centricity.rubric.DefaultRubrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelExtensionTest {

  static Study study;

  @TempDir Path dir;

  @BeforeAll
  static void analyseTheSampleCohort() {
    study = ChannelExtension.analyse(ChannelSample.cohort());
  }

  @Test
  void should_add_a_channel_pole_and_dimension_and_keep_the_shared_traits() {
    // GIVEN the default rubric
    Rubric base = DefaultRubrics.productCustomer();

    // WHEN
    Rubric extended = ChannelExtension.rubric();

    // THEN three poles, the default's nine dimensions unchanged and a tenth for channels
    assertThat(extended.poles())
        .extracting(Pole::id)
        .containsExactly("product", "customer", "channel");
    assertThat(extended.dimensions()).hasSize(10);
    assertThat(extended.dimensions().subList(0, 9)).isEqualTo(base.dimensions());
    Dimension channels = extended.dimension(ChannelExtension.DIMENSION).orElseThrow();
    assertThat(channels.traits()).hasSize(5);
    assertThat(channels.traits().stream().filter(t -> t.keyed().equals(Optional.of("channel"))))
        .hasSize(4);
    Trait firstAsk = extended.trait(ChannelExtension.FIRST_ASK).orElseThrow();
    assertThat(firstAsk.contrast().orElseThrow().from()).isEqualTo("channel");
    assertThat(firstAsk.contrast().orElseThrow().to()).isEqualTo("customer");
    assertThat(channels.traits())
        .allSatisfy(t -> assertThat(t.sources()).containsExactly(Source.of("A", "A16")));
    // with three poles there is no index, so no bands
    assertThat(extended.bands()).isEmpty();
  }

  @Test
  void should_profile_a_channel_led_response_as_worked_out_by_hand() {
    // GIVEN only the channels dimension answered: four channel statements at 5, the question at
    // its channel end (1)
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Trait t :
        ChannelExtension.rubric().dimension(ChannelExtension.DIMENSION).orElseThrow().traits()) {
      points.put(t.id(), t.keyedToPole() ? 5 : 1);
    }

    // WHEN
    Scorecard card = Scorer.of(ChannelExtension.rubric()).score(Response.ofPoints(points));

    // THEN with poles (product, customer, channel) and u = (1/3, 1/3, 1/3): a keyed statement
    // fully agreed gives e_channel − u = (−1/3, −1/3, 2/3); the question at a = 0 gives
    // ((2·0 − 1)/3)(e_customer − e_channel) = (0, −1/3, 1/3). The mean of the five is
    // (−4/3, −5/3, 3)/5 = (−4/15, −1/3, 3/5), so P = (1/15, 0, 14/15); margin 14/15 − 1/15 = 13/15
    assertThat(card.profile().get("product")).isCloseTo(1.0 / 15, offset(1e-12));
    assertThat(card.profile().get("customer")).isCloseTo(0.0, offset(1e-12));
    assertThat(card.profile().get("channel")).isCloseTo(14.0 / 15, offset(1e-12));
    assertThat(card.leadingPole()).contains("channel");
    assertThat(card.margin().getAsDouble()).isCloseTo(13.0 / 15, offset(1e-12));
    assertThat(card.index()).isEmpty();
    // channel strength: the mean a of its four keyed statements, all 1
    assertThat(card.strengths().get("channel")).isCloseTo(1.0, offset(1e-12));
  }

  @Test
  void should_lead_each_fictional_organisation_with_the_pole_it_was_built_around() {
    // GIVEN the generated cohort: 3 organisations × 12 respondents, none set aside
    CohortReport extended = study.extended();
    assertThat(extended.rows()).isEqualTo(36);
    assertThat(extended.respondents()).isEqualTo(36);

    // WHEN / THEN each group leads with the pole of its highest tendency ...
    assertThat(study.leadingPole("Alder Appliances")).contains("channel");
    assertThat(study.leadingPole("Birch Analytics")).contains("customer");
    assertThat(study.leadingPole("Cedar Components")).contains("product");
    // ... and its strongest pole is the same: the mean agreement with that pole's statements
    for (GroupSummary g : extended.groups()) {
      String strongest =
          g.strengths().entrySet().stream()
              .max((a, b) -> Double.compare(a.getValue().mean(), b.getValue().mean()))
              .orElseThrow()
              .getKey();
      assertThat(strongest).isEqualTo(ChannelExtension.leadingPole(g).orElseThrow());
      // the library gives three-pole agreement: r_wg(J) on every dimension of every group
      assertThat(g.dimensions()).allSatisfy(d -> assertThat(d.agreement()).isPresent());
      assertThat(g.profile().keySet()).containsExactly("product", "customer", "channel");
    }
  }

  @Test
  void should_report_reliability_only_from_the_two_pole_rubric_on_the_shared_traits() {
    // GIVEN / WHEN the study of the generated cohort
    // THEN the library gives no reliability (nor intraclass correlations) for three poles ...
    assertThat(study.extended().reliability()).isEmpty();
    assertThat(study.extended().intraclassCorrelations()).isEmpty();
    // ... and the two-pole default rubric, on the same 36 respondents with the channel answers
    // ignored, gives it for its nine dimensions, each with all its traits as items
    CohortReport twoPole = study.twoPole();
    assertThat(twoPole.respondents()).isEqualTo(36);
    assertThat(twoPole.rubric().id()).isEqualTo("product-customer-centricity");
    assertThat(twoPole.reliability())
        .extracting(Reliability::dimension)
        .containsExactlyElementsOf(
            DefaultRubrics.productCustomer().dimensions().stream().map(Dimension::id).toList());
    for (Reliability r : twoPole.reliability()) {
      int traits =
          DefaultRubrics.productCustomer().dimension(r.dimension()).orElseThrow().traits().size();
      assertThat(r.items()).hasSize(traits);
      // the answers were generated from one tendency per pole, so the keyed items hang together
      assertThat(r.rawAlpha().getAsDouble()).isBetween(0.7, 1.0);
    }
  }

  @Test
  void should_give_the_same_study_from_the_cohort_written_as_csv() throws Exception {
    // GIVEN the generated cohort written as a survey tool's CSV
    Path csv = dir.resolve("cohort.csv");
    Files.writeString(csv, ChannelSample.toCsv(ChannelSample.cohort()));

    // WHEN
    Study fromFile = ChannelExtension.analyse(csv, "group");

    // THEN the same figures, read in the same order
    for (GroupSummary g : study.extended().groups()) {
      GroupSummary f = fromFile.extended().group(g.group().orElseThrow()).orElseThrow();
      for (String pole : List.of("product", "customer", "channel")) {
        assertThat(f.profile().get(pole).mean()).isEqualTo(g.profile().get(pole).mean());
      }
    }
    assertThat(fromFile.twoPole().reliability()).isEqualTo(study.twoPole().reliability());
    // the two-pole reader left the five channel columns unused as metadata, saying so
    assertThat(fromFile.twoPole().warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.METADATA_COLUMN)
        .hasSize(5);
  }

  @Test
  void should_print_profiles_strengths_and_reliability() {
    // GIVEN no file, so the generated cohort
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    // WHEN
    int code =
        ChannelExtension.run(
            new String[0],
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    // THEN
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("36 rows: 36 respondents in 3 groups, 0 set aside")
        .containsPattern("Alder Appliances\\s+12 .*channel\\s+0\\.\\d\\d")
        .contains("Mean pole strength", "two-pole rubrics only", "Strategic focus");
  }

  @Test
  void should_write_the_sample_cohort_for_a_researcher_to_replace() throws Exception {
    // GIVEN
    Path csv = dir.resolve("sample.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // WHEN
    int code =
        ChannelExtension.run(
            new String[] {"--write-sample", csv.toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    // THEN a header and 36 rows, 2 + 54 columns each (49 default traits + 5 channel traits)
    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(37);
    assertThat(lines.get(0)).startsWith("respondent,group,focus.market-share,");
    assertThat(lines).allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(56));
  }
}
