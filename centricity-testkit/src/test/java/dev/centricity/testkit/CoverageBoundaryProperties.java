package dev.centricity.testkit;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.testkit.internal.Invariants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants 5 and 6 aimed at the case random drawing rarely meets: a dimension whose coverage is
 * exactly the policy's minimum coverage, so that whether it counts turns on the last bit of a sum
 * of weights. Permuting its traits or scaling its trait weights sums the same weights in another
 * order or at another scale, and must not make it stop counting (the library compares coverage with
 * a tolerance of 1e-12 for this reason).
 */
class CoverageBoundaryProperties {

  private final GeneratedRubricContract contract = new GeneratedRubricContract() {};

  @Provide
  Arbitrary<Tuple2<Assessment, Assessment>> traitPermutations() {
    return contract.contractTraitPermutations();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return contract.contractAssessments();
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return ScoringPolicies.acceptingMissing();
  }

  @Provide
  Arbitrary<Double> factors() {
    return contract.contractFactors();
  }

  /** Invariant 5 with a dimension's coverage exactly at the minimum. */
  @Property(tries = 300)
  void order_independence_traits_at_coverage_boundary(
      @ForAll("traitPermutations") Tuple2<Assessment, Assessment> t,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickDimension) {
    Optional<ScoringPolicy> atBoundary = boundaryPolicy(t.get1(), policy, pickDimension);
    Assume.that(atBoundary.isPresent());
    Invariants.orderOfRubric(
        Scorer::of,
        t.get1(),
        t.get2().rubric(),
        atBoundary.get(),
        "traits (minimum coverage at a dimension's coverage)");
  }

  /** Invariant 6 with a dimension's coverage exactly at the minimum. */
  @Property(tries = 300)
  void scale_invariance_traits_at_coverage_boundary(
      @ForAll("assessments") Assessment a,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickDimension,
      @ForAll("factors") double c) {
    Optional<ScoringPolicy> atBoundary = boundaryPolicy(a, policy, pickDimension);
    Assume.that(atBoundary.isPresent());
    String dimension = boundaryDimension(a, atBoundary.get());
    int index = 0;
    while (!a.rubric().dimensions().get(index).id().equals(dimension)) {
      index++;
    }
    Invariants.scaleOfTraitWeights(Scorer::of, a, atBoundary.get(), index, c);
  }

  /**
   * The policy with its minimum coverage set to the coverage of a dimension with a coverage
   * strictly between 0 and 1 (picked among them by a number), or empty if there is none.
   */
  private static Optional<ScoringPolicy> boundaryPolicy(
      Assessment a, ScoringPolicy policy, int pickDimension) {
    List<Double> coverages = new ArrayList<>();
    for (DimensionScore d : Scorer.of(a.rubric(), policy).score(a.response()).dimensions()) {
      if (d.coverage() > 0 && d.coverage() < 1) {
        coverages.add(d.coverage());
      }
    }
    if (coverages.isEmpty()) {
      return Optional.empty();
    }
    double min = coverages.get(pickDimension % coverages.size());
    return Optional.of(ScoringPolicy.from(policy).minCoverage(min).build());
  }

  /** The first dimension whose coverage is the policy's minimum coverage. */
  private static String boundaryDimension(Assessment a, ScoringPolicy policy) {
    return Scorer.of(a.rubric(), policy).score(a.response()).dimensions().stream()
        .filter(d -> d.coverage() == policy.minCoverage())
        .findFirst()
        .orElseThrow()
        .id();
  }
}
