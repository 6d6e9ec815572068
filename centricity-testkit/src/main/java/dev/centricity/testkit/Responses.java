package dev.centricity.testkit;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;

/**
 * Generators of responses to a rubric, and the deterministic responses and changes to a response
 * that the invariants of {@code docs/model.md} use.
 *
 * <p>All methods are static and thread-safe.
 */
public final class Responses {

  private Responses() {}

  /**
   * An arbitrary of responses to a rubric, with the defaults described in {@link
   * ResponseArbitrary}.
   *
   * @param rubric the rubric the responses answer
   * @return the arbitrary
   */
  public static ResponseArbitrary arbitrary(Rubric rubric) {
    return new ResponseArbitrary(rubric);
  }

  /**
   * Rubrics paired with a response to each, with the default responses of {@link
   * ResponseArbitrary}.
   *
   * @param rubrics the rubrics, such as {@link Rubrics#arbitrary()}
   * @return the arbitrary; it shrinks the rubric first, then the response
   */
  public static Arbitrary<Assessment> assessments(Arbitrary<Rubric> rubrics) {
    return assessments(rubrics, r -> r);
  }

  /**
   * Rubrics paired with a response to each, the responses configured for each rubric, for example
   * {@code assessments(Rubrics.arbitrary(), ResponseArbitrary::complete)}.
   *
   * @param rubrics the rubrics
   * @param responses configures the response arbitrary of each rubric
   * @return the arbitrary; it shrinks the rubric first, then the response. The responses have no
   *     edge cases mixed in (the rubrics do).
   */
  public static Arbitrary<Assessment> assessments(
      Arbitrary<Rubric> rubrics,
      Function<? super ResponseArbitrary, ? extends Arbitrary<Response>> responses) {
    Objects.requireNonNull(responses, "responses");
    // Edge cases of the responses are left out: computing them anew for every rubric costs more
    // than they find, and the responses shrink towards the same simple answers anyway.
    return rubrics.flatMap(
        rubric ->
            responses
                .apply(arbitrary(rubric))
                .withoutEdgeCases()
                .map(resp -> new Assessment(rubric, resp)));
  }

