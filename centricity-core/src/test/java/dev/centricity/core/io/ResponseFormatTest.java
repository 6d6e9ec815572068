package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies reading and writing response files: an answer is a whole number, {@code "n/a"} or
 * {@code null}, kept in the order given; anything else is a {@link FormatException} at {@code
 * /answers/<trait id>}. Whether an answer fits its scale is checked when scoring (see {@code
 * ResponseValidationTest}). The bad files are under {@code src/test/resources/bad}.
 */
class ResponseFormatTest {

  private static Path bad(String name) {
    try {
      return Path.of(ResponseFormatTest.class.getResource("/bad/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FormatException formatError(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    return (FormatException) thrown;
  }

  private static Response sample() {
    return Response.builder()
        .rubric("two-poles@1.0.0")
        .respondent("r-17")
        .putAnswers("rewards.volume", Answer.of(4))
        .putAnswers("focus.aim", Answer.notApplicable())
        .putAnswers("rewards.insight", Answer.blank())
        .build();
  }

  @Test
  void should_read_points_not_applicable_and_blank_in_the_order_given_when_reading_json() {
    // GIVEN: the trait ids in neither alphabetical nor rubric order
    String json =
        "{\"rubric\": \"two-poles@1.0.0\", \"respondent\": \"r-17\", \"answers\": {"
            + "\"rewards.volume\": 4, \"focus.aim\": \"n/a\", \"rewards.insight\": null,"
            + " \"focus.churn\": 1}}";

    // WHEN
    Response response = ResponseFormat.fromJson(json);

    // THEN
    assertThat(response.rubric()).hasValue("two-poles@1.0.0");
    assertThat(response.respondent()).hasValue("r-17");
    assertThat(response.answers().keySet())
        .containsExactly("rewards.volume", "focus.aim", "rewards.insight", "focus.churn");
    assertThat(response.answers().values())
        .containsExactly(Answer.of(4), Answer.notApplicable(), Answer.blank(), Answer.of(1));
  }

  @Test
  void should_read_an_empty_response_when_it_names_no_answer() {
    // GIVEN / WHEN
    Response response = ResponseFormat.fromJson("{\"respondent\": \"r-1\"}");

    // THEN
    assertThat(response.rubric()).isEmpty();
    assertThat(response.answers()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.0", "4e0", "40e-1"})
  void should_read_a_whole_number_when_it_is_written_as_a_decimal(String number) {
    // GIVEN
    String json = "{\"answers\": {\"rewards.volume\": " + number + "}}";

    // WHEN
    Response response = ResponseFormat.fromJson(json);

    // THEN
    assertThat(response.answers()).containsEntry("rewards.volume", Answer.of(4));
  }

  @Test
  void should_read_a_point_outside_any_scale_when_it_is_a_whole_number() {
    // GIVEN: whether it fits the scale is checked when scoring, where the scale is known
    String json = "{\"answers\": {\"rewards.volume\": -1, \"focus.aim\": 0}}";

    // WHEN
    Response response = ResponseFormat.fromJson(json);

    // THEN
    assertThat(response.answers().values()).containsExactly(Answer.of(-1), Answer.of(0));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "response-fraction.json | answer must be a whole number of the scale but was 3.5",
        "response-boolean.json | answer must be a whole number of the scale or \"n/a\" but was a"
            + " boolean",
        "response-text.json | answer must be a whole number of the scale or \"n/a\" but was the text"
            + " \"agree\"",
        "response-object.json | answer must be a whole number of the scale or \"n/a\" but was an"
            + " object",
        "response-list.json | answer must be a whole number of the scale or \"n/a\" but was a list",
        "response-huge-number.json | answer 123456789012345678901234567890 is far outside any scale"
      })
  void should_report_the_answer_when_it_is_not_a_whole_number_or_na(String name, String reason) {
    // GIVEN: { "rubric": ..., "answers": { "rewards.volume": <value> } }, the value at column 63
    Path file = bad(name);

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.read(file));

    // THEN
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.path()).isEqualTo("/answers/rewards.volume");
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(63);
    assertThat(e).hasMessage(file + ":1:63 at /answers/rewards.volume: " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678901", "-12345678901", "1e7", "1e400", "-1e400"})
  void should_report_the_answer_when_it_is_far_outside_any_scale(String number) {
    // GIVEN
    String json = "{\"answers\": {\"rewards.volume\": " + number + "}}";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromJson(json));

    // THEN
    assertThat(e.path()).isEqualTo("/answers/rewards.volume");
    assertThat(e.getMessage()).contains("answer", number);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"4\"", "\"NaN\"", "\"na\"", "\"\""})
  void should_report_the_answer_when_it_is_text_other_than_na(String text) {
    // GIVEN
    String json = "{\"answers\": {\"rewards.volume\": " + text + "}}";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromJson(json));

    // THEN
    assertThat(e.path()).isEqualTo("/answers/rewards.volume");
    assertThat(e.getMessage()).endsWith("or \"n/a\" but was the text " + text);
  }

  @Test
  void should_escape_the_trait_id_in_the_path_when_it_holds_a_slash() {
    // GIVEN
    String json = "{\"answers\": {\"rewards/bonus\": 3.5}}";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromJson(json));

    // THEN
    assertThat(e.path()).isEqualTo("/answers/rewards~1bonus");
  }

  @Test
  void should_list_the_allowed_keys_when_a_top_level_key_is_unknown() {
    // GIVEN: "comment" at column 80
    Path file = bad("response-unknown-key.json");

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.read(file));

