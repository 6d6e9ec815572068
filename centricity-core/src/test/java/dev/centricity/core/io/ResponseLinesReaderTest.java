package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Response;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies JSON lines of responses read as a cohort: one row per non-blank line in order, each a
 * member with the answers of the line or an error saying what is wrong (rows out = rows in).
 */
class ResponseLinesReaderTest {

  @TempDir Path dir;

  private static List<CohortRow> rows(CohortRows rows) {
    List<CohortRow> all = new ArrayList<>();
    try (rows) {
      rows.forEach(all::add);
    }
    return all;
  }

  @Test
  void should_read_each_line_as_a_member_with_its_group() {
    // GIVEN two responses, a blank line, CRLF line ends, a group as a number
    String text =
        "{\"respondent\":\"r-1\",\"group\":\"Sales\",\"answers\":{\"a.x\":4,\"a.y\":\"n/a\"}}\r\n"
            + "\r\n"
            + "{\"answers\":{\"a.x\":null},\"group\":7}\n";
    // WHEN read
    List<CohortRow> rows = rows(ResponseLinesReader.of().fromString(text));
    // THEN two members on lines 1 and 3, the answers as written
    Response r1 =
        Response.builder()
            .respondent("r-1")
            .putAnswers("a.x", Answer.of(4))
            .putAnswers("a.y", Answer.notApplicable())
            .build();
    Response r2 = Response.builder().putAnswers("a.x", Answer.blank()).build();
    assertThat(rows)
        .containsExactly(
            CohortRow.of(1, CohortMember.of(r1, "Sales")),
            CohortRow.of(3, CohortMember.of(r2, "7")));
  }

  @Test
  void should_keep_every_bad_line_as_an_error_row_in_order() {
    // GIVEN a line that is not JSON, a list, an answer of the wrong type, and a good line
    String text =
        "{not json\n"
            + "[1,2]\n"
            + "{\"respondent\":\"r-3\",\"answers\":{\"a.x\":true}}\n"
            + "{\"answers\":{\"a.x\":2}}\n";
    // WHEN read
    List<CohortRow> rows = rows(ResponseLinesReader.of().fromString(text));
    // THEN four rows: three errors with their line and reason, then the member
    assertThat(rows).hasSize(4);
    assertThat(rows.subList(0, 3)).allMatch(CohortRow::isError);
    assertThat(rows.get(0).error().orElseThrow().line()).isEqualTo(1);
    assertThat(rows.get(1).error().orElseThrow().reason()).contains("found a list");
    assertThat(rows.get(2).error().orElseThrow().respondent()).contains("r-3");
    assertThat(rows.get(2).error().orElseThrow().reason())
        .contains("/answers/a.x")
        .doesNotContain("<json>");
    assertThat(rows.get(3).line()).isEqualTo(4);
    assertThat(rows.get(3).isError()).isFalse();
  }

  @Test
  void should_take_the_group_from_the_key_chosen() {
    // GIVEN a line with a team key
    String text = "{\"team\":\"Ops\",\"answers\":{\"a.x\":1}}\n";
    // WHEN read with the key team
    List<CohortRow> rows = rows(ResponseLinesReader.of().withGroupKey("team").fromString(text));
    // THEN
    assertThat(rows.get(0).member().orElseThrow().group()).contains("Ops");
  }

  @Test
  void should_refuse_a_group_key_that_is_a_response_key() {
    // GIVEN / WHEN
    Throwable thrown = catchThrowable(() -> ResponseLinesReader.of().withGroupKey("answers"));
    // THEN
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("answers");
  }

  @Test
  void should_make_a_group_that_is_no_text_an_error_row() {
    // GIVEN a group given as an object
    String text = "{\"group\":{\"x\":1},\"answers\":{\"a.x\":1}}\n";
    // WHEN / THEN
    List<CohortRow> rows = rows(ResponseLinesReader.of().fromString(text));
    assertThat(rows.get(0).error().orElseThrow().reason()).contains("group");
  }

  @Test
  void should_read_a_utf16_file_with_its_byte_order_mark() throws Exception {
    // GIVEN a file in UTF-16 with a byte-order mark
    Path file = dir.resolve("responses.jsonl");
    Files.write(
        file,
        ("\uFEFF{\"respondent\":\"Zoë\",\"answers\":{\"a.x\":3}}\n")
            .getBytes(StandardCharsets.UTF_16));
    // WHEN / THEN
    List<CohortRow> rows = rows(ResponseLinesReader.of().open(file));
    assertThat(rows.get(0).member().orElseThrow().response().respondent()).contains("Zoë");
  }

  @Test
  void should_fail_for_a_missing_file_and_a_line_beyond_the_limit() {
    // GIVEN / WHEN
    Throwable missing =
        catchThrowable(() -> ResponseLinesReader.of().open(dir.resolve("no.jsonl")));
    String longLine = "{\"respondent\":\"" + "x".repeat(ResponseLinesReader.MAX_LINE_CHARS) + "\"}";
    Throwable tooLong =
        catchThrowable(() -> rows(ResponseLinesReader.of().fromString("{}\n" + longLine)));
    // THEN
    assertThat(missing)
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("no such file");
    assertThat(tooLong)
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("<string>:2")
        .hasMessageContaining("limit");
  }
}
