package dev.centricity.core.internal;

import static dev.centricity.core.internal.CompiledScorer.DELTA;

import dev.centricity.core.Contribution;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** One trait's contribution, worked out from the scorecard's numbers when read. */
final class ScoredContribution extends Contribution {
  private final ScoredCard card;
  private final int t;

  ScoredContribution(ScoredCard card, int t) {
    this.card = card;
    this.t = t;
  }

  @Override
  public String trait() {
    return card.s.traitIds[t];
  }

  @Override
  public String dimension() {
    return card.s.dimensionIds[card.s.traitDimension[t]];
  }

  @Override
  public OptionalInt answer() {
    int p = card.points[t];
    return p > 0 ? OptionalInt.of(p) : OptionalInt.empty();
  }

  @Override
  public double value() {
    return card.value(t);
  }

  @Override
  public double weight() {
    return card.contributionWeight(t);
  }

  private double[] vectorArray() {
    // c = traitShare · d_t, accumulated into zeros exactly as the dimension's sum was.
    double[] c = new double[DELTA + card.s.poleCount];
    card.s.addDirection(t, card.value(t), weight(), c, 0);
    return c;
  }

  @Override
  public Map<String, Double> vector() {
    double[] c = vectorArray();
    return new PoleMap(card.s.poleIds, java.util.Arrays.copyOfRange(c, DELTA, c.length));
  }

  @Override
  public OptionalDouble index() {
    return card.s.poleCount == 2
        ? OptionalDouble.of(card.contributionIndex(t))
        : OptionalDouble.empty();
  }
}
