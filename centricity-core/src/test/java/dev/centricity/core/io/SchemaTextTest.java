package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas are given by the API as text ({@link RubricFormat#jsonSchema()}, {@link
 * TranslationFormat#jsonSchema()}), because a consumer on the module path reads the resources as
 * null: their package is opened to Jackson only.
 */
class SchemaTextTest {

  private static final Path RESOURCES = Path.of("src/main/resources/dev/centricity/core");

  @Test
  void should_give_the_rubric_schema_as_the_file_holds_it() throws IOException {
    // GIVEN the schema file of the sources
    String file = Files.readString(RESOURCES.resolve("rubric.schema.json"), StandardCharsets.UTF_8);
    // WHEN
    String schema = RubricFormat.jsonSchema();
    // THEN the same text, a draft 2020-12 schema of rubrics
    assertThat(schema).isEqualTo(file);
    JsonNode root = JsonMapper.builder().build().readTree(schema);
    assertThat(root.get("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(root.get("title").asString()).isEqualTo("Centricity rubric");
  }

  @Test
  void should_give_the_translation_schema_as_the_file_holds_it() throws IOException {
    // GIVEN the schema file of the sources
    String file =
        Files.readString(RESOURCES.resolve("translation.schema.json"), StandardCharsets.UTF_8);
    // WHEN
    String schema = TranslationFormat.jsonSchema();
    // THEN
    assertThat(schema).isEqualTo(file);
    assertThat(JsonMapper.builder().build().readTree(schema).get("title").asString())
        .isEqualTo("Centricity rubric translation");
  }
}