    // THEN
    assertThat(e.path()).isEqualTo("/comment");
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(80);
    assertThat(e.getMessage())
        .endsWith("unknown key 'comment'; the keys allowed here are: answers, respondent, rubric");
  }

  @Test
  void should_report_the_answers_when_a_trait_is_answered_twice() {
    // GIVEN
    Path file = bad("response-duplicate-answer.json");

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.read(file));

    // THEN
    assertThat(e.path()).isEqualTo("/answers");
    assertThat(e.line()).hasValue(1);
    assertThat(e.getMessage()).contains("the key 'rewards.volume' appears twice");
  }

  @Test
  void should_report_the_type_when_the_response_is_a_list() {
    // GIVEN / WHEN
    FormatException e = formatError(() -> ResponseFormat.fromJson("[4, 5]"));

    // THEN
    assertThat(e.path()).isEmpty();
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(1);
    assertThat(e.getMessage()).endsWith("expected a map of keys (Response) but found a list");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " \n "})
  void should_report_an_empty_document_when_the_text_is_blank(String text) {
    assertThat(formatError(() -> ResponseFormat.fromJson(text)))
        .hasMessage("<json>: the document is empty");
    assertThat(formatError(() -> ResponseFormat.fromYaml(text)))
        .hasMessage("<yaml>: the document is empty");
  }

  @Test
  void should_read_points_not_applicable_and_blank_when_reading_yaml() {
    // GIVEN: null and an empty value are both YAML's null
    String yaml =
        String.join(
            "\n",
            "rubric: two-poles@1.0.0",
            "respondent: r-17",
            "answers:",
            "  rewards.volume: 4",
            "  focus.aim: n/a",
            "  rewards.insight: null",
            "  focus.churn:",
            "");

    // WHEN
    Response response = ResponseFormat.fromYaml(yaml);

    // THEN
    assertThat(response.rubric()).hasValue("two-poles@1.0.0");
    assertThat(response.answers().keySet())
        .containsExactly("rewards.volume", "focus.aim", "rewards.insight", "focus.churn");
    assertThat(response.answers().values())
        .containsExactly(Answer.of(4), Answer.notApplicable(), Answer.blank(), Answer.blank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "Null", "NULL"})
  void should_read_a_blank_answer_when_yaml_spells_null_another_way(String nullValue) {
    // GIVEN
    String yaml = "answers:\n  rewards.volume: " + nullValue + "\n";

    // WHEN
    Response response = ResponseFormat.fromYaml(yaml);

    // THEN
    assertThat(response.answers()).containsEntry("rewards.volume", Answer.blank());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "3.5 | answer must be a whole number of the scale but was 3.5",
        "true | answer must be a whole number of the scale or \"n/a\" but was a boolean",
        "'4' | answer must be a whole number of the scale or \"n/a\" but was the text \"4\"",
        "{ point: 4 } | answer must be a whole number of the scale or \"n/a\" but was an object"
      })
  void should_report_the_answer_when_yaml_gives_something_else(String value, String reason) {
    // GIVEN: the value on line 2, from column 19
    String yaml = "answers:\n  rewards.volume: " + value + "\n";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromYaml(yaml));

    // THEN
    assertThat(e.path()).isEqualTo("/answers/rewards.volume");
    assertThat(e.line()).hasValue(2);
    assertThat(e.getMessage()).endsWith(reason);
  }

  @Test
  void should_write_compact_json_in_the_answer_order_when_writing_a_response() {
    // GIVEN
    Response response = sample();

    // WHEN
    String json = ResponseFormat.toJson(response);

    // THEN
    assertThat(json)
        .isEqualTo(
            "{\"rubric\":\"two-poles@1.0.0\",\"respondent\":\"r-17\",\"answers\":"
                + "{\"rewards.volume\":4,\"focus.aim\":\"n/a\",\"rewards.insight\":null}}");
  }

  @Test
  void should_read_an_equal_response_when_it_is_written_and_read_back() {
    // GIVEN
    Response response = sample();

    // WHEN
    Response read = ResponseFormat.fromJson(ResponseFormat.toJson(response));

    // THEN
    assertThat(read).isEqualTo(response);
    assertThat(read.answers().keySet())
        .containsExactly("rewards.volume", "focus.aim", "rewards.insight");
  }

  @Test
  void should_read_an_equal_response_when_it_is_written_and_read_back_as_yaml_too() {
    // GIVEN: JSON is also YAML
    Response response = sample();

    // WHEN
    Response read = ResponseFormat.fromYaml(ResponseFormat.toJson(response));

    // THEN
    assertThat(read).isEqualTo(response);
  }

  @Test
  void should_read_files_by_extension_when_reading_json_and_yaml(@TempDir Path dir)
      throws IOException {
    // GIVEN
    Path json = Files.writeString(dir.resolve("r-17.json"), ResponseFormat.toJson(sample()));
    Path yaml =
        Files.writeString(
            dir.resolve("r-17.yaml"),
            "rubric: two-poles@1.0.0\nrespondent: r-17\nanswers:\n  rewards.volume: 4\n"
                + "  focus.aim: n/a\n  rewards.insight: null\n");

    // WHEN / THEN
    assertThat(ResponseFormat.read(json)).isEqualTo(sample());
    assertThat(ResponseFormat.read(yaml)).isEqualTo(sample());
  }

  @Test
  void should_report_the_file_when_it_does_not_exist(@TempDir Path dir) {
    // GIVEN
    Path file = dir.resolve("missing.json");

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.read(file));

    // THEN
    assertThat(e).hasMessage(file + ": no such file");
  }
}
