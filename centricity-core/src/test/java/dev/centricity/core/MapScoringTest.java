package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.RubricFormat;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Specifies scoring from a host's {@code Map<String, Integer>} ({@link Scorer#score(Map)}) and the
 * compact responses of {@link Response#ofPoints(Map)} and {@code ResponseFormat.fromJson}: the same
 * scorecards, errors and warnings as a response built with its builder, and responses equal to
 * built ones whichever way they were made.
 *
 * <p>The rubric is {@code rubrics/two-poles.yaml}.
 */
class MapScoringTest {

  private static Rubric rubric;
  private static Scorer scorer;

  @BeforeAll
  static void compile() throws URISyntaxException {
    rubric =
        RubricFormat.read(
            Path.of(MapScoringTest.class.getResource("/rubrics/two-poles.yaml").toURI()));
    scorer = Scorer.of(rubric);
  }

  private static Map<String, Integer> points(Object... idsAndPoints) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < idsAndPoints.length; i += 2) {
      map.put((String) idsAndPoints[i], (Integer) idsAndPoints[i + 1]);
    }
    return map;
  }

  private static Response built(Map<String, Integer> points) {
    Response.Builder b = Response.builder();
    points.forEach((id, p) -> b.putAnswers(id, p == null ? Answer.blank() : Answer.of(p)));
    return b.build();
  }

  @Test
  void should_score_as_the_built_response_when_the_map_is_complete() {
    // GIVEN: the worked example of docs/model.md's small rubric, index 7/12 with churn missing
    Map<String, Integer> map =
        points("rewards.volume", 2, "rewards.insight", 5, "focus.aim", 4, "focus.churn", null);

    // WHEN
    Scorecard fromMap = scorer.score(map);
    Scorecard fromPoints = scorer.score(Response.ofPoints(map));

    // THEN: (2·5/8 + 1·1/2)/3 = 7/12 in every form
    Scorecard expected = scorer.score(built(map));
    assertThat(fromMap).isEqualTo(expected);
    assertThat(fromPoints).isEqualTo(expected);
    assertThat(fromMap.index().getAsDouble()).isEqualTo(expected.index().getAsDouble());
  }

  @Test
  void should_report_the_answer_as_the_built_response_does_when_a_point_is_off_its_scale() {
    // GIVEN: churn is a two-point scale
    Map<String, Integer> map = points("rewards.volume", 2, "focus.churn", 3);

    // WHEN
    Throwable fromMap = catchThrowable(() -> scorer.score(map));
    Throwable fromBuilt = catchThrowable(() -> scorer.score(built(map)));

    // THEN
    assertThat(fromMap).isInstanceOf(ResponseValidationException.class);
    assertThat(fromMap).hasMessage(fromBuilt.getMessage());
    assertThat(fromMap.getMessage())
        .contains("answer to trait 'focus.churn' must be a whole number from 1 to 2 but was 3");
  }

  @Test
  void should_report_the_trait_as_the_built_response_does_when_the_map_names_an_unknown_one() {
    // GIVEN: a HashMap, in no particular order
    Map<String, Integer> map = new HashMap<>(points("rewards.volume", 2, "rewards.bonus", 4));

    // WHEN
    Throwable fromMap = catchThrowable(() -> scorer.score(map));
    Throwable fromBuilt = catchThrowable(() -> scorer.score(Response.ofPoints(map)));

    // THEN
    assertThat(fromMap).isInstanceOf(ResponseValidationException.class);
    assertThat(fromMap).hasMessage(fromBuilt.getMessage());
    assertThat(fromMap.getMessage()).contains("rubric 'two-poles@1.0.0' has no trait");
  }

  @Test
  void should_warn_as_the_built_response_does_when_an_unknown_trait_is_ignored() {
    // GIVEN
    Scorer ignoring =
        Scorer.of(
            rubric,
            ScoringPolicy.builder()
                .from(rubric.policy())
                .unknownTraits(ScoringPolicy.UnknownTraits.IGNORE)
                .build());
    Map<String, Integer> map = points("rewards.volume", 2, "rewards.bonus", 4, "focus.aim", 5);

    // WHEN
    Scorecard fromMap = ignoring.score(map);

    // THEN
    assertThat(fromMap).isEqualTo(ignoring.score(built(map)));
    assertThat(fromMap.warnings()).isNotEmpty();
  }

  @Test
  void should_fail_on_the_null_key_when_the_map_has_one() {
    // GIVEN
    Map<String, Integer> map = new HashMap<>();
    map.put(null, 3);

    // WHEN / THEN
    assertThat(catchThrowable(() -> scorer.score(map))).isInstanceOf(NullPointerException.class);
    assertThat(catchThrowable(() -> Response.ofPoints(map)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void should_equal_the_built_response_when_made_from_points_or_read_from_json() {
    // GIVEN
    Map<String, Integer> map = points("rewards.volume", 2, "focus.aim", null, "focus.churn", 1);
    Response built = built(map);

    // WHEN
    Response ofPoints = Response.ofPoints(map);
    Response read = ResponseFormat.fromJson(ResponseFormat.toJson(ofPoints));

    // THEN: equal both ways, with equal hash codes, the answers in the order given
    assertThat(ofPoints).isEqualTo(built);
    assertThat(built).isEqualTo(ofPoints);
    assertThat(read).isEqualTo(built);
    assertThat(ofPoints.hashCode()).isEqualTo(built.hashCode());
    assertThat(read.hashCode()).isEqualTo(built.hashCode());
    assertThat(ofPoints.answers().keySet())
        .containsExactly("rewards.volume", "focus.aim", "focus.churn");
    assertThat(ofPoints.answers().get("focus.aim")).isEqualTo(Answer.blank());
    assertThat(ofPoints.answers()).doesNotContainKey("rewards.insight");
    assertThat(ofPoints.toString()).isEqualTo(built.toString());
    assertThat(ResponseFormat.toJson(ofPoints)).isEqualTo(ResponseFormat.toJson(built));
  }

  @Test
  void should_not_change_when_the_map_it_was_made_from_changes() {
    // GIVEN
    Map<String, Integer> map = points("rewards.volume", 2);
    Response response = Response.ofPoints(map);

    // WHEN
    map.put("rewards.volume", 5);
    map.put("focus.aim", 1);

    // THEN
    assertThat(response.answers()).containsExactly(Map.entry("rewards.volume", Answer.of(2)));
  }

  @Test
  void should_find_every_answer_when_a_compact_response_has_many() {
    // GIVEN: more answers than a look-up scans one by one
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      map.put("t" + i, i);
    }

    // WHEN
    Response response = Response.ofPoints(map);

    // THEN
    for (int i = 0; i < 40; i++) {
      assertThat(response.answers().get("t" + i)).isEqualTo(Answer.of(i));
    }
    assertThat(response.answers().get("t40")).isNull();
    assertThat(response).isEqualTo(built(map));
  }
}
