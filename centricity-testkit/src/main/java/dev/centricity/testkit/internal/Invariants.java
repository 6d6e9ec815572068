package dev.centricity.testkit.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.Trait;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.testkit.Assessment;
import dev.centricity.testkit.Invariant;
import dev.centricity.testkit.Respondents;
import dev.centricity.testkit.Responses;
import dev.centricity.testkit.Rubrics;
import dev.centricity.testkit.ScoringPolicies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Assume;

/**
 * The checks behind the properties of {@link dev.centricity.testkit.InvariantContract}: one static
 * method per property, given the scorer factory to check, the case drawn and the policy.
 *
 * <p>The tolerances are those of {@code docs/model.md} (Invariants): sums 1e-9, order 1e-12, scale
 * 1e-9, additivity 1e-9. Where section 6 gives none, an identity that holds term by term in exact
 * arithmetic (neutrality, zero weight, skip equals absent, the exchange of two poles' roles) is
 * held to 1e-12, and one that negates or reaches a vertex (mirror, extremes) to 1e-9.
 */
public final class Invariants {

  /** How a scorer is made for a rubric and a policy: the contract's {@code scorer} method. */
  public interface ScorerFactory extends BiFunction<Rubric, ScoringPolicy, Scorer> {}

  static final double SUM = 1e-9;
  static final double ORDER = 1e-12;
  static final double SCALE = 1e-9;
  static final double ADDITIVITY = 1e-9;
  static final double EXACT = 1e-12;
  static final double MIRROR = 1e-9;
  static final double EXTREME = 1e-9;
  static final double MONOTONE_SLACK = 1e-12;

  private Invariants() {}

  // ---------------------------------------------------------------------------------- 1. bounds

  /** Invariant 1: every figure of a scorecard lies in its range, and nothing is NaN. */
  public static void bounds(ScorerFactory scorers, Assessment a, ScoringPolicy policy) {
    Scorecard card = score(scorers, a.rubric(), a.response(), policy);
    Check check = new Check(Invariant.BOUNDS, "", SUM);
    int k = a.rubric().poles().size();
    boolean anyCounted = card.dimensions().stream().anyMatch(DimensionScore::counted);
    check.that(
        card.determined() == anyCounted,
        "determined is %s but %s dimension counted",
        card.determined(),
        anyCounted ? "a" : "no");
    check.unit("coverage", card.coverage());
    if (card.determined()) {
      simplex(check, "profile", card.profile(), a.rubric());
      check.that(
          card.index().isPresent() == (k == 2),
          "index present is %s with %d poles",
          card.index().isPresent(),
          k);
      card.index().ifPresent(i -> check.within("index", i, -1, 1));
      card.score().ifPresent(s -> check.within("score", s, 0, 100));
      check.that(card.leadingPole().isPresent(), "a determined scorecard has no leading pole");
      card.margin().ifPresent(m -> check.within("margin", m, 0, 1 + SUM));
      check.that(card.margin().isPresent(), "a determined scorecard has no margin");
      check.that(card.alignment().isPresent(), "a determined scorecard has no alignment");
      card.alignment().ifPresent(x -> check.unit("alignment", x));
      card.strengths().forEach((p, s) -> check.unit("strength of pole '" + p + "'", s));
      check.that(
          card.band().isPresent() == (k == 2 && !a.rubric().bands().isEmpty()),
          "band is %s for %d poles and %d bands",
          card.band(),
          k,
          a.rubric().bands().size());
    } else {
      check.that(card.profile().isEmpty(), "undetermined but profile %s", card.profile());
      check.that(card.index().isEmpty(), "undetermined but index %s", card.index());
      check.that(card.score().isEmpty(), "undetermined but score %s", card.score());
      check.that(card.band().isEmpty(), "undetermined but band %s", card.band());
      check.that(
          card.leadingPole().isEmpty(), "undetermined but leading pole %s", card.leadingPole());
      check.that(card.margin().isEmpty(), "undetermined but margin %s", card.margin());
      check.that(card.strengths().isEmpty(), "undetermined but strengths %s", card.strengths());
      check.that(card.alignment().isEmpty(), "undetermined but alignment %s", card.alignment());
      check.that(card.quadrant().isEmpty(), "undetermined but quadrant %s", card.quadrant());
      check.that(
          card.contributions().isEmpty(),
          "undetermined but %d contributions",
          card.contributions().size());
    }
    for (DimensionScore d : card.dimensions()) {
      String where = "dimension '" + d.id() + "'";
      check.unit(where + " coverage", d.coverage());
      if (d.counted()) {
        simplex(check, where + " profile", d.profile(), a.rubric());
        d.index().ifPresent(i -> check.within(where + " index", i, -1, 1));
        d.strengths().forEach((p, s) -> check.unit(where + " strength of pole '" + p + "'", s));
      } else {
        check.that(
            d.profile().isEmpty(), "%s does not count but has profile %s", where, d.profile());
        check.that(d.index().isEmpty(), "%s does not count but has index %s", where, d.index());
        check.that(d.exclusion().isPresent(), "%s does not count but says not why", where);
      }
    }
    for (Contribution c : card.contributions()) {
      String where = "contribution of trait '" + c.trait() + "'";
      check.unit(where + " value", c.value());
      check.unit(where + " weight", c.weight());
      double sum = 0;
      for (Map.Entry<String, Double> e : c.vector().entrySet()) {
        check.finite(where + " share of '" + e.getKey() + "'", e.getValue());
        sum += e.getValue();
      }
      check.close(where + " vector sum", 0.0, sum);
      c.index().ifPresent(i -> check.within(where + " index", i, -1, 1));
    }
    check.done(a, policy(policy));
  }

