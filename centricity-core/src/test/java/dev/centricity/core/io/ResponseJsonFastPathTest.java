package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Response;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies that {@link ResponseFormat#fromJson} reads every document exactly as the general reader
 * does, whether its one-pass reader takes the document or leaves it to the general one: equal
 * responses, and the same error, word for word, at the same place.
 */
class ResponseJsonFastPathTest {

  private static final String LONG = "x".repeat(JsonSupport.MAX_STRING_CHARS + 1);

  private static Object general(String json) {
    try {
      return Reading.read(json, Syntax.JSON, Response.class, "<json>");
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Object read(String json) {
    try {
      return ResponseFormat.fromJson(json);
    } catch (RuntimeException e) {
      return e;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"rubric\": \"two-poles@1.0.0\", \"respondent\": \"r-1\", \"answers\": {\"a\": 4}}",
        "{\"answers\": {\"a\": 4, \"b\": \"n/a\", \"c\": null, \"d\": \" N/A \"}, \"rubric\": \"x@1\"}",
        "{\"answers\": {}}",
        "{}",
        "{\"answers\": {\"a\": 4.0}}",
        "{\"respondent\": 17, \"answers\": {\"a\": 1}}",
        "{\"respondent\": null}",
        "{\"answers\": null}",
        "{\"answers\": {\"a\": 1, \"a\": 2}}",
        "{\"answers\": {\"a\": 1}, \"answers\": {\"b\": 2}}",
        "{\"rubric\": \"x@1\", \"rubric\": \"x@1\"}",
        "{\"answers\": {\"a\": 1}} {}",
        "{\"answers\": {\"a\": 1}",
        "{\"answers\": {\"a\": 12345678901}}",
        "{\"answers\": {\"a\": true}}",
        "{\"answers\": {\"a\": \"agree\"}}",
        "{\"answers\": {\"a\": [1]}}",
        "{\"comment\": 1}",
        "[1]",
        "\"text\"",
        "\uFEFF{\"answers\": {\"a\": 1}}"
      })
  void should_read_as_the_general_reader_when_given_a_document(String json) {
    // GIVEN / WHEN
    Object fast = read(json);
    Object general = general(json);

    // THEN
    if (general instanceof RuntimeException expected) {
      assertThat(fast).isInstanceOf(expected.getClass());
      assertThat(((Throwable) fast).getMessage()).isEqualTo(expected.getMessage());
    } else {
      assertThat(fast).isEqualTo(general);
    }
  }

  @Test
  void should_keep_each_requests_rubric_when_requests_name_different_ones_in_turn() {
    // GIVEN: the reader reuses the last rubric's string when a request names the same one
    String[] named = {"a@1", "a@1", "b@1", "a@10", "a@1", ""};

    // WHEN / THEN
    for (String rubric : named) {
      Response read = ResponseFormat.fromJson("{\"rubric\": \"" + rubric + "\"}");
      assertThat(read.rubric()).hasValue(rubric);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"respondent", "rubric"})
  void should_refuse_a_text_longer_than_the_limit_as_the_general_reader_does(String key) {
    // GIVEN
    String json = "{\"" + key + "\": \"" + LONG + "\"}";

    // WHEN
    Throwable fast = catchThrowable(() -> ResponseFormat.fromJson(json));

    // THEN
    assertThat(fast).hasMessage(((Throwable) general(json)).getMessage());
    assertThat(fast.getMessage()).contains("limit");
  }
}
