package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.COHORTS;
import static dev.centricity.core.cohort.Fixtures.rows;
import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.Answer;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.FormatException;
import dev.centricity.core.io.CohortReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Reading cohorts from CSV: the format, bad rows as error records, and bad files as exceptions. */
class CohortReaderTest {

  private static final String HEADER =
      "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n";

  @Nested
  class Format {

    @Test
    void should_read_a_member_per_row_with_respondent_group_and_answers() {
      // GIVEN small-teams.csv: a header and six respondents in teams A, B and C
      List<CohortRow> rows = new ArrayList<>();
      try (CohortRows r = CohortReader.of(small()).open(COHORTS.resolve("small-teams.csv"))) {
        // THEN the header is known before the first row is read
        assertThat(r.columns()).startsWith("respondent", "group", "culture.listen");
        assertThat(r.warnings()).isEmpty();
        assertThat(r.source()).endsWith("small-teams.csv");
        r.forEach(rows::add);
      }
      // THEN one row per data line, lines 2 to 7, in file order
      assertThat(rows).extracting(CohortRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
      assertThat(rows).noneMatch(CohortRow::isError);
      CohortMember a1 = rows.get(0).member().orElseThrow();
      assertThat(a1.group()).hasValue("A");
      assertThat(a1.response().respondent()).hasValue("a1");
      assertThat(a1.response().answers())
          .containsExactly(
              Map.entry("culture.listen", Answer.of(5)),
              Map.entry("culture.visit", Answer.of(5)),
              Map.entry("culture.ship", Answer.of(1)),
              Map.entry("focus.aim", Answer.of(5)),
              Map.entry("focus.churn", Answer.of(2)));
      // a3 answered n/a, b2 left the cell empty
      assertThat(rows.get(2).member().orElseThrow().response().answers().get("focus.churn"))
          .isEqualTo(Answer.notApplicable());
      assertThat(rows.get(4).member().orElseThrow().response().answers().get("focus.churn"))
          .isEqualTo(Answer.blank());
    }

    @Test
    void should_read_quoted_fields_with_commas_quotes_and_line_breaks() {
      // GIVEN RFC 4180 quoting, CRLF line ends and a byte-order mark
      String csv =
          "\uFEFFrespondent,group,culture.listen\r\n"
              + "\"Smith, J.\",\"Team \"\"A\"\"\",4\r\n"
              + "\"two\r\nlines\",\"B\",\"5\"\r\n"
              + "r-3,C,3\r\n";
      // WHEN
      List<CohortRow> rows = rows(csv);
      // THEN the fields are unquoted, and a record spanning two lines moves the next one down
      assertThat(rows).extracting(CohortRow::line).containsExactly(2L, 3L, 5L);
      assertThat(rows.get(0).member().orElseThrow().response().respondent()).hasValue("Smith, J.");
      assertThat(rows.get(0).member().orElseThrow().group()).hasValue("Team \"A\"");
      assertThat(rows.get(1).member().orElseThrow().response().respondent())
          .hasValue("two\r\nlines");
      assertThat(rows.get(1).member().orElseThrow().response().answers())
          .containsEntry("culture.listen", Answer.of(5));
      assertThat(rows.get(2).member().orElseThrow().group()).hasValue("C");
    }

    @Test
    void should_accept_LF_and_CR_line_ends_and_skip_blank_lines() {
      // GIVEN lines 1 (header), 2 (blank), 3, 4 (blank), 5 ending in CR, and no final line end
      String csv = "group,culture.listen\n\nA,4\n\rB,2\rC,1";
      // WHEN
      List<CohortRow> rows = rows(csv);
      // THEN blank lines are no rows but still count as lines
      assertThat(rows).extracting(CohortRow::line).containsExactly(3L, 5L, 6L);
      assertThat(rows)
          .extracting(r -> r.member().orElseThrow().group().orElseThrow())
          .containsExactly("A", "B", "C");
    }

    @Test
    void should_treat_empty_cells_and_n_a_as_missing_and_ignore_white_space() {
      // GIVEN padded cells, N/A in capitals, a whole number written 4.0 and empty labels
      String csv =
          " respondent , GROUP ,culture.listen,culture.visit,culture.ship\n , , N/A ,,4.0\n";
      // WHEN
      CohortMember m = rows(csv).get(0).member().orElseThrow();
      // THEN
      assertThat(m.response().respondent()).isEmpty();
      assertThat(m.group()).isEmpty();
      assertThat(m.response().answers())
          .containsExactly(
              Map.entry("culture.listen", Answer.notApplicable()),
              Map.entry("culture.visit", Answer.blank()),
              Map.entry("culture.ship", Answer.of(4)));
    }

    @Test
    void should_read_a_file_with_a_header_and_no_rows() {
      assertThat(rows(HEADER)).isEmpty();
    }

    @Test
    void should_read_UTF_8_bytes_and_close_the_stream() {
      // GIVEN a group label with non-ASCII letters
      byte[] bytes = "group,culture.listen\nÉquipe Ω,3\n".getBytes(StandardCharsets.UTF_8);
      // WHEN
      List<CohortRow> rows = new ArrayList<>();
      try (CohortRows r =
          CohortReader.of(small()).open(new ByteArrayInputStream(bytes), "bytes.csv")) {
        r.forEach(rows::add);
      }
      // THEN
      assertThat(rows.get(0).member().orElseThrow().group()).hasValue("Équipe Ω");
    }

    @Test
    void should_stream_rows_as_they_are_read() {
      // GIVEN a reader that makes 200,000 rows up as it is read, never holding them all
      int count = 200_000;
      Reader endless = new GeneratedCsv(count);
      // WHEN
      long rows;
      long errors;
      try (CohortRows r = CohortReader.of(small()).open(endless, "generated")) {
        rows = 0;
        errors = 0;
        for (CohortRow row : r) {
          rows++;
          errors += row.isError() ? 1 : 0;
        }
      }
      // THEN every row came through: every 1000th has an answer of 9, out of range
      assertThat(rows).isEqualTo(count);
      assertThat(errors).isEqualTo(count / 1000);
    }

    @Test
    void should_be_iterated_once() {
      try (CohortRows r = CohortReader.of(small()).fromString(HEADER)) {
        r.iterator();
        assertThatThrownBy(r::iterator)
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("the rows of <string> can be iterated only once");
      }
    }
  }

