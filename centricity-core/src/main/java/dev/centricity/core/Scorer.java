package dev.centricity.core;

import dev.centricity.core.internal.CompiledScorer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A rubric compiled once for fast scoring.
 *
 * <p>{@code Scorer.of(rubric).score(response)} computes the {@link Scorecard} of {@code
 * docs/model.md}. The rubric is resolved at construction into flat arrays indexed by position, so
 * scoring does one map look-up per answer and no other search.
 *
 * <p>For hot loops there is a positional form: {@link #traitOrder()} fixes a position for every
 * trait once, and {@link #score(int[])} scores an array of points in that order without any look-up
 * by id. Both forms give equal scorecards for the same answers.
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(rubric);
 * int[] columns = ...;                      // resolve the host's columns once:
 * //   columns[i] = scorer.position(header[i]).orElseThrow()
 * int[] points = new int[scorer.traitOrder().size()];
 * for (Row row : rows) {
 *   for (int i = 0; i < columns.length; i++) points[columns[i]] = row.point(i); // 0 = missing
 *   Scorecard card = scorer.score(row.id(), points);  // points are copied
 * }
 * }</pre>
 *
 * <p><b>Thread safety:</b> a scorer is immutable and may be shared freely between threads; scoring
 * the same response always gives a bit-identical scorecard.
 */
public interface Scorer {

  /**
   * Compiles a rubric with its own default policy.
   *
   * @param rubric a valid rubric
   * @return the scorer
   */
  static Scorer of(Rubric rubric) {
    return of(rubric, rubric.policy());
  }

  /**
   * Compiles a rubric with a policy chosen by the host.
   *
   * @param rubric a valid rubric
   * @param policy the policy to score with
   * @return the scorer
   */
  static Scorer of(Rubric rubric, ScoringPolicy policy) {
    return new CompiledScorer(rubric, policy);
  }

  /** The rubric this scorer was compiled from. */
  Rubric rubric();

  /** The policy this scorer applies. */
  ScoringPolicy policy();

  /**
   * Scores one response.
   *
   * @param response the answers, keyed by trait id
   * @return the scorecard, undetermined when no dimension counts
   * @throws ResponseValidationException if the response names another rubric, answers a trait
   *     outside its scale, answers an unknown trait under {@link
   *     ScoringPolicy.UnknownTraits#REJECT}, or misses answers under {@link
   *     ScoringPolicy.MissingAnswers#REJECT}
   */
  Scorecard score(Response response);

  /**
   * Scores points of the scales keyed by trait id, as a host holds them (a CRM record, a form's
   * fields), without a respondent: equal to {@code score(Response.ofPoints(points))}, in errors and
   * warnings too. The library's scorer reads the map once, looking each id up in the rubric's table
   * of positions, and copies nothing when the answers are in order; a map with something to report
   * (an unknown trait, a point off its scale, a missing answer the policy rejects) is scored
   * through {@link Response#ofPoints(Map)} to report it.
   *
   * @param points the points by trait id; a {@code null} point is a blank answer
   * @return the scorecard
   * @throws NullPointerException if the map or one of its keys is null
   * @throws ResponseValidationException as for {@link #score(Response)}
   */
  default Scorecard score(Map<String, Integer> points) {
    return score(Response.ofPoints(points));
  }

  /**
   * The trait ids in the order of the positional form: the rubric's traits, dimension by dimension,
   * as in the rubric.
   *
   * @return an immutable list
   */
  default List<String> traitOrder() {
    return rubric().allTraits().stream().map(Trait::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The position of a trait in {@link #traitOrder()}.
   *
   * @param traitId a trait id
   * @return the position, or empty if the rubric has no such trait
   */
  default OptionalInt position(String traitId) {
    int i = traitOrder().indexOf(traitId);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Scores answers given by position, without a respondent.
   *
   * @param points {@code points[i]} answers the trait at {@code traitOrder().get(i)}: a point of
   *     its scale, or 0 when it is unanswered; the array is copied, so it may be reused
   * @return the scorecard, equal to scoring the same answers as a {@link Response}
   * @throws IllegalArgumentException if the array's length is not the number of traits
   * @throws ResponseValidationException if a point is outside its trait's scale, or an answer is
   *     missing under {@link ScoringPolicy.MissingAnswers#REJECT}
   */
  default Scorecard score(int[] points) {
    return score(null, points);
  }

  /**
   * Scores answers given by position.
   *
   * @param respondent who answered, or null
   * @param points as for {@link #score(int[])}
   * @return the scorecard, equal to scoring the same answers as a {@link Response}
   * @throws IllegalArgumentException if the array's length is not the number of traits
   * @throws ResponseValidationException if a point is outside its trait's scale, or an answer is
   *     missing under {@link ScoringPolicy.MissingAnswers#REJECT}
   */
  default Scorecard score(String respondent, int[] points) {
    List<String> order = traitOrder();
    if (points.length != order.size()) {
      throw new IllegalArgumentException(
          "expected " + order.size() + " points, one per trait, but got " + points.length);
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < points.length; i++) {
      if (points[i] != 0) {
        answers.put(order.get(i), Answer.of(points[i]));
      }
    }
    return score(
        Response.builder().respondent(Optional.ofNullable(respondent)).answers(answers).build());
  }
}
