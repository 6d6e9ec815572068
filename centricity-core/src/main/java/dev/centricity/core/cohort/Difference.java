package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The difference between the mean index of two groups of respondents — two cohorts, two teams, or
 * one cohort at two points in time — with Welch's interval and Cohen's d.
 *
 * <p>With means x̄<sub>1</sub>, x̄<sub>2</sub>, sample standard deviations s<sub>1</sub>,
 * s<sub>2</sub> and sizes n<sub>1</sub>, n<sub>2</sub>, and v<sub>i</sub> = s<sub>i</sub>² /
 * n<sub>i</sub>:
 *
 * <pre>
 *   difference  d̄ = x̄_2 − x̄_1       (positive: the second is more customer-centric)
 *   SE          = √(v_1 + v_2)
 *   df          = (v_1 + v_2)² / (v_1²/(n_1 − 1) + v_2²/(n_2 − 1))    (Welch–Satterthwaite)
 *   interval    = d̄ ± t(1 − α/2; df) · SE
 *   Cohen's d   = d̄ / s_p,  s_p = √(((n_1 − 1)s_1² + (n_2 − 1)s_2²) / (n_1 + n_2 − 2))
 * </pre>
 *
 * <p>This is R's {@code t.test(x2, x1)} (Welch's, the default) for the interval and df. Welch's
 * test treats the two groups as independent samples; for the same respondents at two times, a
 * paired analysis would be tighter but needs the respondents matched, which this does not do. The
 * interval, SE and df need n ≥ 2 on both sides; when both standard deviations are 0 the interval is
 * the difference itself and df is absent; Cohen's d is absent when s<sub>p</sub> = 0. The
 * difference of 0–100 scores is 50 times the difference of indices; Cohen's d is the same for both.
 *
 * <p>References: Welch, B. L. (1947). The generalization of "Student's" problem when several
 * different population variances are involved. <i>Biometrika</i>, 34(1–2), 28–35. Cohen, J. (1988).
 * <i>Statistical power analysis for the behavioral sciences</i> (2nd ed.). Erlbaum.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Difference {

  /** The dimension compared; empty for the overall index. */
  Optional<String> dimension();

  /** The first group's estimate (the earlier time, or the reference cohort). */
  Estimate first();

  /** The second group's estimate. */
  Estimate second();

  /** x̄<sub>2</sub> − x̄<sub>1</sub>. */
  double difference();

  /** Welch's standard error of the difference, when both sides have n ≥ 2. */
  OptionalDouble standardError();

  /** The Welch–Satterthwaite degrees of freedom, when the standard error is positive. */
  OptionalDouble degreesOfFreedom();

  /** The lower end of the confidence interval of the difference. */
  OptionalDouble lower();

  /** The upper end of the confidence interval of the difference. */
  OptionalDouble upper();

  /** Cohen's d with the pooled standard deviation, when it is positive. */
  OptionalDouble cohensD();

  /**
   * A builder for a {@link Difference}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Difference}, checking it when {@code build()} is called. Obtained from {@link
   * Difference#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableDifference.Builder {
    Builder() {}
  }
}
