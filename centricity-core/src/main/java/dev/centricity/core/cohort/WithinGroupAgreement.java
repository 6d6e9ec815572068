package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * How closely the members of one group agree on the traits of one dimension: r<sub>wg(J)</sub> of
 * James, Demaree and Wolf (1984), against the uniform ("no agreement") null distribution.
 *
 * <p>For a dimension of J traits answered on A-point scales, with s<sub>j</sub>² the sample
 * variance (denominator n − 1) of the group's answers to trait j and σ²<sub>EU</sub> = (A² − 1)/12
 * the variance of answers spread uniformly over the scale:
 *
 * <pre>
 *   v = (1/J) Σ_j s_j² / σ²_(EU,j)            (= s̄²/σ²_EU when all traits share a scale)
 *   r_wg(J) = J (1 − v) / (J (1 − v) + v)
 * </pre>
 *
 * <p>Conventions: answers are the points as given (missing answers are left out of each trait's
 * variance; no answer is imputed, whatever the scoring policy); a trait enters when the group gave
 * it at least two answers, and J counts those traits; dividing each trait's variance by its own
 * σ²<sub>EU</sub> lets traits on scales of different lengths share a dimension. When v &gt; 1 — the
 * group disagrees more than random answering would — r<sub>wg(J)</sub> is set to 0 and {@link
 * #truncated()} is true, as James, Demaree and Wolf (1984) and LeBreton and Senter (2008)
 * recommend; {@link #varianceRatio()} keeps the untruncated v. A value of 0.70 or more is
 * conventionally read as enough agreement to speak of the group's shared view.
 *
 * <p>References: James, L. R., Demaree, R. G., &amp; Wolf, G. (1984). Estimating within-group
 * interrater reliability with and without response bias. <i>Journal of Applied Psychology</i>,
 * 69(1), 85–98. LeBreton, J. M., &amp; Senter, J. L. (2008). Answers to 20 questions about
 * interrater reliability and interrater agreement. <i>Organizational Research Methods</i>, 11(4),
 * 815–852.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface WithinGroupAgreement {

  /** r<sub>wg(J)</sub>, in [0, 1]. */
  double rwg();

  /** J, the number of traits with at least two answers in the group. */
  int items();

  /** The number of group members who answered at least one trait of the dimension. */
  long respondents();

  /** v, the mean ratio of observed to uniform variance, before truncation. */
  double varianceRatio();

  /** Whether v exceeded 1 and r<sub>wg(J)</sub> was set to 0. */
  boolean truncated();

  /**
   * A builder for a {@link WithinGroupAgreement}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link WithinGroupAgreement}, checking it when {@code build()} is called. Obtained
   * from {@link WithinGroupAgreement#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableWithinGroupAgreement.Builder {
    Builder() {}
  }
}
