package dev.centricity.testkit;

import dev.centricity.core.Answer;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.Trait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scorers with one deliberate fault each, built on the library's scorer, for showing that the
 * contract catches real faults. Each is what a plausible bug in a scoring engine would compute;
 * none is meant for anything but these tests.
 */
final class FaultyScorers {

  /**
   * The most tries a fixture runs per property: each fault is found within ten tries (seen over
   * many runs), and the passing properties need not run their full count to prove anything here.
   */
  private static final int FIXTURE_TRIES = 40;

  private FaultyScorers() {}

  /**
   * The rubrics of the fixtures: the default generator without what does not affect scoring
   * (titles, statements, references, metadata), so that shrinking has less to do and the test stays
   * fast; the counterexamples are the same.
   *
   * @return {@code Rubrics.arbitrary().plain()}
   */
  static RubricArbitrary fixtureRubrics() {
    return Rubrics.arbitrary().plain();
  }

  /**
   * The tries of each property in the fixtures.
   *
   * @param invariant the invariant
   * @return at most {@value #FIXTURE_TRIES}
   */
  static int fixtureTries(Invariant invariant) {
    return Math.min(FIXTURE_TRIES, invariant.defaultTries());
  }

  /**
   * Contributions that do not add up: each trait's contribution is reported within its dimension,
   * (w<sub>t</sub>/W<sub>D</sub>) d<sub>t</sub>, without the dimension's share ω<sub>D</sub>/Ω of
   * the overall profile. With a single counted dimension the share is 1 and nothing shows.
   */
  static Scorer contributionsWithoutDimensionShare(Rubric rubric, ScoringPolicy policy) {
    Scorer scorer = Scorer.of(rubric, policy);
    return new Wrapper(scorer) {
      @Override
      public Scorecard score(Response response) {
        Scorecard card = scorer.score(response);
        double omega = 0;
        Map<String, Double> weights = new HashMap<>();
        for (DimensionScore d : card.dimensions()) {
          weights.put(d.id(), d.weight());
          if (d.counted()) {
            omega += d.weight();
          }
        }
        List<Contribution> contributions = new ArrayList<>();
        for (Contribution c : card.contributions()) {
          double share = weights.get(c.dimension()) / omega;
          if (!(share > 0)) {
            contributions.add(c);
            continue;
          }
          Map<String, Double> vector = new LinkedHashMap<>();
          c.vector().forEach((pole, x) -> vector.put(pole, x / share));
          OptionalDouble index =
              c.index().isPresent()
                  ? OptionalDouble.of(c.index().getAsDouble() / share)
                  : OptionalDouble.empty();
          contributions.add(TamperedScorecard.contribution(c, vector, index));
        }
        return TamperedScorecard.of(card).contributions(contributions);
      }
    };
  }