  // ------------------------------------------------------------------------------ 2. neutrality

  /**
   * Invariant 2: midpoint answers (on odd scales; the other traits missing) give P = u when missing
   * answers count at the midpoint ({@code NEUTRAL}) or are skipped ({@code SKIP}), with no minimum
   * coverage; when every trait is answered, under the drawn policy too.
   */
  public static void neutrality(ScorerFactory scorers, Assessment a, ScoringPolicy policy) {
    Rubric rubric = a.rubric();
    Check check = new Check(Invariant.NEUTRALITY, "", EXACT);
    Scorecard neutral =
        score(scorers, rubric, a.response(), ScoringPolicies.of(MissingAnswers.NEUTRAL, 0.0));
    check.that(
        neutral.determined(),
        "under NEUTRAL with no minimum coverage the scorecard is undetermined");
    atCentre(check, "under NEUTRAL", neutral, rubric);
    Scorecard skipped =
        score(scorers, rubric, a.response(), ScoringPolicies.of(MissingAnswers.SKIP, 0.0));
    atCentre(check, "under SKIP", skipped, rubric);
    boolean complete =
        rubric.allTraits().stream().allMatch(t -> Responses.isAnswered(a.response(), t.id()));
    if (complete) {
      Scorecard card = score(scorers, rubric, a.response(), policy);
      check.that(card.determined(), "a complete response left the scorecard undetermined");
      atCentre(check, "under " + policy(policy), card, rubric);
    }
    check.done(a);
  }

  // ---------------------------------------------------------------------------- 3. monotonicity

  /**
   * Invariant 3: raising the answer to a trait by one point never lowers the share of the pole it
   * expresses (keyed) or runs towards (contrast), overall and in its dimension.
   */
  public static void monotonicity(
      ScorerFactory scorers,
      Assessment a,
      ScoringPolicy policy,
      boolean keyed,
      int pickTrait,
      int pickPoint) {
    List<Trait> traits =
        a.rubric().allTraits().stream()
            .filter(t -> keyed ? t.keyed().isPresent() : t.contrast().isPresent())
            .toList();
    Assume.that(!traits.isEmpty());
    Trait t = traits.get(pickTrait % traits.size());
    String pole = keyed ? t.keyed().orElseThrow() : t.contrast().orElseThrow().to();
    int n = Responses.pointsOf(a.rubric(), t);
    int v = 1 + pickPoint % (n - 1);
    Scorecard lower =
        score(
            scorers, a.rubric(), Responses.withAnswer(a.response(), t.id(), Answer.of(v)), policy);
    Scorecard higher =
        score(
            scorers,
            a.rubric(),
            Responses.withAnswer(a.response(), t.id(), Answer.of(v + 1)),
            policy);
    Check check =
        new Check(
            Invariant.MONOTONICITY,
            String.format(
                Locale.ROOT,
                "for %s trait '%s' raised from %d to %d of %d points",
                keyed ? "keyed" : "contrast",
                t.id(),
                v,
                v + 1,
                n),
            MONOTONE_SLACK);
    check.that(
        counted(lower).equals(counted(higher)),
        "the counted dimensions changed from %s to %s",
        counted(lower),
        counted(higher));
    if (lower.determined() && higher.determined()) {
      check.notBelow(
          "share of pole '" + pole + "'", lower.profile().get(pole), higher.profile().get(pole));
      String dim = dimensionOf(a.rubric(), t.id()).id();
      DimensionScore before = lower.dimension(dim).orElseThrow();
      DimensionScore after = higher.dimension(dim).orElseThrow();
      if (before.counted() && after.counted()) {
        check.notBelow(
            "dimension '" + dim + "' share of pole '" + pole + "'",
            before.profile().get(pole),
            after.profile().get(pole));
      }
    }
    check.done(a, policy(policy));
  }

  // ------------------------------------------------------------------------------ 4. additivity

