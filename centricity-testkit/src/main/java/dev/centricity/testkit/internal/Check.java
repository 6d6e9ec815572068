package dev.centricity.testkit.internal;

import dev.centricity.core.Scorecard;
import dev.centricity.testkit.Invariant;
import dev.centricity.testkit.InvariantViolation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.opentest4j.AssertionFailedError;

/**
 * Collects every way one invariant is broken for one case, each with what broke and by how much,
 * and fails once with all of them as an {@link InvariantViolation}.
 */
public final class Check {

  private final Invariant invariant; // null for an everyday assertion
  private final String context;
  private final double tolerance;
  private final Set<String> problems = new LinkedHashSet<>();

  /**
   * Starts a check.
   *
   * @param invariant the invariant checked
   * @param context what was done, such as "for trait 'x' raised from 2 to 3 of 5 points"; may be
   *     empty
   * @param tolerance how far two numbers may differ and still count as equal
   */
  public Check(Invariant invariant, String context, double tolerance) {
    this.invariant = invariant;
    this.context = context;
    this.tolerance = tolerance;
  }

  /**
   * Starts the check of an everyday assertion, which fails with an {@link AssertionFailedError}
   * rather than an {@link InvariantViolation}.
   *
   * @param subject what is checked, such as "scorecards equal within 1e-9"
   * @param tolerance how far two numbers may differ and still count as equal
   * @return the check
   */
  public static Check assertion(String subject, double tolerance) {
    return new Check(null, subject, tolerance);
  }

  /** The tolerance of comparisons. */
  public double tolerance() {
    return tolerance;
  }

  /** Records a problem unless {@code ok}. */
  public void that(boolean ok, String format, Object... args) {
    if (!ok) {
      problems.add(String.format(Locale.ROOT, format, args));
    }
  }

  /** Records a problem if {@code x} is NaN or infinite. */
  public void finite(String what, double x) {
    that(Double.isFinite(x), "%s is %s", what, x);
  }

  /** |actual − expected| ≤ tolerance. */
  public void close(String what, double expected, double actual) {
    double diff = Math.abs(actual - expected);
    that(
        diff <= tolerance,
        "%s: expected %s but was %s (off by %.3e, tolerance %.0e)",
        what,
        expected,
        actual,
        diff,
        tolerance);
  }

  /** lo ≤ x ≤ hi, exactly. */
  public void within(String what, double x, double lo, double hi) {
    that(x >= lo && x <= hi, "%s is %s, outside [%s, %s]", what, x, lo, hi);
  }

  /** 0 ≤ x ≤ 1, exactly. */
  public void unit(String what, double x) {
    within(what, x, 0, 1);
  }

  /** after ≥ before − tolerance. */
  public void notBelow(String what, double before, double after) {
    that(
        after >= before - tolerance,
        "%s dropped from %s to %s (by %.3e, allowed %.0e)",
        what,
        before,
        after,
        before - after,
        tolerance);
  }

  /** Both absent, or both present and close. */
  public void optional(String what, OptionalDouble expected, OptionalDouble actual) {
    if (expected.isPresent() && actual.isPresent()) {
      close(what, expected.getAsDouble(), actual.getAsDouble());
    } else {
      that(
          expected.isPresent() == actual.isPresent(),
          "%s changed from %s to %s",
          what,
          expected,
          actual);
    }
  }

  /** Absent, or close to the expected value. */
  public void ifPresent(String what, double expected, Double actual) {
    if (actual != null) {
      close(what, expected, actual);
    }
  }

  /** Both absent, or both present and close. */
  public void optional(String what, Double expected, Double actual) {
    if (expected != null && actual != null) {
      close(what, expected, actual);
    } else {
      that(expected == actual, "%s changed from %s to %s", what, expected, actual);
    }
  }

  /** The same keys, and close values. */
  public void maps(String what, Map<String, Double> expected, Map<String, Double> actual) {
    that(
        expected.keySet().equals(actual.keySet()),
        "%s has keys %s, expected %s",
        what,
        actual.keySet(),
        expected.keySet());
    expected.forEach(
        (key, value) -> {
          Double other = actual.get(key);
          if (other != null) {
            close(what + " of '" + key + "'", value, other);
          }
        });
  }

  /** Close overall coverage. */
  public void coverage(Scorecard expected, Scorecard actual) {
    close("coverage", expected.coverage(), actual.coverage());
  }

  /** Whether a problem was recorded. */
  public boolean failed() {
    return !problems.isEmpty();
  }

  /**
   * Fails if a problem was recorded.
   *
   * @param counterexample what was scored, described for people; its {@code toString()} ends the
   *     message
   * @throws InvariantViolation naming the invariant, the context, every problem and the
   *     counterexample; an {@link AssertionFailedError} for an everyday assertion
   */
  public void done(Object... counterexample) {
    if (problems.isEmpty()) {
      return;
    }
    List<String> list = new ArrayList<>(problems);
    StringBuilder message = new StringBuilder();
    if (invariant == null) {
      message.append("expected ").append(context);
    } else {
      message.append(invariant).append(" broke");
      if (!context.isEmpty()) {
        message.append(' ').append(context);
      }
    }
    message.append(": ").append(String.join("; ", list));
    if (counterexample.length > 0) {
      message.append(String.format(Locale.ROOT, "%ncounterexample:"));
      for (Object o : counterexample) {
        message.append(System.lineSeparator()).append(o);
      }
    }
    if (invariant == null) {
      throw new AssertionFailedError(message.toString());
    }
    throw new InvariantViolation(invariant, list, message.toString());
  }
}
