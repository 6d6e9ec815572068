package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.Dimension;
import dev.centricity.core.FormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code actionable} attribute of traits: true by default, written and hashed only
 * when false, so rubrics that never use it keep their files and their content hash.
 */
class ActionableTraitTest {

  static Rubric twoPoles() {
    return RubricFormat.read(Path.of("src/test/resources/rubrics/two-poles.yaml"));
  }

  static Rubric withAim(Rubric r, boolean actionable) {
    return Rubric.builder()
        .from(r)
        .dimensions(
            r.dimensions().stream()
                .map(
                    d ->
                        Dimension.builder()
                            .from(d)
                            .traits(
                                d.traits().stream()
                                    .map(
                                        t ->
                                            t.id().equals("focus.aim")
                                                ? Trait.builder()
                                                    .from(t)
                                                    .actionable(actionable)
                                                    .build()
                                                : t)
                                    .toList())
                            .build())
                .toList())
        .build();
  }

  @Test
  void should_make_every_trait_actionable_when_the_file_does_not_say() {
    // GIVEN a rubric file without the attribute
    // WHEN it is read
    Rubric rubric = twoPoles();
    // THEN every trait is actionable
    assertThat(rubric.allTraits()).allMatch(Trait::actionable);
  }

  @Test
  void should_leave_actionable_out_of_every_written_form_when_it_is_true() {
    // GIVEN the rubric, and the same with actionable set to true explicitly
    Rubric rubric = twoPoles();
    Rubric explicit = withAim(rubric, true);

    // WHEN it is written as YAML, JSON and the canonical JSON that is hashed
    String canonical = dev.centricity.core.internal.CanonicalForm.of(explicit);

    // THEN the attribute appears nowhere, and the content hash is the one of the file without it
    assertThat(RubricFormat.toYaml(explicit)).doesNotContain("actionable");
    assertThat(RubricFormat.toJson(explicit)).doesNotContain("actionable");
    assertThat(canonical).doesNotContain("actionable");
    assertThat(explicit).isEqualTo(rubric);
    assertThat(explicit.contentHash()).isEqualTo(rubric.contentHash());
  }

  @Test
  void should_write_and_read_back_a_trait_that_is_not_actionable() {
    // GIVEN focus.aim marked not actionable
    Rubric rubric = withAim(twoPoles(), false);

    // WHEN it is written and read back, as YAML and as JSON
    String yaml = RubricFormat.toYaml(rubric);
    Rubric fromYaml = RubricFormat.fromYaml(yaml);
    Rubric fromJson = RubricFormat.fromJson(RubricFormat.toJson(rubric));

    // THEN the attribute is written once, read back, and part of the content hash
    assertThat(yaml).containsOnlyOnce("actionable: false");
    assertThat(fromYaml).isEqualTo(rubric);
    assertThat(fromJson).isEqualTo(rubric);
    assertThat(fromYaml.trait("focus.aim").orElseThrow().actionable()).isFalse();
    assertThat(rubric.contentHash()).isNotEqualTo(twoPoles().contentHash());
  }

  @Test
  void should_report_actionable_when_it_is_not_a_boolean() {
    // GIVEN a trait whose actionable is a word
    String yaml =
        RubricFormat.toYaml(withAim(twoPoles(), false))
            .replace("actionable: false", "actionable: sometimes");
    assertThat(yaml).contains("actionable: sometimes");

    // WHEN it is read THEN the error names the attribute and the value
    assertThatThrownBy(() -> RubricFormat.fromYaml(yaml))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("actionable")
        .hasMessageContaining("sometimes");
  }
}
