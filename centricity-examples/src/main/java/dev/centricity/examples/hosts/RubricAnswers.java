package dev.centricity.examples.hosts;

import dev.centricity.core.Answer;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers for worked examples, written once for the hosts that derive rubrics in code. */
final class RubricAnswers {

  private RubricAnswers() {}

  /**
   * Every trait answered at one point, some overridden.
   *
   * @param traits the traits to answer
   * @param point the point for every trait not overridden
   * @param overrides points by trait id
   * @return the answers, in the traits' order
   */
  static Map<String, Answer> at(Iterable<Trait> traits, int point, Map<String, Integer> overrides) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : traits) {
      answers.put(t.id(), Answer.of(overrides.getOrDefault(t.id(), point)));
    }
    return answers;
  }

  /**
   * Every trait answered fully towards one pole: the top of its scale when it is keyed to the pole
   * or runs towards it, the bottom otherwise.
   *
   * @param rubric the rubric whose scales the traits use
   * @param traits the traits to answer
   * @param pole the pole's id
   * @return the answers, in the traits' order
   */
  static Map<String, Answer> towards(Rubric rubric, Iterable<Trait> traits, String pole) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : traits) {
      int last = rubric.scale(t.scale()).orElseThrow().size();
      boolean high =
          t.keyed().map(p -> p.equals(pole)).orElseGet(() -> t.contrast().get().to().equals(pole));
      answers.put(t.id(), Answer.of(high ? last : 1));
    }
    return answers;
  }
}