  @Nested
  class BadRows {

    @Test
    void should_turn_bad_cells_into_an_error_record_naming_every_one() {
      // GIVEN a row with a word, a fraction and an answer beyond the five-point scale
      String csv = HEADER + "r-1,A,maybe,3.5,6,3,2\n" + "r-2,A,4,4,2,3,2\n";
      // WHEN
      List<CohortRow> rows = rows(csv);
      // THEN the bad row is a record with its line, respondent, first column and every reason
      assertThat(rows).hasSize(2);
      RowError error = rows.get(0).error().orElseThrow();
      assertThat(error.line()).isEqualTo(2);
      assertThat(error.respondent()).hasValue("r-1");
      assertThat(error.column()).hasValue("culture.listen");
      assertThat(error.reason())
          .isEqualTo(
              "column 'culture.listen': 'maybe' is not an answer: give a whole number from 1 to 5,"
                  + " leave the cell empty or write n/a; column 'culture.visit': '3.5' is not an"
                  + " answer: give a whole number from 1 to 5, leave the cell empty or write n/a;"
                  + " column 'culture.ship': answer 6 is outside the scale, which runs from 1 to"
                  + " 5");
      assertThat(error.describe()).startsWith("line 2 (respondent 'r-1'): column 'culture.listen'");
      // and the next row is read as usual
      assertThat(rows.get(1).isError()).isFalse();
    }

    @Test
    void should_check_each_answer_against_its_own_scale() {
      // GIVEN churn on a two-point scale answered 3, and a 0 and a negative answer
      String csv = HEADER + "r-1,A,0,-1,2,3,3\n";
      // WHEN
      RowError error = rows(csv).get(0).error().orElseThrow();
      // THEN
      assertThat(error.reason())
          .contains(
              "column 'culture.listen': answer 0 is outside the scale, which runs from 1 to 5")
          .contains("column 'culture.visit': answer -1 is outside")
          .contains("column 'focus.churn': answer 3 is outside the scale, which runs from 1 to 2");
    }

    @Test
    void should_record_a_row_with_too_many_or_too_few_fields() {
      // GIVEN a row of 8 fields and one of 3, where the header has 7
      String csv = HEADER + "r-1,A,4,4,2,3,2,9\nr-2,A,4\nr-3,B,1,1,5,1,1\n";
      // WHEN
      List<CohortRow> rows = rows(csv);
      // THEN
      assertThat(rows.get(0).error().orElseThrow().reason())
          .isEqualTo("the row has 8 fields but the header has 7");
      assertThat(rows.get(1).error().orElseThrow().reason())
          .isEqualTo("the row has 3 fields but the header has 7");
      assertThat(rows.get(1).error().orElseThrow().respondent()).hasValue("r-2");
      assertThat(rows.get(2).isError()).isFalse();
    }