  /**
   * Invariant 4: the contributions add up to P − u, their weights to 1, and with two poles their
   * indices to the index.
   */
  public static void additivity(ScorerFactory scorers, Assessment a, ScoringPolicy policy) {
    Scorecard card = score(scorers, a.rubric(), a.response(), policy);
    Assume.that(card.determined());
    Check check = new Check(Invariant.ADDITIVITY, "", ADDITIVITY);
    double u = 1.0 / a.rubric().poles().size();
    for (Pole p : a.rubric().poles()) {
      double sum = 0;
      for (Contribution c : card.contributions()) {
        sum += c.vector().getOrDefault(p.id(), 0.0);
      }
      check.close(
          "sum of the contributions to pole '" + p.id() + "' against P − u",
          card.profile().get(p.id()) - u,
          sum);
    }
    double weights = 0;
    for (Contribution c : card.contributions()) {
      weights += c.weight();
    }
    check.close("sum of the contributions' weights", 1.0, weights);
    if (card.index().isPresent()) {
      double sum = 0;
      for (Contribution c : card.contributions()) {
        sum += c.index().orElse(0.0);
      }
      check.close(
          "sum of the contributions' indices against the index", card.index().getAsDouble(), sum);
    }
    if (check.failed()) {
      check.that(false, "the contributions are %s", contributionsOf(card));
    }
    check.done(a, policy(policy));
  }

  // ------------------------------------------------------------------------------------ 5. order

  /**
   * Invariant 5: scoring the same response against the rubric with its traits or dimensions in
   * another order changes no figure.
   *
   * @param what what was permuted, for the message
   */
  public static void orderOfRubric(
      ScorerFactory scorers, Assessment a, Rubric permuted, ScoringPolicy policy, String what) {
    sameFigures(
        new Check(Invariant.ORDER_INDEPENDENCE, "with the " + what + " permuted", ORDER),
        score(scorers, a.rubric(), a.response(), policy),
        score(scorers, permuted, a.response(), policy),
        a.rubric(),
        a,
        "permuted: " + Rubrics.describe(permuted),
        policy(policy));
  }

  /** Invariant 5: the same answers in another order change no figure. */
  public static void orderOfAnswers(
      ScorerFactory scorers, Assessment a, Response permuted, ScoringPolicy policy) {
    sameFigures(
        new Check(Invariant.ORDER_INDEPENDENCE, "with the answers in another order", ORDER),
        score(scorers, a.rubric(), a.response(), policy),
        score(scorers, a.rubric(), permuted, policy),
        a.rubric(),
        a,
        "  answers reordered " + dev.centricity.core.io.ResponseFormat.toJson(permuted),
        policy(policy));
  }

  // ------------------------------------------------------------------------------------ 6. scale

  /** Invariant 6: multiplying every trait weight of one dimension by c &gt; 0 changes nothing. */
  public static void scaleOfTraitWeights(
      ScorerFactory scorers, Assessment a, ScoringPolicy policy, int pickDimension, double c) {
    Dimension d = a.rubric().dimensions().get(pickDimension % a.rubric().dimensions().size());
    Rubric scaled = Rubrics.withTraitWeightsScaled(a.rubric(), d.id(), c);
    sameFigures(
        new Check(
            Invariant.SCALE_INVARIANCE,
            String.format(
                Locale.ROOT, "with the trait weights of dimension '%s' times %s", d.id(), c),
            SCALE),
        score(scorers, a.rubric(), a.response(), policy),
        score(scorers, scaled, a.response(), policy),
        a.rubric(),
        a,
        policy(policy));
  }

  /** Invariant 6: multiplying every dimension weight by c &gt; 0 changes nothing. */
  public static void scaleOfDimensionWeights(
      ScorerFactory scorers, Assessment a, ScoringPolicy policy, double c) {
    Rubric scaled = Rubrics.withDimensionWeightsScaled(a.rubric(), c);
    sameFigures(
        new Check(
            Invariant.SCALE_INVARIANCE,
            String.format(Locale.ROOT, "with every dimension weight times %s", c),
            SCALE),
        score(scorers, a.rubric(), a.response(), policy),
        score(scorers, scaled, a.response(), policy),
        a.rubric(),
        a,
        policy(policy));
  }

  // ------------------------------------------------------------------------------ 7. zero weight

