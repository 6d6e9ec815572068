package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.FormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.text.Translation;
import dev.centricity.core.text.TranslationValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specifies reading and writing translation files: a valid file reads and round-trips through YAML
 * and JSON; a file of the wrong shape fails with a {@link FormatException} naming the source and
 * the path; a translation that breaks a rule fails with a {@link TranslationValidationException}
 * listing every problem.
 */
class TranslationFormatTest {

  private static Path resource(String name) {
    return RubricFormatTest.resource(name);
  }

  private static Rubric twoPoles() {
    return RubricFormat.read(resource("/rubrics/two-poles.yaml"));
  }

  private static FormatException formatError(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    return (FormatException) thrown;
  }

  @Test
  void should_round_trip_through_yaml_and_json() {
    // GIVEN the complete German translation
    Translation de =
        TranslationFormat.read(resource("/translations/two-poles.de.yaml"), twoPoles());
    // WHEN written and read back in both syntaxes
    // THEN it is equal, and its maps keep the file's order
    assertThat(TranslationFormat.fromYaml(TranslationFormat.toYaml(de))).isEqualTo(de);
    assertThat(TranslationFormat.fromJson(TranslationFormat.toJson(de))).isEqualTo(de);
    assertThat(de.traits().keySet())
        .containsExactly("rewards.volume", "rewards.insight", "focus.aim", "focus.churn");
    assertThat(TranslationFormat.toJson(de))
        .startsWith("{\n  \"translation\" : {\n    \"rubric\" : \"two-poles@1.0.0\"");
  }

  @Test
  void should_round_trip_descriptions_and_leave_out_what_is_absent() {
    // GIVEN a translation with descriptions only
    Translation t =
        Translation.builder("r", "2.0.0", "es")
            .description("Una descripción")
            .poleDescription("product", "Centrada en el producto")
            .dimensionDescription("focus", "Hacia dónde mira")
            .build();
    // WHEN written
    String yaml = TranslationFormat.toYaml(t);
    // THEN only the keys it has are written, and it reads back equal
    assertThat(yaml)
        .contains("description:", "poleDescriptions:", "dimensionDescriptions:")
        .doesNotContain("traits", "scales", "missing", "title");
    assertThat(TranslationFormat.fromYaml(yaml)).isEqualTo(t);
  }

  @Test
  void should_read_files_and_streams_of_either_syntax(@TempDir Path dir) throws IOException {
    // GIVEN the German translation as a JSON file and as a stream
    Translation de = TranslationFormat.read(resource("/translations/two-poles.de.yaml"));
    Path json = dir.resolve("two-poles.de.json");
    Files.writeString(json, TranslationFormat.toJson(de));
    // THEN each reads to the same translation
    assertThat(TranslationFormat.read(json)).isEqualTo(de);
    byte[] yaml = TranslationFormat.toYaml(de).getBytes(StandardCharsets.UTF_8);
    assertThat(TranslationFormat.read(new ByteArrayInputStream(yaml), "de.yaml")).isEqualTo(de);
  }

  @Test
  void should_read_a_number_as_its_text() {
    // GIVEN point labels written as numbers, as on a 0-10 scale
    Translation t =
        TranslationFormat.fromYaml(
            "translation: { rubric: r@1.0.0, language: de }\nscales: { yesno: [0, 1.5] }");
    // THEN they are their text
    assertThat(t.scales().get("yesno")).containsExactly("0", "1.5");
  }