  /**
   * A sign flipped on the traits keyed to the rubric's first pole (product-keyed traits in the
   * default rubric): their answers are reverse-scored, v → n + 1 − v, as if they were reverse-keyed
   * Likert items, although the model already keys them to their pole. With two poles that negates
   * their direction d<sub>t</sub>.
   */
  static Scorer reverseScoredFirstPole(Rubric rubric, ScoringPolicy policy) {
    Scorer scorer = Scorer.of(rubric, policy);
    String first = rubric.poles().get(0).id();
    Map<String, Integer> reversed = new HashMap<>();
    for (Trait t : rubric.allTraits()) {
      if (t.keyed().filter(first::equals).isPresent()) {
        reversed.put(t.id(), Responses.pointsOf(rubric, t));
      }
    }
    return new Wrapper(scorer) {
      @Override
      public Scorecard score(Response response) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        response
            .answers()
            .forEach(
                (id, a) -> {
                  Integer n = reversed.get(id);
                  answers.put(
                      id,
                      n != null && a.isGiven() && a.pointValue() >= 1 && a.pointValue() <= n
                          ? Answer.of(n + 1 - a.pointValue())
                          : a);
                });
        return scorer.score(Response.builder().from(response).answers(answers).build());
      }
    };
  }

  /**
   * Weights not renormalised under {@code SKIP}: a dimension's profile divides by the weight of all
   * its traits, answered or not, so a skipped trait dilutes the others as if it had been answered
   * at the midpoint. The scorecard still says {@code SKIP} and lists contributions of the answered
   * traits only.
   */
  static Scorer skipWithoutRenormalising(Rubric rubric, ScoringPolicy policy) {
    if (policy.missing() != MissingAnswers.SKIP) {
      return Scorer.of(rubric, policy);
    }
    Scorer diluting =
        Scorer.of(rubric, ScoringPolicy.from(policy).missing(MissingAnswers.NEUTRAL).build());
    return new Wrapper(diluting) {
      @Override
      public ScoringPolicy policy() {
        return policy;
      }

      @Override
      public Scorecard score(Response response) {
        Scorecard card = diluting.score(response);
        return TamperedScorecard.of(card)
            .policy(policy)
            .contributions(
                card.contributions().stream().filter(c -> c.answer().isPresent()).toList());
      }
    };
  }

  /**
   * Summation that depends on the order of the answers: each dimension's answered traits are
   * averaged as a running (exponentially smoothed) mean in the order the response lists them,
   * seeded with the first and smoothed with each next trait's share w<sub>t</sub>/A<sub>D</sub> of
   * the answered weight. With two answered traits that is exactly the weighted mean; from three on,
   * earlier answers weigh more than their share, and reordering the answers changes the result. The
   * result is scored as the library would score the traits with those effective weights, so it is
   * additive, bounded and monotone.
   */
  static Scorer answerOrderDependent(Rubric rubric, ScoringPolicy policy) {
    RubricIdentity identity = RubricIdentity.of(rubric);
    Map<String, String> dimensionOf = new HashMap<>();
    Map<String, Double> weightOf = new HashMap<>();
    for (Dimension d : rubric.dimensions()) {
      for (Trait t : d.traits()) {
        dimensionOf.put(t.id(), d.id());
        weightOf.put(t.id(), t.weight());
      }
    }
    return new Wrapper(Scorer.of(rubric, policy)) {
      @Override
      public Scorecard score(Response response) {
        Map<String, List<String>> order = new LinkedHashMap<>();
        response
            .answers()
            .forEach(
                (id, a) -> {
                  if (a.isGiven() && dimensionOf.containsKey(id) && weightOf.get(id) > 0) {
                    order.computeIfAbsent(dimensionOf.get(id), k -> new ArrayList<>()).add(id);
                  }
                });
        Map<String, Double> effective = new HashMap<>();
        for (List<String> ids : order.values()) {
          double answered = ids.stream().mapToDouble(weightOf::get).sum();
          double[] c = new double[ids.size()];
          c[0] = 1.0;
          for (int i = 1; i < ids.size(); i++) {
            double alpha = weightOf.get(ids.get(i)) / answered;
            for (int j = 0; j < i; j++) {
              c[j] *= 1 - alpha;
            }
            c[i] = alpha;
          }
          for (int i = 0; i < ids.size(); i++) {
            effective.put(ids.get(i), c[i] * answered);
          }
        }
        Set<String> changed = effective.keySet();
        List<Dimension> dimensions =
            rubric.dimensions().stream()
                .map(
                    d ->
                        (Dimension)
                            Dimension.builder()
                                .from(d)
                                .traits(
                                    d.traits().stream()
                                        .map(
                                            t ->
                                                changed.contains(t.id())
                                                    ? Trait.builder()
                                                        .from(t)
                                                        .weight(effective.get(t.id()))
                                                        .build()
                                                    : t)
                                        .collect(Collectors.toList()))
                                .build())
                .toList();
        Scorecard card =
            Scorer.of(Rubrics.withDimensions(rubric, dimensions), policy).score(response);
        return TamperedScorecard.of(card).rubric(identity);
      }
    };
  }

  /** Delegates everything but {@link #score(Response)}. */
  private abstract static class Wrapper implements Scorer {
    private final Scorer delegate;

    Wrapper(Scorer delegate) {
      this.delegate = delegate;
    }

    @Override
    public Rubric rubric() {
      return delegate.rubric();
    }

    @Override
    public ScoringPolicy policy() {
      return delegate.policy();
    }
  }
}