  /**
   * Invariant 7: a trait of weight 0 has no effect on the profile: changing its answer (to any
   * point or to missing) or removing it from the rubric (when its dimension keeps a trait) changes
   * nothing.
   */
  public static void zeroWeightTrait(
      ScorerFactory scorers, Assessment a, ScoringPolicy policy, int pickTrait, int pickAnswer) {
    // The picked trait, or the next whose weight can be 0 with the rubric still valid.
    List<Trait> traits = a.rubric().allTraits();
    Trait picked = null;
    Optional<Rubric> zeroed = Optional.empty();
    for (int i = 0; i < traits.size() && zeroed.isEmpty(); i++) {
      Trait candidate = traits.get((pickTrait + i) % traits.size());
      zeroed = valid(() -> Rubrics.withTraitWeight(a.rubric(), candidate.id(), 0.0));
      picked = candidate;
    }
    Assume.that(zeroed.isPresent());
    Trait t = picked;
    Rubric rubric = zeroed.get();
    Assessment base = a.withRubric(rubric);
    Scorecard card = score(scorers, rubric, a.response(), policy);

    Response changed = withSlot(a.response(), t.id(), Responses.pointsOf(rubric, t), pickAnswer);
    Check check =
        new Check(
            Invariant.ZERO_WEIGHT,
            String.format(
                Locale.ROOT,
                "for trait '%s' of weight 0 with its answer changed from %s to %s",
                t.id(),
                answerOf(a.response(), t.id()),
                answerOf(changed, t.id())),
            EXACT);
    sameProfile(check, card, score(scorers, rubric, changed, policy), Optional.empty());
    check.done(base, policy(policy));

    Dimension d = dimensionOf(rubric, t.id());
    if (d.traits().size() > 1) {
      Rubric without = Rubrics.withoutTrait(rubric, t.id());
      Check removed =
          new Check(
              Invariant.ZERO_WEIGHT,
              String.format(
                  Locale.ROOT, "for trait '%s' of weight 0 removed from the rubric", t.id()),
              EXACT);
      sameProfile(
          removed,
          card,
          score(scorers, without, Responses.withoutAnswer(a.response(), t.id()), policy),
          Optional.empty());
      removed.done(base, policy(policy));
    }
  }

  /**
   * Invariant 7: a dimension of weight 0 has no effect on the profile: changing all its answers or
   * removing it from the rubric (when another dimension can be scored) changes nothing.
   */
  public static void zeroWeightDimension(
      ScorerFactory scorers,
      Assessment a,
      ScoringPolicy policy,
      int pickDimension,
      int pickAnswers) {
    // The picked dimension, or the next whose weight can be 0 with the rubric still valid.
    List<Dimension> dimensions = a.rubric().dimensions();
    Dimension picked = null;
    Optional<Rubric> zeroed = Optional.empty();
    for (int i = 0; i < dimensions.size() && zeroed.isEmpty(); i++) {
      Dimension candidate = dimensions.get((pickDimension + i) % dimensions.size());
      zeroed = valid(() -> Rubrics.withDimensionWeight(a.rubric(), candidate.id(), 0.0));
      picked = candidate;
    }
    Assume.that(zeroed.isPresent());
    Dimension d = picked;
    Rubric rubric = zeroed.get();
    Assessment base = a.withRubric(rubric);
    Scorecard card = score(scorers, rubric, a.response(), policy);

    Response answers = a.response();
    int seed = pickAnswers;
    for (Trait t : d.traits()) {
      answers = withSlot(answers, t.id(), Responses.pointsOf(rubric, t), seed);
      seed = seed * 31 + 7;
    }
    Response changed = answers;
    Check check =
        new Check(
            Invariant.ZERO_WEIGHT,
            String.format(
                Locale.ROOT,
                "for dimension '%s' of weight 0 with its answers changed to %s",
                d.id(),
                d.traits().stream().map(t -> answerOf(changed, t.id())).toList()),
            EXACT);
    // The dimension's own profile follows its answers; only its effect on the rest must vanish.
    Scorecard after = score(scorers, rubric, changed, policy);
    sameProfile(check, card, after, Optional.of(d.id()));
    check.coverage(card, after);
    check.done(base, policy(policy));

    Optional<Rubric> without = valid(() -> Rubrics.withoutDimension(rubric, d.id()));
    if (without.isPresent()) {
      Response response =
          Responses.withoutAnswers(a.response(), d.traits().stream().map(Trait::id).toList());
      Check removed =
          new Check(
              Invariant.ZERO_WEIGHT,
              String.format(
                  Locale.ROOT, "for dimension '%s' of weight 0 removed from the rubric", d.id()),
              EXACT);
      Scorecard smaller = score(scorers, without.get(), response, policy);
      sameProfile(removed, card, smaller, Optional.empty());
      removed.coverage(card, smaller);
      removed.done(base, policy(policy));
    }
  }

  // ----------------------------------------------------------------------------------- 8. mirror

