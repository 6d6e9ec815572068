package dev.centricity.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.rubric.DefaultRubrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamSurveyTest {

  static final Path SURVEY = Path.of("src/test/resources/cohorts/team-survey.csv");
  static final Path SMALL = Path.of("src/test/resources/hosts/small-teams.csv");

  @TempDir Path dir;

  /**
   * Two traits on five points, one keyed to each pole, in one dimension, with the default bands: a
   * rubric small enough to work every figure out by hand.
   */
  static Rubric twoTraits() {
    return Rubric.builder()
        .id("two-traits")
        .version("1.0.0")
        .addPoles(Pole.of("product", "Product-centric"), Pole.of("customer", "Customer-centric"))
        .addScales(Scale.of("agree5", "1", "2", "3", "4", "5"))
        .addDimensions(
            Dimension.builder()
                .id("work")
                .addTraits(
                    Trait.keyed("work.volume", "We count units.", "product", "agree5"),
                    Trait.keyed("work.clients", "We count clients.", "customer", "agree5"))
                .build())
        .bands(DefaultRubrics.productCustomer().bands())
        .build();
  }

  @Test
  void should_work_out_a_small_survey_by_hand() {
    // GIVEN four teams answering two traits, grouped by a column 'team', and one bad row
    Scorer scorer = Scorer.of(twoTraits());

    // WHEN
    Survey survey = TeamSurvey.analyse(scorer, SMALL, "team");

    // THEN 12 rows, 11 scored; the answer 6 is outside the scale and set aside on line 13
    assertThat(survey.report().rows()).isEqualTo(12);
    assertThat(survey.report().respondents()).isEqualTo(11);
    assertThat(survey.report().errors())
        .singleElement()
        .satisfies(e -> assertThat(e.line()).isEqualTo(13));
    assertThat(survey.teams())
        .extracting(TeamResult::team)
        .containsExactly("Aligned", "Nearly", "Solo", "Split");

    // Aligned: three members answer (2, 4); each index is (0.5 + 0.5)/2 = 0.5 (volume a = 1/4
    // reverse-keyed gives 1 − 2·1/4 = 0.5, clients a = 3/4 gives 2·3/4 − 1 = 0.5), score 75, SD 0,
    // so the interval is [75, 75], inside Customer-leaning (0.2, 0.6]; every variance is 0, so
    // v = 0 and r_wg(2) = 1
    TeamResult aligned = survey.team("Aligned").orElseThrow();
    Estimate score = aligned.score().orElseThrow();
    assertThat(score.mean()).isCloseTo(75.0, offset(1e-12));
    assertThat(score.lower().getAsDouble()).isCloseTo(75.0, offset(1e-12));
    assertThat(score.upper().getAsDouble()).isCloseTo(75.0, offset(1e-12));
    assertThat(aligned.band().orElseThrow().band()).contains("Customer-leaning");
    assertThat(aligned.meanAgreement().getAsDouble()).isCloseTo(1.0, offset(1e-12));
    assertThat(aligned.membersDisagree()).isFalse();
    assertThat(aligned.notYetClear()).isFalse();
    assertThat(aligned.reading()).isEqualTo("clear");

    // Nearly: (2, 4), (2, 4), (2, 5) give indices 0.5, 0.5, 0.75: mean 7/12 = 0.58333, score
    // 50(1 + 7/12) = 79.1667; s = √((2·(1/12)² + (1/6)²)/2) = √(1/48), SE = s/√3 = 1/12,
    // t(0.975, 2) = 4.302652730, interval 7/12 ± 0.358554 = [0.2248, 0.9419], which reaches
    // Customer-leaning and Strongly customer-centric: not yet clear.
    // Agreement: volume {2,2,2} s² = 0; clients {4,4,5} s² = 1/3; σ²_EU = (25 − 1)/12 = 2;
    // v = (0/2 + (1/3)/2)/2 = 1/12; r_wg(2) = 2(11/12)/(2(11/12) + 1/12) = 22/23 = 0.9565
    TeamResult nearly = survey.team("Nearly").orElseThrow();
    assertThat(nearly.score().orElseThrow().mean()).isCloseTo(50 * (1 + 7.0 / 12), offset(1e-12));
    assertThat(nearly.summary().index().orElseThrow().lower().getAsDouble())
        .isCloseTo(7.0 / 12 - 4.302652730 / 12, offset(1e-8));
    assertThat(nearly.band().orElseThrow().candidates())
        .containsExactly("Customer-leaning", "Strongly customer-centric");
    assertThat(nearly.meanAgreement().getAsDouble()).isCloseTo(22.0 / 23, offset(1e-12));
    assertThat(nearly.membersDisagree()).isFalse();
    assertThat(nearly.notYetClear()).isTrue();
    assertThat(nearly.reading()).isEqualTo("not yet clear");

    // Split: (1, 5), (5, 1), (1, 5), (5, 1): indices +1, −1, +1, −1, mean 0, and each trait's
    // answers {1,5,1,5} have s² = 4·2²/3 = 16/3, so v = (16/3)/2 = 8/3 > 1: r_wg truncated to 0
    TeamResult split = survey.team("Split").orElseThrow();
    assertThat(split.summary().respondents()).isEqualTo(4);
    assertThat(split.summary().index().orElseThrow().mean()).isCloseTo(0.0, offset(1e-12));
    assertThat(split.meanAgreement().getAsDouble()).isZero();
    assertThat(split.membersDisagree()).isTrue();
    assertThat(split.notYetClear()).isTrue();
    assertThat(split.reading()).isEqualTo("members disagree; not yet clear");

    // Solo: one member has no interval and no r_wg: not yet clear, but not said to disagree
    TeamResult solo = survey.team("Solo").orElseThrow();
    assertThat(solo.meanAgreement()).isEmpty();
    assertThat(solo.membersDisagree()).isFalse();
    assertThat(solo.notYetClear()).isTrue();
    assertThat(solo.band().orElseThrow().candidates()).containsExactly("Balanced");

    assertThat(survey.flagged())
        .extracting(TeamResult::team)
        .containsExactly("Nearly", "Solo", "Split");
  }

  @Test
  void should_find_every_team_of_the_fifty_person_survey_not_yet_clear_but_agreeing() {
    // GIVEN the 50-person, five-team survey of docs/cohorts.md, answered on the default rubric
    Scorer scorer = Scorer.of(DefaultRubrics.productCustomer());

    // WHEN
    Survey survey = TeamSurvey.analyse(scorer, SURVEY, "group");

    // THEN the team scores of docs/cohorts.md (Finance 44.4, Marketing 51.8, Product 41.2, Sales
    // 36.7, Support 73.7), each interval reaching two bands, so every team is not yet clear ...
    assertThat(survey.teams())
        .extracting(TeamResult::team)
        .containsExactly("Finance", "Marketing", "Product", "Sales", "Support");
    assertThat(survey.teams())
        .extracting(t -> t.score().orElseThrow().mean())
        .satisfiesExactly(
            s -> assertThat(s).isCloseTo(44.4, offset(0.05)),
            s -> assertThat(s).isCloseTo(51.8, offset(0.05)),
            s -> assertThat(s).isCloseTo(41.2, offset(0.05)),
            s -> assertThat(s).isCloseTo(36.7, offset(0.05)),
            s -> assertThat(s).isCloseTo(73.7, offset(0.05)));
    assertThat(survey.teams()).allSatisfy(t -> assertThat(t.notYetClear()).isTrue());
    assertThat(survey.team("Support").orElseThrow().band().orElseThrow().describe())
        .isEqualTo("Customer-leaning – Strongly customer-centric (uncertain)");
    // ... while every team has r_wg(J) ≥ 0.70 on every dimension (docs/cohorts.md), so its mean
    // is at least 0.70 too and no team is said to disagree
    assertThat(survey.teams())
        .allSatisfy(
            t -> {
              assertThat(t.meanAgreement().getAsDouble()).isGreaterThanOrEqualTo(0.70);
              assertThat(t.membersDisagree()).isFalse();
            });
    // the whole organisation, 50 people, has an interval narrow enough to be Balanced for sure
    assertThat(survey.organisation().band().orElseThrow().band()).contains("Balanced");
  }

  @Test
  void should_print_a_table_of_teams_and_exit_0() {
    // GIVEN the survey file
    // WHEN
    Run r = run(SURVEY.toString());

    // THEN
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("50 rows: 50 respondents scored in 5 teams, 0 set aside")
        .containsPattern(
            "Support\\s+10\\s+73\\.7\\s+\\[ 67\\.2,  80\\.3\\]\\s+Customer-leaning – Strongly"
                + " customer-centric \\(uncertain\\)\\s+0\\.\\d\\d\\s+not yet clear")
        .contains("Dimension scores", "Rewards and incentives", "Below 0.70 the members disagree");
  }

  @Test
  void should_group_by_the_column_named_on_the_command_line() throws Exception {
    // GIVEN the survey with its 'group' column renamed 'team'
    Path csv = dir.resolve("teams.csv");
    Files.writeString(
        csv, Files.readString(SURVEY).replaceFirst("respondent,group,", "respondent,team,"));

    // WHEN
    Run r = run("--group-by", "team", csv.toString());

    // THEN the same five teams
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("in 5 teams").contains("Finance", "Support");
  }

  @Test
  void should_exit_2_with_a_message_for_a_missing_file_or_no_file() {
    // GIVEN / WHEN
    Run missing = run(dir.resolve("nowhere.csv").toString());
    Run none = run();

    // THEN
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere.csv").contains("no such file");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("usage: TeamSurvey");
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        TeamSurvey.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void should_fit_the_band_column_to_the_organisation_band_too() throws Exception {
    // GIVEN two teams of one respondent at opposite ends (-1 and +1): each team's band is certain
    // (one respondent, no interval), while the organisation's interval of two respondents,
    // 0 ± 12.7 · √2 / √2, spans every band, so its band is the longest of all
    Path csv = dir.resolve("two-ends.csv");
    Files.writeString(csv, "respondent,team,work.volume,work.clients\nr1,A,5,1\nr2,B,1,5\n");
    Survey survey = TeamSurvey.analyse(Scorer.of(twoTraits()), csv, "team");

    // WHEN the report is rendered
    String text = TeamSurveyReport.render(survey, twoTraits());

    // THEN the organisation's agreement figure ends where the header's "Agreement" ends
    String header =
        text.lines().filter(l -> l.contains("Agreement  Reading")).findFirst().orElseThrow();
    String organisation =
        text.lines().filter(l -> l.startsWith("(whole organisation)")).findFirst().orElseThrow();
    int end = header.indexOf("Agreement") + "Agreement".length();
    assertThat(organisation).contains("(uncertain)");
    assertThat(organisation.length()).isGreaterThanOrEqualTo(end);
    assertThat(organisation.charAt(end - 1)).isNotEqualTo(' ');
    assertThat(organisation.length() == end || organisation.charAt(end) == ' ').as(text).isTrue();
  }
}
