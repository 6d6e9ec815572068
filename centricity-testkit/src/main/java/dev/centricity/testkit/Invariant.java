package dev.centricity.testkit;

import java.util.Locale;

/**
 * The invariants of {@code docs/model.md} (Invariants), which every rubric, the default and any a
 * user writes, must satisfy; {@link InvariantContract} states each as one or more jqwik properties.
 *
 * <p>Each constant knows its number in {@code docs/model.md}, a short title used in property names
 * and failure messages ("invariant 4 (additivity)"), the statement it makes, and how many tries its
 * properties run by default ({@link InvariantContract#tries(Invariant)} may change that).
 */
public enum Invariant {
  /** 1: every profile lies in the simplex; index, coverage, alignment in their ranges. */
  BOUNDS(
      1,
      "bounds",
      "every profile lies in the simplex (shares ≥ 0, sum 1 within 1e-9); index in [−1, 1];"
          + " coverage and alignment in [0, 1]",
      200),
  /** 2: every answer at the midpoint gives the centre. */
  NEUTRALITY(2, "neutrality", "every answer at the midpoint gives P = u (index 0)", 100),
  /** 3: raising an answer never lowers the share of the pole it expresses. */
  MONOTONICITY(
      3,
      "monotonicity",
      "raising the answer to a trait keyed to p never lowers P_p; raising a contrast trait's answer"
          + " never lowers the share of the pole it runs towards",
      200),
  /** 4: contributions sum to P − u. */
  ADDITIVITY(4, "additivity", "contributions sum to P − u (1e-9)", 200),
  /** 5: permuting traits, dimensions or answers changes no figure. */
  ORDER_INDEPENDENCE(
      5,
      "order independence",
      "permuting traits within a dimension, the dimensions, or the answer map's order changes no"
          + " figure (1e-12)",
      100),
  /** 6: multiplying the weights of a dimension's traits, or of all dimensions, changes nothing. */
  SCALE_INVARIANCE(
      6,
      "scale invariance",
      "multiplying all trait weights of a dimension, or all dimension weights, by c > 0 changes"
          + " nothing (1e-9)",
      100),
  /** 7: a trait or dimension of weight 0 has no effect on the profile. */
  ZERO_WEIGHT(
      7, "zero weight", "a trait or dimension of weight 0 has no effect on the profile", 150),
  /** 8: swapping two poles' roles on every trait swaps their shares (negates the index, k = 2). */
  MIRROR(
      8,
      "mirror",
      "swapping the two poles' roles on every trait negates the index (k = 2); with more poles,"
          + " swapping two poles' roles exchanges their shares",
      150),
  /** 9: under SKIP, an unanswered trait is as if the rubric did not have it. */
  SKIP_EQUALS_ABSENT(
      9,
      "skip equals absent",
      "under SKIP with no coverage minimum, an unanswered trait gives the same profile and"
          + " contributions as a rubric without it (while its dimension keeps an answered trait)",
      150),
  /** 10: answering every trait fully towards a pole gives its vertex (k = 2). */
  EXTREMES(
      10,
      "extremes",
      "answering every trait fully toward one pole gives that pole's vertex (index ±1, k = 2)",
      40),
  /** 11: rubrics and scorecards read back equal from the files they are written to. */
  ROUND_TRIP(
      11,
      "round trip",
      "rubric → YAML/JSON → rubric is equal; scorecard → JSON → scorecard is equal",
      100),
  /** 12: a cohort of identical responses aggregates to that response; order changes nothing. */
  COHORTS(
      12,
      "cohorts",
      "n identical responses aggregate to that response's scorecard; respondent order changes"
          + " nothing",
      50),
  /** 13: one scorer shared by several threads gives the same results as sequential use. */
  CONCURRENCY(
      13,
      "concurrency",
      "one Scorer shared by many threads gives the same results as sequential use",
      10);

  private final int number;
  private final String title;
  private final String statement;
  private final int defaultTries;

  Invariant(int number, String title, String statement, int defaultTries) {
    this.number = number;
    this.title = title;
    this.statement = statement;
    this.defaultTries = defaultTries;
  }

  /** The invariant's number in {@code docs/model.md}, from 1 to 13. */
  public int number() {
    return number;
  }

  /** A short title such as {@code additivity} or {@code skip equals absent}. */
  public String title() {
    return title;
  }

  /** What the invariant states, in one sentence. */
  public String statement() {
    return statement;
  }

  /**
   * How many tries each property of this invariant runs unless {@link
   * InvariantContract#tries(Invariant)} is overridden: enough to find a fault of the kind the
   * testkit's own tests plant within a few seconds for a rubric of a few dozen traits.
   */
  public int defaultTries() {
    return defaultTries;
  }

  /**
   * Finds an invariant by its number.
   *
   * @param number from 1 to 13
   * @return the invariant
   * @throws IllegalArgumentException if no invariant has that number
   */
  public static Invariant withNumber(int number) {
    for (Invariant i : values()) {
      if (i.number == number) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        String.format(Locale.ROOT, "invariants are numbered 1 to 13, not %d", number));
  }

  /** {@code invariant <number> (<title>)}, as failure messages name it. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "invariant %d (%s)", number, title);
  }
}
