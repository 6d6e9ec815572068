package dev.centricity.testkit;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortMember;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * A configurable arbitrary of {@link Cohort cohorts} of respondents to one rubric; obtain one with
 * {@link Cohorts#arbitrary(Rubric)}.
 *
 * <p>By default a cohort has 1 to 30 members, whose responses are the defaults of {@link
 * ResponseArbitrary} (complete or partial, with every kind of missing answer); half the cohorts are
 * ungrouped, in the others each member is in one of up to four groups ({@code team-1} … {@code
 * team-4}), or, one time in five, in none. {@link #identical()} gives every member the same
 * response.
 *
 * <p>Immutable and thread-safe: each configuration method returns a new arbitrary. Cohorts shrink
 * towards fewer members, no groups, and simpler responses.
 */
public final class CohortArbitrary extends ArbitraryDecorator<Cohort> {

  private final Rubric rubric;
  private int minSize = 1;
  private int maxSize = 30;
  private int maxGroups = 4;
  private boolean identical = false;
  private Function<? super ResponseArbitrary, ? extends Arbitrary<Response>> responses = r -> r;

  CohortArbitrary(Rubric rubric) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
  }

  /**
   * Sets how many members a cohort has.
   *
   * @param min the fewest, at least 0
   * @param max the most, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  public CohortArbitrary ofSize(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the size of a cohort must be a range with 0 <= min <= max but was [%d, %d]",
              min,
              max));
    }
    CohortArbitrary copy = typedClone();
    copy.minSize = min;
    copy.maxSize = max;
    return copy;
  }

  /**
   * Sets the most groups the members are spread over; 0 leaves every member without a group.
   *
   * @param max the most groups, at least 0
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code max < 0}
   */
  public CohortArbitrary groups(int max) {
    if (max < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "the number of groups must be ≥ 0 but was %d", max));
    }
    CohortArbitrary copy = typedClone();
    copy.maxGroups = max;
    return copy;
  }

  /**
   * Gives every member the same response, drawn once per cohort.
   *
   * @return a new arbitrary
   */
  public CohortArbitrary identical() {
    CohortArbitrary copy = typedClone();
    copy.identical = true;
    return copy;
  }

  /**
   * Configures the members' responses, for example {@code responses(ResponseArbitrary::complete)}.
   *
   * @param configure configures the response arbitrary of the rubric
   * @return a new arbitrary
   */
  public CohortArbitrary responses(
      Function<? super ResponseArbitrary, ? extends Arbitrary<Response>> configure) {
    CohortArbitrary copy = typedClone();
    copy.responses = Objects.requireNonNull(configure, "configure");
    return copy;
  }

  @Override
  protected Arbitrary<Cohort> arbitrary() {
    Arbitrary<Response> response =
        responses.apply(Responses.arbitrary(rubric)).withoutEdgeCases().map(r -> r);
    Arbitrary<Boolean> grouped =
        maxGroups == 0 ? Arbitraries.just(false) : Arbitraries.of(false, true);
    return grouped.flatMap(
        withGroups ->
            identical
                ? response.flatMap(r -> members(Arbitraries.just(r), withGroups))
                : members(response, withGroups));
  }

  private Arbitrary<Cohort> members(Arbitrary<Response> response, boolean withGroups) {
    Arbitrary<Optional<String>> group =
        withGroups
            ? Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Optional.<String>empty())),
                Tuple.of(
                    4,
                    Arbitraries.integers()
                        .between(1, maxGroups)
                        .map(i -> Optional.of("team-" + i))))
            : Arbitraries.just(Optional.empty());
    return Combinators.combine(response, group)
        .as((r, g) -> g.map(label -> CohortMember.of(r, label)).orElseGet(() -> CohortMember.of(r)))
        .list()
        .ofMinSize(minSize)
        .ofMaxSize(maxSize)
        .map(Cohort::of);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "CohortArbitrary[rubric %s, size %d..%d, groups up to %d%s]",
        rubric.reference(),
        minSize,
        maxSize,
        maxGroups,
        identical ? ", identical" : "");
  }
}
