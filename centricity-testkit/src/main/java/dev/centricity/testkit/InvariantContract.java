package dev.centricity.testkit;

import dev.centricity.core.Dimension;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.testkit.internal.CohortInvariants;
import dev.centricity.testkit.internal.ContractLifecycle;
import dev.centricity.testkit.internal.Invariants;
import dev.centricity.testkit.internal.Permutations;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The invariants of {@code docs/model.md} as jqwik properties: a test class gets every one of them
 * by implementing {@link RubricContract} (for one rubric of its own) or {@link
 * GeneratedRubricContract} (for generated rubrics), the two forms of this interface.
 *
 * <p>Each {@link Invariant} is stated by one or more {@code @Property} methods named after it
 * ({@code bounds}, {@code additivity}, {@code order_independence_traits}, …) and labelled with its
 * number ("invariant 4 (additivity)"). A property that finds a case breaking its invariant fails
 * with an {@link InvariantViolation} whose message names the invariant, the trait, dimension or
 * pole concerned, the expected and actual figures and by how much they differ, and ends with the
 * counterexample, shrunk by jqwik to a small one: the rubric described line by line, the response
 * as JSON and the policy.
 *
 * <p>What can be changed, by overriding:
 *
 * <ul>
 *   <li>{@link #scorer(Rubric, ScoringPolicy)} — the scorer under test; {@link Scorer#of(Rubric,
 *       ScoringPolicy)} unless a host wraps or replaces it;
 *   <li>{@link #tries(Invariant)} — how many tries each property runs: {@link
 *       Invariant#defaultTries()} (10 to 200) unless overridden. A {@code @PropertyDefaults(tries =
 *       …)} on the test class takes precedence; jqwik's {@code jqwik.tries.default} does not apply,
 *       since the contract sets the tries of each property itself. jqwik's other settings (seeds,
 *       its failure database, reporting) are read from {@code junit-platform.properties} in the
 *       test resources as usual (jqwik 1.6 and later no longer read {@code jqwik.properties});
 *   <li>{@link #policiesToCheck()} — the policies responses are scored under.
 * </ul>
 *
 * <p>Every property scores each case afresh with {@link #scorer(Rubric, ScoringPolicy)}, and none
 * keeps state between tries, so the properties may run in any order.
 *
 * <p>This interface is sealed: implement {@link RubricContract} or {@link GeneratedRubricContract}.
 */
public sealed interface InvariantContract permits RubricContract, GeneratedRubricContract {

  // ------------------------------------------------------------------------- what can be changed

  /**
   * The scorer under test for a rubric and a policy. Properties call it for the rubric under test
   * and for rubrics derived from it (reweighted, reordered, mirrored, without a trait).
   *
   * @param rubric the rubric
   * @param policy the policy
   * @return {@code Scorer.of(rubric, policy)} unless overridden
   */
  default Scorer scorer(Rubric rubric, ScoringPolicy policy) {
    return Scorer.of(rubric, policy);
  }

  /**
   * How many tries each property of an invariant runs.
   *
   * @param invariant the invariant
   * @return {@link Invariant#defaultTries()} unless overridden
   */
  default int tries(Invariant invariant) {
    return invariant.defaultTries();
  }

  /**
   * The policies responses are scored under, where a property does not fix one itself (skip equals
   * absent uses {@code SKIP} with no minimum coverage; neutrality also {@code NEUTRAL}).
   *
   * @return {@link ScoringPolicies#acceptingMissing()} unless overridden
   */
  default Arbitrary<ScoringPolicy> policiesToCheck() {
    return ScoringPolicies.acceptingMissing();
  }

  /**
   * The rubrics the properties are checked on.
   *
   * @return the arbitrary
   */
  Arbitrary<Rubric> rubricsToCheck();

  /**
   * The rubrics invariant 10 (extremes) is checked on; it applies to rubrics of two poles only.
   *
   * @return the arbitrary
   */
  Arbitrary<Rubric> twoPoleRubricsToCheck();

  /**
   * The rubrics invariant 2 (neutrality) is checked on; those whose scales all have an odd number
   * of points can be answered neutrally in full.
   *
   * @return the arbitrary
   */
  Arbitrary<Rubric> neutralRubricsToCheck();

  // ------------------------------------------------------------------------------------- providers

  /**
   * A rubric to check and a response to it, from {@link #rubricsToCheck()}.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Assessment> contractAssessments() {
    return Responses.assessments(rubricsToCheck());
  }

  /**
   * A rubric to check and a response answering every trait it can at the midpoint.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Assessment> contractNeutralAssessments() {
    return Responses.assessments(neutralRubricsToCheck(), ResponseArbitrary::neutral);
  }

  /**
   * The rubrics to check.
   *
   * @return {@link #rubricsToCheck()}
   */
  @Provide
  default Arbitrary<Rubric> contractRubrics() {
    return rubricsToCheck();
  }

  /**
   * The rubrics to check for extremes.
   *
   * @return {@link #twoPoleRubricsToCheck()}
   */
  @Provide
  default Arbitrary<Rubric> contractTwoPoleRubrics() {
    return twoPoleRubricsToCheck();
  }

  /**
   * The policies.
   *
   * @return {@link #policiesToCheck()}
   */
  @Provide
  default Arbitrary<ScoringPolicy> contractPolicies() {
    return policiesToCheck();
  }

  /**
   * Factors to multiply weights by: from 0.01 to 100 with four decimals, and 1/3.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Double> contractFactors() {
    return Arbitraries.doubles()
        .between(0.01, false, 100.0, true)
        .ofScale(4)
        .edgeCases(e -> e.add(100.0, 0.0101, 3.0, 1.0 / 3.0));
  }

  /**
   * Priorities that define a permutation (see {@link #contractTraitPermutations()}): 64 numbers
   * from 0 to 99, shrinking towards 0, which keeps the order.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<List<Integer>> contractPriorities() {
    return Arbitraries.integers().between(0, 99).list().ofSize(64);
  }

  /**
   * An assessment, and the same response to the rubric with the traits of every dimension
   * reordered. The order is drawn apart from the assessment, so that each shrinks on its own.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Tuple2<Assessment, Assessment>> contractTraitPermutations() {
    return Combinators.combine(contractAssessments(), contractPriorities())
        .as(
            (a, priorities) ->
                Tuple.of(
                    a,
                    a.withRubric(
                        Rubrics.withDimensions(
                            a.rubric(),
                            a.rubric().dimensions().stream()
                                .map(
                                    d ->
                                        (Dimension)
                                            Dimension.builder()
                                                .from(d)
                                                .traits(Permutations.order(d.traits(), priorities))
                                                .build())
                                .toList()))));
  }

  /**
   * An assessment, and the same response to the rubric with its dimensions reordered.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Tuple2<Assessment, Assessment>> contractDimensionPermutations() {
    return Combinators.combine(contractAssessments(), contractPriorities())
        .as(
            (a, priorities) ->
                Tuple.of(
                    a,
                    a.withRubric(
                        Rubrics.withDimensions(
                            a.rubric(), Permutations.order(a.rubric().dimensions(), priorities)))));
  }

  /**
   * An assessment, and the same rubric with the response's answers reordered.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Tuple2<Assessment, Assessment>> contractAnswerPermutations() {
    return Combinators.combine(contractAssessments(), contractPriorities())
        .as(
            (a, priorities) ->
                Tuple.of(
                    a,
                    a.withResponse(
                        Responses.withAnswersInOrder(
                            a.response(),
                            Permutations.order(
                                List.copyOf(a.response().answers().keySet()), priorities)))));
  }

  /**
   * A rubric to check, a cohort of 2 to 30 respondents to it (with groups or without), and the same
   * members in another order.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Tuple2<CohortAssessment, Cohort>> contractCohortPermutations() {
    return Cohorts.assessments(rubricsToCheck(), c -> c.ofSize(2, 30))
        .flatMap(a -> Cohorts.shuffled(a.cohort()).map(shuffled -> Tuple.of(a, shuffled)));
  }

  /**
   * A rubric to check and 20 to 200 responses to it.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Respondents> contractRespondents() {
    return Responses.respondents(rubricsToCheck(), 20, 200);
  }

  // ------------------------------------------------------------------------------ the invariants

  /**
   * Invariant 1: every profile, overall and per dimension, lies in the simplex (shares ≥ 0, sum 1
   * within 1e-9); the index lies in [−1, 1], the score in [0, 100], coverage, alignment and
   * strengths in [0, 1]; an undetermined scorecard has no profile, index, band or contributions; no
   * figure is NaN.
   *
   * @param a the rubric and a response
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 1 (bounds)")
  default void bounds(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.bounds(this::scorer, a, policy);
  }

  /**
   * Invariant 2: answers at the midpoint give P = u (index 0), overall and in every dimension.
   * Traits on scales with an even number of points, which have no midpoint, are left unanswered:
   * they count as neutral under {@code NEUTRAL} and are skipped under {@code SKIP} (both with no
   * minimum coverage); when every trait can be answered, the drawn policy is checked too.
   *
   * @param a the rubric and a neutral response
   * @param policy the policy for a complete response
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 2 (neutrality)")
  default void neutrality(
      @ForAll("contractNeutralAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.neutrality(this::scorer, a, policy);
  }

  /**
   * Invariant 3 for keyed traits: raising the answer to a trait keyed to p by one point never
   * lowers P<sub>p</sub>, overall or in its dimension. Applies to rubrics with a keyed trait.
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param pickTrait picks the keyed trait
   * @param pickPoint picks the point raised from
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 3 (monotonicity): keyed traits")
  default void monotonicity_keyed(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickTrait,
      @ForAll @IntRange(max = 9_999) int pickPoint) {
    Invariants.monotonicity(this::scorer, a, policy, true, pickTrait, pickPoint);
  }

  /**
   * Invariant 3 for contrast traits: raising a contrast trait's answer by one point never lowers
   * the share of the pole it runs towards. Applies to rubrics with a contrast trait.
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param pickTrait picks the contrast trait
   * @param pickPoint picks the point raised from
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 3 (monotonicity): contrast traits")
  default void monotonicity_contrast(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickTrait,
      @ForAll @IntRange(max = 9_999) int pickPoint) {
    Invariants.monotonicity(this::scorer, a, policy, false, pickTrait, pickPoint);
  }

  /**
   * Invariant 4: the contributions of a determined scorecard add up to P − u for every pole (1e-9),
   * their weights to 1, and with two poles their indices to the index.
   *
   * @param a the rubric and a response
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 4 (additivity)")
  default void additivity(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.additivity(this::scorer, a, policy);
  }

  /**
   * Invariant 5: permuting the traits within every dimension changes no figure (1e-12).
   *
   * @param t an assessment and the same with the traits permuted
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 5 (order independence): traits")
  default void order_independence_traits(
      @ForAll("contractTraitPermutations") Tuple2<Assessment, Assessment> t,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.orderOfRubric(this::scorer, t.get1(), t.get2().rubric(), policy, "traits");
  }

  /**
   * Invariant 5: permuting the dimensions changes no figure (1e-12).
   *
   * @param t an assessment and the same with the dimensions permuted
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 5 (order independence): dimensions")
  default void order_independence_dimensions(
      @ForAll("contractDimensionPermutations") Tuple2<Assessment, Assessment> t,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.orderOfRubric(this::scorer, t.get1(), t.get2().rubric(), policy, "dimensions");
  }

  /**
   * Invariant 5: permuting the answer map changes no figure (1e-12).
   *
   * @param t an assessment and the same with the answers in another order
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 5 (order independence): answers")
  default void order_independence_answers(
      @ForAll("contractAnswerPermutations") Tuple2<Assessment, Assessment> t,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.orderOfAnswers(this::scorer, t.get1(), t.get2().response(), policy);
  }

  /**
   * Invariant 6: multiplying every trait weight of one dimension by c &gt; 0 changes nothing
   * (1e-9).
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param pickDimension picks the dimension
   * @param c the factor
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 6 (scale invariance): trait weights")
  default void scale_invariance_traits(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickDimension,
      @ForAll("contractFactors") double c) {
    Invariants.scaleOfTraitWeights(this::scorer, a, policy, pickDimension, c);
  }

  /**
   * Invariant 6: multiplying every dimension weight by c &gt; 0 changes nothing (1e-9).
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param c the factor
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 6 (scale invariance): dimension weights")
  default void scale_invariance_dimensions(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll("contractFactors") double c) {
    Invariants.scaleOfDimensionWeights(this::scorer, a, policy, c);
  }

  /**
   * Invariant 7 for traits: once a trait's weight is set to 0, changing its answer (to any point or
   * to missing) or removing it from the rubric (when its dimension keeps another trait) changes
   * neither the profile nor which dimensions count. Applies to rubrics that stay valid with a trait
   * of weight 0.
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param pickTrait picks the trait
   * @param pickAnswer picks its new answer
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 7 (zero weight): traits")
  default void zero_weight_trait(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickTrait,
      @ForAll @IntRange(max = 9_999) int pickAnswer) {
    Invariants.zeroWeightTrait(this::scorer, a, policy, pickTrait, pickAnswer);
  }

  /**
   * Invariant 7 for dimensions: once a dimension's weight is set to 0, changing its answers or
   * removing it (when the rest can still be scored) changes neither the overall profile, the other
   * dimensions' results nor the coverage. Applies to rubrics that stay valid with a dimension of
   * weight 0.
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param pickDimension picks the dimension
   * @param pickAnswers picks its new answers
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 7 (zero weight): dimensions")
  default void zero_weight_dimension(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickDimension,
      @ForAll @IntRange(max = 9_999) int pickAnswers) {
    Invariants.zeroWeightDimension(this::scorer, a, policy, pickDimension, pickAnswers);
  }

  /**
   * Invariant 8: swapping the roles of two poles on every trait ({@link
   * Rubrics#withPoleRolesSwapped(Rubric, String, String)}) exchanges their shares, strengths and
   * contributions, overall and per dimension (1e-12). With two poles that is the mirror image: the
   * index and every dimension's index are negated (1e-9) and the band is mirrored. With more poles
   * a pair is drawn.
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param pickPair picks the two poles
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 8 (mirror)")
  default void mirror(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(max = 9_999) int pickPair) {
    Invariants.mirror(this::scorer, a, policy, pickPair);
  }

  /**
   * Invariant 9: under {@code SKIP} with no minimum coverage, a trait left unanswered ({@code n/a},
   * blank or absent) gives the same profile and contributions as the rubric without it, while its
   * dimension keeps an answered trait. Applies to rubrics with a dimension of two or more traits.
   *
   * @param a the rubric and a response
   * @param pickTrait picks the trait left unanswered
   * @param missingKind picks how it is missing
   * @param pickPoint picks the answer of another trait, when the dimension has none left
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 9 (skip equals absent)")
  default void skip_equals_absent(
      @ForAll("contractAssessments") Assessment a,
      @ForAll @IntRange(max = 9_999) int pickTrait,
      @ForAll @IntRange(max = 2) int missingKind,
      @ForAll @IntRange(max = 9_999) int pickPoint) {
    Invariants.skipEqualsAbsent(this::scorer, a, pickTrait, missingKind, pickPoint);
  }

  /**
   * Invariant 10: with two poles, answering every trait fully towards one pole gives that pole's
   * vertex (index ±1, 1e-9), in every dimension that counts, and every dimension with a trait of
   * positive weight counts. Applies to rubrics of two poles only: for a fixed rubric of more poles
   * the property is reported as skipped, for generated rubrics only two-pole rubrics are drawn.
   *
   * @param rubric the rubric
   * @param towardsSecond whether the answers go towards the second pole or the first
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 10 (extremes)")
  default void extremes(
      @ForAll("contractTwoPoleRubrics") Rubric rubric,
      @ForAll boolean towardsSecond,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.extremes(this::scorer, rubric, towardsSecond, policy);
  }

  /**
   * Invariant 11 for rubrics: a rubric written as YAML or JSON reads back equal, with the same
   * content hash.
   *
   * @param rubric the rubric
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 11 (round trip): rubric")
  default void round_trip_rubric(@ForAll("contractRubrics") Rubric rubric) {
    Invariants.roundTripRubric(rubric);
  }

  /**
   * Invariant 11 for scorecards: a scorecard written as JSON, compact or indented, reads back
   * equal.
   *
   * @param a the rubric and a response
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 11 (round trip): scorecard")
  default void round_trip_scorecard(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.roundTripScorecard(this::scorer, a, policy);
  }

  /**
   * Invariant 12 for identical responses: a cohort of n identical responses, analysed with {@link
   * dev.centricity.core.cohort.CohortAnalysis} and the scorer under test, aggregates to that
   * response's scorecard: every respondent scored, the mean index, profile, strengths and dimension
   * indices equal to the response's (1e-12) with a spread of 0, the response's band among the band
   * estimate's candidates, and each dimension counted for all or none.
   *
   * @param a the rubric and a response
   * @param policy the policy
   * @param n the number of respondents
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 12 (cohorts): identical responses")
  default void cohorts_of_identical_responses(
      @ForAll("contractAssessments") Assessment a,
      @ForAll("contractPolicies") ScoringPolicy policy,
      @ForAll @IntRange(min = 1, max = 40) int n) {
    CohortInvariants.identicalResponses(this::scorer, a, policy, n);
  }

  /**
   * Invariant 12 for respondent order: the members of a cohort in another order give the same
   * report: the same counts, and the same means, spreads and intervals (1e-9, the rounding of sums
   * in another order), overall, per group and per dimension.
   *
   * @param t a rubric with a cohort, and the same members shuffled
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 12 (cohorts): respondent order")
  default void cohorts_in_any_order(
      @ForAll("contractCohortPermutations") Tuple2<CohortAssessment, Cohort> t,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    CohortInvariants.respondentOrder(this::scorer, t.get1(), t.get2(), policy);
  }

  /**
   * Invariant 13: one scorer shared by four threads, each scoring all of 20 to 200 responses in its
   * own order at the same time, gives exactly (bit for bit) the scorecards of scoring them one
   * after another.
   *
   * @param respondents the rubric and the responses
   * @param policy the policy
   */
  @Property
  @AddLifecycleHook(ContractLifecycle.class)
  @Label("invariant 13 (concurrency)")
  default void concurrency(
      @ForAll("contractRespondents") Respondents respondents,
      @ForAll("contractPolicies") ScoringPolicy policy) {
    Invariants.concurrency(this::scorer, respondents, policy, 4);
  }
}
