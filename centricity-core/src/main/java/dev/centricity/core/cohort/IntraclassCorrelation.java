package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How much of the spread of an index lies between groups rather than within them: ICC(1) and ICC(2)
 * from a one-way analysis of variance of the respondents' indices (a dimension's, or the overall
 * index) grouped by group label (Bliese 2000).
 *
 * <p>With G groups, n<sub>g</sub> respondents in group g (those with the index), N = Σ
 * n<sub>g</sub>, group means ȳ<sub>g</sub> and grand mean ȳ:
 *
 * <pre>
 *   MSB = Σ_g n_g (ȳ_g − ȳ)² / (G − 1)
 *   MSW = Σ_g Σ_(i∈g) (y_i − ȳ_g)² / (N − G)
 *   k   = (N − Σ_g n_g² / N) / (G − 1)
 *   ICC(1) = (MSB − MSW) / (MSB + (k − 1) MSW)
 *   ICC(2) = (MSB − MSW) / MSB
 * </pre>
 *
 * <p>k is the usual group size for unequal groups (Snedecor and Cochran's n<sub>0</sub>); with
 * equal groups it is their size. (Bliese's R package {@code multilevel} uses the mean group size
 * N/G in ICC(1); the two agree for equal groups.) ICC(1) is the share of a single respondent's
 * variance that is due to the group, ICC(2) the reliability of the group means; ICC(1) may be
 * negative, and is reported as is. Both need G ≥ 2 and N &gt; G; ICC(2) is absent when MSB = 0, and
 * ICC(1) when its denominator is 0. Ungrouped respondents take no part.
 *
 * <p>References: Bliese, P. D. (2000). Within-group agreement, non-independence, and reliability:
 * Implications for data aggregation and analysis. In K. J. Klein &amp; S. W. J. Kozlowski (Eds.),
 * <i>Multilevel theory, research, and methods in organizations</i> (pp. 349–381). Jossey-Bass.
 * Snedecor, G. W., &amp; Cochran, W. G. (1989). <i>Statistical methods</i> (8th ed.), §13.7.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface IntraclassCorrelation {

  /** The dimension whose index is analysed; empty for the overall index. */
  Optional<String> dimension();

  /** G, the number of groups with at least one respondent with the index. */
  int groups();

  /** N, the number of grouped respondents with the index. */
  long respondents();

  /** k, the group size of the formulas. */
  double groupSize();

  /** MSB, the mean square between groups. */
  double meanSquareBetween();

  /** MSW, the mean square within groups. */
  double meanSquareWithin();

  /** ICC(1), when defined. */
  OptionalDouble icc1();

  /** ICC(2), when defined. */
  OptionalDouble icc2();

  /**
   * A builder for a {@link IntraclassCorrelation}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link IntraclassCorrelation}, checking it when {@code build()} is called. Obtained
   * from {@link IntraclassCorrelation#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableIntraclassCorrelation.Builder {
    Builder() {}
  }
}
