package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.RubricFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The canonical form behind {@link Rubric#contentHash()}, specified on a small rubric: the text is
 * written out here by hand from the rules in docs/model.md ("Identity"), and the hash is that of
 * the text as computed by {@code sha256sum}, independently of the library.
 */
class CanonicalFormTest {

  /**
   * Properties sorted at every level, defaults written (a dimension's name and a pole's label fall
   * back to the id, the default policy and strength threshold), absent optionals left out, empty
   * lists as [], numbers as Double.toString writes them (2 → 2.0), map keys sorted ("a" before "z",
   * "d.a" before "d.b"), answers as whole numbers or "n/a", '"' and tab escaped, other characters
   * (Ü, –) as they are.
   */
  static final String TINY_CANONICAL =
      "{\"bands\":[{\"from\":-1.0,\"label\":\"P\",\"to\":-0.5},"
          + "{\"from\":-0.5,\"label\":\"M\",\"to\":0.5},{\"from\":0.5,\"label\":\"C\",\"to\":1.0}],"
          + "\"dimensions\":[{\"id\":\"d\",\"name\":\"d\",\"traits\":["
          + "{\"id\":\"d.b\",\"keyed\":\"customer\",\"scale\":\"yn\",\"sources\":[],"
          + "\"statement\":\"Ünïcode – dash\",\"weight\":4.0},"
          + "{\"contrast\":{\"from\":\"product\",\"to\":\"customer\"},\"id\":\"d.a\",\"scale\":\"yn\","
          + "\"sources\":[],\"statement\":\"Contrast\",\"weight\":1.0}],\"weight\":2.0}],"
          + "\"examples\":[{\"answers\":{\"d.a\":\"n/a\",\"d.b\":2},"
          + "\"expect\":{\"band\":\"C\",\"index\":1.0},\"name\":\"mid\"}],"
          + "\"id\":\"tiny\",\"metadata\":{\"a\":\"first\",\"z\":\"last\"},"
          + "\"poles\":[{\"id\":\"product\",\"label\":\"Product\"},"
          + "{\"id\":\"customer\",\"label\":\"customer\"}],"
          + "\"policy\":{\"minCoverage\":0.5,\"missing\":\"skip\",\"unknownTraits\":\"reject\"},"
          + "\"references\":[],\"scales\":[{\"id\":\"yn\",\"points\":[\"No\",\"Yes\"]}],"
          + "\"strengthThreshold\":0.5,\"title\":\"Tiny \\\"quoted\\\"\\ttab\",\"version\":\"2.1.0\"}";

  @Test
  void should_write_the_canonical_form_as_docs_model_md_defines_it() {
    // GIVEN a rubric using every kind of value the form has rules for
    Rubric rubric = RubricFormat.read(Path.of("src/test/resources/identity/tiny.yaml"));
    // THEN its canonical form is exactly the text written out by hand
    assertThat(dev.centricity.core.internal.CanonicalForm.of(rubric)).isEqualTo(TINY_CANONICAL);
  }

  @Test
  void should_hash_the_utf8_bytes_of_the_canonical_form() {
    Rubric rubric = RubricFormat.read(Path.of("src/test/resources/identity/tiny.yaml"));
    // printf '%s' "$TINY_CANONICAL" | sha256sum
    assertThat(rubric.contentHash())
        .isEqualTo("3f11881529330fefe034b68a86cd6c0f287375113c8c08ab6dba2242e460ea9f");
  }

  @Test
  void should_give_the_same_hash_to_equal_rubrics_written_in_another_order() throws Exception {
    // GIVEN the same rubric with its metadata keys and example answers in another order
    Rubric rubric = RubricFormat.read(Path.of("src/test/resources/identity/tiny.yaml"));
    String yaml =
        Files.readString(Path.of("src/test/resources/identity/tiny.yaml"))
            .replace("metadata: { z: last, a: first }", "metadata: { a: first, z: last }")
            .replace("answers: { d.b: 2, d.a: n/a }", "answers: { d.a: n/a, d.b: 2 }");
    assertThat(yaml).contains("{ a: first, z: last }", "{ d.a: n/a, d.b: 2 }");
    // THEN the hash does not depend on the order of the file
    assertThat(RubricFormat.fromYaml(yaml).contentHash()).isEqualTo(rubric.contentHash());
  }
}
