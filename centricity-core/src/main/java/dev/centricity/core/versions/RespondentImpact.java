package dev.centricity.core.versions;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One respondent under two versions of a rubric: the index and band under each, the change, how
 * many answers the new version could not take, and why a version could not score the response.
 * Immutable and value-based.
 */
public final class RespondentImpact {

  private final long position;
  private final Optional<String> respondent;
  private final OptionalDouble before;
  private final OptionalDouble after;
  private final Optional<String> bandBefore;
  private final Optional<String> bandAfter;
  private final int dropped;
  private final Optional<String> problem;

  RespondentImpact(
      long position,
      Optional<String> respondent,
      OptionalDouble before,
      OptionalDouble after,
      Optional<String> bandBefore,
      Optional<String> bandAfter,
      int dropped,
      Optional<String> problem) {
    this.position = position;
    this.respondent = respondent;
    this.before = before;
    this.after = after;
    this.bandBefore = bandBefore;
    this.bandAfter = bandAfter;
    this.dropped = dropped;
    this.problem = problem;
  }

  /** The respondent's 1-based position among the responses given. */
  public long position() {
    return position;
  }

  /** The respondent named by the response. */
  public Optional<String> respondent() {
    return respondent;
  }

  /** The index under the old rubric; empty when undetermined there or not scored. */
  public OptionalDouble before() {
    return before;
  }

  /** The index under the new rubric; empty when undetermined there or not scored. */
  public OptionalDouble after() {
    return after;
  }

  /** The change in index, after − before, when both are present. */
  public OptionalDouble change() {
    return before.isPresent() && after.isPresent()
        ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
        : OptionalDouble.empty();
  }

  /** The band under the old rubric, when it has one for this respondent. */
  public Optional<String> bandBefore() {
    return bandBefore;
  }

  /** The band under the new rubric, when it has one for this respondent. */
  public Optional<String> bandAfter() {
    return bandAfter;
  }

  /** Whether the band differs between the two versions (a band gained or lost counts). */
  public boolean bandChanged() {
    return !bandBefore.equals(bandAfter);
  }

  /**
   * How many answers were dropped for the new rubric: answers to traits it no longer has, or points
   * its scale no longer has.
   */
  public int droppedAnswers() {
    return dropped;
  }

  /** Why one of the versions could not score the response (for example a policy that rejects). */
  public Optional<String> problem() {
    return problem;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RespondentImpact r
        && position == r.position
        && respondent.equals(r.respondent)
        && before.equals(r.before)
        && after.equals(r.after)
        && bandBefore.equals(r.bandBefore)
        && bandAfter.equals(r.bandAfter)
        && dropped == r.dropped
        && problem.equals(r.problem);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        position, respondent, before, after, bandBefore, bandAfter, dropped, problem);
  }

  @Override
  public String toString() {
    return "RespondentImpact{"
        + position
        + respondent.map(r -> " " + r).orElse("")
        + ": "
        + before
        + " → "
        + after
        + ", "
        + bandBefore
        + " → "
        + bandAfter
        + problem.map(p -> ", " + p).orElse("")
        + "}";
  }
}
