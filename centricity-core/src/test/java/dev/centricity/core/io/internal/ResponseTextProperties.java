package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Response;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.internal.Reading.Syntax;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reader of the plainest requests' characters ({@code ResponseJson.readText}), the first of
 * {@code ResponseFormat.fromJson}'s readers, reads what the general reader reads: on documents
 * built from the pieces of requests, plain and odd (escapes, control characters, numbers written
 * every way, other white space, repeated and unknown keys, trailing text), {@code fromJson} gives
 * the general reader's response or its error, word for word; and the plain ones are read by the
 * text reader itself, not passed on.
 */
class ResponseTextProperties {

  private static Object general(String json) {
    try {
      return Reading.read(json, Syntax.JSON, Response.class, "<json>");
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static Object read(String json) {
    try {
      return ResponseFormat.fromJson(json);
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  private static Arbitrary<String> oneOf(String... pieces) {
    return Arbitraries.of(pieces);
  }

  /** White space, mostly JSON's, sometimes not. */
  private static Arbitrary<String> space() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(40, oneOf("", " ", "\n", "\r\n\t  ")),
        net.jqwik.api.Tuple.of(1, oneOf("\f", "\u00a0", "/**/", "\u000b")));
  }

  /** Texts for ids, the rubric and the respondent. */
  private static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(
            40, oneOf("\"a\"", "\"b\"", "\"t1\"", "\"x@1\"", "\"r-17\"", "\"é\"")),
        net.jqwik.api.Tuple.of(
            2,
            oneOf(
                "\"a\\\"b\"",
                "\"\\u0061\"",
                "\"tab\there\"",
                "\"\\ud800\"",
                "\"\ud800\"",
                "\"\"",
                "\"a\\\\\"",
                "\"" + "n".repeat(JsonSupport.MAX_NAME_CHARS) + "\"",
                "\"" + "n".repeat(JsonSupport.MAX_NAME_CHARS + 1) + "\"")),
        net.jqwik.api.Tuple.of(1, oneOf("17", "null", "true", "'a'", "a", "[\"a\"]", "{}")));
  }

