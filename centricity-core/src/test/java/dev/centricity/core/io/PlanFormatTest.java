package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.plan.GroupPlan;
import dev.centricity.core.plan.ImprovementPlan;
import dev.centricity.core.plan.Planner;
import dev.centricity.core.plan.Target;
import dev.centricity.core.versions.RubricDiff;
import dev.centricity.core.versions.RubricImpact;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON layouts of plans, group plans, diffs and impacts (docs/plans.md, docs/versions.md). */
class PlanFormatTest {

  static final Rubric RUBRIC =
      RubricFormat.read(Path.of("src/test/resources/rubrics/two-poles.yaml"));
  static final Scorer SCORER = Scorer.of(RUBRIC);

  static Response productLeaning() {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("rewards.volume", Answer.of(5));
    m.put("rewards.insight", Answer.of(2));
    m.put("focus.aim", Answer.of(2));
    m.put("focus.churn", Answer.of(1));
    return Response.builder().respondent("r-1").answers(m).build();
  }

  static JsonNode read(String json) {
    return JsonSupport.json().readTree(json);
  }

  @Test
  void should_write_a_plan_with_its_changes_and_the_predicted_scorecard() {
    // GIVEN the two-change plan of PlannerTest (volume 5 → 1, aim 2 → 3)
    ImprovementPlan plan =
        Planner.of(SCORER).plan(productLeaning(), Target.band("Customer-leaning"));

    // WHEN it is written
    JsonNode json = read(PlanFormat.toJson(plan));

    // THEN every part is there, with the exact numbers of the plan
    assertThat(json.get("rubric").get("id").asString()).isEqualTo("two-poles");
    assertThat(json.get("respondent").asString()).isEqualTo("r-1");
    assertThat(json.get("target").get("band").asString()).isEqualTo("Customer-leaning");
    assertThat(json.get("reached").asBoolean()).isTrue();
    assertThat(json.get("current").get("index").asDouble())
        .isEqualTo(plan.current().index().getAsDouble());
    assertThat(json.get("changes")).hasSize(2);
    JsonNode first = json.get("changes").get(0);
    assertThat(first.get("trait").asString()).isEqualTo("rewards.volume");
    assertThat(first.get("from").asInt()).isEqualTo(5);
    assertThat(first.get("to").asInt()).isEqualTo(1);
    assertThat(first.get("gain").asDouble()).isEqualTo(plan.changes().get(0).gain());
    assertThat(ScorecardFormat.fromJson(json.get("predicted").toString()))
        .isEqualTo(plan.predicted());
  }

  @Test
  void should_write_group_plans_with_their_ranked_traits() {
    GroupPlan all =
        Planner.of(SCORER)
            .planGroup(Optional.empty(), List.of(productLeaning()), Target.index(0.5));
    GroupPlan team =
        Planner.of(SCORER)
            .planGroup(Optional.of("sales"), List.of(productLeaning()), Target.index(0.5));

    JsonNode json =
        read(
            PlanFormat.toJson(
                SCORER.score(productLeaning()).rubric(),
                List.of(all, team),
                List.of(RowError.of(7, Optional.of("r-7"), Optional.of("focus.aim"), "bad cell"))));

    assertThat(json.get("groups")).hasSize(2);
    assertThat(json.get("groups").get(0).get("target").get("index").asDouble()).isEqualTo(0.5);
    assertThat(json.get("rowErrors").get(0).get("line").asLong()).isEqualTo(7);
    assertThat(json.get("rowErrors").get(0).get("reason").asString()).isEqualTo("bad cell");
    assertThat(json.get("groups").get(0).has("group")).isFalse();
    assertThat(json.get("groups").get(1).get("group").asString()).isEqualTo("sales");
    JsonNode top = json.get("groups").get(1).get("traits").get(0);
    assertThat(top.get("trait").asString()).isEqualTo("rewards.volume");
    assertThat(top.get("meanGain").asDouble()).isEqualTo(team.traits().get(0).meanGain());
    assertThat(top.get("members").asLong()).isEqualTo(1);
  }

  @Test
  void should_write_a_diff_with_its_impact() {
    Rubric reweighted =
        Rubric.builder().from(RUBRIC).version("1.1.0").strengthThreshold(0.6).build();
    RubricDiff diff = RubricDiff.between(RUBRIC, reweighted);
    RubricImpact impact =
        RubricImpact.of(SCORER, Scorer.of(reweighted), List.of(productLeaning(), productLeaning()));

    JsonNode json = read(RubricDiffFormat.toJson(diff, impact, List.of()));

    assertThat(json.get("before").get("version").asString()).isEqualTo("1.0.0");
    assertThat(json.get("after").get("version").asString()).isEqualTo("1.1.0");
    assertThat(json.get("required").asString()).isEqualTo("minor");
    assertThat(json.get("actual").asString()).isEqualTo("minor");
    assertThat(json.get("bumpedEnough").asBoolean()).isTrue();
    JsonNode change = json.get("changes").get(0);
    assertThat(change.get("element").asString()).isEqualTo("rubric");
    assertThat(change.get("field").asString()).isEqualTo("strengthThreshold");
    assertThat(change.get("before").asString()).isEqualTo("0.5");
    assertThat(change.get("after").asString()).isEqualTo("0.6");
    assertThat(change.get("bump").asString()).isEqualTo("minor");
    // the threshold moves no index: both changes are 0, with an interval of width 0
    JsonNode mean = json.get("impact").get("meanChange");
    assertThat(mean.get("n").asInt()).isEqualTo(2);
    assertThat(mean.get("mean").asDouble()).isZero();
    assertThat(mean.get("lower").asDouble()).isZero();
    assertThat(json.get("impact").get("changes")).hasSize(2);
    assertThat(json.get("impact").get("bandChanged")).isEmpty();
    assertThat(json.get("impact").get("rowErrors")).isEmpty();
    assertThat(RubricDiffFormat.toJson(diff)).doesNotContain("impact");
  }
}