    @Test
    void should_record_a_stray_quote_and_read_on() {
      // GIVEN a quote inside an unquoted field, and text after a closing quote
      String csv = HEADER + "r-1,A\"x,4,4,2,3,2\n\"r-2\"x,A,4,4,2,3,2\nr-3,A,4,4,2,3,2\n";
      // WHEN
      List<CohortRow> rows = rows(csv);
      // THEN
      assertThat(rows.get(0).error().orElseThrow().reason())
          .isEqualTo(
              "malformed CSV: field 2 has a quote but does not start with one; quote the whole"
                  + " field and double the quotes inside it");
      assertThat(rows.get(1).error().orElseThrow().reason())
          .isEqualTo("malformed CSV: field 1 has text after its closing quote");
      assertThat(rows.get(2).isError()).isFalse();
      assertThat(rows).extracting(CohortRow::line).containsExactly(2L, 3L, 4L);
    }
  }

  @Nested
  class BadFiles {

    @Test
    void should_fail_on_a_column_that_matches_nothing_under_strict_columns_naming_it() {
      // GIVEN columns that are no trait of the rubric, read with strict columns
      String csv = "respondent,culture.listen,culture.lisen,extra\nr-1,4,4,4\n";
      // WHEN / THEN
      assertThatThrownBy(() -> rows(CohortReader.of(small()).withStrictColumns(), csv))
          .isInstanceOfSatisfying(
              CohortFormatException.class,
              e -> {
                assertThat(e.source()).isEqualTo("<string>");
                assertThat(e.line()).hasValue(1);
                assertThat(e.column()).hasValue(3);
                assertThat(e.columnName()).hasValue("culture.lisen");
              })
          .isInstanceOf(FormatException.class)
          .hasMessage(
              "<string>:1:3: columns 'culture.lisen', 'extra' answer no trait of rubric"
                  + " 'cohort-small@1.0.0', nor the respondent column 'respondent' or the group"
                  + " column 'group', and columns are strict; map them to a trait in a mapping"
                  + " file, or read without strict columns to leave them unused");
    }

    @Test
    void should_list_a_column_that_matches_nothing_as_metadata_under_any_policy() {
      // GIVEN a column that is no trait, under the default policy (which rejects unknown traits
      // in responses: it has no say over a file's columns)
      String csv = "respondent,extra,culture.listen\nr-1,zzz,4\n";
      // WHEN
      try (CohortRows r = CohortReader.of(small()).fromString(csv)) {
        // THEN the column is listed as metadata, and its cells are not read
        assertThat(r.warnings())
            .filteredOn(w -> w.code() == CohortWarning.Code.METADATA_COLUMN)
            .singleElement()
            .satisfies(
                w -> {
                  assertThat(w.subject()).isEqualTo("extra");
                  assertThat(w.message())
                      .isEqualTo(
                          "column 'extra' is not used: it answers no trait of rubric"
                              + " 'cohort-small@1.0.0' (metadata)");
                });
        CohortRow row = r.iterator().next();
        assertThat(row.member().orElseThrow().response().answers())
            .containsOnlyKeys("culture.listen");
      }
    }

    @Test
    void should_warn_about_every_trait_without_a_column() {
      try (CohortRows r = CohortReader.of(small()).fromString("culture.listen,focus.aim\n")) {
        assertThat(r.warnings())
            .extracting(CohortWarning::code, CohortWarning::subject)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(
                    CohortWarning.Code.TRAIT_COLUMN_MISSING, "culture.visit"),
                org.assertj.core.groups.Tuple.tuple(
                    CohortWarning.Code.TRAIT_COLUMN_MISSING, "culture.ship"),
                org.assertj.core.groups.Tuple.tuple(
                    CohortWarning.Code.TRAIT_COLUMN_MISSING, "focus.churn"));
      }
    }

    @Test
    void should_fail_on_a_repeated_or_blank_column() {
      assertThatThrownBy(() -> rows("group,culture.listen,Group\n"))
          .isInstanceOf(CohortFormatException.class)
          .hasMessage(
              "<string>:1:3: column 'Group' appears twice in the header, as columns 1 and 3");
      assertThatThrownBy(() -> rows("group,,culture.listen\n"))
          .isInstanceOf(CohortFormatException.class)
          .hasMessage("<string>:1:2: column 2 of the header has no name");
    }

    @Test
    void should_fail_on_an_empty_file() {
      assertThatThrownBy(() -> rows("\n\r\n"))
          .isInstanceOf(CohortFormatException.class)
          .hasMessage("<string>: the file is empty: it has no header row");
    }

