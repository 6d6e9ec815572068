package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.rows;
import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.io.CohortReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading cohorts saved as spreadsheets save them: another separator (detected from the header or
 * given) and another charset (UTF-16 detected from its byte-order mark, any other given by name).
 */
class CohortReaderSeparatorCharsetTest {

  /** Three respondents in comma form: the reference every other form must read to. */
  private static final String COMMA =
      "respondent,group,culture.listen,focus.aim\n"
          + "r-1,A,4,n/a\n"
          + "r-2,A,,2\n"
          + "r-3,B,5,1\n";

  private static List<CohortRow> read(CohortReader reader, byte[] bytes) {
    List<CohortRow> rows = new ArrayList<>();
    try (CohortRows r = reader.open(new ByteArrayInputStream(bytes), "export.csv")) {
      r.forEach(rows::add);
    }
    return rows;
  }

  @ParameterizedTest
  @ValueSource(strings = {";", "\t", "|"})
  void should_detect_the_separator_from_the_header(String separator) {
    // GIVEN the reference cohort with another separator
    String csv = COMMA.replace(",", separator);
    // WHEN it is read with the separator detected
    List<CohortRow> rows = rows(CohortReader.of(small()).withDetectedSeparator(), csv);
    // THEN the same rows (lines, respondents, groups, answers) as the comma form
    assertThat(rows).isEqualTo(rows(COMMA));
    assertThat(rows).noneMatch(CohortRow::isError).hasSize(3);
  }

  @Test
  void should_not_count_separators_inside_quotes_when_detecting() {
    // GIVEN a semicolon file whose quoted header cell holds three commas (more than the two
    // semicolons outside quotes)
    String csv = "respondent;\"group, team, unit, site\";culture.listen\nr-1;A;4\n";
    // WHEN
    List<CohortRow> rows =
        rows(
            CohortReader.of(small())
                .withDetectedSeparator()
                .withGroupColumn("group, team, unit, site"),
            csv);
    // THEN split at the semicolons
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).member().orElseThrow().response().respondent()).hasValue("r-1");
    assertThat(rows.get(0).member().orElseThrow().group()).hasValue("A");
  }

  @Test
  void should_detect_the_separator_when_none_is_given() {
    // GIVEN a semicolon file read by a default reader
    String csv = "respondent;culture.listen\nr-1;4\n";
    // WHEN
    List<CohortRow> rows = rows(csv);
    // THEN it is split at the semicolons
    assertThat(rows.get(0).member().orElseThrow().response().answers())
        .containsEntry("culture.listen", dev.centricity.core.Answer.of(4));
  }

  @Test
  void should_use_the_separator_given_instead_of_detecting_it() {
    // GIVEN a semicolon file read with the comma given
    String csv = "respondent;culture.listen\nr-1;4\n";
    // WHEN / THEN the header is one column, which is no trait (refused under strict columns)
    assertThatThrownBy(
            () ->
                rows(
                    CohortReader.of(small())
                        .withDetectedSeparator()
                        .withSeparator(',')
                        .withStrictColumns(),
                    csv))
        .isInstanceOfSatisfying(
            CohortFormatException.class,
            e -> assertThat(e.columnName()).hasValue("respondent;culture.listen"));
  }

  @Test
  void should_refuse_a_separator_that_is_not_one_of_the_four() {
    // GIVEN / WHEN / THEN
    assertThatThrownBy(() -> CohortReader.of(small()).withSeparator(':'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the separator must be one of ',' ';' tab '|', but was ':'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void should_detect_UTF_16_from_its_byte_order_mark(String charset) {
    // GIVEN the reference cohort as a spreadsheet saves "Unicode text": a BOM, tabs, UTF-16
    byte[] bytes = ("\uFEFF" + COMMA.replace(",", "\t")).getBytes(Charset.forName(charset));
    // WHEN
    List<CohortRow> rows = read(CohortReader.of(small()).withDetectedSeparator(), bytes);
    // THEN the same rows as the comma form in UTF-8
    assertThat(rows).isEqualTo(rows(COMMA));
  }

  @Test
  void should_decode_the_charset_given_by_name() {
    // GIVEN a Windows-1252 file: é is byte E9 and € is byte 80 in that charset
    byte[] bytes =
        "respondent;group;culture.listen\nr-1;R\u00e9seau \u20ac;4\n"
            .getBytes(Charset.forName("windows-1252"));
    assertThat(bytes[bytes.length - 4]).isEqualTo((byte) 0x80);
    // WHEN it is read in that charset
    List<CohortRow> rows =
        read(
            CohortReader.of(small())
                .withSeparator(';')
                .withCharset(Charset.forName("windows-1252")),
            bytes);
    // THEN the group is the text as written
    assertThat(rows.get(0).member().orElseThrow().group()).hasValue("R\u00e9seau \u20ac");
  }

  @Test
  void should_fail_on_a_byte_the_given_charset_cannot_decode_naming_the_line() {
    // GIVEN byte 81, which Windows-1252 leaves undefined, on line 3
    byte[] head = "respondent,culture.listen\nr-1,4\nr-".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 4];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0x81;
    bytes[head.length + 1] = ',';
    bytes[head.length + 2] = '4';
    bytes[head.length + 3] = '\n';
    // WHEN / THEN the first row is read, and the second fails naming line 3 and the charset
    try (CohortRows r =
        CohortReader.of(small())
            .withCharset(Charset.forName("windows-1252"))
            .open(new ByteArrayInputStream(bytes), "export.csv")) {
      var it = r.iterator();
      assertThat(it.next().line()).isEqualTo(2L);
      assertThatThrownBy(it::next)
          .isInstanceOfSatisfying(
              CohortFormatException.class, e -> assertThat(e.line()).hasValue(3))
          .hasMessage("export.csv:3:0: the text is not windows-1252 (at or after line 3)");
    }
  }
}
