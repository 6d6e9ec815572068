package dev.centricity.core;

import dev.centricity.core.internal.CompiledScorer;

/**
 * A rubric compiled once for fast scoring.
 *
 * <p>{@code Scorer.of(rubric).score(response)} computes the {@link Scorecard} of DESIGN section 4.
 * The rubric is resolved at construction into flat arrays indexed by position, so scoring does one
 * map look-up per answer and no other search.
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
}