  /**
   * Invariant 8: swapping the roles of two poles on every trait exchanges their shares, strengths
   * and contributions, overall and per dimension, and leaves every other pole's share alone; with
   * two poles that negates every index and mirrors the band.
   */
  public static void mirror(
      ScorerFactory scorers, Assessment a, ScoringPolicy policy, int pickPair) {
    Rubric rubric = a.rubric();
    int k = rubric.poles().size();
    int pairs = k * (k - 1) / 2;
    int pick = pickPair % pairs;
    int i = 0;
    int j = 1;
    for (int x = 0, n = 0; x < k; x++) {
      for (int y = x + 1; y < k; y++, n++) {
        if (n == pick) {
          i = x;
          j = y;
        }
      }
    }
    String first = rubric.poles().get(i).id();
    String second = rubric.poles().get(j).id();
    Rubric mirrored = Rubrics.withPoleRolesSwapped(rubric, first, second);
    Scorecard card = score(scorers, rubric, a.response(), policy);
    Scorecard image = score(scorers, mirrored, a.response(), policy);
    Check check =
        new Check(
            Invariant.MIRROR,
            String.format(Locale.ROOT, "with the roles of '%s' and '%s' swapped", first, second),
            k == 2 ? MIRROR : EXACT);
    check.that(
        card.determined() == image.determined(),
        "determined changed from %s to %s",
        card.determined(),
        image.determined());
    swapped(check, "share", card.profile(), image.profile(), first, second);
    swapped(check, "strength", card.strengths(), image.strengths(), first, second);
    if (k == 2 && card.determined() && image.determined()) {
      double index = card.index().orElseThrow();
      check.close(
          "index of the mirror image against minus the index", -index, image.index().orElseThrow());
      List<Band> bands = rubric.bands();
      if (!bands.isEmpty() && !nearBoundary(index, bands, MIRROR)) {
        int at = bandPosition(bands, card.band().orElseThrow());
        int mirrorAt = bandPosition(bands, image.band().orElseThrow());
        check.that(
            mirrorAt == bands.size() - 1 - at,
            "index %s is in band '%s' but its mirror image %s is in band '%s', not '%s'",
            index,
            card.band().orElseThrow(),
            image.index().orElseThrow(),
            image.band().orElseThrow(),
            bands.get(bands.size() - 1 - at).label());
      }
    }
    for (DimensionScore d : card.dimensions()) {
      DimensionScore m = image.dimension(d.id()).orElseThrow();
      String where = "dimension '" + d.id() + "'";
      check.that(
          d.counted() == m.counted(),
          "%s counted changed from %s to %s",
          where,
          d.counted(),
          m.counted());
      swapped(check, where + " share", d.profile(), m.profile(), first, second);
      if (k == 2 && d.index().isPresent() && m.index().isPresent()) {
        check.close(
            where + " index of the mirror image against minus its index",
            -d.index().getAsDouble(),
            m.index().getAsDouble());
      }
    }
    Map<String, Contribution> mirroredContributions = byTrait(image);
    for (Contribution c : card.contributions()) {
      Contribution m = mirroredContributions.get(c.trait());
      if (m == null) {
        check.that(false, "trait '%s' contributes but not in the mirror image", c.trait());
      } else {
        swapped(
            check, "trait '" + c.trait() + "' contribution", c.vector(), m.vector(), first, second);
      }
    }
    check.done(a, policy(policy));
  }

  // --------------------------------------------------------------------- 9. skip equals absent

  /**
   * Invariant 9: under {@code SKIP} with no minimum coverage, an unanswered trait whose dimension
   * keeps an answered trait gives the same profile and contributions as the rubric without it.
   */
  public static void skipEqualsAbsent(
      ScorerFactory scorers, Assessment a, int pickTrait, int missingKind, int pickPoint) {
    ScoringPolicy policy = ScoringPolicies.of(MissingAnswers.SKIP, 0.0);
    List<Trait> candidates = new ArrayList<>();
    for (Dimension d : a.rubric().dimensions()) {
      if (d.traits().size() > 1) {
        candidates.addAll(d.traits());
      }
    }
    Assume.that(!candidates.isEmpty());
    Trait t = candidates.get(pickTrait % candidates.size());
    Dimension d = dimensionOf(a.rubric(), t.id());

    Response unanswered =
        switch (missingKind % 3) {
          case 0 -> Responses.withAnswer(a.response(), t.id(), Answer.notApplicable());
          case 1 -> Responses.withAnswer(a.response(), t.id(), Answer.blank());
          default -> Responses.withoutAnswer(a.response(), t.id());
        };
    Response response = unanswered;
    boolean keepsAnswer =
        d.traits().stream()
            .anyMatch(o -> !o.id().equals(t.id()) && Responses.isAnswered(unanswered, o.id()));
    if (!keepsAnswer) {
      Trait other =
          d.traits().stream().filter(o -> !o.id().equals(t.id())).findFirst().orElseThrow();
      int n = Responses.pointsOf(a.rubric(), other);
      response = Responses.withAnswer(response, other.id(), Answer.of(1 + pickPoint % n));
    }
    Optional<Rubric> without = valid(() -> Rubrics.withoutTrait(a.rubric(), t.id()));
    Assume.that(without.isPresent());

    Scorecard skipped = score(scorers, a.rubric(), response, policy);
    Scorecard absent =
        score(scorers, without.get(), Responses.withoutAnswer(response, t.id()), policy);
    Check check =
        new Check(
            Invariant.SKIP_EQUALS_ABSENT,
            String.format(
                Locale.ROOT,
                "for trait '%s' (%s) against the rubric without it",
                t.id(),
                answerOf(response, t.id())),
            EXACT);
    sameProfile(check, skipped, absent, Optional.empty());
    sameContributions(check, skipped, absent);
    check.done(a.withResponse(response), policy(policy));
  }

  // -------------------------------------------------------------------------------- 10. extremes

