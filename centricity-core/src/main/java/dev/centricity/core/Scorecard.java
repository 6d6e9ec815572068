package dev.centricity.core;

import dev.centricity.core.internal.RankedReasons;
import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of scoring one response against a rubric ({@code docs/model.md}).
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
 * are never rounded by the library.
 *
 * <p>Immutable, thread-safe and value-based: two scorecards are {@link #equals(Object) equal} when
 * every figure is equal, bit for bit, however each was made. A scorecard returned by a {@link
 * Scorer} is compact: it holds the answers and a few numbers per dimension, and works out the
 * per-dimension results, contributions and warnings only when they are asked for (the same numbers
 * every time), so scoring costs little more than reading the answers.
 */
@Value.Immutable
@ValueStyle
public abstract class Scorecard {

  /** The quadrant named when both poles are strong. */
  public static final String HYBRID = "hybrid";

  /** The quadrant named when neither pole is strong. */
  public static final String UNFOCUSED = "unfocused";

  /**
   * For the library's implementations: scorecards come from a {@link Scorer}, from {@link
   * dev.centricity.core.io.ScorecardFormat} or from {@link ImmutableScorecard#builder()}.
   */
  protected Scorecard() {}

  /** The exact rubric this scorecard was computed with. */
  public abstract RubricIdentity rubric();

  /** The respondent named by the response. */
  public abstract Optional<String> respondent();

  /** The policy the scorecard was computed under. */
  public abstract ScoringPolicy policy();

  /** Whether at least one dimension counted; false means the scorecard is undetermined. */
  public abstract boolean determined();

  /** P, one share per pole in the rubric's order; empty when undetermined. */
  public abstract Map<String, Double> profile();

  /**
   * With two poles, I = P<sub>second</sub> − P<sub>first</sub> ∈ [−1, 1]; empty when undetermined.
   */
  public abstract OptionalDouble index();

  /** With two poles, the 0–100 score 50(I + 1); empty when undetermined. */
  public abstract OptionalDouble score();

  /** The band the index falls in, when the rubric has bands. */
  public abstract Optional<String> band();

  /**
   * The pole with the largest share (the first in rubric order on a tie); empty when undetermined.
   */
  public abstract Optional<String> leadingPole();

  /** The leading pole's share minus the next largest share; empty when undetermined. */
  public abstract OptionalDouble margin();

  /**
   * S<sub>p</sub> for each pole with a counted keyed trait: the mean of a over the counted traits
   * keyed to p, each weighted by its overall weight (ω<sub>D</sub>/Ω)(w<sub>t</sub>/W<sub>D</sub>).
   */
  public abstract Map<String, Double> strengths();

  /**
   * With two poles whose strengths are both known: {@value #HYBRID} when both exceed the rubric's
   * strength threshold, {@value #UNFOCUSED} when neither does, otherwise {@code <pole>-centric} for
   * the one that does.
   */
  public abstract Optional<String> quadrant();

  /** The dimensions' coverages averaged with the dimension weights, in [0, 1]. */
  public abstract double coverage();

  /**
   * How consistent the counted dimensions are, in [0, 1]. With two poles: 1 − sqrt(Σ
   * (ω<sub>D</sub>/Ω) (I<sub>D</sub> − I)²); otherwise 1 − Σ (ω<sub>D</sub>/Ω) |P<sub>D</sub> − P|
   * / √2. Empty when undetermined.
   */
  public abstract OptionalDouble alignment();

  /**
   * The counted dimensions of positive weight that point against the overall direction: with two
   * poles, whose index has the opposite sign of the overall index; otherwise, whose leading pole
   * differs.
   */
  public abstract List<String> pullingAgainst();

  /** One result per dimension of the rubric, in its order. */
  public abstract List<DimensionScore> dimensions();

  /** One contribution per counted trait, in the rubric's order. */
  public abstract List<Contribution> contributions();

  /** What the host should know about this scorecard. */
  public abstract List<Warning> warnings();

  /**
   * Finds a dimension's result by id.
   *
   * @param dimensionId the id
   * @return the result, or empty if the rubric has no such dimension
   */
  public Optional<DimensionScore> dimension(String dimensionId) {
    return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  /**
   * Finds a trait's contribution by id.
   *
   * @param traitId the id
   * @return the contribution, or empty if the trait did not count
   */
  public Optional<Contribution> contribution(String traitId) {
    return contributions().stream().filter(c -> c.trait().equals(traitId)).findFirst();
  }

  /**
   * The reasons for the result, ranked: for each pole, in the profile's order, the contributions
   * that move the profile towards it (c<sub>t,p</sub> &gt; 0), strongest first (largest
   * c<sub>t,p</sub>), in the rubric's order when two are equal. A trait answered at its midpoint
   * moves towards no pole and appears in no list. With two poles, the second pole's list holds the
   * traits that raise the index and the first pole's those that lower it, each strongest first.
   *
   * @return one list per pole of the profile, every pole present (its list possibly empty); an
   *     empty map when the scorecard is undetermined
   */
  public Map<String, List<Contribution>> reasons() {
    return RankedReasons.of(this);
  }

  /**
   * The contributions that move the profile towards one pole, strongest first: {@code
   * reasons().get(poleId)}.
   *
   * @param poleId the pole's id
   * @return the ranked contributions; empty when the scorecard is undetermined
   * @throws IllegalArgumentException if the scorecard is determined and its profile has no such
   *     pole
   */
  public List<Contribution> reasonsTowards(String poleId) {
    return RankedReasons.towards(this, poleId);
  }

  /**
   * Whether {@code other} is a scorecard with the same figures, bit for bit, whichever way each was
   * made.
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Scorecard)) {
      return false;
    }
    Scorecard o = (Scorecard) other;
    return determined() == o.determined()
        && Double.doubleToLongBits(coverage()) == Double.doubleToLongBits(o.coverage())
        && index().equals(o.index())
        && rubric().equals(o.rubric())
        && respondent().equals(o.respondent())
        && policy().equals(o.policy())
        && profile().equals(o.profile())
        && score().equals(o.score())
        && band().equals(o.band())
        && leadingPole().equals(o.leadingPole())
        && margin().equals(o.margin())
        && strengths().equals(o.strengths())
        && quadrant().equals(o.quadrant())
        && alignment().equals(o.alignment())
        && pullingAgainst().equals(o.pullingAgainst())
        && dimensions().equals(o.dimensions())
        && contributions().equals(o.contributions())
        && warnings().equals(o.warnings());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(
        rubric(),
        respondent(),
        policy(),
        determined(),
        profile(),
        index(),
        score(),
        band(),
        leadingPole(),
        margin(),
        strengths(),
        quadrant(),
        coverage(),
        alignment(),
        pullingAgainst(),
        dimensions(),
        contributions(),
        warnings());
  }

  @Override
  public final String toString() {
    return "Scorecard{rubric="
        + rubric()
        + ", respondent="
        + respondent()
        + ", policy="
        + policy()
        + ", determined="
        + determined()
        + ", profile="
        + profile()
        + ", index="
        + index()
        + ", score="
        + score()
        + ", band="
        + band()
        + ", leadingPole="
        + leadingPole()
        + ", margin="
        + margin()
        + ", strengths="
        + strengths()
        + ", quadrant="
        + quadrant()
        + ", coverage="
        + coverage()
        + ", alignment="
        + alignment()
        + ", pullingAgainst="
        + pullingAgainst()
        + ", dimensions="
        + dimensions()
        + ", contributions="
        + contributions()
        + ", warnings="
        + warnings()
        + "}";
  }
}
