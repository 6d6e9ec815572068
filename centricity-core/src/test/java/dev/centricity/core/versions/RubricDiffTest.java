package dev.centricity.core.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Band;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.versions.RubricChange.Element;
import dev.centricity.core.versions.RubricChange.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every kind of change between two versions of two-poles.yaml, its classification and the bump the
 * version rule asks for (see RubricDiff's documentation).
 */
class RubricDiffTest {

  static final Rubric BASE =
      RubricFormat.read(Path.of("src/test/resources/rubrics/two-poles.yaml"));

  static Rubric traits(Rubric r, UnaryOperator<Trait> f) {
    return Rubric.builder()
        .from(r)
        .dimensions(
            r.dimensions().stream()
                .map(
                    d ->
                        Dimension.builder()
                            .from(d)
                            .traits(d.traits().stream().map(f).toList())
                            .build())
                .toList())
        .build();
  }

  static Rubric trait(Rubric r, String id, UnaryOperator<Trait> f) {
    return traits(r, t -> t.id().equals(id) ? f.apply(t) : t);
  }

  static Rubric dimensions(Rubric r, UnaryOperator<List<Dimension>> f) {
    return Rubric.builder().from(r).dimensions(f.apply(new ArrayList<>(r.dimensions()))).build();
  }

  /** The one change between BASE and the variant. */
  static RubricChange only(Rubric variant) {
    RubricDiff diff = RubricDiff.between(BASE, variant);
    assertThat(diff.changes()).hasSize(1);
    return diff.changes().get(0);
  }

  static void assertChange(
      RubricChange c,
      Element element,
      Kind kind,
      String id,
      String field,
      VersionBump bump,
      boolean affects) {
    assertThat(c.element()).isEqualTo(element);
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.id()).isEqualTo(id);
    assertThat(c.field().orElse(null)).isEqualTo(field);
    assertThat(c.bump()).isEqualTo(bump);
    assertThat(c.affectsScores()).isEqualTo(affects);
  }

  @Test
  void should_find_nothing_when_the_rubrics_are_equal() {
    RubricDiff diff = RubricDiff.between(BASE, BASE);
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.required()).isEqualTo(VersionBump.NONE);
    assertThat(diff.bumpedEnough()).isTrue();
    assertThat(diff.affectsScores()).isFalse();
  }

  @Test
  void should_classify_text_changes_of_a_trait_as_patches() {
    RubricChange statement =
        only(
            trait(
                BASE,
                "focus.aim",
                t -> Trait.builder().from(t).statement("What do we chase?").build()));
    assertChange(
        statement, Element.TRAIT, Kind.CHANGED, "focus.aim", "statement", VersionBump.PATCH, false);
    assertThat(statement.before()).hasValue("Which do we pursue?");
    assertThat(statement.after()).hasValue("What do we chase?");

    RubricChange sources =
        only(
            trait(
                BASE,
                "focus.aim",
                t -> Trait.builder().from(t).sources(List.of(Source.of("B", "B4"))).build()));
    assertChange(
        sources, Element.TRAIT, Kind.CHANGED, "focus.aim", "sources", VersionBump.PATCH, false);
    assertThat(sources.before()).hasValue("[]");
    assertThat(sources.after()).hasValue("[B [B4]]");

    RubricChange actionable =
        only(trait(BASE, "focus.aim", t -> Trait.builder().from(t).actionable(false).build()));
    assertChange(
        actionable,
        Element.TRAIT,
        Kind.CHANGED,
        "focus.aim",
        "actionable",
        VersionBump.PATCH,
        false);
  }

  @Test
  void should_classify_score_changes_of_a_trait_as_minor() {
    RubricChange weight =
        only(trait(BASE, "focus.aim", t -> Trait.builder().from(t).weight(2.0).build()));
    assertChange(
        weight, Element.TRAIT, Kind.CHANGED, "focus.aim", "weight", VersionBump.MINOR, true);
    assertThat(weight.before()).hasValue("1.0");
    assertThat(weight.after()).hasValue("2.0");

    RubricChange keying =
        only(trait(BASE, "rewards.volume", t -> Trait.builder().from(t).keyed("customer").build()));
    assertChange(
        keying, Element.TRAIT, Kind.CHANGED, "rewards.volume", "keying", VersionBump.MINOR, true);

    RubricChange contrast =
        only(
            trait(
                BASE,
                "focus.aim",
                t -> Trait.builder().from(t).contrast(Contrast.of("customer", "product")).build()));
    assertChange(
        contrast, Element.TRAIT, Kind.CHANGED, "focus.aim", "keying", VersionBump.MINOR, true);
  }

  @Test
  void should_classify_a_trait_moved_to_another_dimension_as_minor() {
    Trait churn = BASE.trait("focus.churn").orElseThrow();
    Rubric moved =
        dimensions(
            BASE,
            ds -> {
              Dimension rewards = ds.get(0);
              Dimension focus = ds.get(1);
              return List.of(
                  Dimension.builder().from(rewards).addTraits(churn).build(),
                  Dimension.builder()
                      .from(focus)
                      .traits(focus.traits().stream().filter(t -> t != churn).toList())
                      .build());
            });
    RubricChange c = only(moved);
    assertChange(
        c, Element.TRAIT, Kind.CHANGED, "focus.churn", "dimension", VersionBump.MINOR, true);
    assertThat(c.before()).hasValue("focus");
    assertThat(c.after()).hasValue("rewards");
  }

  @Test
  void should_classify_a_new_scale_for_a_trait_by_its_number_of_points() {
    Rubric withScales =
        Rubric.builder()
            .from(BASE)
            .addScales(Scale.of("agree7", "1", "2", "3", "4", "5", "6", "7"))
            .addScales(Scale.of("other5", "a", "b", "c", "d", "e"))
            .build();
    // more points: old answers stay valid, scores move → minor
    assertThat(
            RubricDiff.between(
                    withScales,
                    trait(
                        withScales,
                        "focus.aim",
                        t -> Trait.builder().from(t).scale("agree7").build()))
                .changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.TRAIT, Kind.CHANGED, "focus.aim", "scale", VersionBump.MINOR, true));
    // fewer points: an old answer of 5 no longer fits → major
    assertThat(
            RubricDiff.between(
                    withScales,
                    trait(
                        withScales,
                        "focus.aim",
                        t -> Trait.builder().from(t).scale("yesno").build()))
                .changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.TRAIT, Kind.CHANGED, "focus.aim", "scale", VersionBump.MAJOR, true));
    // as many points: a = (v − 1)/(n − 1) is unchanged → patch
    assertThat(
            RubricDiff.between(
                    withScales,
                    trait(
                        withScales,
                        "focus.aim",
                        t -> Trait.builder().from(t).scale("other5").build()))
                .changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c,
                    Element.TRAIT,
                    Kind.CHANGED,
                    "focus.aim",
                    "scale",
                    VersionBump.PATCH,
                    false));
  }

  @Test
  void should_classify_an_added_trait_as_minor_and_a_removed_one_as_major_symmetrically() {
    Rubric added =
        dimensions(
            BASE,
            ds -> {
              ds.set(
                  1,
                  Dimension.builder()
                      .from(ds.get(1))
                      .addTraits(
                          Trait.keyed("focus.nps", "We ask for referrals.", "customer", "agree5"))
                      .build());
              return ds;
            });
    RubricDiff forward = RubricDiff.between(BASE, added);
    RubricDiff backward = RubricDiff.between(added, BASE);

    assertThat(forward.changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.TRAIT, Kind.ADDED, "focus.nps", null, VersionBump.MINOR, true));
    assertThat(backward.changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.TRAIT, Kind.REMOVED, "focus.nps", null, VersionBump.MAJOR, true));
  }

  @Test
  void should_report_a_renamed_trait_as_one_removed_and_one_added() {
    RubricDiff diff =
        RubricDiff.between(
            BASE, trait(BASE, "focus.aim", t -> Trait.builder().from(t).id("focus.goal").build()));
    assertThat(diff.changes())
        .extracting(RubricChange::kind, RubricChange::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "focus.aim"),
            org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "focus.goal"));
    assertThat(diff.required()).isEqualTo(VersionBump.MAJOR);
  }

  @Test
  void should_classify_pole_changes() {
    Rubric relabelled =
        Rubric.builder()
            .from(BASE)
            .poles(List.of(Pole.of("product", "Product first"), BASE.poles().get(1)))
            .build();
    assertChange(
        only(relabelled), Element.POLE, Kind.CHANGED, "product", "label", VersionBump.PATCH, false);

    Rubric swapped =
        Rubric.builder()
            .from(BASE)
            .poles(List.of(BASE.poles().get(1), BASE.poles().get(0)))
            .build();
    RubricDiff diff = RubricDiff.between(BASE, swapped);
    assertThat(diff.changes())
        .extracting(RubricChange::id, RubricChange::field, RubricChange::bump)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "product", java.util.Optional.of("position"), VersionBump.MINOR),
            org.assertj.core.groups.Tuple.tuple(
                "customer", java.util.Optional.of("position"), VersionBump.MINOR));

    // a rubric of three poles has no index, so no bands (docs/model.md): compare without them
    Rubric two = Rubric.builder().from(BASE).bands(List.of()).build();
    Rubric three = Rubric.builder().from(two).addPoles(Pole.of("channel", "Channel")).build();
    assertThat(RubricDiff.between(two, three).changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.POLE, Kind.ADDED, "channel", null, VersionBump.MINOR, true));
    assertThat(RubricDiff.between(three, two).changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.POLE, Kind.REMOVED, "channel", null, VersionBump.MAJOR, true));
  }

  @Test
  void should_classify_scale_changes() {
    Rubric reworded =
        Rubric.builder()
            .from(BASE)
            .scales(List.of(BASE.scales().get(0), Scale.of("yesno", "Never", "Always")))
            .build();
    assertChange(
        only(reworded), Element.SCALE, Kind.CHANGED, "yesno", "points", VersionBump.PATCH, false);

    Rubric longer =
        Rubric.builder()
            .from(BASE)
            .scales(List.of(BASE.scales().get(0), Scale.of("yesno", "No", "Maybe", "Yes")))
            .build();
    assertChange(
        only(longer), Element.SCALE, Kind.CHANGED, "yesno", "points", VersionBump.MINOR, true);
    assertThat(RubricDiff.between(longer, BASE).changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.SCALE, Kind.CHANGED, "yesno", "points", VersionBump.MAJOR, true));

    Rubric extra = Rubric.builder().from(BASE).addScales(Scale.of("spare", "x", "y")).build();
    assertChange(only(extra), Element.SCALE, Kind.ADDED, "spare", null, VersionBump.PATCH, false);
    assertThat(RubricDiff.between(extra, BASE).changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c, Element.SCALE, Kind.REMOVED, "spare", null, VersionBump.MAJOR, true));
  }

  @Test
  void should_classify_dimension_changes() {
    Rubric renamed =
        dimensions(
            BASE,
            ds -> {
              ds.set(1, Dimension.builder().from(ds.get(1)).name("Aims").build());
              return ds;
            });
    assertChange(
        only(renamed), Element.DIMENSION, Kind.CHANGED, "focus", "name", VersionBump.PATCH, false);

    Rubric heavier =
        dimensions(
            BASE,
            ds -> {
              ds.set(1, Dimension.builder().from(ds.get(1)).weight(3.0).build());
              return ds;
            });
    assertChange(
        only(heavier), Element.DIMENSION, Kind.CHANGED, "focus", "weight", VersionBump.MINOR, true);

    Rubric withoutFocus = dimensions(BASE, ds -> List.of(ds.get(0)));
    RubricDiff removed = RubricDiff.between(BASE, withoutFocus);
    assertThat(removed.changes())
        .extracting(RubricChange::element, RubricChange::kind, RubricChange::id)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Element.DIMENSION, Kind.REMOVED, "focus"),
            org.assertj.core.groups.Tuple.tuple(Element.TRAIT, Kind.REMOVED, "focus.aim"),
            org.assertj.core.groups.Tuple.tuple(Element.TRAIT, Kind.REMOVED, "focus.churn"));
    assertThat(removed.required()).isEqualTo(VersionBump.MAJOR);
    assertThat(RubricDiff.between(withoutFocus, BASE).changes())
        .extracting(RubricChange::kind, RubricChange::bump)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(Kind.ADDED, VersionBump.MINOR));
  }

  @Test
  void should_classify_band_changes_as_minor() {
    List<Band> bands = new ArrayList<>(BASE.bands());
    bands.set(1, Band.of("Product-leaning", -0.6, -0.3));
    bands.set(2, Band.of("Balanced", -0.3, 0.2));
    RubricDiff moved = RubricDiff.between(BASE, Rubric.builder().from(BASE).bands(bands).build());
    assertThat(moved.changes())
        .extracting(RubricChange::id, RubricChange::field, RubricChange::bump)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Product-leaning", java.util.Optional.of("to"), VersionBump.MINOR),
            org.assertj.core.groups.Tuple.tuple(
                "Balanced", java.util.Optional.of("from"), VersionBump.MINOR));

    List<Band> relabelled = new ArrayList<>(BASE.bands());
    relabelled.set(2, Band.of("Even", -0.2, 0.2));
    RubricDiff renamed =
        RubricDiff.between(BASE, Rubric.builder().from(BASE).bands(relabelled).build());
    assertThat(renamed.changes())
        .extracting(RubricChange::kind, RubricChange::id, RubricChange::bump)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, "Balanced", VersionBump.MINOR),
            org.assertj.core.groups.Tuple.tuple(Kind.ADDED, "Even", VersionBump.MINOR));
  }

  @Test
  void should_classify_policy_changes_by_whether_old_responses_stay_valid() {
    ScoringPolicy base = BASE.policy();
    assertChange(
        only(
            Rubric.builder()
                .from(BASE)
                .policy(ScoringPolicy.from(base).missing(MissingAnswers.NEUTRAL).build())
                .build()),
        Element.POLICY,
        Kind.CHANGED,
        "policy",
        "missing",
        VersionBump.MINOR,
        true);
    assertChange(
        only(
            Rubric.builder()
                .from(BASE)
                .policy(ScoringPolicy.from(base).missing(MissingAnswers.REJECT).build())
                .build()),
        Element.POLICY,
        Kind.CHANGED,
        "policy",
        "missing",
        VersionBump.MAJOR,
        true);
    assertChange(
        only(
            Rubric.builder()
                .from(BASE)
                .policy(ScoringPolicy.from(base).minCoverage(0.8).build())
                .build()),
        Element.POLICY,
        Kind.CHANGED,
        "policy",
        "minCoverage",
        VersionBump.MINOR,
        true);
    Rubric ignoring =
        Rubric.builder()
            .from(BASE)
            .policy(ScoringPolicy.from(base).unknownTraits(UnknownTraits.IGNORE).build())
            .build();
    assertChange(
        only(ignoring),
        Element.POLICY,
        Kind.CHANGED,
        "policy",
        "unknownTraits",
        VersionBump.MINOR,
        true);
    assertThat(RubricDiff.between(ignoring, BASE).changes())
        .singleElement()
        .satisfies(
            c ->
                assertChange(
                    c,
                    Element.POLICY,
                    Kind.CHANGED,
                    "policy",
                    "unknownTraits",
                    VersionBump.MAJOR,
                    true));
  }

  @Test
  void should_classify_changes_of_the_rubric_itself() {
    assertChange(
        only(Rubric.builder().from(BASE).title("Another title").build()),
        Element.RUBRIC,
        Kind.CHANGED,
        "two-poles",
        "title",
        VersionBump.PATCH,
        false);
    assertChange(
        only(Rubric.builder().from(BASE).strengthThreshold(0.6).build()),
        Element.RUBRIC,
        Kind.CHANGED,
        "two-poles",
        "strengthThreshold",
        VersionBump.MINOR,
        true);
    assertChange(
        only(Rubric.builder().from(BASE).id("two-poles-b").build()),
        Element.RUBRIC,
        Kind.CHANGED,
        "two-poles-b",
        "id",
        VersionBump.MAJOR,
        false);
  }

  @Test
  void should_compare_the_version_numbers_with_the_required_bump() {
    Rubric major =
        Rubric.builder()
            .from(trait(BASE, "focus.aim", t -> Trait.builder().from(t).id("focus.goal").build()))
            .build();
    // removal needs major: 1.0.0 → 1.1.0 is not enough, → 2.0.0 is
    RubricDiff minorBump =
        RubricDiff.between(BASE, Rubric.builder().from(major).version("1.1.0").build());
    assertThat(minorBump.required()).isEqualTo(VersionBump.MAJOR);
    assertThat(minorBump.actual()).isEqualTo(VersionBump.MINOR);
    assertThat(minorBump.bumpedEnough()).isFalse();
    RubricDiff majorBump =
        RubricDiff.between(BASE, Rubric.builder().from(major).version("2.0.0").build());
    assertThat(majorBump.actual()).isEqualTo(VersionBump.MAJOR);
    assertThat(majorBump.bumpedEnough()).isTrue();

    // a text change needs a patch: the same number is not enough, 1.0.1 is, 3.0.0-rc.1 is too
    Rubric text =
        trait(
            BASE, "focus.aim", t -> Trait.builder().from(t).statement("What do we chase?").build());
    assertThat(RubricDiff.between(BASE, text).bumpedEnough()).isFalse();
    assertThat(
            RubricDiff.between(BASE, Rubric.builder().from(text).version("1.0.1").build())
                .bumpedEnough())
        .isTrue();
    assertThat(
            RubricDiff.between(BASE, Rubric.builder().from(text).version("3.0.0-rc.1").build())
                .actual())
        .isEqualTo(VersionBump.MAJOR);

    // a lower version is never enough, even with nothing changed
    RubricDiff lower =
        RubricDiff.between(
            Rubric.builder().from(BASE).version("1.2.0").build(),
            Rubric.builder().from(BASE).version("1.1.9").build());
    assertThat(lower.versionLowered()).isTrue();
    assertThat(lower.actual()).isEqualTo(VersionBump.NONE);
    assertThat(lower.bumpedEnough()).isFalse();
  }
}
