package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The internal consistency of one dimension, its traits taken as the items of one scale: Cronbach's
 * alpha, raw and standardised, the average inter-item correlation, and per item the corrected
 * item–total correlation and alpha if the item is dropped — computed as R's {@code psych::alpha}
 * (Revelle, package {@code psych} 2.x) computes them, so that a researcher gets the numbers they
 * know.
 *
 * <p><b>Keys.</b> Items are keyed from the rubric towards the second pole (with the default rubric,
 * customer): an item keyed to the first pole, or a contrast running towards it, is reversed. This
 * is {@code psych::alpha(x, keys = c(<reversed items>))}. A reversed item's covariances change
 * sign; its mean is taken as min + max − mean with min and max the lowest and highest answers given
 * to any item of the scale, as psych reverses.
 *
 * <p><b>Conventions</b> (those of {@code psych::alpha} with its defaults):
 *
 * <ul>
 *   <li>answers are the points as given; missing answers are handled <i>pairwise</i> ({@code use =
 *       "pairwise"}): each variance C<sub>jj</sub> is over the respondents who answered j, each
 *       covariance C<sub>ij</sub> over those who answered both. No answer is imputed, whatever the
 *       scoring policy;
 *   <li>variances and covariances are <i>sample</i> ones, with denominator n − 1;
 *   <li>correlations are R = cov2cor(C): R<sub>ij</sub> = C<sub>ij</sub> / √(C<sub>ii</sub>
 *       C<sub>jj</sub>), with the pairwise variances on the diagonal;
 *   <li>an item with no variance or fewer than two answers is left out with a warning, as psych
 *       deletes it; it is listed in {@link #excluded()}.
 * </ul>
 *
 * <p><b>Formulas</b>, for the p items left, with C keyed:
 *
 * <pre>
 *   raw alpha          α   = p/(p − 1) · (1 − tr C / Σ_ij C_ij)
 *   standardised alpha α_s  = p/(p − 1) · (1 − p / Σ_ij R_ij)
 *   average r          r̄   = (Σ_ij R_ij − p) / (p (p − 1))
 *   r.drop of item i       = (Σ_j C_ij − C_ii) / √(C_ii · Σ_(j,k≠i) C_jk)
 *   alpha if i dropped     = the three above over C and R without row and column i
 * </pre>
 *
 * <p>With two items, alpha if dropped follows psych's special case: raw
 * C<sub>12</sub>/C<sub>jj</sub> (j the item kept), standardised and average r both R<sub>12</sub>.
 * A figure whose denominator is 0, or a scale with a pair of items never answered together by two
 * respondents, is absent, with a warning; nothing is ever NaN.
 *
 * <p><b>Mis-keying.</b> An item whose corrected item–total correlation is negative gets a {@link
 * CohortWarning.Code#POSSIBLY_MISKEYED} warning: it runs against the rest of its dimension and may
 * be keyed the wrong way. It is never reversed silently (unlike {@code check.keys = TRUE}).
 *
 * <p>References: Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests.
 * <i>Psychometrika</i>, 16(3), 297–334. Revelle, W. (2024). <i>psych: Procedures for Psychological,
 * Psychometric, and Personality Research</i>, function {@code alpha}.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface Reliability {

  /** The dimension's id. */
  String dimension();

  /** The number of respondents who answered at least one of its traits. */
  long respondents();

  /** Cronbach's alpha from the covariances ({@code total$raw_alpha}), when defined. */
  OptionalDouble rawAlpha();

  /** Standardised alpha from the correlations ({@code total$std.alpha}), when defined. */
  OptionalDouble standardizedAlpha();

  /** The average inter-item correlation ({@code total$average_r}), when defined. */
  OptionalDouble averageCorrelation();

  /** The items of the scale, in the rubric's order, without the excluded ones. */
  List<ItemStatistics> items();

  /** The traits left out: no variance, or fewer than two answers. */
  List<String> excluded();

  /**
   * Finds an item by trait id.
   *
   * @param traitId the trait
   * @return its statistics, or empty if it is not an item of the scale
   */
  default Optional<ItemStatistics> item(String traitId) {
    return items().stream().filter(i -> i.trait().equals(traitId)).findFirst();
  }

  /**
   * A builder for a {@link Reliability}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Reliability}, checking it when {@code build()} is called. Obtained from {@link
   * Reliability#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableReliability.Builder {
    Builder() {}
  }
}
