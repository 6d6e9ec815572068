package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Warning;
import dev.centricity.core.io.ScorecardFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code ScorecardFormat.toJson} writes the library's own scorecards from their numbers, keeping
 * the texts of contributions per scorer (the internal {@code FullJson}); any other scorecard goes
 * through the Jackson writer. Both must give the same text, character for character, for every
 * scorecard, in whatever order scorecards of one scorer are written (so a kept text is used only
 * where it is the text of the figures at hand).
 */
class FullJsonProperties {

  @Provide
  Arbitrary<Respondents> teams() {
    return Responses.respondents(Rubrics.arbitrary(), 1, 6);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return ScoringPolicies.arbitrary();
  }

  /** Respondents' names, weighted towards what needs escaping. */
  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings()
            .withChars('"', '\\', '/', '\u0001', '\n', '\u007f', '\u2028', 'é', 'a')
            .ofMaxLength(6));
  }

  /** The scorecards of a team, or none for a response the policy refuses. */
  private static List<Scorecard> scored(Scorer scorer, List<Response> responses, String name) {
    List<Scorecard> cards = new ArrayList<>();
    for (Response r : responses) {
      Response named = Response.builder().from(r).respondent(name).build();
      for (Response response : List.of(r, named)) {
        try {
          cards.add(scorer.score(response));
        } catch (ResponseValidationException e) {
          // refused under this policy: nothing to write
        }
      }
    }
    return cards;
  }

  @Property(tries = 300)
  void full_json_is_the_jackson_writers_text(
      @ForAll("teams") Respondents team,
      @ForAll("policies") ScoringPolicy policy,
      @ForAll("names") String name) {
    Scorer scorer = Scorer.of(team.rubric(), policy);
    List<Scorecard> cards = scored(scorer, team.responses(), name);
    // Twice over, so that the second round meets the texts the first one kept.
    for (int round = 0; round < 2; round++) {
      for (Scorecard card : cards) {
        String expected = ScorecardFormat.toJson(new Plain(card));
        assertThat(ScorecardFormat.toJson(card)).as("round %d", round).isEqualTo(expected);
      }
    }
  }

  /** The texts kept for one scorer are not used for another scorer of another policy. */
  @Property(tries = 100)
  void full_json_of_two_scorers_of_one_rubric_is_each_ones_text(
      @ForAll("teams") Respondents team,
      @ForAll("policies") ScoringPolicy first,
      @ForAll("policies") ScoringPolicy second) {
    List<Scorecard> cards = new ArrayList<>();
    cards.addAll(scored(Scorer.of(team.rubric(), first), team.responses(), "r"));
    cards.addAll(scored(Scorer.of(team.rubric(), second), team.responses(), "r"));
    for (int round = 0; round < 2; round++) {
      for (Scorecard card : cards) {
        assertThat(ScorecardFormat.toJson(card)).isEqualTo(ScorecardFormat.toJson(new Plain(card)));
      }
    }
  }

  /**
   * A scorecard that only forwards to another through the public API, so that it is written by the
   * Jackson writer, as every scorecard was before the library's own were written from their
   * numbers.
   */
  static final class Plain extends Scorecard {
    private final Scorecard card;

    Plain(Scorecard card) {
      this.card = card;
    }

    @Override
    public RubricIdentity rubric() {
      return card.rubric();
    }

    @Override
    public Optional<String> respondent() {
      return card.respondent();
    }

    @Override
    public ScoringPolicy policy() {
      return card.policy();
    }

    @Override
    public boolean determined() {
      return card.determined();
    }

    @Override
    public Map<String, Double> profile() {
      return card.profile();
    }

    @Override
    public OptionalDouble index() {
      return card.index();
    }

    @Override
    public OptionalDouble score() {
      return card.score();
    }

    @Override
    public Optional<String> band() {
      return card.band();
    }

    @Override
    public Optional<String> leadingPole() {
      return card.leadingPole();
    }

    @Override
    public OptionalDouble margin() {
      return card.margin();
    }

    @Override
    public Map<String, Double> strengths() {
      return card.strengths();
    }

    @Override
    public Optional<String> quadrant() {
      return card.quadrant();
    }

    @Override
    public double coverage() {
      return card.coverage();
    }

    @Override
    public OptionalDouble alignment() {
      return card.alignment();
    }

    @Override
    public List<String> pullingAgainst() {
      return card.pullingAgainst();
    }

    @Override
    public List<DimensionScore> dimensions() {
      return card.dimensions();
    }

    @Override
    public List<Contribution> contributions() {
      return card.contributions();
    }

    @Override
    public List<Warning> warnings() {
      return card.warnings();
    }
  }
}