  /** Answers written every way. */
  private static Arbitrary<String> answer() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, oneOf("1", "4", "5", "0", "null", "\"n/a\"", "7")),
        net.jqwik.api.Tuple.of(
            1,
            oneOf(
                "-0",
                "-1",
                "007",
                "4.0",
                "4.5",
                "1e2",
                "1E0",
                "2147483647",
                "2147483648",
                "-2147483648",
                "-2147483649",
                "12345678901",
                "+1",
                "-",
                "4x",
                "nul",
                "nulls",
                "\" N/A \"",
                "\"n/a\\t\"",
                "\"N/a\"",
                "\"n/ab\"",
                "\"agree\"",
                "\"\"",
                "true",
                "[1]",
                "{}",
                "1 2",
                "0x10",
                "NaN")));
  }

  private static Arbitrary<String> answers() {
    Arbitrary<String> entry =
        Combinators.combine(text(), space(), answer(), space())
            .as((id, s1, value, s2) -> id + s1 + ":" + s2 + value);
    return entry
        .list()
        .ofMaxSize(6)
        .flatMap(
            entries ->
                space()
                    .map(
                        s -> {
                          StringBuilder b = new StringBuilder("{").append(s);
                          for (int i = 0; i < entries.size(); i++) {
                            b.append(i > 0 ? "," + s : "").append(entries.get(i));
                          }
                          return b.append(s).append('}').toString();
                        }));
  }

  private static Arbitrary<String> member() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, text().map(v -> "\"rubric\":" + v)),
        net.jqwik.api.Tuple.of(3, text().map(v -> "\"respondent\":" + v)),
        net.jqwik.api.Tuple.of(5, answers().map(v -> "\"answers\":" + v)),
        net.jqwik.api.Tuple.of(
            1,
            oneOf(
                "\"comment\":1",
                "\"answers\":null",
                "\"rubric\" : \"x@1\"",
                "\"r\\u0075bric\":\"x@1\"")));
  }

  @Provide
  Arbitrary<String> documents() {
    return Combinators.combine(
            member().list().ofMaxSize(4),
            space(),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, oneOf("", " ", "\n")),
                net.jqwik.api.Tuple.of(1, oneOf("x", "{}", ","))),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, oneOf("{", " {")),
                net.jqwik.api.Tuple.of(1, oneOf("[", "\ufeff{"))))
        .as(
            (members, s, tail, open) -> {
              StringBuilder b = new StringBuilder(open).append(s);
              for (int i = 0; i < members.size(); i++) {
                b.append(i > 0 ? "," + s : "").append(members.get(i));
              }
              return b.append(s).append('}').append(tail).toString();
            });
  }

  @Property(tries = 3000)
  void reads_any_document_as_the_general_reader(@ForAll("documents") String json) {
    assertThat(read(json)).as("%s", json).isEqualTo(general(json));
  }

  /** Plain requests: the text reader takes them itself, and reads the general reader's response. */
  @Property(tries = 1000)
  void reads_plain_requests_itself(
      @ForAll("plainIds") List<String> ids,
      @ForAll("plainAnswers") List<String> values,
      @ForAll("jsonSpace") String s) {
    StringBuilder b = new StringBuilder("{").append(s).append("\"rubric\":").append(s);
    b.append("\"x@1.0.0\",").append(s).append("\"respondent\"").append(s).append(":\"r 1\",");
    b.append("\"answers\":{").append(s);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      if (seen.contains(ids.get(i))) {
        continue;
      }
      b.append(seen.isEmpty() ? "" : ",").append(s).append('"').append(ids.get(i)).append("\":");
      b.append(s).append(values.get(i % values.size())).append(s);
      seen.add(ids.get(i));
    }
    String json = b.append("}").append(s).append("}").append(s).toString();
    Response text = ResponseJson.readText(json, new ResponseJson.Scratch());
    assertThat(text).as("%s", json).isNotNull();
    assertThat(text).isEqualTo(general(json));
    assertThat(ResponseFormat.fromJson(json)).isEqualTo(text);
  }

  @Provide
  Arbitrary<List<String>> plainIds() {
    return Arbitraries.strings().withCharRange('a', 'e').ofMinLength(1).ofMaxLength(3).list();
  }

  @Provide
  Arbitrary<List<String>> plainAnswers() {
    return oneOf("1", "5", "0", "-3", "2147483647", "null", "\"n/a\"", "\" N/a\"")
        .list()
        .ofMinSize(1);
  }

  @Provide
  Arbitrary<String> jsonSpace() {
    return oneOf("", " ", "\n", "\t\r\n ");
  }

  /** Each odd piece in a document otherwise plain. */
  @Example
  void reads_documents_with_one_odd_piece_as_the_general_reader() {
    List<String> answers =
        List.of(
            "-0",
            "-1",
            "007",
            "00",
            "4.0",
            "4.5",
            "1e2",
            "1E0",
            "2147483647",
            "2147483648",
            "-2147483648",
            "-2147483649",
            "12345678901",
            "99999999999999999999",
            "+1",
            "-",
            "4x",
            "nul",
            "nulls",
            "\" N/A \"",
            "\"n/a\\t\"",
            "\"N/a\"",
            "\"n/ab\"",
            "\"agree\"",
            "\"\"",
            "true",
            "[1]",
            "{}",
            "1 2",
            "0x10",
            "NaN",
            "\"n/a",
            "1,",
            "null}");
    for (String a : answers) {
      String json = "{\"rubric\":\"x@1\",\"answers\":{\"t0\":1,\"t1\":" + a + "}}";
      assertThat(read(json)).as("%s", json).isEqualTo(general(json));
    }
    List<String> texts =
        List.of(
            "\"a\\\"b\"",
            "\"\\u0061\"",
            "\"tab\there\"",
            "\"\\ud800\"",
            "\"\ud800\"",
            "\"\"",
            "\"\ud83d\ude00\"",
            "\"" + "n".repeat(JsonSupport.MAX_NAME_CHARS) + "\"",
            "\"" + "n".repeat(JsonSupport.MAX_NAME_CHARS + 1) + "\"",
            "\"" + "s".repeat(JsonSupport.MAX_STRING_CHARS) + "\"",
            "\"" + "s".repeat(JsonSupport.MAX_STRING_CHARS + 1) + "\"",
            "17",
            "null",
            "'a'");
    for (String t : texts) {
      for (String json :
          List.of(
              "{\"rubric\":" + t + ",\"answers\":{\"t0\":1}}",
              "{\"respondent\":" + t + ",\"answers\":{\"t0\":1}}",
              "{\"answers\":{" + t + ":1}}")) {
        assertThat(read(json)).as("%s", json).isEqualTo(general(json));
      }
    }
    for (String json :
        List.of(
            "{\"answers\":{\"t0\":1}}\u000b",
            "{\"answers\":{\"t0\":1}}\f",
            "{\"answers\":{\"t0\":1,}}",
            "{\"answers\":{,\"t0\":1}}",
            "{,\"answers\":{}}",
            "{\"answers\":{}},",
            "{\"answers\":{\"t0\" 1}}",
            "{\"answers\":{\"t0\":1 \"t1\":2}}",
            "{\"answers\":{\"t0\":1}",
            "{\"answers\":{\"t0\":",
            "{\"answers\"",
            "{",
            "",
            " ",
            "{\"rubric\":\"x@1\"}",
            "{\"respondent\":\"r\",\"rubric\":\"x@1\",\"answers\":{}}")) {
      assertThat(read(json)).as("%s", json).isEqualTo(general(json));
    }
  }

  @Example
  void reads_the_ids_again_from_the_last_request_of_the_same_thread() {
    // GIVEN: two requests with the same ids, the second with other answers
    ResponseJson.Scratch scratch = new ResponseJson.Scratch();
    Response first = ResponseJson.readText("{\"answers\":{\"t0\":1,\"t1\":2}}", scratch);
    scratch.clear(scratch.ids.length);

    // WHEN
    Response second = ResponseJson.readText("{\"answers\":{\"t0\":3,\"t9\":4}}", scratch);

    // THEN: the same id is the same string, another id a new one, and the answers are each's
    List<String> a = new ArrayList<>(first.answers().keySet());
    List<String> b = new ArrayList<>(second.answers().keySet());
    assertThat(b).containsExactly("t0", "t9");
    assertThat(b.get(0)).isSameAs(a.get(0));
    assertThat(second.answers().get("t0").pointValue()).isEqualTo(3);
    assertThat(first.answers().get("t0").pointValue()).isEqualTo(1);
  }
}
