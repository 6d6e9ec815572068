package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cohort --delimiter --encoding}: files saved by spreadsheets in other separators and
 * charsets read to the report of the comma UTF-8 file.
 */
class CohortCsvOptionsTest {

  @TempDir Path dir;

  private static String survey() throws Exception {
    return Files.readString(Path.of(CohortCommandTest.SURVEY));
  }

  private static Run cohortJson(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "cohort";
    all[1] = "--format";
    all[2] = "json";
    all[3] = "--threads";
    all[4] = "1";
    System.arraycopy(args, 0, all, 5, args.length);
    return CentricityCliTest.run(all);
  }

  @Test
  void should_read_a_semicolon_windows_1252_file_with_encoding_given() throws Exception {
    // GIVEN the team survey as European Excel saves it: semicolons, Windows-1252
    Path csv = dir.resolve("excel.csv");
    Files.write(csv, survey().replace(",", ";").getBytes(Charset.forName("windows-1252")));
    // WHEN
    Run excel = cohortJson("--encoding", "windows-1252", csv.toString());
    Run reference = cohortJson(CohortCommandTest.SURVEY);
    // THEN the separator is detected, and the report is the comma file's
    assertThat(reference.code()).isZero();
    assertThat(excel.code()).isZero();
    assertThat(excel.out()).isEqualTo(reference.out());
  }

  @Test
  void should_detect_a_tab_separated_UTF_16_file() throws Exception {
    // GIVEN the team survey as "Unicode text": UTF-16 with its byte-order mark, tabs
    Path txt = dir.resolve("unicode.csv");
    Files.write(txt, ("\uFEFF" + survey().replace(",", "\t")).getBytes(StandardCharsets.UTF_16LE));
    // WHEN read with no option / THEN the comma file's report
    Run r = cohortJson(txt.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(cohortJson(CohortCommandTest.SURVEY).out());
  }

  @Test
  void should_use_the_delimiter_given() throws Exception {
    // GIVEN a file with vertical bars
    Path csv = dir.resolve("bars.csv");
    Files.writeString(csv, survey().replace(",", "|"));
    // WHEN / THEN
    Run r = cohortJson("--delimiter", "|", csv.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(cohortJson(CohortCommandTest.SURVEY).out());
  }

  @Test
  void should_refuse_a_delimiter_that_is_none_of_the_four() {
    // GIVEN / WHEN
    Run r = CentricityCliTest.run("cohort", "--delimiter", ":", CohortCommandTest.SURVEY);
    // THEN usage error
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--delimiter must be one of ',' ';' '|' 'tab' but was ':'");
  }

  @Test
  void should_refuse_an_encoding_that_names_no_charset() {
    // GIVEN / WHEN
    Run r = CentricityCliTest.run("cohort", "--encoding", "latin-99", CohortCommandTest.SURVEY);
    // THEN usage error naming the value
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--encoding names no charset this Java knows: 'latin-99'");
  }

  @Test
  void should_name_the_charset_and_line_of_an_undecodable_byte() throws Exception {
    // GIVEN a Latin-1 é (byte E9) on line 3, read as UTF-8
    Path csv = dir.resolve("latin1.csv");
    String[] lines = survey().split("\n");
    lines[2] = lines[2].replaceFirst(",", "\u00e9,");
    Files.write(csv, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    // WHEN
    Run r = CentricityCliTest.run("cohort", csv.toString());
    // THEN refused, naming the line
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("the text is not UTF-8 (at or after line 3)");
  }
}
