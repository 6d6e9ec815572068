package dev.centricity.core;

import java.util.OptionalInt;

/**
 * One answer of a response: a point of the trait's scale (a whole number from 1 to <i>n</i>), an
 * explicit <i>not applicable / don't know</i> ({@code "n/a"} in files), or a blank ({@code null} in
 * files). Not-applicable and blank answers both count as missing; they are kept apart only so that
 * a response is written back exactly as it was read.
 *
 * <p>Whether a point lies on the trait's scale is checked when the response is scored, where the
 * scale is known. Immutable and value-based: compare with {@link #equals(Object)}, never with
 * {@code ==}.
 */
public final class Answer {

  /**
   * How files write the explicit not-applicable answer: {@code "n/a"}. Readers also accept it in
   * any case and with surrounding white space.
   */
  public static final String NOT_APPLICABLE_TEXT = "n/a";

  private static final int VALUE = 0;
  private static final int NOT_APPLICABLE = 1;
  private static final int BLANK = 2;

  private static final Answer NOT_APPLICABLE_ANSWER = new Answer(NOT_APPLICABLE, 0);
  private static final Answer BLANK_ANSWER = new Answer(BLANK, 0);
  private static final Answer[] SMALL = new Answer[12];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new Answer(VALUE, i);
    }
  }

  private final int kind;
  private final int point;

  private Answer(int kind, int point) {
    this.kind = kind;
    this.point = point;
  }

  /**
   * An answer at a point of the scale.
   *
   * @param point the point, normally from 1 to the scale's size (checked when scored)
   * @return the answer
   */
  public static Answer of(int point) {
    return point >= 0 && point < SMALL.length ? SMALL[point] : new Answer(VALUE, point);
  }

  /** The explicit <i>not applicable / don't know</i> answer, {@code "n/a"} in files. */
  public static Answer notApplicable() {
    return NOT_APPLICABLE_ANSWER;
  }

  /** A blank answer, {@code null} in files. */
  public static Answer blank() {
    return BLANK_ANSWER;
  }

  /** Whether this answer gives a point of the scale (rather than being missing). */
  public boolean isGiven() {
    return kind == VALUE;
  }

  /** Whether this is the explicit not-applicable answer. */
  public boolean isNotApplicable() {
    return kind == NOT_APPLICABLE;
  }

  /** The point of the scale, or empty when the answer is missing. */
  public OptionalInt point() {
    return kind == VALUE ? OptionalInt.of(point) : OptionalInt.empty();
  }

  /**
   * The point of the scale, for callers that checked {@link #isGiven()}.
   *
   * @return the point
   * @throws IllegalStateException if the answer is missing
   */
  public int pointValue() {
    if (kind != VALUE) {
      throw new IllegalStateException("the answer is " + this + ", not a point of the scale");
    }
    return point;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Answer a && a.kind == kind && a.point == point;
  }

  @Override
  public int hashCode() {
    return 31 * kind + point;
  }

  /** The answer as it appears in a file: the point, {@code n/a} or {@code null}. */
  @Override
  public String toString() {
    switch (kind) {
      case VALUE:
        return Integer.toString(point);
      case NOT_APPLICABLE:
        return NOT_APPLICABLE_TEXT;
      default:
        return "null";
    }
  }
}
