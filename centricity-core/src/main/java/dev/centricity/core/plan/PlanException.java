package dev.centricity.core.plan;

import dev.centricity.core.CentricityException;

/**
 * An improvement plan cannot be made: the rubric does not have two poles, the response's scorecard
 * is undetermined, or the target names no band of the rubric or lies outside [−1, 1]. The message
 * names the value at fault.
 */
public class PlanException extends CentricityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong, naming the value at fault
   */
  public PlanException(String message) {
    super(message);
  }
}
