package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.FormatException;
import dev.centricity.core.io.RubricSchemaTest.SchemaSubset;
import dev.centricity.core.io.internal.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Specifies the published JSON Schema of translation files, the resource {@value #RESOURCE},
 * against {@link TranslationFormat}: the keys it declares are the ones the library reads, and on
 * every document, valid or of a wrong shape, the schema's verdict is the library's. Documents are
 * checked with {@link SchemaSubset}, which refuses any keyword it does not know.
 */
class TranslationSchemaTest {

  private static final String RESOURCE = "/dev/centricity/core/translation.schema.json";
  private static final JsonNode SCHEMA = load();

  private static JsonNode load() {
    try (InputStream in = TranslationSchemaTest.class.getResourceAsStream(RESOURCE)) {
      return JsonSupport.json().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keys the library allows at a place, read from its unknown-key error. */
  private static Set<String> libraryKeys(String yamlWithUnknownKey) {
    FormatException e =
        (FormatException) catchThrowable(() -> TranslationFormat.fromYaml(yamlWithUnknownKey));
    String list = e.getMessage().substring(e.getMessage().indexOf("are: ") + 5);
    return new TreeSet<>(List.of(list.split(", ")));
  }

  @Test
  void should_declare_the_keys_the_library_reads() {
    // GIVEN the keys the library allows at the top and under 'translation'
    Set<String> top = libraryKeys("translation: { rubric: r@1.0.0, language: de }\nno-such-key: 1");
    Set<String> head =
        libraryKeys("translation: { rubric: r@1.0.0, language: de, no-such-key: 1 }");
    // THEN the schema declares exactly those, and forbids any other
    assertThat(new TreeSet<>(SCHEMA.path("properties").propertyNames())).isEqualTo(top);
    assertThat(
            new TreeSet<>(
                SCHEMA.path("properties").path("translation").path("properties").propertyNames()))
        .isEqualTo(head);
    assertThat(SCHEMA.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(
            SCHEMA
                .path("properties")
                .path("translation")
                .path("additionalProperties")
                .asBoolean(true))
        .isFalse();
  }

  @Test
  void should_use_only_keywords_the_check_understands() {
    List<JsonNode> all = new ArrayList<>();
    collect(SCHEMA, all);
    assertThat(all).hasSizeGreaterThan(10);
    for (JsonNode s : all) {
      assertThat(s.propertyNames()).as("keywords of %s", s).isSubsetOf(SchemaSubset.KEYWORDS);
    }
  }

  private static void collect(JsonNode schema, List<JsonNode> out) {
    if (!schema.isObject()) {
      return;
    }
    out.add(schema);
    for (String keyword : List.of("properties", "$defs")) {
      schema.path(keyword).forEach(s -> collect(s, out));
    }
    for (String keyword : List.of("items", "not", "additionalProperties", "propertyNames")) {
      collect(schema.path(keyword), out);
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      schema.path(keyword).forEach(s -> collect(s, out));
    }
  }

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (String name :
        List.of("two-poles.de.yaml", "two-poles.fr-partial.yaml", "two-poles.wrong.yaml")) {
      Path file = RubricFormatTest.resource("/translations/" + name);
      all.add(Arguments.of(name, Files.readString(file)));
    }
    all.add(
        Arguments.of(
            "numbers as text",
            "translation: { rubric: r@1.0.0, language: de }\nscales: { s: [0, 1.5] }"));
    all.add(
        Arguments.of(
            "every key null",
            "translation: { rubric: r@1.0.0, language: de }\ntitle: null\ndescription: null\n"
                + "poles: null\npoleDescriptions: null\nscales: null\ndimensions: null\n"
                + "dimensionDescriptions: null\ntraits: null\nbands: null\nmissing: null"));
    TranslationFormatTest.wrongShapes()
        .forEach(a -> all.add(Arguments.of("wrong shape at " + a.get()[1], a.get()[0])));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void should_admit_a_document_exactly_when_the_library_reads_its_shape(String name, String yaml) {
    // GIVEN a document, valid or not
    // WHEN the library reads it (a translation's own rules, such as blank texts, are not shape)
    Throwable thrown = catchThrowable(() -> TranslationFormat.fromYaml(yaml));
    boolean libraryReads = !(thrown instanceof FormatException);
    // THEN the schema admits it exactly when the library reads its shape
    JsonNode document = JsonSupport.yaml().readTree(yaml);
    assertThat(new SchemaSubset(SCHEMA).admits(SCHEMA, document)).as(name).isEqualTo(libraryReads);
  }
}
