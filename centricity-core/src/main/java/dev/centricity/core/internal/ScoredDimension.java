package dev.centricity.core.internal;

import static dev.centricity.core.internal.CompiledScorer.COUNTED_WEIGHT;
import static dev.centricity.core.internal.CompiledScorer.COVERAGE;
import static dev.centricity.core.internal.CompiledScorer.DELTA;
import static dev.centricity.core.internal.CompiledScorer.clamp01;
import static dev.centricity.core.internal.CompiledScorer.percent;
import static dev.centricity.core.internal.ScoredCard.indexOf;
import static dev.centricity.core.internal.ScoredCard.leading;

import dev.centricity.core.DimensionScore;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** One dimension's result, worked out from the scorecard's numbers when read. */
final class ScoredDimension extends DimensionScore {
  private final ScoredCard card;
  private final int d;

  ScoredDimension(ScoredCard card, int d) {
    this.card = card;
    this.d = d;
  }

  private boolean counts() {
    return card.omega > 0 && card.dimensionCounts(d);
  }

  @Override
  public String id() {
    return card.s.dimensionIds[d];
  }

  @Override
  public double weight() {
    return card.s.dimensionWeight[d];
  }

  @Override
  public boolean counted() {
    return counts();
  }

  @Override
  public Optional<String> exclusion() {
    CompiledScorer s = card.s;
    double w = card.dims[d * s.stride + COUNTED_WEIGHT];
    double cov = card.dims[d * s.stride + COVERAGE];
    if (!card.dimensionCounts(d)) {
      return Optional.of(
          w > 0
              ? String.format(
                  Locale.ROOT,
                  "coverage %s is below the minimum of %s",
                  percent(cov),
                  percent(s.minCoverage))
              : card.noWeightReason(d));
    }
    if (!(card.omega > 0)) {
      return Optional.of("the counted dimensions have a total weight of 0");
    }
    return Optional.empty();
  }

  @Override
  public double coverage() {
    return clamp01(card.dims[d * card.s.stride + COVERAGE]);
  }

  @Override
  public Map<String, Double> profile() {
    return counts()
        ? new PoleMap(card.s.poleIds, card.profileOf(card.dims, d * card.s.stride + DELTA))
        : Map.of();
  }

  @Override
  public OptionalDouble index() {
    return counts() && card.s.poleCount == 2
        ? OptionalDouble.of(indexOf(card.dims, d * card.s.stride + DELTA))
        : OptionalDouble.empty();
  }

  @Override
  public Optional<String> band() {
    return counts() && card.s.poleCount == 2
        ? Optional.ofNullable(card.s.bands.find(indexOf(card.dims, d * card.s.stride + DELTA)))
        : Optional.empty();
  }

  @Override
  public Optional<String> leadingPole() {
    return counts()
        ? Optional.of(card.s.poleIds[leading(card.profileOf(card.dims, d * card.s.stride + DELTA))])
        : Optional.empty();
  }

  @Override
  public Map<String, Double> strengths() {
    if (!counts()) {
      return Map.of();
    }
    double[] sum = new double[card.s.poleCount];
    double[] weight = new double[card.s.poleCount];
    card.dimensionStrengthSums(d, sum, weight);
    return card.strengthMap(sum, weight);
  }

  @Override
  public boolean pullsAgainst() {
    return card.pulls(d);
  }
}
