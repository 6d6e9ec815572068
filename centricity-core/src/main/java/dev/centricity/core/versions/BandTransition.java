package dev.centricity.core.versions;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of an impact's band transition matrix: how many respondents were in band {@link
 * #before()} under the old rubric and in {@link #after()} under the new. An empty band means no
 * band: the scorecard was undetermined, could not be made, or its rubric has no bands. Immutable
 * and value-based.
 */
public final class BandTransition {

  private final Optional<String> before;
  private final Optional<String> after;
  private final long count;

  BandTransition(Optional<String> before, Optional<String> after, long count) {
    this.before = before;
    this.after = after;
    this.count = count;
  }

  /** The band under the old rubric; empty for none. */
  public Optional<String> before() {
    return before;
  }

  /** The band under the new rubric; empty for none. */
  public Optional<String> after() {
    return after;
  }

  /** The number of respondents, ≥ 1. */
  public long count() {
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BandTransition t
        && before.equals(t.before)
        && after.equals(t.after)
        && count == t.count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(before, after, count);
  }

  @Override
  public String toString() {
    return before.orElse("(none)") + " → " + after.orElse("(none)") + ": " + count;
  }
}
