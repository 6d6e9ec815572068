package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.CohortMapping;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.io.internal.CsvCohortRows;
import dev.centricity.core.io.internal.ReaderSettings;
import dev.centricity.core.io.internal.Utf8Reader;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A UTF-8 cohort file read straight from its bytes, cut into chunks of any size and analysed on any
 * number of threads, gives what the character reader ({@link Utf8Reader} and the CSV parser) gives
 * for the same bytes: the same columns and warnings, the same rows (members and errors, with their
 * lines), the same failure at the same row, and the same report (to 1e-12 relative when pieces were
 * merged). The files mix every kind of cell and record: labels in two languages (English and
 * French), numbers, missing words, bad cells, quoted fields with separators, doubled quotes and
 * line breaks, stray quotes, text after a closing quote, short and long rows, blank lines, LF, CRLF
 * and CR line ends, a byte-order mark, characters of two, three and four bytes, and now and then an
 * unclosed quote at the end or a byte that is not UTF-8.
 */
class ChunkedCsvProperties {

  private static final Rubric RUBRIC =
      RubricFormat.read(Path.of("src/test/resources/cohorts/small.yaml"));

  private static final RubricTexts TEXTS =
      RubricTexts.of(
          RUBRIC,
          List.of(
              Translation.builder("cohort-small", "1.0.0", "fr")
                  .scale(
                      "agree5",
                      List.of(
                          "Pas du tout d'accord",
                          "Plutôt pas d'accord",
                          "Sans avis",
                          "Plutôt d'accord",
                          "Tout à fait d'accord"))
                  .scale("yesno", List.of("Non", "Oui"))
                  .missing("Ne sait pas")
                  .build()));

  private static final ReaderSettings SETTINGS =
      new ReaderSettings(
          RUBRIC,
          TEXTS,
          CohortMapping.builder().build(),
          CohortReader.GROUP_COLUMN,
          false,
          CohortReader.RESPONDENT_COLUMN,
          false,
          0,
          false);

  private static final String[] CELLS = {
    "1",
    "2",
    "3",
    "4",
    "5",
    "",
    "",
    "n/a",
    "Agree",
    "Strongly agree",
    "Plutôt d'accord",
    "Ne sait pas",
    "Oui",
    "No",
    " 4 ",
    "x",
    "7",
    "0",
    "\"3\"",
    "\"Agree, fully\"",
    "\"Neither\"\"\"",
    "\"Neither\"",
    "\"4\nmore\"",
    "\"a\r\nb\"",
    "a\"b",
    "\"4\"x",
    "é",
    "😀",
    "Dis\u00adagree",
    "\"\""
  };

  private static final String[] RESPONDENTS = {"r1", "r2", "", "\"r, 3\"", "ré", "\"r\"\"4\""};

  private static final String[] GROUPS = {"T1", "T2", "", "Team ü", "\"T, 3\"", "T1"};

  private static final String[] LINE_ENDS = {"\n", "\n", "\r\n", "\r"};

  @Property(tries = 300)
  void chunked_bytes_read_as_the_characters_do(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int chunkBytes,
      @ForAll @IntRange(min = 1, max = 3) int threads,
      @ForAll boolean detectSeparator) {
    // GIVEN a file of mixed records
    byte[] bytes = file(new Random(seed));
    char separator = detectSeparator ? 0 : ',';
    Supplier<CsvCohortRows> characters =
        () ->
            CsvCohortRows.open(
                new Utf8Reader(new ByteArrayInputStream(bytes)),
                "f.csv",
                SETTINGS,
                separator,
                "UTF-8");
    Supplier<CsvCohortRows> chunked =
        () ->
            CsvCohortRows.openUtf8(
                new ByteArrayInputStream(bytes), "f.csv", SETTINGS, separator, chunkBytes);
    // WHEN read row by row both ways THEN the same columns, warnings, rows and failure
    assertThat(rows(chunked)).containsExactlyElementsOf(rows(characters));
    // and WHEN analysed THEN the same report, or the same failure
    CohortAnalysis analysis = CohortAnalysis.of(Scorer.of(RUBRIC)).withThreads(threads);
    Object expected = report(characters, CohortAnalysis.of(Scorer.of(RUBRIC)).withThreads(1));
    Object actual = report(chunked, analysis);
    if (expected instanceof CohortReport e && actual instanceof CohortReport a) {
      assertThat(a.errors()).isEqualTo(e.errors());
      assertThat(a.rows()).isEqualTo(e.rows());
      ReportFigures.assertClose(CohortReportFormat.toJson(a), CohortReportFormat.toJson(e), 1e-12);
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }

  /** The columns, warnings and rows as text, ending with the failure if there is one. */
  private static List<String> rows(Supplier<CsvCohortRows> open) {
    List<String> out = new ArrayList<>();
    try (CsvCohortRows rows = open.get()) {
      out.add(rows.columns().toString());
      out.add(rows.warnings().toString());
      out.add(rows.found().toString());
      for (CohortRow row : rows) {
        out.add(row.toString());
      }
    } catch (CentricityException e) {
      out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return out;
  }

  private static Object report(Supplier<CsvCohortRows> open, CohortAnalysis analysis) {
    try (CsvCohortRows rows = open.get()) {
      return analysis.analyse(rows);
    } catch (CentricityException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** A header and up to 40 records of random cells, lines and oddities. */
  static byte[] file(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(8) == 0) {
      text.append('\uFEFF');
    }
    String end = LINE_ENDS[random.nextInt(LINE_ENDS.length)];
    text.append(
            random.nextBoolean()
                ? "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn"
                : "\"respondent\",group,\"culture.listen\",culture.visit,culture.ship,"
                    + "focus.aim,\"focus.churn\"")
        .append(end);
    int records = random.nextInt(41);
    for (int r = 0; r < records; r++) {
      if (random.nextInt(12) == 0) {
        text.append(end); // a blank line
      }
      if (random.nextInt(6) == 0) {
        end = LINE_ENDS[random.nextInt(LINE_ENDS.length)];
      }
      int fields = random.nextInt(10) == 0 ? 1 + random.nextInt(9) : 7;
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          text.append(',');
        }
        text.append(
            f == 0
                ? RESPONDENTS[random.nextInt(RESPONDENTS.length)]
                : f == 1
                    ? GROUPS[random.nextInt(GROUPS.length)]
                    : random.nextInt(3) > 0
                        ? CELLS[random.nextInt(8)]
                        : CELLS[random.nextInt(CELLS.length)]);
      }
      if (r < records - 1 || random.nextBoolean()) {
        text.append(end);
      }
    }
    if (random.nextInt(15) == 0) {
      text.append("\"never closed,").append(end).append("4,5");
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(10) == 0 && bytes.length > 0) {
      // a byte that is not UTF-8 (a lone continuation byte, or one never valid)
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = random.nextInt(bytes.length);
      out.write(bytes, 0, at);
      out.write(random.nextBoolean() ? 0x80 : 0xFF);
      out.write(bytes, at, bytes.length - at);
      return out.toByteArray();
    }
    return bytes;
  }
}
