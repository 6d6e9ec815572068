package dev.centricity.testkit;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by a property of {@link InvariantContract} when a scorecard breaks an {@link Invariant}.
 *
 * <p>The message starts with the invariant ("invariant 4 (additivity) broke"), then says for which
 * trait, dimension or pole, the expected and actual value and by how much they differ, and ends
 * with the counterexample: the rubric described line by line, the response as JSON and the policy.
 * An {@link AssertionError}, so that test frameworks report it as a failure, not an error.
 */
public class InvariantViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  private final Invariant invariant;
  private final List<String> problems;

  /**
   * Creates a violation.
   *
   * @param invariant the invariant broken
   * @param problems what is wrong, one sentence each, at least one
   * @param message the full message, naming the invariant and the counterexample
   */
  public InvariantViolation(Invariant invariant, List<String> problems, String message) {
    super(message);
    this.invariant = Objects.requireNonNull(invariant, "invariant");
    this.problems = List.copyOf(problems);
  }

  /** The invariant broken. */
  public Invariant invariant() {
    return invariant;
  }

  /** What is wrong, one sentence each, without the counterexample. */
  public List<String> problems() {
    return problems;
  }
}
