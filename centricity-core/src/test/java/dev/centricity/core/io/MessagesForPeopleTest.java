package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.FormatException;
import dev.centricity.core.Rubric;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Specifies that a file the readers refuse gets a message for people: it names the trait or key (by
 * its path), the rule and the value as written, in words, and never a Java type or a parser's
 * feature name ({@code docs/robustness.md}, the limits of the JSON and YAML readers). Also that the
 * readers refuse what they would otherwise read as something else: numbers too small or too large
 * for a double, texts holding half of a character, YAML tags and {@code %YAML} directives of
 * another version than 1.2.
 */
class MessagesForPeopleTest {

  private static final String RUBRIC =
      String.join(
          "\n",
          "id: small",
          "version: 1.0.0",
          "poles: [{ id: product }, { id: customer }]",
          "scales: [{ id: yesno, points: [No, Yes] }]",
          "dimensions:",
          "  - id: focus",
          "    traits:",
          "      - { id: focus.churn, statement: We track churn., keyed: customer, scale: yesno,"
              + " weight: %s }",
          "");

  private static FormatException formatError(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    assertNoJavaNames(thrown.getMessage());
    return (FormatException) thrown;
  }

  private static void assertNoJavaNames(String message) {
    assertThat(message)
        .doesNotContainPattern("java\\.|Exception|ALLOW_|Feature|\\(String\\)|tools\\.jackson")
        .doesNotContain("Source:", "Version{");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\U80000000", "\\UFFFFFFFF", "\\U99999999"})
  void should_name_the_escape_when_a_yaml_u_escape_is_beyond_unicode(String escape) {
    // GIVEN: an 8-digit escape too large for the parser's int (it failed with a Java exception)
    String yaml = "respondent: \"r-" + escape + "\"\nanswers: {}\n";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromYaml(yaml));

    // THEN
    assertThat(e)
        .hasMessage(
            "<yaml>:1:16: malformed YAML: the escape "
                + escape
                + " is not a Unicode character; the largest is \\U0010FFFF");
  }

  @Test
  void should_say_the_text_ends_inside_an_escape_when_yaml_is_cut_after_backslash_u() {
    // GIVEN
    String yaml = "respondent: \"\\u";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromYaml(yaml));