  /**
   * Invariant 10: with two poles, answering every trait fully towards one pole gives that pole's
   * vertex (index ±1), in every dimension that counts; and with a complete response every dimension
   * with a trait of positive weight counts.
   */
  public static void extremes(
      ScorerFactory scorers, Rubric rubric, boolean towardsSecond, ScoringPolicy policy) {
    Assume.that(rubric.poles().size() == 2);
    String pole = rubric.poles().get(towardsSecond ? 1 : 0).id();
    String other = rubric.poles().get(towardsSecond ? 0 : 1).id();
    double expected = towardsSecond ? 1.0 : -1.0;
    Response response = Responses.towards(rubric, pole);
    Scorecard card = score(scorers, rubric, response, policy);
    Check check =
        new Check(Invariant.EXTREMES, "for every answer fully towards '" + pole + "'", EXTREME);
    check.that(card.determined(), "the scorecard of a complete response is undetermined");
    if (card.determined()) {
      check.close("index", expected, card.index().orElseThrow());
      check.close("share of '" + pole + "'", 1.0, card.profile().get(pole));
      check.close("share of '" + other + "'", 0.0, card.profile().get(other));
      check.ifPresent("strength of '" + pole + "'", 1.0, card.strengths().get(pole));
      check.ifPresent("strength of '" + other + "'", 0.0, card.strengths().get(other));
    }
    for (Dimension d : rubric.dimensions()) {
      DimensionScore ds = card.dimension(d.id()).orElseThrow();
      boolean scorable = d.traits().stream().anyMatch(t -> t.weight() > 0);
      check.that(
          ds.counted() == scorable,
          "dimension '%s' counted is %s but it %s a trait of positive weight",
          d.id(),
          ds.counted(),
          scorable ? "has" : "has no");
      ds.index().ifPresent(i -> check.close("dimension '" + d.id() + "' index", expected, i));
    }
    for (Contribution c : card.contributions()) {
      if (c.weight() > 0) {
        check.close(
            "trait '" + c.trait() + "' contribution per unit of weight to the index",
            expected,
            c.index().orElse(Double.NaN) / c.weight());
      }
    }
    check.done(new Assessment(rubric, response), policy(policy));
  }

  // ------------------------------------------------------------------------------ 11. round trip

  /** Invariant 11: a rubric written as YAML or JSON reads back equal, with the same hash. */
  public static void roundTripRubric(Rubric rubric) {
    Check check = new Check(Invariant.ROUND_TRIP, "", 0.0);
    String yaml = RubricFormat.toYaml(rubric);
    readBack(check, "YAML", yaml, rubric, () -> RubricFormat.fromYaml(yaml));
    String json = RubricFormat.toJson(rubric);
    readBack(check, "JSON", json, rubric, () -> RubricFormat.fromJson(json));
    check.done(Rubrics.describe(rubric));
  }

  /** Invariant 11: a scorecard written as JSON, compact or indented, reads back equal. */
  public static void roundTripScorecard(ScorerFactory scorers, Assessment a, ScoringPolicy policy) {
    Scorecard card = score(scorers, a.rubric(), a.response(), policy);
    Check check = new Check(Invariant.ROUND_TRIP, "of the scorecard", 0.0);
    for (String json : List.of(ScorecardFormat.toJson(card), ScorecardFormat.toPrettyJson(card))) {
      try {
        Scorecard read = ScorecardFormat.fromJson(json);
        check.that(
            read.equals(card),
            "the scorecard read back differs: %s%n  written %s",
            Differences.between(ScorecardFormat.toJson(card), ScorecardFormat.toJson(read)),
            json);
      } catch (RuntimeException e) {
        check.that(false, "the JSON written cannot be read back: %s%n  written %s", e, json);
      }
    }
    check.done(a, policy(policy));
  }

  // ----------------------------------------------------------------------------- 13. concurrency

