package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the generators of the testkit cover, reported as jqwik statistics and checked with coverage
 * bounds that fail if a generator stops producing a case the invariants rely on.
 *
 * <p>Each bound is well below the share the generator produces (see the statistics it reports), so
 * that random variation over the tries cannot make it fail, but well above 0, so that losing the
 * case does.
 */
class GeneratorStatisticsProperties {

  private static final int TRIES = 500;

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Rubrics.arbitrary();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return Responses.assessments(Rubrics.arbitrary());
  }

  @Property(tries = TRIES)
  void rubrics_cover_two_three_and_four_poles(@ForAll("rubrics") Rubric rubric) {
    // GIVEN the default of 2 to 4 poles, each count about a third of the time
    Statistics.label("poles")
        .collect(rubric.poles().size())
        .coverage(
            c -> {
              c.check(2).percentage(p -> p >= 15);
              c.check(3).percentage(p -> p >= 15);
              c.check(4).percentage(p -> p >= 15);
              c.checkQuery(v -> (int) v.get(0) < 2 || (int) v.get(0) > 4).count(n -> n == 0);
            });
  }

  @Property(tries = TRIES)
  void rubrics_cover_one_and_many_dimensions_and_traits(@ForAll("rubrics") Rubric rubric) {
    Statistics.label("dimensions")
        .collect(rubric.dimensions().size() == 1 ? "1" : "2+")
        .coverage(
            c -> {
              c.check("1").percentage(p -> p >= 10);
              c.check("2+").percentage(p -> p >= 40);
            });
    boolean multiTrait = rubric.dimensions().stream().anyMatch(d -> d.traits().size() > 1);
    Statistics.label("a dimension with 2+ traits")
        .collect(multiTrait)
        .coverage(c -> c.check(true).percentage(p -> p >= 50));
  }

  @Property(tries = TRIES)
  void rubrics_cover_both_trait_kinds(@ForAll("rubrics") Rubric rubric) {
    // GIVEN about two keyed traits to one contrast trait
    long keyed = rubric.allTraits().stream().filter(Trait::keyedToPole).count();
    long contrast = rubric.allTraits().size() - keyed;
    Statistics.label("a keyed trait")
        .collect(keyed > 0)
        .coverage(c -> c.check(true).percentage(p -> p >= 60));
    Statistics.label("a contrast trait")
        .collect(contrast > 0)
        .coverage(c -> c.check(true).percentage(p -> p >= 40));
    Statistics.label("trait kinds")
        .collect(keyed > 0 && contrast > 0 ? "both" : keyed > 0 ? "keyed only" : "contrast only")
        .coverage(c -> c.check("both").percentage(p -> p >= 30));
  }

  @Property(tries = TRIES)
  void rubrics_cover_zero_weights(@ForAll("rubrics") Rubric rubric) {
    // GIVEN one weight in nine exactly 0, before the repair that keeps a rubric scorable
    boolean zeroTrait = rubric.allTraits().stream().anyMatch(t -> t.weight() == 0.0);
    boolean zeroDimension = rubric.dimensions().stream().anyMatch(d -> d.weight() == 0.0);
    boolean zeroDimensionWithTraits =
        rubric.dimensions().stream()
            .anyMatch(d -> d.weight() > 0 && d.traits().stream().allMatch(t -> t.weight() == 0.0));
    Statistics.label("a trait of weight 0")
        .collect(zeroTrait)
        .coverage(c -> c.check(true).percentage(p -> p >= 20));
    Statistics.label("a dimension of weight 0")
        .collect(zeroDimension)
        .coverage(c -> c.check(true).percentage(p -> p >= 8));
    Statistics.label("a dimension of positive weight with only traits of weight 0")
        .collect(zeroDimensionWithTraits)
        .coverage(c -> c.check(true).count(n -> n >= 3));
  }

  @Property(tries = TRIES)
  void rubrics_cover_scale_sizes(@ForAll("rubrics") Rubric rubric) {
    List<Integer> sizes = rubric.scales().stream().map(Scale::size).toList();
    Statistics.label("binary scale")
        .collect(sizes.contains(2))
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("11-point scale")
        .collect(sizes.contains(11))
        .coverage(c -> c.check(true).percentage(p -> p >= 5));
    String parity =
        sizes.stream().allMatch(n -> n % 2 == 1)
            ? "odd only"
            : sizes.stream().allMatch(n -> n % 2 == 0) ? "even only" : "both";
    Statistics.label("scale parity")
        .collect(parity)
        .coverage(
            c -> {
              c.check("odd only").percentage(p -> p >= 2);
              c.check("even only").percentage(p -> p >= 5);
              c.check("both").percentage(p -> p >= 40);
            });
  }

  @Property(tries = TRIES)
  void rubrics_cover_bands_and_unusual_ids(@ForAll("rubrics") Rubric rubric) {
    // only a rubric of two poles may have bands (docs/model.md), so they are counted among those
    if (rubric.poles().size() == 2) {
      Statistics.label("bands of a two-pole rubric")
          .collect(rubric.bands().isEmpty() ? "none" : "default");
    } else {
      assertThat(rubric.bands()).isEmpty();
    }
    Statistics.label("bands of a two-pole rubric")
        .coverage(
            c -> {
              c.check("none").percentage(p -> p >= 30);
              c.check("default").percentage(p -> p >= 30);
            });
    boolean unusual =
        rubric.allTraits().stream()
            .anyMatch(t -> !t.id().matches("[a-z]+(-[0-9]+)?\\.[0-9]+(-[0-9]+)?"));
    Statistics.label("an unusual trait id")
        .collect(unusual)
        .coverage(c -> c.check(true).percentage(p -> p >= 20));
  }

  @Property(tries = TRIES)
  void responses_cover_complete_partial_and_every_kind_of_missing_answer(
      @ForAll("assessments") Assessment a) {
    // GIVEN half the responses complete, and in the others each kind of missing answer equally
    // likely
    Map<String, Answer> answers = a.response().answers();
    int traits = a.rubric().allTraits().size();
    boolean notApplicable = answers.values().stream().anyMatch(Answer::isNotApplicable);
    boolean blank = answers.values().stream().anyMatch(x -> !x.isGiven() && !x.isNotApplicable());
    boolean absent = answers.size() < traits;
    boolean complete =
        answers.size() == traits && answers.values().stream().allMatch(Answer::isGiven);
    Statistics.label("complete")
        .collect(complete)
        .coverage(c -> c.check(true).percentage(p -> p >= 35));
    Statistics.label("an n/a answer")
        .collect(notApplicable)
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("a blank answer")
        .collect(blank)
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
    Statistics.label("an absent answer")
        .collect(absent)
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
    boolean nothingAnswered = answers.values().stream().noneMatch(Answer::isGiven);
    Statistics.label("nothing answered")
        .collect(nothingAnswered)
        .coverage(c -> c.check(true).percentage(p -> p >= 1));
  }

  @Property(tries = TRIES)
  void responses_cover_both_ends_of_every_scale(@ForAll("assessments") Assessment a) {
    boolean lowest = false;
    boolean highest = false;
    for (Trait t : a.rubric().allTraits()) {
      Answer answer = a.response().answers().get(t.id());
      if (answer != null && answer.isGiven()) {
        lowest |= answer.pointValue() == 1;
        highest |= answer.pointValue() == Responses.pointsOf(a.rubric(), t);
      }
    }
    Statistics.label("an answer at point 1")
        .collect(lowest)
        .coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("an answer at the last point")
        .collect(highest)
        .coverage(c -> c.check(true).percentage(p -> p >= 30));
  }

  @Provide
  Arbitrary<Assessment> neutralAssessments() {
    return Responses.assessments(Rubrics.arbitrary(), ResponseArbitrary::neutral);
  }

  @Provide
  Arbitrary<Assessment> extremeAssessments() {
    return Responses.assessments(Rubrics.arbitrary(), ResponseArbitrary::extreme);
  }

  @Provide
  Arbitrary<Rubric> configuredRubrics() {
    return Rubrics.arbitrary().poles(2, 3).traits(5, 40);
  }

  @Provide
  Arbitrary<CohortAssessment> cohorts() {
    return Cohorts.assessments(Rubrics.arbitrary(), c -> c);
  }

  @Property(tries = TRIES)
  void configured_rubrics_keep_to_their_ranges(@ForAll("configuredRubrics") Rubric rubric) {
    // GIVEN Rubrics.arbitrary().poles(2, 3).traits(5, 40): never another number of poles or traits
    Statistics.label("poles")
        .collect(rubric.poles().size())
        .coverage(
            c -> {
              c.check(2).percentage(p -> p >= 30);
              c.check(3).percentage(p -> p >= 30);
              c.checkQuery(v -> (int) v.get(0) != 2 && (int) v.get(0) != 3).count(n -> n == 0);
            });
    boolean inRange =
        rubric.dimensions().stream()
            .allMatch(d -> d.traits().size() >= 5 && d.traits().size() <= 40);
    Statistics.label("every dimension has 5 to 40 traits")
        .collect(inRange)
        .coverage(c -> c.check(false).count(n -> n == 0));
  }

  @Property(tries = TRIES)
  void neutral_responses_answer_at_the_midpoint_or_not_at_all(
      @ForAll("neutralAssessments") Assessment a) {
    // GIVEN neutral responses: midpoints of odd scales, the rest missing; complete when all odd
    boolean allMidpoints = true;
    boolean evenAnswered = false;
    for (Trait t : a.rubric().allTraits()) {
      Answer answer = a.response().answers().get(t.id());
      int n = Responses.pointsOf(a.rubric(), t);
      if (answer != null && answer.isGiven()) {
        allMidpoints &= n % 2 == 1 && answer.pointValue() == (n + 1) / 2;
        evenAnswered |= n % 2 == 0;
      }
    }
    Statistics.label("every given answer at the midpoint")
        .collect(allMidpoints)
        .coverage(c -> c.check(false).count(n -> n == 0));
    Statistics.label("an even scale answered")
        .collect(evenAnswered)
        .coverage(c -> c.check(true).count(n -> n == 0));
    boolean given = a.response().answers().values().stream().anyMatch(Answer::isGiven);
    Statistics.label("a midpoint answer given")
        .collect(given)
        .coverage(c -> c.check(true).percentage(p -> p >= 50));
  }

  @Property(tries = TRIES)
  void extreme_responses_answer_at_an_end_towards_one_pole(
      @ForAll("extremeAssessments") Assessment a) {
    // GIVEN extreme responses: every answer given is the point fully towards one pole
    java.util.Set<String> poles = new java.util.TreeSet<>();
    boolean atEnds = true;
    for (Trait t : a.rubric().allTraits()) {
      Answer answer = a.response().answers().get(t.id());
      if (answer != null && answer.isGiven()) {
        int n = Responses.pointsOf(a.rubric(), t);
        atEnds &= answer.pointValue() == 1 || answer.pointValue() == n;
        for (var p : a.rubric().poles()) {
          if (Responses.pointTowards(a.rubric(), t, p.id())
              .equals(java.util.OptionalInt.of(answer.pointValue()))) {
            poles.add(p.id());
          }
        }
      }
    }
    Statistics.label("every given answer at an end of its scale")
        .collect(atEnds)
        .coverage(c -> c.check(false).count(n -> n == 0));
    String towards =
        a.rubric().poles().stream()
            .filter(
                p ->
                    a.rubric().allTraits().stream()
                        .allMatch(
                            t -> {
                              Answer x = a.response().answers().get(t.id());
                              return x == null
                                  || !x.isGiven()
                                  || Responses.pointTowards(a.rubric(), t, p.id())
                                      .equals(java.util.OptionalInt.of(x.pointValue()));
                            }))
            .findFirst()
            .map(p -> a.rubric().poles().indexOf(p) == 0 ? "first pole" : "another pole")
            .orElse("no single pole");
    Statistics.label("towards")
        .collect(towards)
        .coverage(
            c -> {
              c.check("first pole").percentage(p -> p >= 20);
              c.check("another pole").percentage(p -> p >= 20);
              c.check("no single pole").count(n -> n == 0);
            });
  }

  @Property(tries = TRIES)
  void cohorts_cover_sizes_and_groups(@ForAll("cohorts") CohortAssessment a) {
    // GIVEN cohorts of 1 to 30 members, half of them grouped into up to four teams
    int size = a.cohort().size();
    Statistics.label("cohort size")
        .collect(size == 1 ? "1" : size <= 10 ? "2-10" : "11-30")
        .coverage(
            c -> {
              c.check("1").percentage(p -> p >= 1);
              c.check("2-10").percentage(p -> p >= 20);
              c.check("11-30").percentage(p -> p >= 20);
            });
    int groups = a.cohort().groups().size();
    Statistics.label("groups")
        .collect(groups == 0 ? "none" : groups == 1 ? "one" : "several")
        .coverage(
            c -> {
              c.check("none").percentage(p -> p >= 30);
              c.check("several").percentage(p -> p >= 15);
            });
    boolean ungroupedMember =
        groups > 0 && a.cohort().members().stream().anyMatch(m -> m.group().isEmpty());
    Statistics.label("a member without a group beside grouped ones")
        .collect(ungroupedMember)
        .coverage(c -> c.check(true).percentage(p -> p >= 10));
  }
}
