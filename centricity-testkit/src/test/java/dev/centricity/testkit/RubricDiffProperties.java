package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.Trait;
import dev.centricity.core.versions.RubricChange;
import dev.centricity.core.versions.RubricChange.Kind;
import dev.centricity.core.versions.RubricDiff;
import dev.centricity.core.versions.VersionBump;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rubric diffs (docs/versions.md) on generated rubrics: symmetry and the version rule. */
class RubricDiffProperties {

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Rubrics.arbitrary().readableIds();
  }

  @Property(tries = 200)
  void a_rubric_has_no_difference_with_itself(@ForAll("rubrics") Rubric rubric) {
    RubricDiff diff = RubricDiff.between(rubric, rubric);
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.required()).isEqualTo(VersionBump.NONE);
    assertThat(diff.bumpedEnough()).isTrue();
  }

  @Property(tries = 300)
  void what_one_direction_adds_the_other_removes(
      @ForAll("rubrics") Rubric a, @ForAll("rubrics") Rubric b) {
    RubricDiff forward = RubricDiff.between(a, b);
    RubricDiff backward = RubricDiff.between(b, a);
    assertThat(ids(backward, Kind.REMOVED)).isEqualTo(ids(forward, Kind.ADDED));
    assertThat(ids(backward, Kind.ADDED)).isEqualTo(ids(forward, Kind.REMOVED));
    // a changed field is changed both ways, with its values swapped
    assertThat(
            backward.changes().stream()
                .filter(c -> c.kind() == Kind.CHANGED)
                .map(
                    c ->
                        c.element()
                            + " "
                            + c.field().orElseThrow()
                            + " "
                            + c.after().orElseThrow()
                            + " -> "
                            + c.before().orElseThrow())
                .sorted()
                .toList())
        .isEqualTo(
            forward.changes().stream()
                .filter(c -> c.kind() == Kind.CHANGED)
                .map(
                    c ->
                        c.element()
                            + " "
                            + c.field().orElseThrow()
                            + " "
                            + c.before().orElseThrow()
                            + " -> "
                            + c.after().orElseThrow())
                .sorted()
                .toList());
  }

  @Property(tries = 200)
  void removing_a_trait_needs_a_major_bump_and_adding_it_back_a_minor(
      @ForAll("rubrics") Rubric rubric, @ForAll int pick) {
    List<Trait> traits = rubric.allTraits();
    Trait removed = traits.get(Math.floorMod(pick, traits.size()));
    Rubric without;
    try {
      without = Rubrics.withoutTrait(rubric, removed.id());
    } catch (RubricValidationException e) {
      Assume.that(false); // the last trait of a dimension, or of all positive weight
      return;
    }
    RubricDiff forward = RubricDiff.between(rubric, without);
    assertThat(forward.changes())
        .extracting(RubricChange::toString)
        .containsExactly("trait '" + removed.id() + "' removed (major)");
    assertThat(forward.required()).isEqualTo(VersionBump.MAJOR);
    RubricDiff back = RubricDiff.between(without, rubric);
    assertThat(back.changes())
        .extracting(RubricChange::toString)
        .containsExactly("trait '" + removed.id() + "' added (minor)");
    assertThat(back.required()).isEqualTo(VersionBump.MINOR);
  }

  private static List<String> ids(RubricDiff diff, Kind kind) {
    return diff.changes().stream()
        .filter(c -> c.kind() == kind)
        .map(c -> c.element() + " " + c.id())
        .sorted()
        .collect(Collectors.toList());
  }
}
