package dev.centricity.testkit;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Warning;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A scorecard that repeats another one except for the figures a test replaces: how the faulty
 * scorers of these tests make wrong scorecards, which the library itself never builds (it has no
 * public scorecard builder). A host's own scorer can do the same by extending {@link Scorecard}.
 */
final class TamperedScorecard extends Scorecard {

  private final Scorecard base;
  private RubricIdentity rubric;
  private ScoringPolicy policy;
  private List<Contribution> contributions;

  private TamperedScorecard(Scorecard base) {
    this.base = base;
    this.rubric = base.rubric();
    this.policy = base.policy();
    this.contributions = base.contributions();
  }

  static TamperedScorecard of(Scorecard base) {
    return new TamperedScorecard(base);
  }

  TamperedScorecard rubric(RubricIdentity value) {
    this.rubric = value;
    return this;
  }

  TamperedScorecard policy(ScoringPolicy value) {
    this.policy = value;
    return this;
  }

  TamperedScorecard contributions(List<Contribution> value) {
    this.contributions = List.copyOf(value);
    return this;
  }

  /** A contribution like {@code base} with another vector and index. */
  static Contribution contribution(
      Contribution base, Map<String, Double> vector, OptionalDouble index) {
    return new Contribution() {
      @Override
      public String trait() {
        return base.trait();
      }

      @Override
      public String dimension() {
        return base.dimension();
      }

      @Override
      public OptionalInt answer() {
        return base.answer();
      }

      @Override
      public double value() {
        return base.value();
      }

      @Override
      public double weight() {
        return base.weight();
      }

      @Override
      public Map<String, Double> vector() {
        return Map.copyOf(vector);
      }

      @Override
      public OptionalDouble index() {
        return index;
      }
    };
  }

  @Override
  public RubricIdentity rubric() {
    return rubric;
  }

  @Override
  public Optional<String> respondent() {
    return base.respondent();
  }

  @Override
  public ScoringPolicy policy() {
    return policy;
  }

  @Override
  public boolean determined() {
    return base.determined();
  }

  @Override
  public Map<String, Double> profile() {
    return base.profile();
  }

  @Override
  public OptionalDouble index() {
    return base.index();
  }

  @Override
  public OptionalDouble score() {
    return base.score();
  }

  @Override
  public Optional<String> band() {
    return base.band();
  }

  @Override
  public Optional<String> leadingPole() {
    return base.leadingPole();
  }

  @Override
  public OptionalDouble margin() {
    return base.margin();
  }

  @Override
  public Map<String, Double> strengths() {
    return base.strengths();
  }

  @Override
  public Optional<String> quadrant() {
    return base.quadrant();
  }

  @Override
  public double coverage() {
    return base.coverage();
  }

  @Override
  public OptionalDouble alignment() {
    return base.alignment();
  }

  @Override
  public List<String> pullingAgainst() {
    return base.pullingAgainst();
  }

  @Override
  public List<DimensionScore> dimensions() {
    return base.dimensions();
  }

  @Override
  public List<Contribution> contributions() {
    return contributions;
  }

  @Override
  public List<Warning> warnings() {
    return base.warnings();
  }
}
