package dev.centricity.testkit;

import dev.centricity.core.Answer;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * A configurable arbitrary of responses to one rubric; obtain one with {@link
 * Responses#arbitrary(Rubric)}.
 *
 * <p>Every response answers only traits of the rubric, with points of their scales, so it can be
 * scored under any policy that accepts missing answers. By default half the responses are complete
 * and half partial; in a partial response each trait is missing with a probability drawn per
 * response (one in five, one in two or four in five, so that some dimensions fall below a minimum
 * coverage), and a missing answer is equally often an explicit {@code "n/a"}, a blank ({@code
 * null}) or absent from the map. Answers are in the rubric's order unless {@link #inAnyOrder()};
 * the response names the rubric ({@code id@version}) and a respondent about half the time each.
 *
 * <p>The answers themselves are, by default, any point of the scale; {@link #neutral()} answers at
 * the midpoint and {@link #towards(String)} or {@link #extreme()} fully towards a pole. Where such
 * an answer is not a point of the scale (the midpoint of an even scale; a contrast between two
 * other poles) the trait is left missing, and asking for a {@link #complete()} response then fails.
 *
 * <p>Immutable and thread-safe: each configuration method returns a new arbitrary and leaves this
 * one unchanged. Responses shrink towards answers at point 1 (or the fixed answer of the shape),
 * present rather than missing, in the rubric's order.
 */
public final class ResponseArbitrary extends ArbitraryDecorator<Response> {

  private enum Completeness {
    ANY,
    COMPLETE,
    PARTIAL
  }

  private enum Shape {
    FREE,
    NEUTRAL,
    TOWARDS
  }

  private static final Arbitrary<Optional<Answer>> MISSING =
      Arbitraries.of(
          Optional.of(Answer.notApplicable()), Optional.of(Answer.blank()), Optional.empty());

  private final Rubric rubric;
  private Completeness completeness = Completeness.ANY;
  private Shape shape = Shape.FREE;
  private Optional<String> pole = Optional.empty();
  private boolean anyOrder = false;

  ResponseArbitrary(Rubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /**
   * Answers every trait.
   *
   * @return a new arbitrary
   * @throws IllegalArgumentException if the shape asked for cannot answer some trait exactly (see
   *     the type's documentation); the message names the trait
   */
  public ResponseArbitrary complete() {
    ResponseArbitrary copy = typedClone();
    copy.completeness = Completeness.COMPLETE;
    copy.check();
    return copy;
  }

  /**
   * Leaves some answers missing: each trait is missing with a probability drawn per response, as an
   * explicit {@code "n/a"}, a blank or an absent entry.
   *
   * @return a new arbitrary
   */
  public ResponseArbitrary partial() {
    ResponseArbitrary copy = typedClone();
    copy.completeness = Completeness.PARTIAL;
    return copy;
  }

  /**
   * Answers at the midpoint of the scale (a = ½), which is a point only of scales with an odd
   * number of points; traits on even scales are left missing. Such a response gives the centre u
   * under any policy that skips missing answers or counts them neutral (invariant 2).
   *
   * @return a new arbitrary
   * @throws IllegalArgumentException if the response is to be complete and a trait's scale is even
   */
  public ResponseArbitrary neutral() {
    ResponseArbitrary copy = typedClone();
    copy.shape = Shape.NEUTRAL;
    copy.pole = Optional.empty();
    copy.check();
    return copy;
  }

  /**
   * Answers every trait fully towards one pole, as {@link Responses#pointTowards(Rubric, Trait,
   * String)} defines; a contrast between two other poles is left missing.
   *
   * @param poleId the pole
   * @return a new arbitrary
   * @throws IllegalArgumentException if the rubric has no such pole, or the response is to be
   *     complete and some trait is a contrast between two other poles
   */
  public ResponseArbitrary towards(String poleId) {
    if (rubric.pole(poleId).isEmpty()) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "rubric '%s' has no pole '%s'", rubric.reference(), poleId));
    }
    ResponseArbitrary copy = typedClone();
    copy.shape = Shape.TOWARDS;
    copy.pole = Optional.of(poleId);
    copy.check();
    return copy;
  }

  /**
   * Answers every trait fully towards one pole, chosen at random among the poles every trait can be
   * answered towards when the response is to be complete (with two poles: either).
   *
   * @return a new arbitrary
   * @throws IllegalArgumentException if the response is to be complete and no pole can be reached
   *     by every trait
   */
  public ResponseArbitrary extreme() {
    ResponseArbitrary copy = typedClone();
    copy.shape = Shape.TOWARDS;
    copy.pole = Optional.empty();
    copy.check();
    return copy;
  }

  /**
   * Puts the answers in a random order instead of the rubric's.
   *
   * @return a new arbitrary
   */
  public ResponseArbitrary inAnyOrder() {
    ResponseArbitrary copy = typedClone();
    copy.anyOrder = true;
    return copy;
  }

  @Override
  protected Arbitrary<Response> arbitrary() {
    if (shape == Shape.TOWARDS && pole.isEmpty()) {
      return Arbitraries.of(reachablePoles()).flatMap(p -> forShape(Optional.of(p)));
    }
    return forShape(pole);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "ResponseArbitrary[rubric %s, %s, %s%s%s]",
        rubric.reference(),
        completeness,
        shape,
        pole.map(p -> " " + p).orElse(""),
        anyOrder ? ", any order" : "");
  }

  private Arbitrary<Response> forShape(Optional<String> towards) {
    List<Trait> traits = rubric.allTraits();
    List<Optional<Answer>> fixed = new ArrayList<>(); // the shape's answer per trait, or empty
    for (Trait t : traits) {
      fixed.add(fixedAnswer(t, towards));
    }
    Arbitrary<List<Optional<Answer>>> answers =
        switch (completeness) {
          case COMPLETE -> slots(traits, fixed, 0);
          case PARTIAL -> partialSlots(traits, fixed);
          case ANY ->
              canBeComplete(fixed)
                  ? Arbitraries.oneOf(slots(traits, fixed, 0), partialSlots(traits, fixed))
                  : partialSlots(traits, fixed);
        };
    Arbitrary<List<Integer>> order =
        anyOrder
            ? Arbitraries.shuffle(IntStream.range(0, traits.size()).boxed().toList())
            : Arbitraries.just(IntStream.range(0, traits.size()).boxed().toList());
    return Combinators.combine(
            answers,
            order,
            Arbitraries.of(false, true),
            Arbitraries.integers().between(1, 999).map(n -> "r-" + n).optional(0.5))
        .as(
            (slots, positions, namesRubric, respondent) -> {
              Map<String, Answer> map = new LinkedHashMap<>();
              for (int i : positions) {
                Optional<Answer> a = slots.get(i);
                if (a.isPresent()) {
                  map.put(traits.get(i).id(), a.get());
                }
              }
              return Response.builder()
                  .rubric(namesRubric ? Optional.of(rubric.reference()) : Optional.empty())
                  .respondent(respondent)
                  .answers(map)
                  .build();
            });
  }

  /** With a missing weight of 0 a slot is always answered where the shape allows. */
  private Arbitrary<List<Optional<Answer>>> slots(
      List<Trait> traits, List<Optional<Answer>> fixed, int missingWeight) {
    List<Arbitrary<Optional<Answer>>> slots = new ArrayList<>();
    for (int i = 0; i < traits.size(); i++) {
      Arbitrary<Optional<Answer>> answered = answered(traits.get(i), fixed.get(i));
      if (answered == null) {
        slots.add(MISSING);
      } else if (missingWeight == 0) {
        slots.add(answered);
      } else {
        slots.add(Arbitraries.frequencyOf(Tuple.of(4, answered), Tuple.of(missingWeight, MISSING)));
      }
    }
    return Combinators.combine(slots).as(List::copyOf);
  }

  /** Missing with a probability of 1/5, 1/2 or 4/5, chosen per response. */
  private Arbitrary<List<Optional<Answer>>> partialSlots(
      List<Trait> traits, List<Optional<Answer>> fixed) {
    return Arbitraries.of(1, 4, 16).flatMap(w -> slots(traits, fixed, w));
  }

  private Arbitrary<Optional<Answer>> answered(Trait trait, Optional<Answer> fixed) {
    if (shape == Shape.FREE) {
      return Arbitraries.integers()
          .between(1, Responses.pointsOf(rubric, trait))
          .map(p -> Optional.of(Answer.of(p)));
    }
    return fixed.isPresent() ? Arbitraries.just(fixed) : null;
  }

  private Optional<Answer> fixedAnswer(Trait trait, Optional<String> towards) {
    OptionalInt point =
        switch (shape) {
          case FREE -> OptionalInt.empty();
          case NEUTRAL -> Responses.midpoint(Responses.pointsOf(rubric, trait));
          case TOWARDS -> Responses.pointTowards(rubric, trait, towards.orElseThrow());
        };
    return point.isPresent() ? Optional.of(Answer.of(point.getAsInt())) : Optional.empty();
  }

  private boolean canBeComplete(List<Optional<Answer>> fixed) {
    return shape == Shape.FREE || fixed.stream().allMatch(Optional::isPresent);
  }

  private List<String> reachablePoles() {
    List<String> poles = new ArrayList<>();
    for (Pole p : rubric.poles()) {
      boolean all = true;
      for (Trait t : rubric.allTraits()) {
        all &= Responses.pointTowards(rubric, t, p.id()).isPresent();
      }
      if (all || completeness != Completeness.COMPLETE) {
        poles.add(p.id());
      }
    }
    return poles;
  }

  private void check() {
    if (completeness != Completeness.COMPLETE || shape == Shape.FREE) {
      return;
    }
    if (shape == Shape.TOWARDS && pole.isEmpty()) {
      if (reachablePoles().isEmpty()) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "no complete extreme response to rubric '%s' exists: for every pole some contrast"
                    + " trait runs between two other poles",
                rubric.reference()));
      }
      return;
    }
    for (Trait t : rubric.allTraits()) {
      if (fixedAnswer(t, pole).isEmpty()) {
        throw new IllegalArgumentException(
            shape == Shape.NEUTRAL
                ? String.format(
                    Locale.ROOT,
                    "no complete neutral response to rubric '%s' exists: trait '%s' has a scale of"
                        + " %d points, whose midpoint is not a point",
                    rubric.reference(),
                    t.id(),
                    Responses.pointsOf(rubric, t))
                : String.format(
                    Locale.ROOT,
                    "no complete response to rubric '%s' towards '%s' exists: contrast trait '%s'"
                        + " runs between two other poles",
                    rubric.reference(),
                    pole.orElseThrow(),
                    t.id()));
      }
    }
  }
}