  /**
   * Invariant 13: scoring every response with one scorer from several threads at once, each in its
   * own order, gives exactly the scorecards of scoring them one after another.
   */
  public static void concurrency(
      ScorerFactory scorers, Respondents respondents, ScoringPolicy policy, int threads) {
    Scorer scorer = scorers.apply(respondents.rubric(), policy);
    List<Response> responses = respondents.responses();
    int n = responses.size();
    List<Scorecard> sequential = new ArrayList<>(n);
    for (Response r : responses) {
      sequential.add(scorer.score(r));
    }
    Check check =
        new Check(
            Invariant.CONCURRENCY,
            String.format(
                Locale.ROOT, "with %d threads sharing one scorer for %d responses", threads, n),
            0.0);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Scorecard[]>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = n == 0 ? 0 : (t * n) / threads;
        Callable<Scorecard[]> task =
            () -> {
              start.await();
              Scorecard[] out = new Scorecard[n];
              for (int x = 0; x < n; x++) {
                int i = (offset + x) % n;
                out[i] = scorer.score(responses.get(i));
              }
              return out;
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (int t = 0; t < threads; t++) {
        Scorecard[] out;
        try {
          out = results.get(t).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          check.that(false, "thread %d failed: %s", t + 1, e.getCause());
          continue;
        } catch (TimeoutException e) {
          check.that(false, "thread %d did not finish within 60 s", t + 1);
          continue;
        }
        for (int i = 0; i < n; i++) {
          if (!sequential.get(i).equals(out[i])) {
            check.that(
                false,
                "thread %d scored response %d (%s) differently from sequential use: %s",
                t + 1,
                i + 1,
                responses.get(i).respondent().orElse("no respondent"),
                Differences.between(
                    ScorecardFormat.toJson(sequential.get(i)), ScorecardFormat.toJson(out[i])));
            break;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      check.that(false, "interrupted while waiting for the threads");
    } finally {
      pool.shutdownNow();
    }
    check.done(respondents, policy(policy));
  }

  // ---------------------------------------------------------------------------------- helpers

  static Scorecard score(
      ScorerFactory scorers, Rubric rubric, Response response, ScoringPolicy policy) {
    return scorers.apply(rubric, policy).score(response);
  }

  /** The derived rubric, or empty when the derivation makes it invalid. */
  static Optional<Rubric> valid(Supplier<Rubric> derivation) {
    try {
      return Optional.of(derivation.get());
    } catch (RubricValidationException e) {
      return Optional.empty();
    }
  }

  static String policy(ScoringPolicy policy) {
    return String.format(
        Locale.ROOT,
        "  policy: missing answers %s, minimum coverage %s, unknown traits %s",
        policy.missing(),
        policy.minCoverage(),
        policy.unknownTraits());
  }

  private static void readBack(
      Check check, String format, String text, Rubric rubric, Supplier<Rubric> reader) {
    try {
      Rubric read = reader.get();
      check.that(
          read.equals(rubric),
          "the rubric read back from %s differs: %s",
          format,
          Differences.between(RubricFormat.toJson(rubric), RubricFormat.toJson(read)));
      check.that(
          read.contentHash().equals(rubric.contentHash()),
          "the content hash changed from %s to %s after %s",
          rubric.contentHash(),
          read.contentHash(),
          format);
    } catch (RuntimeException e) {
      check.that(false, "the %s written cannot be read back: %s%n%s", format, e.getMessage(), text);
    }
  }

  /** Sets a trait's answer to one of n points, n/a, blank or absent, chosen by a number. */
  static Response withSlot(Response response, String traitId, int points, int pick) {
    int choice = Math.floorMod(pick, points + 3);
    if (choice < points) {
      return Responses.withAnswer(response, traitId, Answer.of(choice + 1));
    }
    if (choice == points) {
      return Responses.withAnswer(response, traitId, Answer.notApplicable());
    }
    if (choice == points + 1) {
      return Responses.withAnswer(response, traitId, Answer.blank());
    }
    return Responses.withoutAnswer(response, traitId);
  }

  static String answerOf(Response response, String traitId) {
    Answer a = response.answers().get(traitId);
    return a == null ? "absent" : a.toString();
  }

  static Dimension dimensionOf(Rubric rubric, String traitId) {
    return rubric.dimensions().stream()
        .filter(d -> d.trait(traitId).isPresent())
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> counted(Scorecard card) {
    return card.dimensions().stream()
        .filter(DimensionScore::counted)
        .map(DimensionScore::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, Contribution> byTrait(Scorecard card) {
    Map<String, Contribution> map = new HashMap<>();
    card.contributions().forEach(c -> map.put(c.trait(), c));
    return map;
  }

  private static String contributionsOf(Scorecard card) {
    List<String> parts = new ArrayList<>();
    for (Contribution c : card.contributions()) {
      parts.add(String.format(Locale.ROOT, "'%s' weight %s %s", c.trait(), c.weight(), c.vector()));
    }
    return parts.toString();
  }

  public static void simplex(Check check, String what, Map<String, Double> profile, Rubric rubric) {
    List<String> poles = rubric.poles().stream().map(Pole::id).toList();
    check.that(
        List.copyOf(profile.keySet()).equals(poles),
        "%s has poles %s, not %s in the rubric's order",
        what,
        profile.keySet(),
        poles);
    double sum = 0;
    for (Map.Entry<String, Double> e : profile.entrySet()) {
      // Shares are ≥ 0 exactly (the library sets rounding error below 0 to 0).
      check.within(what + " share of '" + e.getKey() + "'", e.getValue(), 0, 1 + SUM);
      sum += e.getValue();
    }
    check.close(what + " sum of shares", 1.0, sum);
  }

  private static void atCentre(Check check, String when, Scorecard card, Rubric rubric) {
    double u = 1.0 / rubric.poles().size();
    card.profile().forEach((p, s) -> check.close(when + ", share of '" + p + "'", u, s));
    card.index().ifPresent(i -> check.close(when + ", index", 0.0, i));
    for (DimensionScore d : card.dimensions()) {
      d.profile()
          .forEach(
              (p, s) ->
                  check.close(when + ", dimension '" + d.id() + "' share of '" + p + "'", u, s));
    }
  }

  /**
   * Checks that {@code image} holds {@code original} with the values of two keys exchanged; a key
   * present on one side must be present on the other.
   */
  private static void swapped(
      Check check,
      String what,
      Map<String, Double> original,
      Map<String, Double> image,
      String first,
      String second) {
    for (Map.Entry<String, Double> e : original.entrySet()) {
      String key = e.getKey();
      String to = key.equals(first) ? second : key.equals(second) ? first : key;
      Double other = image.get(to);
      if (other == null) {
        check.that(
            false, "%s of '%s' is %s but that of '%s' is absent", what, key, e.getValue(), to);
      } else {
        check.close(
            what + " of '" + to + "' in the mirror image against that of '" + key + "'",
            e.getValue(),
            other);
      }
    }
    check.that(
        image.size() == original.size(),
        "%s has %s in the mirror image, %s originally",
        what,
        image.keySet(),
        original.keySet());
  }

  /**
   * The same determination, profile and index, overall and per dimension but one (whose own profile
   * may change).
   */
  static void sameProfile(
      Check check, Scorecard expected, Scorecard actual, Optional<String> exceptDimension) {
    check.that(
        expected.determined() == actual.determined(),
        "determined changed from %s to %s",
        expected.determined(),
        actual.determined());
    check.maps("profile", expected.profile(), actual.profile());
    check.optional("index", expected.index(), actual.index());
    for (DimensionScore d : expected.dimensions()) {
      if (exceptDimension.equals(Optional.of(d.id()))) {
        continue;
      }
      actual
          .dimension(d.id())
          .ifPresent(
              other -> {
                check.that(
                    d.counted() == other.counted(),
                    "dimension '%s' counted changed from %s to %s",
                    d.id(),
                    d.counted(),
                    other.counted());
                check.maps("dimension '" + d.id() + "' profile", d.profile(), other.profile());
              });
    }
  }

  /** The same contributions, compared by trait id. */
  static void sameContributions(Check check, Scorecard expected, Scorecard actual) {
    Map<String, Contribution> mine = byTrait(expected);
    Map<String, Contribution> theirs = byTrait(actual);
    check.that(
        mine.keySet().equals(theirs.keySet()),
        "the contributing traits changed from %s to %s",
        new TreeSet<>(mine.keySet()),
        new TreeSet<>(theirs.keySet()));
    for (Contribution c : expected.contributions()) {
      Contribution o = theirs.get(c.trait());
      if (o != null) {
        String where = "trait '" + c.trait() + "'";
        check.close(where + " value", c.value(), o.value());
        check.close(where + " weight", c.weight(), o.weight());
        check.maps(where + " contribution", c.vector(), o.vector());
        check.optional(where + " contribution to the index", c.index(), o.index());
      }
    }
  }

  /** Every figure of two scorecards of the same rubric's content, compared by id. */
  static void sameFigures(
      Check check, Scorecard expected, Scorecard actual, Rubric rubric, Object... counterexample) {
    sameFigures(check, expected, actual, rubric.bands());
    check.done(counterexample);
  }

  /**
   * Compares every figure of two scorecards, by id, without failing; a band is compared only where
   * the index is not within the tolerance of a boundary of {@code bands}.
   */
  public static void sameFigures(
      Check check, Scorecard expected, Scorecard actual, List<Band> bands) {
    sameProfile(check, expected, actual, Optional.empty());
    check.optional("score", expected.score(), actual.score());
    check.optional("margin", expected.margin(), actual.margin());
    check.optional("alignment", expected.alignment(), actual.alignment());
    check.coverage(expected, actual);
    check.maps("strengths", expected.strengths(), actual.strengths());
    if (expected.margin().orElse(0) > check.tolerance()) {
      check.that(
          expected.leadingPole().equals(actual.leadingPole()),
          "leading pole changed from %s to %s",
          expected.leadingPole(),
          actual.leadingPole());
    }
    if (expected.index().isPresent()
        && !nearBoundary(expected.index().getAsDouble(), bands, check.tolerance())) {
      check.that(
          expected.band().equals(actual.band()),
          "band changed from %s to %s at index %s",
          expected.band(),
          actual.band(),
          expected.index().getAsDouble());
    }
    for (DimensionScore d : expected.dimensions()) {
      actual
          .dimension(d.id())
          .ifPresent(
              o -> {
                String where = "dimension '" + d.id() + "'";
                check.close(where + " coverage", d.coverage(), o.coverage());
                check.optional(where + " index", d.index(), o.index());
                check.maps(where + " strengths", d.strengths(), o.strengths());
              });
    }
    sameContributions(check, expected, actual);
  }

  static boolean nearBoundary(double x, List<Band> bands, double tolerance) {
    for (Band b : bands) {
      if (Math.abs(x - b.from()) <= tolerance || Math.abs(x - b.to()) <= tolerance) {
        return true;
      }
    }
    return false;
  }

  private static int bandPosition(List<Band> bands, String label) {
    for (int i = 0; i < bands.size(); i++) {
      if (bands.get(i).label().equals(label)) {
        return i;
      }
    }
    return -1;
  }
}