  static Stream<Arguments> wrongShapes() {
    return Stream.of(
        Arguments.of("[1, 2]", "", "expected a map of keys (a translation) but found a list"),
        Arguments.of(
            "title: Titel",
            "",
            "missing required key 'translation' (with the rubric as id@version and the language)"),
        Arguments.of(
            "translation: de",
            "/translation",
            "expected a map of keys (rubric, language) but found 'de'"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\ntilte: x",
            "/tilte",
            "unknown key 'tilte'; the keys allowed here are: bands, description, dimensionDescriptions, dimensions, missing, poleDescriptions, poles, scales, title, traits, translation"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de, version: 1 }",
            "/translation/version",
            "unknown key 'version'; the keys allowed here are: language, rubric"),
        Arguments.of(
            "translation: { language: de }", "/translation", "missing required key 'rubric'"),
        Arguments.of(
            "translation: { rubric: r@1.0.0 }", "/translation", "missing required key 'language'"),
        Arguments.of(
            "translation: { rubric: r-1.0.0, language: de }",
            "/translation/rubric",
            "expected the rubric as id@version, such as product-customer-centricity@1.0.0, but found 'r-1.0.0'"),
        Arguments.of(
            "translation: { rubric: r@, language: de }",
            "/translation/rubric",
            "expected the rubric as id@version, such as product-customer-centricity@1.0.0, but found 'r@'"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: [de] }",
            "/translation/language",
            "expected text but found a list"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\ntraits: { a.b: [x] }",
            "/traits/a.b",
            "expected text but found a list"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\nbands: { B: true }",
            "/bands/B",
            "expected text but found true or false"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\ntitle: { de: x }",
            "/title",
            "expected text but found a map"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\ntraits: [a, b]",
            "/traits",
            "expected a map of ids to texts but found a list"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\nscales: { yesno: Ja }",
            "/scales/yesno",
            "expected a list of point labels but found 'Ja'"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\nscales: { yesno: [Nein, [Ja]] }",
            "/scales/yesno/1",
            "expected text but found a list"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\nscales: [Nein, Ja]",
            "/scales",
            "expected a map of ids to texts but found a list"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\nmissing: weiß nicht",
            "/missing",
            "expected a list of words but found 'weiß nicht'"),
        Arguments.of(
            "translation: { rubric: r@1.0.0, language: de }\ntraits: { a/b: [x] }",
            "/traits/a~1b",
            "expected text but found a list"));
  }

  @ParameterizedTest(name = "at \"{1}\": {2}")
  @MethodSource("wrongShapes")
  void should_name_the_path_of_a_value_of_the_wrong_shape(String yaml, String path, String reason) {
    // GIVEN a document of the wrong shape
    // WHEN it is read
    FormatException e = formatError(() -> TranslationFormat.fromYaml(yaml));
    // THEN the error names the source, the path and what was expected
    assertThat(e.source()).isEqualTo("<yaml>");
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.getMessage())
        .isEqualTo("<yaml>" + (path.isEmpty() ? "" : " at " + path) + ": " + reason);
  }

  @Test
  void should_refuse_a_repeated_key_with_its_line() {
    // GIVEN a statement given twice
    String yaml = "translation: { rubric: r@1.0.0, language: de }\ntraits:\n  a: Eins\n  a: Zwei\n";
    // WHEN read
    FormatException e = formatError(() -> TranslationFormat.fromYaml(yaml));
    // THEN the error says which key is repeated
    assertThat(e.getMessage()).startsWith("<yaml>").contains("'a'");
  }

  @Test
  void should_refuse_an_empty_document_and_a_missing_file(@TempDir Path dir) {
    assertThat(formatError(() -> TranslationFormat.fromYaml("  \n")).getMessage())
        .isEqualTo("<yaml>: the document is empty");
    Path none = dir.resolve("none.de.yaml");
    assertThat(formatError(() -> TranslationFormat.read(none)).getMessage())
        .isEqualTo(none + ": no such file");
  }

  @Test
  void should_refuse_malformed_json_with_line_and_column() {
    FormatException e =
        formatError(() -> TranslationFormat.fromJson("{\"translation\": {\"rubric\": }"));
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).isPresent();
  }

  @Test
  void should_report_every_rule_broken_at_once_when_read() {
    // GIVEN a file with a blank statement, a bad language tag and a blank point label
    String yaml =
        String.join(
            "\n",
            "translation: { rubric: two-poles@1.0.0, language: deutsch }",
            "scales: { yesno: [Nein, ''] }",
            "traits: { focus.aim: '' }");
    // WHEN read
    Throwable thrown = catchThrowable(() -> TranslationFormat.fromYaml(yaml));
    // THEN all three problems are reported with their paths
    assertThat(thrown).isInstanceOf(TranslationValidationException.class);
    assertThat(((TranslationValidationException) thrown).problems())
        .extracting(p -> p.path())
        .containsExactly("/translation/language", "/scales/yesno/1", "/traits/focus.aim");
  }

  @Test
  void should_check_a_file_against_its_rubric_when_given_one() {
    // GIVEN a file that reads but does not fit two-poles
    Path wrong = resource("/translations/two-poles.wrong.yaml");
    // WHEN read alone it is a translation; read with the rubric it fails with all 8 problems
    assertThat(TranslationFormat.read(wrong).language()).isEqualTo("de");
    Throwable thrown = catchThrowable(() -> TranslationFormat.read(wrong, twoPoles()));
    assertThat(thrown).isInstanceOf(TranslationValidationException.class);
    assertThat(((TranslationValidationException) thrown).problems()).hasSize(8);
    assertThat(List.of(thrown.getMessage().split("\\R"))).hasSize(9);
  }
}