    @Test
    void should_fail_on_a_quote_that_is_never_closed_naming_its_line() {
      // GIVEN line 3 opens a quote that the end of the file does not close
      String csv = HEADER + "r-1,A,4,4,2,3,2\n\"r-2,A,4,4,2,3,2\nr-3,A,4,4,2,3,2\n";
      // WHEN / THEN the first row was read; the rest cannot be trusted
      try (CohortRows r = CohortReader.of(small()).fromString(csv)) {
        var it = r.iterator();
        assertThat(it.next().isError()).isFalse();
        assertThatThrownBy(it::next)
            .isInstanceOfSatisfying(
                CohortFormatException.class, e -> assertThat(e.line()).hasValue(3))
            .hasMessage("<string>:3:1: the quoted field that starts on line 3 is never closed");
      }
    }

    @Test
    void should_fail_on_text_that_is_not_UTF_8() {
      // GIVEN a Latin-1 é (0xE9) on line 2
      byte[] bytes = "group,culture.listen\nR\u00e9seau,3\n".getBytes(StandardCharsets.ISO_8859_1);
      // WHEN / THEN
      try (CohortRows r =
          CohortReader.of(small()).open(new ByteArrayInputStream(bytes), "latin1.csv")) {
        assertThatThrownBy(() -> r.iterator().next())
            .isInstanceOfSatisfying(
                CohortFormatException.class, e -> assertThat(e.line()).hasValue(2))
            .hasMessage("latin1.csv:2:0: the text is not UTF-8 (at or after line 2)");
      }
    }

    @Test
    void should_fail_on_a_missing_file() {
      assertThatThrownBy(() -> CohortReader.of(small()).open(COHORTS.resolve("nowhere.csv")))
          .isInstanceOf(CohortFormatException.class)
          .hasMessageEndingWith("nowhere.csv: no such file");
    }

    @Test
    void should_fail_on_a_field_beyond_the_limit() {
      String csv = "group,culture.listen\n" + "x".repeat(100_001) + ",3\n";
      try (CohortRows r = CohortReader.of(small()).fromString(csv)) {
        assertThatThrownBy(() -> r.iterator().next())
            .isInstanceOf(CohortFormatException.class)
            .hasMessage(
                "<string>:2:0: a field of the row on line 2 is longer than the limit of 100000"
                    + " characters");
      }
    }

    @Test
    void should_fail_on_a_row_beyond_the_limit_after_the_rows_before_it() {
      // 11 fields of 100,000 characters: each within the field limit, 1,100,000 together, more
      // than the 1,048,576 one row may hold
      String wide = String.join(",", java.util.Collections.nCopies(11, "y".repeat(100_000)));
      String csv = "group,culture.listen\nteam,3\n" + wide + "\n";
      try (CohortRows r = CohortReader.of(small()).fromString(csv)) {
        java.util.Iterator<CohortRow> rows = r.iterator();
        assertThat(rows.next().member()).isPresent();
        assertThatThrownBy(rows::next)
            .isInstanceOf(CohortFormatException.class)
            .hasMessage(
                "<string>:3:0: the row on line 3 is longer than the limit of 1048576 characters");
      }
    }
  }

  /** CSV for small.yaml made up as it is read; every 1000th row answers 9. */
  static final class GeneratedCsv extends Reader {
    private final int rows;
    private int row = -1;
    private String pending = "";
    private int at;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at == pending.length()) {
        row++;
        if (row > rows) {
          return -1;
        }
        pending =
            row == 0
                ? HEADER
                : String.format(
                    java.util.Locale.ROOT,
                    "r-%d,T%d,%d,%d,%d,3,%s\n",
                    row,
                    row % 7,
                    1 + row % 5,
                    row % 1000 == 0 ? 9 : 1 + row % 3,
                    5 - row % 5,
                    row % 2 == 0 ? "n/a" : "2");
        at = 0;
      }
      int n = Math.min(length, pending.length() - at);
      pending.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void should_have_no_optional_member_on_an_error_row() {
    CohortRow row = CohortRow.of(RowError.of(5, Optional.empty(), Optional.empty(), "bad"));
    assertThat(row.member()).isEmpty();
    assertThat(row.line()).isEqualTo(5);
    assertThatThrownBy(
            () ->
                CohortRow.builder()
                    .line(4)
                    .error(RowError.of(5, Optional.empty(), Optional.empty(), "bad"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the error of the row on line 4 names line 5");
  }
}
