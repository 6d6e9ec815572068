package dev.centricity.testkit;

import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of {@link ScoringPolicy scoring policies}.
 *
 * <p>Minimum coverages are drawn from 0.5 (the default), the ends 0 and 1, and values of two
 * decimals in between, so that a dimension's coverage often lands exactly on the minimum. All
 * methods are static and thread-safe; the arbitraries shrink towards the default policy.
 */
public final class ScoringPolicies {

  private ScoringPolicies() {}

  /**
   * Any valid policy: every way of treating missing answers (including {@link
   * MissingAnswers#REJECT}) and unknown traits, with any minimum coverage.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScoringPolicy> arbitrary() {
    return Combinators.combine(
            Arbitraries.of(MissingAnswers.SKIP, MissingAnswers.NEUTRAL, MissingAnswers.REJECT),
            minCoverages(),
            Arbitraries.of(UnknownTraits.REJECT, UnknownTraits.IGNORE))
        .as(
            (missing, minCoverage, unknown) ->
                ScoringPolicy.custom()
                    .missing(missing)
                    .minCoverage(minCoverage)
                    .unknownTraits(unknown)
                    .build());
  }

  /**
   * Policies that score any response a generated one can be: missing answers are skipped or count
   * at the midpoint (never rejected), unknown traits are rejected, any minimum coverage.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScoringPolicy> acceptingMissing() {
    return Combinators.combine(
            Arbitraries.of(MissingAnswers.SKIP, MissingAnswers.NEUTRAL), minCoverages())
        .as(
            (missing, minCoverage) ->
                ScoringPolicy.custom().missing(missing).minCoverage(minCoverage).build());
  }

  /**
   * A policy with a given treatment of missing answers and minimum coverage, rejecting unknown
   * traits.
   *
   * @param missing what a missing answer does
   * @param minCoverage the minimum coverage, in [0, 1]
   * @return the policy
   * @throws IllegalArgumentException if the minimum coverage is not in [0, 1]
   */
  public static ScoringPolicy of(MissingAnswers missing, double minCoverage) {
    return ScoringPolicy.custom().missing(missing).minCoverage(minCoverage).build();
  }

  /**
   * Minimum coverages: mostly 0.5, often exactly 0 or 1, otherwise a multiple of 0.01 in between.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Double> minCoverages() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0.5)),
        Tuple.of(2, Arbitraries.just(0.0)),
        Tuple.of(1, Arbitraries.just(1.0)),
        Tuple.of(3, Arbitraries.doubles().between(0.0, 1.0).ofScale(2)));
  }
}