    // THEN
    assertThat(e.getMessage()).contains("ends inside an escape sequence");
  }

  @Test
  void should_name_the_trait_and_the_rule_when_an_answer_has_a_plus_sign() {
    // WHEN
    FormatException e =
        formatError(() -> ResponseFormat.fromJson("{\"answers\":{\"focus.churn\":+4}}"));

    // THEN: the path and the message name the trait, the rule and the value as written
    assertThat(e.path()).isEqualTo("/answers/focus.churn");
    assertThat(e)
        .hasMessage(
            "<json>:1:28 at /answers/focus.churn: answer to trait 'focus.churn': a number must not"
                + " start with '+' (write 4, not +4), found '+4'");
  }

  @Test
  void should_name_the_trait_and_the_rule_when_an_answer_is_hexadecimal() {
    // WHEN
    FormatException e =
        formatError(() -> ResponseFormat.fromJson("{\"answers\":{\"focus.churn\":0x4}}"));

    // THEN
    assertThat(e.path()).isEqualTo("/answers/focus.churn");
    assertThat(e.getMessage())
        .endsWith(
            "answer to trait 'focus.churn': a number must be written in decimal digits, not in"
                + " hexadecimal (0x...), found '0x4'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4 // four\n", "4 /* four */", "4 # four\n"})
  void should_name_the_trait_and_say_json_has_no_comments_when_an_answer_has_one(String answer) {
    // WHEN
    FormatException e =
        formatError(
            () -> ResponseFormat.fromJson("{\"answers\":{\"focus.churn\":" + answer + "}}"));

    // THEN
    assertThat(e.path()).isEqualTo("/answers/focus.churn");
    assertThat(e.getMessage()).contains("answer to trait 'focus.churn': ");
  }

  @Test
  void should_say_json_has_no_comments_when_a_slash_comment_follows_an_answer() {
    // WHEN
    FormatException e =
        formatError(() -> ResponseFormat.fromJson("{\"answers\":{\"focus.churn\":4 // four\n}}"));

    // THEN
    assertThat(e.getMessage())
        .endsWith("answer to trait 'focus.churn': JSON does not allow comments, found '// four'");
  }

  @Test
  void should_say_where_a_map_starts_without_java_types_when_json_ends_too_early() {
    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromJson("{\"answers\":{\"a\":4"));

    // THEN
    assertThat(e.getMessage())
        .endsWith(
            "the document ends too early: the map is not closed with '}' (it starts at line 1,"
                + " column 12)");
  }

  @Test
  void should_refuse_a_yaml_1_1_directive_and_say_the_files_are_yaml_1_2() {
    // GIVEN: under YAML 1.1 'no' would be false; the reader uses 1.2 rules only
    String yaml = "%YAML 1.1\n---\n" + String.format(RUBRIC, "1");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e)
        .hasMessage(
            "<yaml>:1:1: the file declares %YAML 1.1, but these files are read by the rules of"
                + " YAML 1.2 only (where, for example, yes and no are text, not booleans): remove"
                + " the directive or write %YAML 1.2");
  }

  @Test
  void should_refuse_yaml_2_0_in_words() {
    // WHEN (snakeyaml's own message was 'Version{major=2, minor=0}')
    FormatException e =
        formatError(() -> RubricFormat.fromYaml("%YAML 2.0\n---\n" + String.format(RUBRIC, "1")));

    // THEN
    assertThat(e.getMessage()).contains("the file declares %YAML 2.0");
  }

  @Test
  void should_read_a_yaml_1_2_directive() {
    // WHEN
    Rubric r = RubricFormat.fromYaml("%YAML 1.2\n---\n" + String.format(RUBRIC, "1"));

    // THEN
    assertThat(r.id()).isEqualTo("small");
  }

  @Test
  void should_call_a_null_tag_a_tag_not_text_when_a_weight_is_tagged_null() {
    // GIVEN: !!null "" (Jackson read it as the text "")
    String yaml = String.format(RUBRIC, "!!null \"\"");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/weight");
    assertThat(e.getMessage())
        .endsWith(
            "the value is tagged !!null, but YAML tags are not supported in these files; for no"
                + " value write null or leave the key out")
        .doesNotContain("text", "String");
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!float x", "!!binary 4", "!foo 3", "!!str 4"})
  void should_refuse_any_yaml_tag_with_its_path(String value) {
    // WHEN (!!float x failed with java.lang.NumberFormatException, !!binary with a Base64 variant)
    FormatException e = formatError(() -> RubricFormat.fromYaml(String.format(RUBRIC, value)));

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/weight");
    assertThat(e.getMessage()).contains("the value is tagged " + value.split(" ")[0]);
  }

  @Test
  void should_refuse_a_weight_that_is_not_zero_but_too_small_for_a_double() {
    // GIVEN: 1e-400 reads as 0.0, silently taking the trait out of scoring
    String yaml = String.format(RUBRIC, "1e-400");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/weight");
    assertThat(e.getMessage())
        .endsWith(
            "the number 1e-400 is too small to be held (it would read as 0): write 0, or a number"
                + " of at least about 4.9e-324");
  }

  @Test
  void should_refuse_a_weight_too_large_for_a_double_with_the_number_as_written() {
    // GIVEN: 1e400 reads as infinity; the validator then said 'but was Infinity'
    String json =
        RubricFormat.toJson(RubricFormat.fromYaml(String.format(RUBRIC, "1")))
            .replace("\"weight\" : 1.0", "\"weight\" : 1e400");
    assertThat(json).contains("1e400");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromJson(json));

    // THEN
    assertThat(e.getMessage())
        .contains("/weight: the number 1e400 is too large to be held (it would read as infinity)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.0", "0e5", "0.000e-999", "-0", "4.9e-324"})
  void should_read_a_weight_that_is_zero_or_representable(String weight) {
    // WHEN: each is 0 as written, or a (subnormal) double
    Rubric r =
        RubricFormat.fromYaml(
            String.format(RUBRIC, weight)
                + "  - id: other\n"
                + "    traits: [{ id: other.t, statement: S., keyed: product, scale: yesno }]\n");

    // THEN
    assertThat(r.dimensions().get(0).traits().get(0).weight())
        .isEqualTo(Double.parseDouble(weight));
  }

  @Test
  void should_refuse_an_answer_of_1e_minus_400_instead_of_reading_0() {
    // WHEN
    FormatException e =
        formatError(() -> ResponseFormat.fromJson("{\"answers\":{\"focus.churn\":1e-400}}"));

    // THEN
    assertThat(e)
        .hasMessage(
            "<json>:1:27 at /answers/focus.churn: answer must be a whole number of the scale but"
                + " was 1e-400");
  }

  @Test
  void should_refuse_a_lone_surrogate_in_json_with_its_path() {
    // GIVEN: half of a character, which UTF-8 would write as '?'
    String json = "{\"respondent\":\"r-\\ud800\",\"answers\":{}}";

    // WHEN
    FormatException e = formatError(() -> ResponseFormat.fromJson(json));

    // THEN
    assertThat(e)
        .hasMessage(
            "<json>:1:15 at /respondent: the text holds half of a character, a lone surrogate"
                + " U+D800 (written \\uD800): only whole Unicode characters are allowed");
  }

  @Test
  void should_refuse_a_lone_surrogate_in_yaml_with_its_path() {
    // GIVEN
    String yaml = String.format(RUBRIC, "1").replace("We track churn.", "\"We \\uDC00\"");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.fromYaml(yaml));

    // THEN
    assertThat(e.path()).isEqualTo("/dimensions/0/traits/0/statement");
    assertThat(e.getMessage()).contains("a lone surrogate U+DC00");
  }

  @Test
  void should_read_a_surrogate_pair_escaped_in_json() {
    // WHEN: an emoji as two escapes is a whole character
    var r = ResponseFormat.fromJson("{\"respondent\":\"\\ud83d\\ude00\",\"answers\":{}}");

    // THEN
    assertThat(r.respondent()).contains("\uD83D\uDE00");
  }
}
