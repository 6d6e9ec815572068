package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.FormatException;
import dev.centricity.core.Pole;
import dev.centricity.core.Problem;
import dev.centricity.core.Reference;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.core.io.internal.JsonSupport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Specifies the published JSON Schema of rubric files, the resource {@value #RESOURCE}, against the
 * library itself: the keys it declares, the keys it requires, where it admits {@code null} and
 * which values it admits are the ones {@link RubricFormat} reads. Nothing expected is written down
 * by hand: the keys come from the library, by serialising fully-populated values and by provoking
 * its unknown-key error, and every verdict of the schema is compared with the library's verdict on
 * the same document.
 *
 * <p>The project has no JSON Schema validator, so {@link SchemaSubset} checks documents against the
 * few keywords of draft 2020-12 the schema uses, and refuses any other keyword, so that the schema
 * cannot outgrow the check unnoticed.
 */
class RubricSchemaTest {

  private static final String RESOURCE = "/dev/centricity/core/rubric.schema.json";
  private static final JsonMapper JSON = JsonSupport.json();
  private static final String UNKNOWN_KEY = "no-such-key";

  private static final Pole PRODUCT =
      Pole.builder()
          .id("product")
          .label("Product-centric")
          .description("Organised around its products.")
          .build();
  private static final Pole CUSTOMER =
      Pole.builder()
          .id("customer")
          .label("Customer-centric")
          .description("Organised around its customers.")
          .build();
  private static final Scale AGREE5 =
      Scale.of("agree5", "Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree");
  private static final Source SOURCE = Source.of("A", "A1", "A2");
  private static final Contrast CONTRAST = Contrast.of("product", "customer");
  private static final Trait KEYED =
      Trait.builder()
          .id("focus.share")
          .statement("Market share is the headline goal.")
          .keyed("product")
          .scale("agree5")
          .weight(1.0)
          .addSources(SOURCE)
          .build();
  private static final Trait CONTRASTED =
      Trait.builder()
          .id("focus.aim")
          .statement("Which do we pursue?")
          .contrast(CONTRAST)
          .scale("agree5")
          .weight(1.0)
          .addSources(SOURCE)
          .build();

  /** Keyed and contrast at once: no valid rubric holds it, but it shows every key of a trait. */
  private static final Trait EVERY_TRAIT_KEY =
      Trait.builder().from(KEYED).contrast(CONTRAST).actionable(false).build();

  private static final Dimension DIMENSION =
      Dimension.builder()
          .id("focus")
          .name("Focus")
          .description("What the organisation sets out to do.")
          .weight(2.0)
          .addTraits(KEYED, CONTRASTED)
          .build();
  private static final Band BAND = Band.of("Product-leaning", -1.0, -0.2);
  private static final ScoringPolicy POLICY =
      ScoringPolicy.custom()
          .missing(MissingAnswers.NEUTRAL)
          .minCoverage(0.25)
          .unknownTraits(UnknownTraits.IGNORE)
          .build();
  private static final Reference.Claim CLAIM =
      Reference.Claim.of("A1", "Product-centric firms count units sold.");
  private static final Reference REFERENCE =
      Reference.builder()
          .id("A")
          .title("Two orientations")
          .publisher("A journal")
          .addClaims(CLAIM, Reference.Claim.of("A2", "Customer-centric firms count customers."))
          .build();

  // focus.share = 1 → a = 0, keyed product: d = f_product − u = (−½, ½)
  // focus.aim = 5 → a = 1, contrast product → customer: d = ½(e_customer − e_product) = (−½, ½)
  // P − u = ½(−½, ½) + ½(−½, ½) = (−½, ½): index 1, the last band, leading pole customer
  private static final WorkedExample.Expectation EXPECTATION =
      WorkedExample.Expectation.builder()
          .index(1.0)
          .band("Customer-leaning")
          .leadingPole("customer")
          .build();
  private static final WorkedExample EXAMPLE =
      WorkedExample.builder()
          .name("fully-customer")
          .description("Every answer fully toward the customer.")
          .putAnswers("focus.share", Answer.of(1))
          .putAnswers("focus.aim", Answer.of(5))
          .expect(EXPECTATION)
          .build();

  /** A valid rubric with every optional part present and every list non-empty. */
  private static final Rubric RUBRIC =
      Rubric.builder()
          .id("full")
          .version("1.2.3-rc.1+build.5")
          .title("Every key filled in")
          .description("A rubric that uses every key of the file format.")
          .addPoles(PRODUCT, CUSTOMER)
          .addScales(AGREE5)
          .addDimensions(DIMENSION)
          .addBands(BAND, Band.of("Balanced", -0.2, 0.2), Band.of("Customer-leaning", 0.2, 1.0))
          .strengthThreshold(0.6)
          .policy(POLICY)
          .addReferences(REFERENCE)
          .putMetadata("licence", "CC-BY-4.0")
          .addExamples(EXAMPLE)
          .build();

  private static final JsonNode SCHEMA = load();

  /**
   * Where a model type sits in a rubric document, and a value of it with every attribute set.
   *
   * @param type the model type's name
   * @param pointer the JSON Pointer of a value of that type in {@link #document()}
   * @param full a value with every optional attribute present
   */
  record Location(String type, String pointer, Object full) {
    @Override
    public String toString() {
      return type;
    }
  }

  static Stream<Location> locations() {
    return Stream.of(
        new Location("Rubric", "", RUBRIC),
        new Location("Pole", "/poles/0", PRODUCT),
        new Location("Scale", "/scales/0", AGREE5),
        new Location("Dimension", "/dimensions/0", DIMENSION),
        new Location("Trait (keyed)", "/dimensions/0/traits/0", EVERY_TRAIT_KEY),
        new Location("Trait (contrast)", "/dimensions/0/traits/1", EVERY_TRAIT_KEY),
        new Location("Contrast", "/dimensions/0/traits/1/contrast", CONTRAST),
        new Location("Source", "/dimensions/0/traits/0/sources/0", SOURCE),
        new Location("Band", "/bands/0", BAND),
        new Location("ScoringPolicy", "/policy", POLICY),
        new Location("Reference", "/references/0", REFERENCE),
        new Location("Claim", "/references/0/claims/0", CLAIM),
        new Location("WorkedExample", "/examples/0", EXAMPLE),
        new Location("Expectation", "/examples/0/expect", EXPECTATION));
  }

  /** Every key the schema declares for a type that the full document has at its location. */
  static Stream<Arguments> keys() {
    return locations()
        .flatMap(
            l ->
                propertiesAt(l.pointer()).propertyNames().stream()
                    .filter(key -> document().at(l.pointer()).has(key))
                    .map(key -> Arguments.of(l, key)));
  }

  @Test
  void should_be_a_json_schema_on_the_class_path() throws Exception {
    // GIVEN
    JsonNode schema;
    try (InputStream in = RubricSchemaTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();

      // WHEN: the library's strict reader also rejects repeated keys
      schema = JsonSupport.json().readTree(in);
    }

    // THEN
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://centricity.dev/schema/rubric-1.json");
    assertThat(schema.path("title").asString()).isNotBlank();
    assertThat(schema.path("type").asString()).isEqualTo("object");
  }

  @Test
  void should_use_only_keywords_the_check_understands() {
    // GIVEN
    List<JsonNode> schemas = new ArrayList<>();

    // WHEN
    collectSchemas(SCHEMA, schemas);

    // THEN
    assertThat(schemas).hasSizeGreaterThan(50);
    for (JsonNode s : schemas) {
      assertThat(s.propertyNames()).as("keywords of %s", s).isSubsetOf(SchemaSubset.KEYWORDS);
    }
  }

  @Test
  void should_forbid_unknown_keys_and_describe_every_key_of_every_object() {
    // GIVEN the schemas of objects with named keys (not the branches of a oneOf or anyOf)
    List<JsonNode> schemas = new ArrayList<>();
    collectSchemas(SCHEMA, schemas);

    // WHEN
    List<JsonNode> objects =
        schemas.stream().filter(s -> s.has("properties") && s.has("type")).toList();

    // THEN: they are exactly the schemas of the model types
    Set<JsonNode> types =
        locations().map(l -> objectSchema(schemaAt(l.pointer()))).collect(Collectors.toSet());
    assertThat(objects).hasSize(types.size()).containsExactlyInAnyOrderElementsOf(types);
    for (JsonNode s : objects) {
      assertThat(s.path("additionalProperties").isBoolean())
          .as("additionalProperties of %s", s)
          .isTrue();
      assertThat(s.get("additionalProperties").booleanValue()).isFalse();
      for (Map.Entry<String, JsonNode> p : s.get("properties").properties()) {
        assertThat(p.getValue().path("description").asString(""))
            .as("description of %s", p.getKey())
            .isNotBlank();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("locations")
  void should_declare_exactly_the_keys_the_library_reads(Location location) {
    // GIVEN the keys the library writes for a value with every attribute set
    Set<String> written = new TreeSet<>(JSON.valueToTree(location.full()).propertyNames());
    // ... and the keys it lists as allowed when it meets an unknown one at that place in a file
    Set<String> allowed = allowedKeys(location.pointer());

    // WHEN
    Set<String> declared = new TreeSet<>(propertiesAt(location.pointer()).propertyNames());

    // THEN
    assertThat(written).isEqualTo(allowed);
    assertThat(declared).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keys")
  void should_require_a_key_exactly_when_the_library_cannot_do_without_it(
      Location location, String key) {
    // GIVEN a valid document without the key
    ObjectNode document = document();
    ((ObjectNode) document.at(location.pointer())).remove(key);
    String path = location.pointer() + "/" + key;

    // WHEN
    Throwable thrown = catchThrowable(() -> read(document));

    // THEN: the library requires a key when it reports it missing, or reports the empty list it
    // stands for as a problem in its own right (a scale without points, a rubric without poles)
    boolean required = requiredKeys(location.pointer()).contains(key);
    assertThat(missingKey(thrown, key) || problemAt(thrown, path)).isEqualTo(required);
    if (required && isList(propertiesAt(location.pointer()).get(key))) {
      assertThat(thrown).isInstanceOf(RubricValidationException.class);
    } else if (required) {
      assertThat(thrown)
          .isInstanceOf(FormatException.class)
          .hasMessageContaining("missing required key(s): ");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keys")
  void should_admit_null_exactly_where_the_library_reads_it_as_absent(
      Location location, String key) {
    // GIVEN the valid document with the key null, and without it
    ObjectNode withNull = document();
    ((ObjectNode) withNull.at(location.pointer())).putNull(key);
    ObjectNode without = document();
    ((ObjectNode) without.at(location.pointer())).remove(key);
    String path = location.pointer() + "/" + key;
    Throwable missing = catchThrowable(() -> read(without));
    boolean requiredByLibrary = missingKey(missing, key) || problemAt(missing, path);

    // WHEN
    Object outcome = outcome(withNull);

    // THEN
    boolean readAsAbsent = !requiredByLibrary && outcome.equals(outcome(without));
    if (requiredByLibrary) {
      assertThat(outcome).isNotInstanceOf(Rubric.class);
    }
    JsonNode property = propertiesAt(location.pointer()).get(key);
    assertThat(new SchemaSubset(SCHEMA).admits(property, JSON.getNodeFactory().nullNode()))
        .isEqualTo(readAsAbsent);
  }

  static Stream<Arguments> values() {
    String start = "{\"id\":\"focus.share\",\"statement\":\"S\",\"scale\":\"agree5\"";
    String keyed = ",\"keyed\":\"product\"";
    String contrast = ",\"contrast\":{\"from\":\"product\",\"to\":\"customer\"}";
    return Stream.of(
        // ids and versions
        Arguments.of("/id", "\"a\""),
        Arguments.of("/id", "\"7\""),
        Arguments.of("/id", "\"rewards.sales-volume\""),
        Arguments.of("/id", "\"a:b_c-d.E\""),
        Arguments.of("/id", "\"" + "x".repeat(200) + "\""),
        Arguments.of("/id", "\"" + "x".repeat(201) + "\""),
        Arguments.of("/id", "\"\""),
        Arguments.of("/id", "\"-a\""),
        Arguments.of("/id", "\".a\""),
        Arguments.of("/id", "\"a b\""),
        Arguments.of("/id", "\"a/b\""),
        Arguments.of("/id", "\"\u00e9t\u00e9\""),
        Arguments.of("/id", "\"a\\n\""),
        Arguments.of("/id", "7"),
        Arguments.of("/id", "1.5"),
        Arguments.of("/id", "-7"),
        Arguments.of("/id", "true"),
        Arguments.of("/dimensions/0/id", "\"service\""),
        Arguments.of("/dimensions/0/id", "\"service area\""),
        Arguments.of("/version", "\"1.0.0\""),
        Arguments.of("/version", "\"10.20.30-alpha.1-b+build.007\""),
        Arguments.of("/version", "\"1.0.0-01\""),
        Arguments.of("/version", "\"1.0\""),
        Arguments.of("/version", "\"01.0.0\""),
        Arguments.of("/version", "\"v1.0.0\""),
        Arguments.of("/version", "\"1.0.0-\""),
        Arguments.of("/version", "\"1.0.0\\n\""),
        // text: a number stands for its text, a boolean or a structure does not
        Arguments.of("/title", "1"),
        Arguments.of("/title", "true"),
        Arguments.of("/title", "{}"),
        Arguments.of("/title", "[]"),
        Arguments.of("/scales/0/points", "[1, 2, 3, 4, 5]"),
        Arguments.of("/scales/0/points", "[\"No\", \"Yes\"]"),
        Arguments.of("/scales/0/points", "[\"Only\"]"),
        Arguments.of("/scales/0/points", "[[1], [2]]"),
        Arguments.of("/scales/0/points", "[null, null]"),
        Arguments.of("/metadata", "{\"edition\": 2}"),
        Arguments.of("/metadata", "{\"edition\": null}"),
        Arguments.of("/metadata", "{\"edition\": {}}"),
        // statements and band labels must not be blank, as Java's String.isBlank() sees it
        Arguments.of("/dimensions/0/traits/0/statement", "\"We listen.\""),
        Arguments.of("/dimensions/0/traits/0/statement", "5"),
        Arguments.of("/dimensions/0/traits/0/statement", "\"\""),
        Arguments.of("/dimensions/0/traits/0/statement", "\" \\t\\n \""),
        Arguments.of("/dimensions/0/traits/0/statement", "\"\\u2003\\u3000\""),
        Arguments.of("/dimensions/0/traits/0/statement", "\"\\u00a0\""),
        Arguments.of("/dimensions/0/traits/0/statement", "\"\\u202f\""),
        Arguments.of("/bands/0/label", "\"\\u001f\""),
        Arguments.of("/bands/0/label", "\"Product first\""),
        // keyed or contrast, never both or neither
        Arguments.of("/dimensions/0/traits/0", start + keyed + "}"),
        Arguments.of("/dimensions/0/traits/0", start + contrast + "}"),
        Arguments.of("/dimensions/0/traits/0", start + keyed + ",\"contrast\":null}"),
        Arguments.of("/dimensions/0/traits/0", start + contrast + ",\"keyed\":null}"),
        Arguments.of("/dimensions/0/traits/0", start + keyed + contrast + "}"),
        Arguments.of("/dimensions/0/traits/0", start + "}"),
        Arguments.of("/dimensions/0/traits/0", start + ",\"keyed\":null,\"contrast\":null}"),
        // weights, the strength threshold and the coverage minimum
        Arguments.of("/dimensions/0/weight", "0"),
        Arguments.of("/dimensions/0/weight", "2.5"),
        Arguments.of("/dimensions/0/weight", "-0.5"),
        Arguments.of("/dimensions/0/weight", "\"2\""),
        Arguments.of("/dimensions/0/traits/0/weight", "0"),
        Arguments.of("/dimensions/0/traits/0/weight", "-1"),
        Arguments.of("/strengthThreshold", "0"),
        Arguments.of("/strengthThreshold", "1"),
        Arguments.of("/strengthThreshold", "-0.1"),
        Arguments.of("/strengthThreshold", "1.1"),
        Arguments.of("/policy/minCoverage", "0"),
        Arguments.of("/policy/minCoverage", "1"),
        Arguments.of("/policy/minCoverage", "-0.1"),
        Arguments.of("/policy/minCoverage", "1.5"),
        // policy settings
        Arguments.of("/policy/missing", "\"skip\""),
        Arguments.of("/policy/missing", "\"reject\""),
        Arguments.of("/policy/missing", "\"SKIP\""),
        Arguments.of("/policy/missing", "\"maybe\""),
        Arguments.of("/policy/unknownTraits", "\"reject\""),
        Arguments.of("/policy/unknownTraits", "\"Ignore\""),
        // bands: the range [−1, 1], and no boundary at 0
        Arguments.of("/bands", "[{\"label\":\"All\",\"from\":-1,\"to\":1}]"),
        Arguments.of(
            "/bands",
            "[{\"label\":\"Product\",\"from\":-1,\"to\":0},{\"label\":\"Customer\",\"from\":0,\"to\":1}]"),
        Arguments.of("/bands", "[{\"label\":\"Wide\",\"from\":-1,\"to\":1.5}]"),
        // expectations name at least one result
        Arguments.of("/examples/0/expect", "{\"band\":\"Customer-leaning\"}"),
        Arguments.of("/examples/0/expect", "{}"),
        Arguments.of("/examples/0/expect", "{\"index\":null}"),
        Arguments.of("/examples/0/expect", "{\"index\":\"1\"}"),
        // answers: whether a point lies on its scale depends on the scale, which a schema cannot
        // see, so the points used here are within or below any scale (1 to 5 here)
        Arguments.of("/examples/0/answers/focus.share", "1"),
        Arguments.of("/examples/0/answers/focus.share", "5"),
        Arguments.of("/examples/0/answers/focus.share", "5.0"),
        Arguments.of("/examples/0/answers/focus.share", "\"n/a\""),
        Arguments.of("/examples/0/answers/focus.share", "\" N/A \""),
        Arguments.of("/examples/0/answers/focus.share", "null"),
        Arguments.of("/examples/0/answers/focus.share", "0"),
        Arguments.of("/examples/0/answers/focus.share", "-1"),
        Arguments.of("/examples/0/answers/focus.share", "4.5"),
        Arguments.of("/examples/0/answers/focus.share", "2147483648"),
        Arguments.of("/examples/0/answers/focus.share", "true"),
        Arguments.of("/examples/0/answers/focus.share", "\"na\""),
        Arguments.of("/examples/0/answers/focus.share", "\"\""),
        Arguments.of("/examples/0/answers/focus.share", "[]"),
        Arguments.of("/examples/0/answers/not an id", "3"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("values")
  void should_admit_a_value_exactly_when_the_library_reads_it(String pointer, String value) {
    // GIVEN the valid document with one value replaced
    ObjectNode document = document();
    int last = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, last));
    String token = pointer.substring(last + 1);
    if (parent instanceof ArrayNode list) {
      list.set(Integer.parseInt(token), JSON.readTree(value));
    } else {
      ((ObjectNode) parent).set(token, JSON.readTree(value));
    }

    // WHEN
    Throwable thrown = catchThrowable(() -> read(document));

    // THEN: the library rejects the value when it cannot read the document at all or reports a
    // problem at or inside the value; problems elsewhere (an example that no longer holds, a
    // reference that no longer resolves) are rules a schema cannot express
    boolean libraryReads = !(thrown instanceof FormatException) && !problemAt(thrown, pointer);
    assertThat(new SchemaSubset(SCHEMA).admits(SCHEMA, document)).isEqualTo(libraryReads);
  }

  @Test
  void should_offer_the_policy_settings_the_library_reads() {
    // GIVEN the settings as the library writes them
    Set<String> missing =
        Arrays.stream(MissingAnswers.values())
            .map(v -> JSON.valueToTree(v).asString())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unknownTraits =
        Arrays.stream(UnknownTraits.values())
            .map(v -> JSON.valueToTree(v).asString())
            .collect(Collectors.toCollection(TreeSet::new));

    // WHEN
    JsonNode policy = propertiesAt("/policy");

    // THEN: each setting may also be null, which the library reads as the default
    assertThat(texts(policy.get("missing").get("enum"))).isEqualTo(missing);
    assertThat(texts(policy.get("unknownTraits").get("enum"))).isEqualTo(unknownTraits);
    assertThat(policy.get("missing").get("enum").toString()).contains("null");
    assertThat(policy.get("unknownTraits").get("enum").toString()).contains("null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"two-poles.yaml", "three-poles.yaml", "halves.yaml"})
  void should_admit_a_rubric_file_exactly_when_the_library_reads_it(String name) throws Exception {
    // GIVEN a rubric file
    Path file = Path.of("src/test/resources/rubrics", name);
    JsonNode asWritten = JsonSupport.yaml().readTree(Files.readString(file));

    // WHEN
    Throwable thrown = catchThrowable(() -> RubricFormat.read(file));

    // THEN: and what the library writes back is admitted too
    SchemaSubset check = new SchemaSubset(SCHEMA);
    assertThat(check.admits(SCHEMA, asWritten)).isEqualTo(thrown == null);
    if (thrown == null) {
      JsonNode rewritten = JSON.readTree(RubricFormat.toJson(RubricFormat.read(file)));
      assertThat(check.admits(SCHEMA, rewritten)).isTrue();
    }
  }

  @Test
  void should_admit_a_rubric_that_uses_every_key() {
    // GIVEN
    ObjectNode document = document();

    // WHEN
    boolean admitted = new SchemaSubset(SCHEMA).admits(SCHEMA, document);

    // THEN
    assertThat(read(document)).isEqualTo(RUBRIC);
    assertThat(admitted).isTrue();
  }

  // ---------------------------------------------------------------------------------------------

  private static JsonNode load() {
    try (InputStream in = RubricSchemaTest.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return JSON.readTree(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The full rubric as a fresh, mutable JSON tree, as {@link RubricFormat} writes it. */
  private static ObjectNode document() {
    return JSON.valueToTree(RUBRIC);
  }

  private static Rubric read(JsonNode document) {
    return RubricFormat.fromJson(JSON.writeValueAsString(document));
  }

  /** The rubric read, or what went wrong, in a form that compares equal for equal failures. */
  private static Object outcome(JsonNode document) {
    try {
      return read(document);
    } catch (RubricValidationException e) {
      return e.problems();
    } catch (FormatException e) {
      return "cannot read at '" + e.path() + "'";
    }
  }

  /** The keys the library lists as allowed when it meets an unknown key at a place in a file. */
  private static Set<String> allowedKeys(String pointer) {
    ObjectNode document = document();
    ((ObjectNode) document.at(pointer)).put(UNKNOWN_KEY, 0);
    Throwable thrown = catchThrowable(() -> read(document));
    assertThat(thrown).isInstanceOf(FormatException.class);
    assertThat(((FormatException) thrown).path()).isEqualTo(pointer + "/" + UNKNOWN_KEY);
    String marker = "the keys allowed here are: ";
    String message = thrown.getMessage();
    assertThat(message).contains("unknown key '" + UNKNOWN_KEY + "'").contains(marker);
    return new TreeSet<>(
        Arrays.asList(message.substring(message.indexOf(marker) + marker.length()).split(", ")));
  }

  private static boolean missingKey(Throwable thrown, String key) {
    String marker = "missing required key(s): ";
    if (!(thrown instanceof FormatException) || !thrown.getMessage().contains(marker)) {
      return false;
    }
    String listed = thrown.getMessage().substring(thrown.getMessage().indexOf(marker));
    return Arrays.asList(listed.substring(marker.length()).split(", ")).contains(key);
  }

  private static boolean problemAt(Throwable thrown, String path) {
    return thrown instanceof RubricValidationException e
        && e.problems().stream()
            .map(Problem::path)
            .anyMatch(p -> p.equals(path) || p.startsWith(path + "/"));
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(
        v -> {
          if (v.isString()) {
            texts.add(v.asString());
          }
        });
    return texts;
  }

  private static boolean isList(JsonNode schema) {
    JsonNode type = schema.path("type");
    return type.isString() && type.asString().equals("array");
  }

  /** The schema's {@code required} keys of the object at a JSON Pointer of a rubric document. */
  private static Set<String> requiredKeys(String pointer) {
    return texts(objectSchema(schemaAt(pointer)).path("required"));
  }

  /** The schema's {@code properties} of the object at a JSON Pointer of a rubric document. */
  private static JsonNode propertiesAt(String pointer) {
    return objectSchema(schemaAt(pointer)).get("properties");
  }

  /**
   * The schema of the value at a JSON Pointer of a rubric document, found by walking the schema
   * from its root as a validator does: {@code properties} for a key, {@code additionalProperties}
   * for a map entry, {@code items} for a list element.
   */
  private static JsonNode schemaAt(String pointer) {
    JsonNode schema = SCHEMA;
    for (String token : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
      if (token.chars().allMatch(Character::isDigit)) {
        schema = branch(schema, "items").get("items");
      } else {
        JsonNode object = branch(schema, "properties", "additionalProperties");
        JsonNode declared = object.path("properties").get(token);
        schema = declared != null ? declared : object.get("additionalProperties");
      }
      assertThat(schema).as("the schema at %s", pointer).isNotNull();
    }
    return schema;
  }

  private static JsonNode objectSchema(JsonNode schema) {
    return branch(schema, "properties");
  }

  /**
   * The schema itself or the branch of its {@code anyOf} (the other branch admitting null) that
   * holds one of the keywords, with {@code $ref} resolved.
   */
  private static JsonNode branch(JsonNode schema, String... keywords) {
    List<JsonNode> candidates = new ArrayList<>();
    candidates.add(schema);
    schema.path("anyOf").forEach(candidates::add);
    for (JsonNode candidate : candidates) {
      JsonNode s = candidate;
      while (s.has("$ref")) {
        s = SCHEMA.at(s.get("$ref").asString().substring(1));
      }
      for (String keyword : keywords) {
        if (s.has(keyword)) {
          return s;
        }
      }
    }
    throw new AssertionError("no " + String.join(" or ", keywords) + " in " + schema);
  }

  private static void collectSchemas(JsonNode schema, List<JsonNode> out) {
    if (!schema.isObject()) {
      return;
    }
    out.add(schema);
    for (String keyword : List.of("properties", "$defs")) {
      schema.path(keyword).forEach(s -> collectSchemas(s, out));
    }
    for (String keyword : List.of("items", "not", "additionalProperties", "propertyNames")) {
      collectSchemas(schema.path(keyword), out);
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      schema.path(keyword).forEach(s -> collectSchemas(s, out));
    }
  }

  /**
   * Checks a JSON value against the keywords of JSON Schema draft 2020-12 that the rubric schema
   * uses, with their standard meaning; any other keyword is an error.
   */
  static final class SchemaSubset {

    /** The keywords checked, and the annotations ignored. */
    static final Set<String> KEYWORDS =
        Set.of(
            "$schema",
            "$id",
            "$defs",
            "title",
            "description",
            "$ref",
            "type",
            "enum",
            "const",
            "not",
            "anyOf",
            "oneOf",
            "pattern",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "minItems",
            "items",
            "required",
            "properties",
            "additionalProperties",
            "propertyNames");

    private final JsonNode root;

    SchemaSubset(JsonNode root) {
      this.root = root;
    }

    boolean admits(JsonNode schema, JsonNode value) {
      if (schema.isBoolean()) {
        return schema.booleanValue();
      }
      for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
        if (!admits(keyword.getKey(), keyword.getValue(), schema, value)) {
          return false;
        }
      }
      return true;
    }

    private boolean admits(String keyword, JsonNode arg, JsonNode schema, JsonNode value) {
      switch (keyword) {
        case "$schema", "$id", "$defs", "title", "description":
          return true;
        case "$ref":
          return admits(root.at(arg.asString().substring(1)), value);
        case "type":
          return arg.isArray()
              ? stream(arg).anyMatch(t -> hasType(t.asString(), value))
              : hasType(arg.asString(), value);
        case "enum":
          return stream(arg).anyMatch(v -> same(v, value));
        case "const":
          return same(arg, value);
        case "not":
          return !admits(arg, value);
        case "anyOf":
          return stream(arg).anyMatch(s -> admits(s, value));
        case "oneOf":
          return stream(arg).filter(s -> admits(s, value)).count() == 1;
        case "pattern":
          return !value.isString() || regex(arg.asString()).matcher(value.asString()).find();
        case "minimum":
          return !value.isNumber() || value.doubleValue() >= arg.doubleValue();
        case "maximum":
          return !value.isNumber() || value.doubleValue() <= arg.doubleValue();
        case "exclusiveMinimum":
          return !value.isNumber() || value.doubleValue() > arg.doubleValue();
        case "exclusiveMaximum":
          return !value.isNumber() || value.doubleValue() < arg.doubleValue();
        case "minItems":
          return !value.isArray() || value.size() >= arg.intValue();
        case "items":
          return !value.isArray() || stream(value).allMatch(v -> admits(arg, v));
        case "required":
          return !value.isObject() || stream(arg).allMatch(k -> value.has(k.asString()));
        case "properties":
          return !value.isObject()
              || value.properties().stream()
                  .filter(p -> arg.has(p.getKey()))
                  .allMatch(p -> admits(arg.get(p.getKey()), p.getValue()));
        case "additionalProperties":
          return !value.isObject()
              || value.properties().stream()
                  .filter(p -> !schema.path("properties").has(p.getKey()))
                  .allMatch(p -> admits(arg, p.getValue()));
        case "propertyNames":
          return !value.isObject()
              || value.propertyNames().stream()
                  .allMatch(n -> admits(arg, JSON.getNodeFactory().stringNode(n)));
        default:
          throw new IllegalStateException("keyword '" + keyword + "' is not supported");
      }
    }

    private static boolean hasType(String type, JsonNode value) {
      switch (type) {
        case "null":
          return value.isNull();
        case "boolean":
          return value.isBoolean();
        case "string":
          return value.isString();
        case "number":
          return value.isNumber();
        case "integer":
          return value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue());
        case "array":
          return value.isArray();
        case "object":
          return value.isObject();
        default:
          throw new IllegalStateException("type '" + type + "' is not a JSON Schema type");
      }
    }

    /** JSON Schema equality: numbers by value, so that 0 equals 0.0 and -0.0. */
    private static boolean same(JsonNode a, JsonNode b) {
      return a.isNumber() && b.isNumber() ? a.doubleValue() == b.doubleValue() : a.equals(b);
    }

    /**
     * An ECMA-262 pattern as a Java one. The schema's patterns use only syntax the two share,
     * except that '$' at the end means the end of the text in ECMA-262 but also admits a final line
     * break in Java.
     */
    private static Pattern regex(String ecma) {
      return Pattern.compile(
          ecma.endsWith("$") ? ecma.substring(0, ecma.length() - 1) + "\\z" : ecma);
    }

    private static Stream<JsonNode> stream(JsonNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      return items.stream();
    }
  }
}
