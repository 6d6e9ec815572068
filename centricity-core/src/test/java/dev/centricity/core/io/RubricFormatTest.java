package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.Trait;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies reading and writing rubric files: a valid file reads and round-trips through YAML and
 * JSON; every malformed file fails with a {@link FormatException} naming the source, the line and
 * column where the parser knows them, and the path of the value; a file that reads but breaks a
 * rule of the model fails with a {@link RubricValidationException} instead. The bad files are under
 * {@code src/test/resources/bad}.
 */
class RubricFormatTest {

  /** The limits of {@code docs/robustness.md}, as RubricFormat documents them. */
  private static final int MAX_DOCUMENT = 16 * 1024 * 1024;

  private static final int MAX_STRING = 100_000;

  /** A valid rubric; {@code %s} is where a test adds a top-level key. */
  private static final String VALID_YAML =
      String.join(
          "\n",
          "id: small",
          "version: 1.0.0",
          "poles: [{ id: product }, { id: customer }]",
          "scales: [{ id: yesno, points: [No, Yes] }]",
          "dimensions:",
          "  - id: focus",
          "    traits: [{ id: focus.churn, statement: We track churn., keyed: customer, scale: yesno }]",
          "%s");

  static Path resource(String name) {
    try {
      return Path.of(RubricFormatTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path twoPoles() {
    return resource("/rubrics/two-poles.yaml");
  }

  private static Path bad(String name) {
    return resource("/bad/" + name);
  }

  private static FormatException formatError(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    return (FormatException) thrown;
  }

  private static FormatException formatError(Path file) {
    FormatException e = formatError(() -> RubricFormat.read(file));
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.getMessage()).startsWith(file.toString());
    return e;
  }

  // ---------------------------------------------------------------------------------------------
  // Valid files and round trips

  @Test
  void should_read_the_rubric_when_the_file_is_valid() {
    // GIVEN
    Path file = twoPoles();

    // WHEN
    Rubric rubric = RubricFormat.read(file);

    // THEN
    assertThat(rubric.reference()).isEqualTo("two-poles@1.0.0");
    assertThat(rubric.poles()).extracting(p -> p.id()).containsExactly("product", "customer");
    assertThat(rubric.scales()).extracting(s -> s.size()).containsExactly(5, 2);
    assertThat(rubric.dimensions()).extracting(d -> d.weight()).containsExactly(2.0, 1.0);
    assertThat(rubric.allTraits())
        .extracting(Trait::id)
        .containsExactly("rewards.volume", "rewards.insight", "focus.aim", "focus.churn");
    assertThat(rubric.trait("rewards.volume").orElseThrow().weight()).isEqualTo(3.0);
    assertThat(rubric.trait("rewards.insight").orElseThrow().weight()).isEqualTo(1.0);
    assertThat(rubric.trait("focus.aim").orElseThrow().contrast().orElseThrow().to())
        .isEqualTo("customer");
    assertThat(rubric.bands()).hasSize(5);
  }

  @Test
  void should_read_an_equal_rubric_when_it_is_written_as_yaml_and_read_back() {
    // GIVEN
    Rubric rubric = RubricFormat.read(twoPoles());

    // WHEN
    String yaml = RubricFormat.toYaml(rubric);
    Rubric read = RubricFormat.fromYaml(yaml);

    // THEN
    assertThat(read).isEqualTo(rubric);
    assertThat(read.contentHash()).isEqualTo(rubric.contentHash());
    assertThat(RubricFormat.toYaml(read)).isEqualTo(yaml);
  }

  @Test
  void should_read_an_equal_rubric_when_it_is_written_as_json_and_read_back() {
    // GIVEN
    Rubric rubric = RubricFormat.read(twoPoles());

    // WHEN
    String json = RubricFormat.toJson(rubric);
    Rubric read = RubricFormat.fromJson(json);

    // THEN
    assertThat(read).isEqualTo(rubric);
    assertThat(read.contentHash()).isEqualTo(rubric.contentHash());
    assertThat(RubricFormat.toJson(read)).isEqualTo(json);
  }

  @Test
  void should_nest_the_traits_in_their_dimensions_when_a_rubric_is_written() {
    // GIVEN
    Rubric rubric = RubricFormat.read(twoPoles());

    // WHEN
    String yaml = RubricFormat.toYaml(rubric);

    // THEN: the layout of docs/model.md (Files), as an author thinks of it
    assertThat(yaml)
        .containsSubsequence(
            "dimensions:", "- id: rewards", "traits:", "- id: rewards.volume", "- id: focus");
    assertThat(yaml).doesNotContain("contentHash");
  }

  @Test
  void should_read_by_the_extension_when_a_json_file_is_read(@TempDir Path dir) throws IOException {
    // GIVEN
    Rubric rubric = RubricFormat.read(twoPoles());
    Path json = Files.writeString(dir.resolve("rubric.json"), RubricFormat.toJson(rubric));
    Path noExtension = Files.writeString(dir.resolve("rubric"), RubricFormat.toJson(rubric));
    Path yml = Files.writeString(dir.resolve("rubric.yml"), RubricFormat.toYaml(rubric));

    // WHEN / THEN
    assertThat(RubricFormat.read(json)).isEqualTo(rubric);
    assertThat(RubricFormat.read(noExtension)).isEqualTo(rubric);
    assertThat(RubricFormat.read(yml)).isEqualTo(rubric);
  }

  @Test
  void should_read_an_equal_rubric_when_it_is_read_from_a_stream() throws IOException {
    // GIVEN
    Rubric expected = RubricFormat.read(twoPoles());

    // WHEN
    Rubric read;
    try (InputStream in = Files.newInputStream(twoPoles())) {
      read = RubricFormat.read(in, "rubrics/two-poles.yaml");
    }

    // THEN
    assertThat(read).isEqualTo(expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Documents that are empty or not YAML at all

  @Test
  void should_report_an_empty_document_when_the_file_is_empty() {
    // GIVEN
    Path file = bad("rubric-empty.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).isEmpty();
    assertThat(e).hasMessage(file + ": the document is empty");
  }

  @Test
  void should_report_an_empty_document_when_the_file_holds_only_white_space() {
    // GIVEN: blank lines, spaces and a tab
    Path file = bad("rubric-whitespace.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e).hasMessage(file + ": the document is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  \n\t\n"})
  void should_report_an_empty_document_when_the_text_is_blank(String text) {
    assertThat(formatError(() -> RubricFormat.fromYaml(text)))
        .hasMessage("<yaml>: the document is empty");
    assertThat(formatError(() -> RubricFormat.fromJson(text)))
        .hasMessage("<json>: the document is empty");
  }

  @Test
  void should_report_the_encoding_when_the_file_holds_binary_bytes() {
    // GIVEN: NUL, 0xFF 0xFE and a PNG signature; 0xFF never occurs in UTF-8
    Path file = bad("rubric-binary.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e).hasMessage(file + ": the file is not UTF-8 text");
  }

  @Test
  void should_report_the_encoding_when_the_file_is_latin_1() {
    // GIVEN: "title: Café crème" with é and è as the single bytes 0xE9 and 0xE8
    Path file = bad("rubric-latin1.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e).hasMessage(file + ": the file is not UTF-8 text");
  }

  @Test
  void should_report_the_first_character_when_the_file_holds_control_characters() {
    // GIVEN: valid UTF-8, but U+0001 to U+0003 (at the start of line 2) may not appear in YAML
    Path file = bad("rubric-control-characters.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.line()).hasValue(2);
    assertThat(e.column()).hasValue(1);
    assertThat(e.getMessage()).contains("special characters are not allowed");
  }

  @Test
  void should_report_the_first_token_when_json_is_expected_but_the_text_is_yaml() {
    // GIVEN
    String text = "id: small\nversion: 1.0.0\n";

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromJson(text));

    // THEN
    assertThat(e.source()).isEqualTo("<json>");
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(1);
    assertThat(e.getMessage()).contains("'id' is not a value");
  }

  @Test
  void should_report_the_end_when_a_json_document_is_cut_short() {
    // GIVEN
    String text = "{\n  \"id\": \"small\",\n  \"version\": ";

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromJson(text));

    // THEN
    assertThat(e.line()).hasValue(3);
    assertThat(e.getMessage()).contains("the document ends too early");
  }

  @Test
  void should_report_a_syntax_error_when_yaml_is_indented_with_a_tab() {
    // GIVEN: line 2 starts with a tab, which YAML forbids for indentation
    Path file = bad("rubric-tab-indent.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).isPresent();
  }

  @Test
  void should_name_the_tab_and_its_line_when_yaml_is_indented_with_a_tab() {
    // GIVEN
    Path file = bad("rubric-tab-indent.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.line()).hasValue(2);
    assertThat(e.getMessage()).containsIgnoringCase("tab");
  }

  // ---------------------------------------------------------------------------------------------
  // Documents of the wrong shape

  @Test
  void should_report_the_type_when_the_document_is_a_list_instead_of_a_map() {
    // GIVEN
    Path file = bad("rubric-list.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(1);
    assertThat(e.getMessage()).endsWith(": expected a map of keys (Rubric) but found a list");
  }

  @Test
  void should_report_the_document_when_it_is_a_single_sentence() {
    // GIVEN
    Path file = bad("rubric-scalar-document.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).hasValue(1);
    assertThat(e.getMessage()).contains("Rubric", "Just a sentence, not a rubric.");
  }

  @Test
  void should_list_the_allowed_keys_when_a_key_is_unknown() {
    // GIVEN: "wieght" on line 15
    Path file = bad("rubric-unknown-key.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/wieght");
    assertThat(e.line()).hasValue(15);
    assertThat(e.getMessage())
        .endsWith(
            "unknown key 'wieght'; the keys allowed here are: actionable, contrast, id, keyed, scale,"
                + " sources, statement, weight");
  }

  @Test
  void should_list_the_allowed_top_level_keys_when_a_top_level_key_is_unknown() {
    // GIVEN
    String yaml = String.format(VALID_YAML, "colour: blue\n");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e.path()).isEqualTo("/colour");
    assertThat(e.line()).hasValue(8);
    assertThat(e.getMessage())
        .contains(
            "unknown key 'colour'; the keys allowed here are: bands, description, dimensions,"
                + " examples, id, metadata, poles, policy, references, scales, strengthThreshold,"
                + " title, version");
  }

  @Test
  void should_report_the_key_when_it_is_repeated_in_yaml() {
    // GIVEN: "weight" twice in the dimension, the second on line 11
    Path file = bad("rubric-duplicate-key.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0");
    assertThat(e.line()).hasValue(11);
    assertThat(e.column()).hasValue(11);
    assertThat(e.getMessage()).contains("the key 'weight' appears twice");
  }

  @Test
  void should_report_the_key_when_it_is_repeated_in_json() {
    // GIVEN: "scale" twice in the trait on line 13, the second ending at column 123
    Path file = bad("rubric-duplicate-key.json");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0");
    assertThat(e.line()).hasValue(13);
    assertThat(e.column()).hasValue(124);
    assertThat(e.getMessage()).contains("the key 'scale' appears twice");
  }

  @Test
  void should_report_the_weight_when_it_is_not_a_number() {
    // GIVEN: "weight: abc", the value at line 15, column 17
    Path file = bad("rubric-weight-not-number.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/weight");
    assertThat(e.line()).hasValue(15);
    assertThat(e.column()).hasValue(17);
    assertThat(e.getMessage()).endsWith("expected a number but found the string \"abc\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "'2'", "[1]"})
  void should_report_the_weight_when_it_is_another_type(String weight) {
    // GIVEN
    String yaml =
        String.format(VALID_YAML, "")
            .replace("scale: yesno }", "scale: yesno, weight: " + weight + " }");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/weight");
    assertThat(e.line()).hasValue(7);
    assertThat(e.getMessage()).contains("expected a number");
  }

  @Test
  void should_report_the_statement_when_it_is_a_list() {
    // GIVEN: "statement: [1, 2]", the list at line 12, column 20
    Path file = bad("rubric-statement-list.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/statement");
    assertThat(e.line()).hasValue(12);
    assertThat(e.column()).hasValue(20);
    assertThat(e.getMessage()).endsWith("expected text but found a list");
  }

  @Test
  void should_report_the_list_when_a_list_is_given_a_number() {
    // GIVEN: "dimensions: 3" on line 8
    Path file = bad("rubric-list-field-scalar.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions");
    assertThat(e.line()).hasValue(8);
    assertThat(e.getMessage()).contains("but found a number");
  }

  @Test
  void should_say_a_list_is_expected_when_a_list_is_given_a_number() {
    // GIVEN
    Path file = bad("rubric-list-field-scalar.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.getMessage())
        .endsWith("expected a list but found a number")
        .doesNotContain("java.util");
  }

  @Test
  void should_report_the_value_when_a_policy_setting_is_not_one_of_its_values() {
    // GIVEN: "policy: { missing: maybe }" on line 12
    Path file = bad("rubric-unknown-policy-value.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/policy/missing");
    assertThat(e.line()).hasValue(12);
    assertThat(e.getMessage()).contains("\"maybe\"", "reject", "neutral", "skip");
  }

  // ---------------------------------------------------------------------------------------------
  // Missing and null values

  @Test
  void should_name_the_keys_when_required_keys_of_a_trait_are_missing() {
    // GIVEN: a trait without statement and scale
    Path file = bad("rubric-missing-keys.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0");
    assertThat(e.line()).isPresent();
    assertThat(e.getMessage()).endsWith("missing required key(s): statement, scale");
  }

  @Test
  void should_name_the_keys_when_the_id_and_version_are_missing() {
    // GIVEN
    Path file = bad("rubric-missing-id-version.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.getMessage()).endsWith("missing required key(s): id, version");
  }

  @Test
  void should_name_the_key_when_a_required_text_is_null() {
    // GIVEN: "statement: null"
    Path file = bad("rubric-null-required.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0");
    assertThat(e.getMessage()).endsWith("missing required key(s): statement");
  }

  @Test
  void should_report_the_weight_when_it_is_null() {
    // GIVEN: "weight: null" at line 15, column 17
    Path file = bad("rubric-null-weight.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/weight");
    assertThat(e.line()).hasValue(15);
    assertThat(e.column()).hasValue(17);
    assertThat(e.getMessage()).containsIgnoringCase("null");
  }

  @Test
  void should_report_a_null_value_when_a_list_holds_null() {
    // GIVEN: the second pole is null
    Path file = bad("rubric-null-element.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.getMessage()).endsWith("a required value is null");
  }

  @Test
  void should_report_the_element_when_a_list_holds_null() {
    // GIVEN
    Path file = bad("rubric-null-element.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/poles/1");
    assertThat(e.line()).hasValue(5);
  }

  // ---------------------------------------------------------------------------------------------
  // Trailing content

  @Test
  void should_report_the_trailing_content_when_a_json_document_is_followed_by_another() {
    // GIVEN: a second object on line 10
    Path file = bad("rubric-trailing.json");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).hasValue(10);
    assertThat(e.column()).hasValue(1);
    assertThat(e.getMessage()).containsIgnoringCase("trailing");
  }

  @Test
  void should_report_the_second_document_when_a_yaml_stream_holds_two() {
    // GIVEN: "---" on line 12 starts a second document
    Path file = bad("rubric-second-document.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).hasValue(12);
    assertThat(e.getMessage()).contains("more than one YAML document");
  }

  // ---------------------------------------------------------------------------------------------
  // Limits: nesting, string length, document size, aliases

  @Test
  void should_reject_the_document_when_it_nests_deeper_than_64() {
    // GIVEN: 70 nested lists as the description; nothing in a rubric nests that deep legitimately
    Path file = bad("rubric-deep-nesting.json");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEqualTo("/description");
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(18);
    assertThat(e.getMessage()).endsWith("expected text but found a list");
  }

  @Test
  void should_fail_without_overflowing_the_stack_when_a_document_nests_100000_deep() {
    // GIVEN
    String json = "{\"id\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromJson(json));

    // THEN
    assertThat(e.path()).isEqualTo("/id");
    assertThat(e.line()).hasValue(1);
  }

  @Test
  void should_read_the_string_when_it_is_exactly_100000_characters_long() {
    // GIVEN
    String yaml = String.format(VALID_YAML, "description: " + "x".repeat(MAX_STRING) + "\n");

    // WHEN
    Rubric rubric = RubricFormat.fromYaml(yaml);

    // THEN
    assertThat(rubric.description()).hasValueSatisfying(d -> assertThat(d).hasSize(MAX_STRING));
  }

  @Test
  void should_report_the_limit_when_a_json_string_is_longer_than_100000_characters() {
    // GIVEN
    String json =
        "{\"id\": \"long\", \"version\": \"1.0.0\", \"description\": \""
            + "x".repeat(MAX_STRING + 1)
            + "\"}";

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromJson(json));

    // THEN
    assertThat(e.path()).isEqualTo("/description");
    assertThat(e.getMessage())
        .contains("the document exceeds a limit", "(100001)", "maximum allowed (100000");
  }

  @Test
  void should_report_the_limit_when_a_yaml_string_is_longer_than_100000_characters() {
    // GIVEN
    String yaml = String.format(VALID_YAML, "description: " + "x".repeat(MAX_STRING + 1) + "\n");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e.getMessage())
        .contains("the document exceeds a limit", "(100001)", "maximum allowed (100000");
  }

  @Test
  void should_refuse_the_file_without_reading_it_when_it_is_larger_than_16_mib(@TempDir Path dir)
      throws IOException {
    // GIVEN: a sparse file one byte over the limit
    Path file = dir.resolve("huge.yaml");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(MAX_DOCUMENT + 1L);
    }

    // WHEN
    FormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> formatError(file));

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).isEmpty();
    assertThat(e)
        .hasMessage(file + ": the file has 16777217 bytes, more than the limit of 16777216");
  }

  @Test
  void should_report_the_limit_when_a_text_is_longer_than_16_mib() {
    // GIVEN: a valid rubric followed by comments, 16 Mi + 1 characters in all
    String head = String.format(VALID_YAML, "");
    String yaml = head + "#".repeat(MAX_DOCUMENT + 1 - head.length());

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e)
        .hasMessage(
            "<yaml>: the document has 16777217 characters, more than the limit of 16777216");
  }

  @Test
  void should_report_the_limit_when_a_stream_is_larger_than_16_mib() {
    // GIVEN: a valid rubric followed by comments of 'é' (2 bytes each), about 18 MB in all
    String head = String.format(VALID_YAML, "");
    String comment = "# " + "é".repeat(1000) + "\n";
    byte[] bytes = (head + comment.repeat(9_000)).getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(MAX_DOCUMENT);

    // WHEN
    FormatException e =
        formatError(() -> RubricFormat.read(new ByteArrayInputStream(bytes), "big.yaml"));

    // THEN
    assertThat(e.getMessage())
        .startsWith("big.yaml")
        .contains("longer than the limit of 16777216 bytes");
  }

  @Test
  void should_report_the_encoding_when_a_stream_is_latin_1() throws IOException {
    // GIVEN
    byte[] bytes = Files.readAllBytes(bad("rubric-latin1.yaml"));

    // WHEN
    FormatException e =
        formatError(() -> RubricFormat.read(new ByteArrayInputStream(bytes), "latin1.yaml"));

    // THEN
    assertThat(e).hasMessage("latin1.yaml: the file is not UTF-8 text");
  }

  @Test
  void should_fail_fast_when_a_yaml_file_is_an_alias_bomb() {
    // GIVEN: 9 levels of 9 aliases each, 72 aliases in all
    Path file = bad("rubric-alias-bomb.yaml");

    // WHEN
    Throwable thrown =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> catchThrowable(() -> RubricFormat.read(file)));

    // THEN
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    assertThat(thrown.getMessage()).containsIgnoringCase("alias");
  }

  @Test
  void should_expand_or_reject_an_alias_when_a_yaml_file_repeats_a_value_by_alias() {
    // GIVEN: statement: &same Bonuses follow units sold. ... statement: *same
    Path file = bad("rubric-scalar-alias.yaml");

    // WHEN
    Rubric[] read = new Rubric[1];
    Throwable thrown = catchThrowable(() -> read[0] = RubricFormat.read(file));

    // THEN: never silently read as something the author did not write
    if (thrown == null) {
      assertThat(read[0].trait("rewards.units").orElseThrow().statement())
          .isEqualTo("Bonuses follow units sold.");
    } else {
      assertThat(thrown).isExactlyInstanceOf(FormatException.class);
      assertThat(thrown.getMessage()).containsIgnoringCase("alias");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Files that cannot be opened

  @Test
  void should_report_the_file_when_it_does_not_exist(@TempDir Path dir) {
    // GIVEN
    Path file = dir.resolve("missing.yaml");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e).hasMessage(file + ": no such file");
  }

  @Test
  void should_report_the_file_when_it_is_a_directory(@TempDir Path dir) {
    // GIVEN / WHEN
    FormatException e = formatError(dir);

    // THEN
    assertThat(e).hasMessage(dir + ": is a directory, not a file");
  }

  @Test
  void should_say_why_a_stream_cannot_be_read_without_naming_java_classes() {
    // GIVEN: a stream that fails as a network drive might
    java.io.InputStream failing =
        new java.io.InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("connection reset");
          }
        };

    // WHEN
    FormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            FormatException.class, () -> RubricFormat.read(failing, "remote.yaml"));

    // THEN
    assertThat(e).hasMessage("remote.yaml: cannot read: connection reset");
  }

  // ---------------------------------------------------------------------------------------------
  // Valid syntax, invalid model

  @Test
  void should_report_every_rule_broken_when_the_file_reads_but_the_rubric_is_invalid() {
    // GIVEN: a trait of weight -2.0 keyed to an unknown pole 'sales'
    Path file = bad("rubric-invalid-model.yaml");

    // WHEN
    Throwable thrown = catchThrowable(() -> RubricFormat.read(file));

    // THEN
    assertThat(thrown)
        .isExactlyInstanceOf(RubricValidationException.class)
        .isNotInstanceOf(FormatException.class);
    RubricValidationException e = (RubricValidationException) thrown;
    assertThat(e.rubricId()).isEqualTo("invalid-model");
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly(
            "/dimensions", "/dimensions/0/traits/0/keyed", "/dimensions/0/traits/0/weight");
    assertThat(e.problems().get(1).message()).contains("keyed to unknown pole 'sales'");
  }

  @Test
  void should_report_the_rule_when_a_json_rubric_breaks_one() {
    // GIVEN
    String json =
        RubricFormat.toJson(RubricFormat.read(twoPoles())).replace("\"1.0.0\"", "\"1.0\"");

    // WHEN
    Throwable thrown = catchThrowable(() -> RubricFormat.fromJson(json));

    // THEN
    assertThat(thrown).isExactlyInstanceOf(RubricValidationException.class);
    assertThat(((RubricValidationException) thrown).problems())
        .extracting(Problem::path)
        .containsExactly("/version");
  }

  // ---------------------------------------------------------------------------------------------
  // Messages

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rubric-trailing.json",
        "rubric-second-document.yaml",
        "rubric-null-weight.yaml",
        "rubric-nan-token.json",
        "rubric-unknown-policy-value.yaml",
        "rubric-scalar-document.yaml",
        "rubric-list-field-scalar.yaml"
      })
  void should_not_expose_jackson_settings_or_java_types_when_reporting_a_format_error(String name) {
    // GIVEN
    Path file = bad(name);

    // WHEN
    FormatException e = formatError(file);

    // THEN: the message speaks the file's language, not Jackson's or Java's
    assertThat(e.getMessage())
        .doesNotContain("FAIL_ON_", "ALLOW_", "`", "java.", "dev.centricity", "$", "Creator")
        .doesNotContain("Enum class", "JsonToken", "to allow");
  }

  @Test
  void should_report_the_position_when_json_holds_nan() {
    // GIVEN: "strengthThreshold": NaN on line 4; JSON has no NaN
    Path file = bad("rubric-nan-token.json");

    // WHEN
    FormatException e = formatError(file);

    // THEN
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(27);
    assertThat(e.getMessage()).contains("'NaN'");
  }
}
