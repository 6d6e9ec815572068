package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.FormatException;
import dev.centricity.core.io.RubricSchemaTest.SchemaSubset;
import dev.centricity.core.io.internal.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
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
 * Specifies the published JSON Schema of cohort mapping files, {@link
 * MappingFormat#SCHEMA_RESOURCE}, against {@link MappingFormat}: it declares the keys the library
 * reads, and on every document below, valid or of a wrong shape, its verdict is the library's.
 */
class MappingSchemaTest {

  private static final JsonNode SCHEMA = load();

  private static JsonNode load() {
    try (InputStream in =
        MappingSchemaTest.class.getResourceAsStream(MappingFormat.SCHEMA_RESOURCE)) {
      return JsonSupport.json().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void should_declare_the_keys_the_library_reads() {
    // GIVEN the keys the library allows, read from its unknown-key problem
    FormatException e =
        (FormatException) catchThrowable(() -> MappingFormat.fromYaml("no-such-key: 1", "m"));
    String message = e.getMessage();
    String list = message.substring(message.indexOf("are: ") + 5).strip();
    Set<String> library = new TreeSet<>(List.of(list.split(", ")));
    // THEN the schema declares exactly those and forbids any other
    assertThat(new TreeSet<>(SCHEMA.path("properties").propertyNames())).isEqualTo(library);
    assertThat(SCHEMA.path("additionalProperties").asBoolean(true)).isFalse();
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        Arguments.of("every key", MappingFormatTest.FULL),
        Arguments.of("empty map", "{}"),
        Arguments.of("delimiter as a character", "delimiter: '|'"),
        Arguments.of("labels per scale only", "labels: { agree5: { Ja: 4 } }"),
        Arguments.of("missing numbers", "missing: [99, 'n.v.']"),
        Arguments.of("trait id not text", "columns: { Q1: [a] }"),
        Arguments.of("blank trait id", "columns: { Q1: ' ' }"),
        Arguments.of("point 0", "labels: { Agree: 0 }"),
        Arguments.of("point as text", "labels: { Agree: four }"),
        Arguments.of("point fraction", "labels: { Agree: 2.5 }"),
        Arguments.of("scale label 0", "labels: { yesno: { Ja: 0 } }"),
        Arguments.of("missing not a list", "missing: n.v."),
        Arguments.of("missing blank", "missing: ['  ']"),
        Arguments.of("respondent blank", "respondent: ''"),
        Arguments.of("group a list", "group: [a]"),
        Arguments.of("skipRows negative", "skipRows: -1"),
        Arguments.of("skipRows text", "skipRows: one"),
        Arguments.of("delimiter two", "delimiter: '::'"),
        Arguments.of("delimiter colon", "delimiter: ':'"),
        Arguments.of("encoding a number", "encoding: 1252"),
        Arguments.of("unknown key", "colums: {}"),
        Arguments.of("not a map", "[a, b]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void should_agree_with_the_library(String name, String yaml) {
    // GIVEN the document as a tree, and the library's verdict
    JsonNode tree = JsonSupport.yaml().readTree(yaml);
    boolean library = catchThrowable(() -> MappingFormat.fromYaml(yaml, name)) == null;
    // WHEN / THEN the schema's verdict is the same
    assertThat(new SchemaSubset(SCHEMA).admits(SCHEMA, tree)).as(name).isEqualTo(library);
  }
}
