package dev.centricity.core.plan;

import dev.centricity.core.Response;
import dev.centricity.core.Scorecard;
import java.util.List;
import java.util.Objects;

/**
 * The fewest answer changes that bring a scorecard's index into a {@link Target}, with the
 * scorecard they give (two-pole rubrics).
 *
 * <p><b>The model.</b> With the traits that count held fixed, the index is linear in each answer:
 * trait <i>t</i> of dimension <i>D</i> adds x<sub>t</sub> = σ<sub>t</sub>(2a<sub>t</sub> −
 * 1)(ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>), where σ<sub>t</sub> = +1 when a higher answer
 * moves towards the second pole (the trait is keyed to it, or is a contrast running towards it) and
 * −1 otherwise, and (ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>) is the trait's overall {@link
 * dev.centricity.core.Contribution#weight() weight}. Changing a<sub>t</sub> to a′ therefore changes
 * the index by 2σ<sub>t</sub>(a′ − a<sub>t</sub>)(ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>).
 *
 * <p><b>The plan.</b> Only traits that count may change (those answered under {@code SKIP}; under
 * {@code NEUTRAL} also the missing ones of a counted dimension, which count at a = ½), each to any
 * point of its scale, and never one the rubric marks not {@link
 * dev.centricity.core.Trait#actionable() actionable}. Each trait can give at most the gain of
 * moving to the end of its scale towards the target. The traits are ordered by that largest gain
 * (rubric order on ties) and taken one by one, each to the end of its scale, until the next one
 * would reach the target; that last one moves only as far as needed: to the nearest point of its
 * scale at which the target is reached (a discrete scale cannot stop in between, so the plan may
 * pass the exact threshold by less than one point's gain). No plan with fewer changes exists: any
 * <i>m</i> changes gain at most the <i>m</i> largest gains. With a band as target, when the nearest
 * reaching point of the last trait would step over the whole band, the next traits in order are
 * tried for a last change that lands inside it.
 *
 * <p><b>The prediction.</b> {@link #predicted()} is the scorecard of {@link #response()}, computed
 * by the same scorer: applying the changes and scoring gives it bit for bit. {@link #reached()} is
 * decided on it. When the target cannot be reached, the plan moves every trait that can help to the
 * end of its scale, which is as near as the answers can get, and {@link #reached()} is false.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImprovementPlan {

  private final Target target;
  private final Scorecard current;
  private final List<PlanChange> changes;
  private final Response response;
  private final Scorecard predicted;
  private final boolean reached;

  ImprovementPlan(
      Target target,
      Scorecard current,
      List<PlanChange> changes,
      Response response,
      Scorecard predicted,
      boolean reached) {
    this.target = target;
    this.current = current;
    this.changes = List.copyOf(changes);
    this.response = response;
    this.predicted = predicted;
    this.reached = reached;
  }

  /** The target the plan aims at. */
  public Target target() {
    return target;
  }

  /** The scorecard of the answers as they are. */
  public Scorecard current() {
    return current;
  }

  /**
   * The changes, in the order they were chosen: largest gain first, the partial one last. Empty
   * when the answers already reach the target.
   */
  public List<PlanChange> changes() {
    return changes;
  }

  /** The answers with the changes applied (the respondent and rubric kept). */
  public Response response() {
    return response;
  }

  /** The scorecard of {@link #response()}: what the scorer gives once the plan is applied. */
  public Scorecard predicted() {
    return predicted;
  }

  /**
   * Whether the predicted scorecard reaches the target; when false, {@link #predicted()} is the
   * nearest the answers can get.
   */
  public boolean reached() {
    return reached;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImprovementPlan p
        && reached == p.reached
        && target.equals(p.target)
        && current.equals(p.current)
        && changes.equals(p.changes)
        && response.equals(p.response)
        && predicted.equals(p.predicted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, current, changes, response, predicted, reached);
  }

  @Override
  public String toString() {
    return "ImprovementPlan{target="
        + target
        + ", reached="
        + reached
        + ", changes="
        + changes
        + ", predicted index="
        + predicted.index()
        + "}";
  }
}
