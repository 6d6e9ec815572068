package dev.centricity.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The result of scoring one response against a rubric (DESIGN section 4).
 *
 * <ul>
 *   <li>{@link #profile()} — P, a share per pole, all ≥ 0 and summing to 1;
 *   <li>{@link #index()} — with two poles, I = P<sub>second</sub> − P<sub>first</sub> ∈ [−1, 1],
 *       and {@link #score()} = 50(I + 1) ∈ [0, 100]; {@link #band()} names the band I falls in;
 *   <li>{@link #leadingPole()} and {@link #margin()} — the pole with the largest share and its lead
 *       over the second (for any number of poles);
 *   <li>{@link #strengths()} and {@link #quadrant()} — how strongly each pole is expressed, not
 *       only which way the organisation leans;
 *   <li>{@link #coverage()}, {@link #alignment()} and {@link #pullingAgainst()} — how complete and
 *       how consistent the answers are;
 *   <li>{@link #dimensions()} and {@link #contributions()} — the same trait by trait and dimension
 *       by dimension, adding up to the overall figures;
 *   <li>{@link #warnings()} — what the host should know.
 * </ul>
 *
 * <p>When no dimension counts the scorecard is <i>undetermined</i>: {@link #determined()} is false
 * and the profile, index, band, strengths and alignment are empty. No figure is ever NaN. Numbers
 * are never rounded by the library. Immutable and value-based.
 */
@Value.Immutable
@CentricityStyle
@JsonSerialize(as = ImmutableScorecard.class)
@JsonDeserialize(as = ImmutableScorecard.class)
public interface Scorecard {

  /** The quadrant named when both poles are strong. */
  String HYBRID = "hybrid";

  /** The quadrant named when neither pole is strong. */
  String UNFOCUSED = "unfocused";

  /** The exact rubric this scorecard was computed with. */
  RubricIdentity rubric();

  /** The respondent named by the response. */
  Optional<String> respondent();

  /** The policy the scorecard was computed under. */
  ScoringPolicy policy();

  /** Whether at least one dimension counted; false means the scorecard is undetermined. */
  boolean determined();

  /** P, one share per pole in the rubric's order; empty when undetermined. */
  Map<String, Double> profile();

  /**
   * With two poles, I = P<sub>second</sub> − P<sub>first</sub> ∈ [−1, 1]; empty when undetermined.
   */
  OptionalDouble index();

  /** With two poles, the 0–100 score 50(I + 1); empty when undetermined. */
  OptionalDouble score();

  /** The band the index falls in, when the rubric has bands. */
  Optional<String> band();

  /**
   * The pole with the largest share (the first in rubric order on a tie); empty when undetermined.
   */
  Optional<String> leadingPole();

  /** The leading pole's share minus the next largest share; empty when undetermined. */
  OptionalDouble margin();

  /**
   * S<sub>p</sub> for each pole with a counted keyed trait: the mean of a over the counted traits
   * keyed to p, each weighted by its overall weight (ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>).
   */
  Map<String, Double> strengths();

  /**
   * With two poles whose strengths are both known: {@value #HYBRID} when both exceed the rubric's
   * strength threshold, {@value #UNFOCUSED} when neither does, otherwise {@code <pole>-centric} for
   * the one that does.
   */
  Optional<String> quadrant();

  /** The dimensions' coverages averaged with the dimension weights, in [0, 1]. */
  double coverage();

  /**
   * How consistent the counted dimensions are, in [0, 1]. With two poles: 1 − sqrt(Σ
   * (ω<sub>D</sub>/Ω) (I<sub>D</sub> − I)²); otherwise 1 − Σ (ω<sub>D</sub>/Ω) |P<sub>D</sub> − P|
   * / √2. Empty when undetermined.
   */
  OptionalDouble alignment();

  /**
   * The counted dimensions of positive weight that point against the overall direction: with two
   * poles, whose index has the opposite sign of the overall index; otherwise, whose leading pole
   * differs.
   */
  List<String> pullingAgainst();

  /** One result per dimension of the rubric, in its order. */
  List<DimensionScore> dimensions();

  /** One contribution per counted trait, in the rubric's order. */
  List<Contribution> contributions();

  /** What the host should know about this scorecard. */
  List<Warning> warnings();

  /**
   * Finds a dimension's result by id.
   *
   * @param dimensionId the id
   * @return the result, or empty if the rubric has no such dimension
   */
  default Optional<DimensionScore> dimension(String dimensionId) {
    return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  /**
   * Finds a trait's contribution by id.
   *
   * @param traitId the id
   * @return the contribution, or empty if the trait did not count
   */
  default Optional<Contribution> contribution(String traitId) {
    return contributions().stream().filter(c -> c.trait().equals(traitId)).findFirst();
  }
}