  /**
   * Rubrics paired with the responses of several respondents to each, such as a team answering a
   * survey; the responses are the defaults of {@link ResponseArbitrary}.
   *
   * @param rubrics the rubrics
   * @param minSize the fewest responses, at least 0
   * @param maxSize the most responses, at least {@code minSize}
   * @return the arbitrary; it shrinks the rubric first, then towards fewer and simpler responses
   * @throws IllegalArgumentException if the sizes are not a range of numbers ≥ 0
   */
  public static Arbitrary<Respondents> respondents(
      Arbitrary<Rubric> rubrics, int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the number of responses must be a range with 0 <= min <= max but was [%d, %d]",
              minSize,
              maxSize));
    }
    return rubrics.flatMap(
        rubric ->
            arbitrary(rubric)
                .withoutEdgeCases()
                .list()
                .ofMinSize(minSize)
                .ofMaxSize(maxSize)
                .map(list -> new Respondents(rubric, list)));
  }

  /**
   * The number of points of a trait's scale.
   *
   * @param rubric the rubric
   * @param trait one of its traits
   * @return <i>n</i>
   * @throws IllegalArgumentException if the rubric has no scale of the trait's
   */
  public static int pointsOf(Rubric rubric, Trait trait) {
    return rubric
        .scale(trait.scale())
        .map(Scale::size)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    String.format(
                        Locale.ROOT,
                        "rubric '%s' has no scale '%s'",
                        rubric.reference(),
                        trait.scale())));
  }

  /**
   * The midpoint of a scale of <i>n</i> points, (n + 1)/2, where a = ½ exactly: present only when
   * <i>n</i> is odd, since the midpoint of an even scale lies between two points.
   *
   * @param points the number of points <i>n</i>
   * @return the midpoint, or empty for an even scale
   */
  public static OptionalInt midpoint(int points) {
    return points % 2 == 1 ? OptionalInt.of((points + 1) / 2) : OptionalInt.empty();
  }

  /**
   * The answer to a trait that lies fully towards a pole: the last point of a trait keyed to it,
   * point 1 of a trait keyed to another pole, the end of a contrast that is that pole. With two
   * poles each of these gives the trait the direction e<sub>p</sub> − u, so a response of them all
   * gives the pole's vertex (invariant 10). A contrast between two other poles (three or more
   * poles) has no such point.
   *
   * @param rubric the rubric
   * @param trait one of its traits
   * @param poleId the pole
   * @return the point, or empty for a contrast between two other poles
   */
  public static OptionalInt pointTowards(Rubric rubric, Trait trait, String poleId) {
    int n = pointsOf(rubric, trait);
    if (trait.keyed().isPresent()) {
      return OptionalInt.of(trait.keyed().get().equals(poleId) ? n : 1);
    }
    var c = trait.contrast().orElseThrow();
    if (c.to().equals(poleId)) {
      return OptionalInt.of(n);
    }
    if (c.from().equals(poleId)) {
      return OptionalInt.of(1);
    }
    return OptionalInt.empty();
  }

  /**
   * The response that answers every trait on an odd scale at its midpoint and leaves the others
   * out.
   *
   * @param rubric the rubric
   * @return the response, in the rubric's order
   */
  public static Response neutral(Rubric rubric) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : rubric.allTraits()) {
      midpoint(pointsOf(rubric, t)).ifPresent(p -> answers.put(t.id(), Answer.of(p)));
    }
    return Response.builder().answers(answers).build();
  }

  /**
   * The response that answers every trait fully towards a pole ({@link #pointTowards(Rubric, Trait,
   * String)}), leaving out contrasts between two other poles.
   *
   * @param rubric the rubric
   * @param poleId the pole
   * @return the response, in the rubric's order
   */
  public static Response towards(Rubric rubric, String poleId) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : rubric.allTraits()) {
      pointTowards(rubric, t, poleId).ifPresent(p -> answers.put(t.id(), Answer.of(p)));
    }
    return Response.builder().answers(answers).build();
  }

  /**
   * The response with one answer set, in the same place if the trait was answered and last
   * otherwise.
   *
   * @param response the response
   * @param traitId the trait's id
   * @param answer the new answer
   * @return the changed response
   */
  public static Response withAnswer(Response response, String traitId, Answer answer) {
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    answers.put(
        Objects.requireNonNull(traitId, "traitId"), Objects.requireNonNull(answer, "answer"));
    return Response.builder().from(response).answers(answers).build();
  }

  /**
   * The response without an entry for a trait (as if the respondent never saw it).
   *
   * @param response the response
   * @param traitId the trait's id
   * @return the changed response
   */
  public static Response withoutAnswer(Response response, String traitId) {
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    answers.remove(traitId);
    return Response.builder().from(response).answers(answers).build();
  }

  /**
   * The response without the entries for some traits.
   *
   * @param response the response
   * @param traitIds the traits' ids
   * @return the changed response
   */
  public static Response withoutAnswers(Response response, List<String> traitIds) {
    Map<String, Answer> answers = new LinkedHashMap<>(response.answers());
    answers.keySet().removeAll(traitIds);
    return Response.builder().from(response).answers(answers).build();
  }

  /**
   * The response with its answers in another order.
   *
   * @param response the response
   * @param traitIds the answered trait ids in the new order; every key of the response exactly once
   * @return the reordered response
   * @throws IllegalArgumentException if the ids are not a permutation of the response's keys
   */
  public static Response withAnswersInOrder(Response response, List<String> traitIds) {
    if (traitIds.size() != response.answers().size()
        || !response.answers().keySet().containsAll(traitIds)) {
      throw new IllegalArgumentException(
          "the order " + traitIds + " is not a permutation of " + response.answers().keySet());
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String id : traitIds) {
      answers.put(id, response.answers().get(id));
    }
    return Response.builder().from(response).answers(answers).build();
  }

  /**
   * Whether a response gives a point for a trait (rather than missing it, explicitly or not).
   *
   * @param response the response
   * @param traitId the trait's id
   * @return true when the answer is a point
   */
  public static boolean isAnswered(Response response, String traitId) {
    Answer a = response.answers().get(traitId);
    return a != null && a.isGiven();
  }
}
