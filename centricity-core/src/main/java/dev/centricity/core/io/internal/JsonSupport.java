package dev.centricity.core.io.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.Nulls;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLSchema;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The library's Jackson mappers, configured once: strict (unknown keys, duplicate keys, trailing
 * content, nulls for numbers and scalar coercion are all rejected) and bounded (document size,
 * nesting depth, string length, YAML aliases). Mappers are thread-safe and shared.
 */
public final class JsonSupport {

  /** The largest document read, in characters: 16 MiB. */
  public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

  /** The deepest nesting of objects and lists read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_CHARS = 100_000;

  /** The longest property name read, in characters. */
  public static final int MAX_NAME_CHARS = 1_000;

  /** The most YAML aliases a document may use. */
  public static final int MAX_YAML_ALIASES = 50;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_CHARS)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_CHARS)
          .maxNameLength(MAX_NAME_CHARS)
          .maxNumberLength(100)
          .build();

  private static final JsonMapper JSON =
      configure(
              JsonMapper.builder(
                  JsonFactory.builder()
                      .streamReadConstraints(LIMITS)
                      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                      .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                      .build()))
          .build();

  private static final JsonMapper PRETTY_JSON =
      JSON.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  private static final YAMLMapper YAML =
      configure(
              YAMLMapper.builder(
                  YAMLFactory.builder()
                      .streamReadConstraints(LIMITS)
                      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                      .loadSettings(
                          LoadSettings.builder()
                              .setAllowDuplicateKeys(false)
                              .setMaxAliasesForCollections(MAX_YAML_ALIASES)
                              .setAllowRecursiveKeys(false)
                              .setCodePointLimit(MAX_DOCUMENT_CHARS)
                              .setSchema(new CoreSchema())
                              .build())
                      .yamlSchema(YAMLSchema.CORE)
                      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                      .build()))
          .build();

  private JsonSupport() {}

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .addModule(ModelModule.create())
        .annotationIntrospector(new ModelIntrospector())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                // Numbers may stand for text (a scale labelled 1 to 5), booleans may not.
                c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT));
  }

  /** The compact JSON mapper. */
  public static JsonMapper json() {
    return JSON;
  }

  /** The indented JSON mapper. */
  public static JsonMapper prettyJson() {
    return PRETTY_JSON;
  }

  /** The YAML mapper. */
  public static YAMLMapper yaml() {
    return YAML;
  }
}
