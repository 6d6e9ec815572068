package dev.centricity.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.RubricFormat;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies reading a workbook's first sheet as a cohort: rows as the CSV reader reads the same
 * cells, numbers as whole numbers, short rows padded, blank rows skipped, each row's line its sheet
 * row number, and clear errors for files that are not workbooks. The workbooks are written in the
 * test with FastExcel's writer, as a survey tool would write them.
 */
class WorkbookReaderTest {

  private static final Rubric SMALL =
      RubricFormat.read(Path.of("../centricity-core/src/test/resources/cohorts/small.yaml"));
  private static final Scorer SCORER = Scorer.of(SMALL);

  @TempDir Path dir;

  private Path workbook(String name, Consumer<Worksheet> cells) throws Exception {
    Path file = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Centricity tests", "1.0");
      Worksheet sheet = wb.newWorksheet("Form1");
      cells.accept(sheet);
      sheet.finish();
      wb.finish();
    }
    return file;
  }

  private static List<CohortRow> read(CohortRows rows) {
    List<CohortRow> all = new ArrayList<>();
    try (rows) {
      rows.forEach(all::add);
    }
    return all;
  }

  private static void row(Worksheet sheet, int r, Object... cells) {
    for (int c = 0; c < cells.length; c++) {
      Object v = cells[c];
      if (v instanceof Number n) {
        sheet.value(r, c, n);
      } else if (v != null) {
        sheet.value(r, c, (String) v);
      }
    }
  }

  @Test
  void should_read_the_first_sheet_as_the_csv_reader_reads_the_same_cells() throws Exception {
    // GIVEN a sheet: numbers as numbers, a text answer, an "n/a", a row whose last cells are empty
    // (a sheet does not store them), and a blank row between two respondents
    Path file =
        workbook(
            "forms.xlsx",
            s -> {
              row(
                  s,
                  0,
                  "respondent",
                  "group",
                  "culture.listen",
                  "culture.visit",
                  "culture.ship",
                  "focus.aim",
                  "focus.churn");
              row(s, 1, "a1", "A", 5, 4.0, "2", 3, "n/a");
              row(s, 2, "a2", "B", 1, 2, 3);
              row(s, 4, 17, "B", 3, 3, 3, 3, 2);
            });
    String csv =
        "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n"
            + "a1,A,5,4,2,3,n/a\n"
            + "a2,B,1,2,3,,\n"
            + "\n"
            + "17,B,3,3,3,3,2\n";
    // WHEN read as a workbook and the same cells as CSV
    List<CohortRow> sheet = read(WorkbookReader.of(CohortReader.of(SCORER)).open(file));
    List<CohortRow> text = read(CohortReader.of(SCORER).fromString(csv));
    // THEN the same rows: members with the same answers, each on its sheet row (1-based: the
    // header is row 1, a1 row 2, a2 row 3, the blank row 4 skipped, respondent 17 row 5)
    assertThat(sheet).isEqualTo(text);
    assertThat(sheet).extracting(CohortRow::line).containsExactly(2L, 3L, 5L);
    assertThat(sheet.get(0).member().orElseThrow().response().answers().get("culture.visit"))
        .isEqualTo(Answer.of(4));
    assertThat(sheet.get(2).member().orElseThrow().response().respondent()).contains("17");
  }

  @Test
  void should_give_a_bad_cell_as_an_error_row_on_its_sheet_row() throws Exception {
    // GIVEN an answer outside the scale on sheet row 3, and a header with a trait column missing
    Path file =
        workbook(
            "bad.xlsx",
            s -> {
              row(s, 0, "respondent", "culture.listen");
              row(s, 1, "a1", 4);
              row(s, 2, "a2", 9);
            });
    // WHEN read
    List<CohortRow> rows = read(WorkbookReader.of(CohortReader.of(SCORER)).open(file));
    // THEN rows out = rows in: a member, then an error naming the line and the cell
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).isError()).isFalse();
    assertThat(rows.get(1).error().orElseThrow().line()).isEqualTo(3);
    assertThat(rows.get(1).error().orElseThrow().reason()).contains("9");
  }

  @Test
  void should_tell_a_workbook_by_its_content_not_its_name() throws Exception {
    // GIVEN a workbook named .csv and a CSV named .xlsx
    Path sheet = workbook("export.csv", s -> row(s, 0, "respondent"));
    Path text = dir.resolve("export.xlsx");
    Files.writeString(text, "respondent\nr1\n");
    // WHEN / THEN
    assertThat(WorkbookReader.isWorkbook(sheet)).isTrue();
    assertThat(WorkbookReader.isWorkbook(text)).isFalse();
  }

  @Test
  void should_fail_naming_the_file_when_it_is_not_a_workbook() throws Exception {
    // GIVEN a text file
    Path text = dir.resolve("export.xlsx");
    Files.writeString(text, "respondent\nr1\n");
    // WHEN opened as a workbook
    Throwable thrown = catchThrowable(() -> WorkbookReader.of(CohortReader.of(SCORER)).open(text));
    // THEN a format error naming the file
    assertThat(thrown)
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("export.xlsx")
        .hasMessageContaining("workbook");
  }

  @Test
  void should_fail_naming_the_file_when_it_does_not_exist() {
    // GIVEN / WHEN
    Path missing = dir.resolve("missing.xlsx");
    Throwable open = catchThrowable(() -> WorkbookReader.of(CohortReader.of(SCORER)).open(missing));
    Throwable probe = catchThrowable(() -> WorkbookReader.isWorkbook(missing));
    // THEN
    assertThat(open).isInstanceOf(CohortFormatException.class).hasMessageContaining("no such file");
    assertThat(probe)
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("no such file");
  }

  @Test
  void should_refuse_a_header_the_reader_refuses() throws Exception {
    // GIVEN a sheet whose header names the respondent column twice
    Path file = workbook("twice.xlsx", s -> row(s, 0, "respondent", "Respondent"));
    // WHEN / THEN the reader's own error, naming the file
    Throwable thrown = catchThrowable(() -> WorkbookReader.of(CohortReader.of(SCORER)).open(file));
    assertThat(thrown).isInstanceOf(CohortFormatException.class).hasMessageContaining("twice.xlsx");
  }
}
