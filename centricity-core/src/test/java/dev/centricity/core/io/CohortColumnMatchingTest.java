package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.centricity.core.Answer;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.io.CohortColumns.Column;
import dev.centricity.core.io.CohortColumns.Match;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a survey export's columns are matched to the traits of cohort-small.yaml (statements "We
 * listen to customers.", "We visit customers.", "Shipping is what counts.", "Which do we pursue?",
 * "We track churn monthly."), and which rows under the header are header rows: one hand-made
 * example per rule.
 */
class CohortColumnMatchingTest {

  static Rubric small() {
    return RubricFormat.read(Path.of("src/test/resources/cohorts/small.yaml"));
  }

  /** A German translation of cohort-small, made for these tests. */
  static Translation german() {
    return Translation.builder("cohort-small", "1.0.0", "de")
        .trait("culture.listen", "Wir hören unseren Kunden zu.")
        .trait("culture.visit", "Wir besuchen Kunden.")
        .trait("culture.ship", "Was zählt, ist die Auslieferung.")
        .trait("focus.aim", "Was verfolgen wir?")
        .trait("focus.churn", "Wir verfolgen die Abwanderung monatlich.")
        .scale(
            "agree5",
            List.of(
                "Stimme gar nicht zu",
                "Stimme nicht zu",
                "Weder noch",
                "Stimme zu",
                "Stimme voll zu"))
        .scale("yesno", List.of("Nein", "Ja"))
        .missing("Weiß nicht")
        .build();
  }

  static CohortReader reader() {
    return CohortReader.of(small());
  }

  static CohortReader readerWithGerman() {
    Rubric r = small();
    return CohortReader.of(r).withTexts(RubricTexts.of(r, List.of(german())));
  }

  static CohortColumns match(CohortReader reader, String csv) {
    return reader.match(rowsOf(csv), "<rows>");
  }

  /** The CSV text split naively at commas (no quotes in these examples), as pre-split rows. */
  static java.util.Iterator<List<String>> rowsOf(String csv) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : csv.split("\n", -1)) {
      if (!line.isEmpty()) {
        rows.add(Arrays.asList(line.split(",", -1)));
      }
    }
    return rows.iterator();
  }

  static List<CohortRow> read(CohortReader reader, String csv) {
    List<CohortRow> out = new ArrayList<>();
    try (CohortRows rows = reader.fromString(csv)) {
      rows.forEach(out::add);
    }
    return out;
  }

  static Map<String, Answer> answers(CohortRow row) {
    return row.member().orElseThrow().response().answers();
  }

  @Test
  void should_match_columns_by_trait_id_statement_and_grid_row_in_that_order() {
    // GIVEN a trait id, a statement as written, one changed in case, space, quotes and a
    // question number, and a Google Forms grid header
    String csv =
        "respondent,culture.listen,We visit customers.,\"Q3. \"\"SHIPPING  is what counts.\"\"\","
            + "How do you see it? [Which do we pursue?],Timestamp\n"
            + "r1,4,4,2,3,2024-01-01\n";
    // WHEN
    CohortColumns found = reader().match(writeTemp(csv));
    // THEN each is matched, and how
    assertThat(found.columns())
        .extracting(Column::position, Column::match, c -> c.traitId().orElse(""))
        .containsExactly(
            tuple(1, Match.RESPONDENT, ""),
            tuple(2, Match.TRAIT_ID, "culture.listen"),
            tuple(3, Match.STATEMENT, "culture.visit"),
            tuple(4, Match.STATEMENT, "culture.ship"),
            tuple(5, Match.GRID_ROW, "focus.aim"),
            tuple(6, Match.METADATA, ""));
    assertThat(found.separator()).hasValue(',');
    assertThat(found.charset()).hasValue("UTF-8");
    assertThat(found.unansweredTraits()).containsExactly("focus.churn");
  }

  @Test
  void should_match_statements_in_every_language_of_the_texts() {
    // GIVEN German statements as headers
    String csv = "Wir hören unseren Kunden zu.,WIR BESUCHEN KUNDEN.\n4,2\n";
    // WHEN read with the German translation
    CohortColumns withGerman = match(readerWithGerman(), csv);
    // THEN it matches them; a reader without the texts matches no column, and refuses the file
    assertThat(withGerman.columns())
        .extracting(c -> c.traitId().orElse(""))
        .containsExactly("culture.listen", "culture.visit");
    assertThatThrownBy(() -> match(reader(), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessage(
            "<rows>:1:1: no column answers a trait of rubric 'cohort-small@1.0.0' (the columns are"
                + " 'Wir hören unseren Kunden zu.', 'WIR BESUCHEN KUNDEN.'); read the file with the"
                + " rubric it was made for, or map its columns in a mapping file");
  }

  @Test
  void should_put_the_mapping_first() {
    // GIVEN a header that is the statement of culture.listen, mapped to culture.visit instead
    CohortMapping mapping =
        CohortMapping.builder()
            .column("We listen to customers.", "culture.visit")
            .column("Q9", "focus.aim")
            .build();
    // WHEN
    CohortColumns found =
        match(reader().withMapping(mapping), "We listen to customers.,q9,culture.ship\n4,2,2\n");
    // THEN the mapping wins, and matches "q9" by its normal form
    assertThat(found.columns())
        .extracting(Column::match, c -> c.traitId().orElse(""))
        .containsExactly(
            tuple(Match.MAPPING, "culture.visit"),
            tuple(Match.MAPPING, "focus.aim"),
            tuple(Match.TRAIT_ID, "culture.ship"));
  }

  @Test
  void should_read_a_qualtrics_export_with_its_question_text_and_import_id_rows() {
    // GIVEN Qualtrics' three header rows: tags, question texts (matrix rows as "Question - Row"),
    // import ids; and metadata columns
    String csv =
        "StartDate,ResponseId,Q1_1,Q1_2,Q2\n"
            + "Start Date,Response ID,How true is it? - We listen to customers.,"
            + "How true is it? - We visit customers.,Which do we pursue?\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID1_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_2\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID2\"\"}\"\n"
            + "2024-05-01,R_1,Agree,Strongly agree,2\n"
            + "2024-05-01,R_2,Disagree,,n/a\n";
    CohortReader reader = reader().withRespondentColumn("ResponseId");
    // WHEN
    CohortColumns found = reader.match(writeTemp(csv));
    List<CohortRow> rows = read(reader, csv);
    CohortRows opened = reader.fromString(csv);
    List<CohortWarning> warnings = opened.warnings();
    opened.close();
    // THEN lines 2 and 3 are header rows, the Q columns are matched by their question texts
    assertThat(found.headerRowLines()).containsExactly(2L, 3L);
    assertThat(found.columns())
        .extracting(Column::header, Column::match, c -> c.traitId().orElse(""))
        .containsExactly(
            tuple("StartDate", Match.METADATA, ""),
            tuple("ResponseId", Match.RESPONDENT, ""),
            tuple("Q1_1", Match.STATEMENT, "culture.listen"),
            tuple("Q1_2", Match.STATEMENT, "culture.visit"),
            tuple("Q2", Match.STATEMENT, "focus.aim"));
    // AND the two respondents are the only rows, "Agree" being point 4 and "Strongly agree" 5
    assertThat(rows).extracting(CohortRow::line).containsExactly(4L, 5L);
    assertThat(answers(rows.get(0)))
        .containsEntry("culture.listen", Answer.of(4))
        .containsEntry("culture.visit", Answer.of(5))
        .containsEntry("focus.aim", Answer.of(2));
    assertThat(warnings)
        .extracting(CohortWarning::code, CohortWarning::subject)
        .contains(
            tuple(CohortWarning.Code.HEADER_ROWS, "2, 3"),
            tuple(CohortWarning.Code.METADATA_COLUMN, "StartDate"));
    assertThat(warnings.get(0).message())
        .isEqualTo(
            "lines 2 and 3 under the header describe the columns and were not read as respondents");
  }

  @Test
  void should_read_a_surveymonkey_export_with_its_row_of_option_labels() {
    // GIVEN a question spanning three columns (empty headers after its text), its matrix rows
    // named on line 2, and a single question with "Response" under it
    String csv =
        "Respondent ID,Start Date,How far do you agree?,,,Which do we pursue?\n"
            + ",,We listen to customers.,We visit customers.,Shipping is what counts.,Response\n"
            + "1001,05/01/2024,Agree,Neither,Strongly disagree,4\n";
    // WHEN
    CohortColumns found = match(reader(), csv);
    List<CohortRow> rows = read(reader(), csv);
    // THEN line 2 is a header row and each column is matched by its row text
    assertThat(found.headerRowLines()).containsExactly(2L);
    assertThat(found.columns())
        .extracting(Column::match, c -> c.traitId().orElse(""))
        .containsExactly(
            tuple(Match.METADATA, ""),
            tuple(Match.METADATA, ""),
            tuple(Match.STATEMENT, "culture.listen"),
            tuple(Match.STATEMENT, "culture.visit"),
            tuple(Match.STATEMENT, "culture.ship"),
            tuple(Match.STATEMENT, "focus.aim"));
    // AND the one respondent reads Agree = 4, Neither = 3, Strongly disagree = 1, 4
    assertThat(rows).singleElement().extracting(CohortRow::line).isEqualTo(3L);
    assertThat(answers(rows.get(0)))
        .containsEntry("culture.listen", Answer.of(4))
        .containsEntry("culture.visit", Answer.of(3))
        .containsEntry("culture.ship", Answer.of(1))
        .containsEntry("focus.aim", Answer.of(4));
  }

  @Test
  void should_skip_rows_by_count_as_header_rows() {
    // GIVEN an export with a row of instructions under the header
    String csv = "culture.listen,culture.visit\nplease answer 1 to 5,\n4,5\n2,3\n";
    // WHEN read skipping one row
    List<CohortRow> rows = read(reader().withSkipRows(1), csv);
    // THEN the instructions are not a respondent: two rows, lines 3 and 4
    assertThat(rows).extracting(CohortRow::line).containsExactly(3L, 4L);
    assertThat(rows).noneMatch(CohortRow::isError);
  }

  @Test
  void should_not_take_a_data_row_under_an_unnamed_column_for_option_labels() {
    // GIVEN an unnamed column over a row that names a respondent and answers a trait
    String csv = "respondent,,culture.listen\nr1,x,3\n";
    // WHEN / THEN the row is no SurveyMonkey label row (text under 'respondent', an answer under
    // culture.listen), so the column stays unnamed, and the file is refused
    assertThatThrownBy(() -> read(reader(), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessage("<string>:1:2: column 2 of the header has no name");
  }

  @Test
  void should_read_a_data_row_that_merely_resembles_no_header_row_as_a_respondent() {
    // GIVEN an ordinary file: no row under the header describes anything
    String csv = "respondent,culture.listen\nr1,4\nr2,2\n";
    // WHEN / THEN both rows are respondents, and no header rows are reported
    assertThat(read(reader(), csv)).extracting(CohortRow::line).containsExactly(2L, 3L);
    assertThat(match(reader(), csv).headerRowLines()).isEmpty();
  }

  @Test
  void should_refuse_two_columns_for_one_trait_naming_both() {
    // GIVEN the trait id and the statement of culture.listen as two headers
    String csv = "culture.listen,Timestamp,We listen to customers.\n4,x,4\n";
    // WHEN / THEN
    assertThatThrownBy(() -> read(reader(), csv))
        .isInstanceOfSatisfying(
            CohortFormatException.class,
            e -> {
              assertThat(e.line()).hasValue(1);
              assertThat(e.column()).hasValue(3);
            })
        .hasMessage(
            "<string>:1:3: columns 1 'culture.listen' and 3 'We listen to customers.' both answer"
                + " trait 'culture.listen'; keep one, or map one of them to another trait in a"
                + " mapping file");
  }

  @Test
  void should_list_metadata_columns_and_refuse_them_only_when_strict() {
    String csv = "Timestamp,Email,culture.listen\n2024,a@b,4\n";
    // WHEN read as usual / strictly
    CohortColumns found = match(reader(), csv);
    // THEN the two are metadata, listed; strict reading refuses the file naming them
    assertThat(found.metadataColumns())
        .extracting(Column::header)
        .containsExactly("Timestamp", "Email");
    assertThatThrownBy(() -> read(reader().withStrictColumns(), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("columns 'Timestamp', 'Email' answer no trait");
  }

  @Test
  void should_read_pre_split_rows_as_a_csv_file_is_read() {
    // GIVEN the same export as CSV text and as pre-split rows (a sheet), one row short of cells
    String csv = "respondent,We listen to customers.,culture.visit\nr1,Agree,4\nr2,n/a\n";
    // WHEN
    List<CohortRow> fromText = read(reader(), csv);
    List<CohortRow> fromRows = new ArrayList<>();
    try (CohortRows rows = reader().open(rowsOf(csv), "<string>")) {
      rows.forEach(fromRows::add);
    }
    // THEN the first rows are the same; the short row, an error in CSV (2 fields, not 3), is
    // filled up with an empty (blank) cell in a sheet, which leaves empty cells out
    assertThat(fromRows.get(0)).isEqualTo(fromText.get(0));
    assertThat(fromText.get(1).isError()).isTrue();
    assertThat(answers(fromRows.get(1)))
        .containsEntry("culture.listen", Answer.notApplicable())
        .containsEntry("culture.visit", Answer.blank());
  }

  @Test
  void should_find_the_separator_from_the_header_and_the_first_records() {
    // GIVEN a semicolon file with an unquoted header name holding two commas, and records with
    // one semicolon each
    String csv = "respondent;Q1, Q2, Q3 combined;culture.listen\nr1;x;4\nr2;y;5\nr3;z;1\n";
    // WHEN
    CohortColumns found = reader().match(writeTemp(csv));
    // THEN the header alone ties (2 commas, 2 semicolons; the comma would win the tie); the
    // records agree with the semicolon on every line (2 = 2) and with the comma on none (0 ≠ 2)
    assertThat(found.separator()).hasValue(';');
    assertThat(found.columns())
        .extracting(Column::header)
        .containsExactly("respondent", "Q1, Q2, Q3 combined", "culture.listen");
  }

  @Test
  void should_refuse_a_column_whose_statement_is_two_traits_naming_them() {
    // GIVEN a translation that gives culture.visit the English statement of culture.listen
    Rubric r = small();
    Translation odd =
        Translation.builder("cohort-small", "1.0.0", "de")
            .trait("culture.visit", "We listen to customers.")
            .build();
    CohortReader reader = CohortReader.of(r).withTexts(RubricTexts.of(r, List.of(odd)));
    // WHEN / THEN the column is refused as ambiguous, naming both traits
    assertThatThrownBy(() -> read(reader, "respondent,We listen to customers.\nr1,4\n"))
        .isInstanceOf(CohortFormatException.class)
        .hasMessage(
            "<string>:1:2: column 2 'We listen to customers.' is ambiguous: 'We listen to"
                + " customers.' is the statement of traits 'culture.listen', 'culture.visit' in the"
                + " rubric's languages; map the column to one of them in a mapping file");
    // AND a mapping settles it
    CohortMapping mapping =
        CohortMapping.builder().column("We listen to customers.", "culture.visit").build();
    assertThat(
            answers(
                read(reader.withMapping(mapping), "respondent,We listen to customers.\nr1,4\n")
                    .get(0)))
        .containsOnlyKeys("culture.visit");
  }

  @Test
  void should_read_a_rubric_of_more_than_10000_traits() {
    // GIVEN a rubric of 10,001 yes/no traits and a file with a column for each, and a respondent
    StringBuilder yaml =
        new StringBuilder(
            "id: wide\nversion: 1.0.0\npoles: [{ id: a, label: A }, { id: b, label: B }]\n"
                + "scales: [{ id: yn, points: [No, Yes] }]\ndimensions:\n  - id: d\n    name: D\n"
                + "    traits:\n");
    StringBuilder header = new StringBuilder("respondent");
    StringBuilder row = new StringBuilder("r1");
    for (int t = 0; t < 10_001; t++) {
      yaml.append("      - { id: d.t")
          .append(t)
          .append(", statement: Statement ")
          .append(t)
          .append(", keyed: b, scale: yn }\n");
      header.append(",d.t").append(t);
      row.append(",Yes");
    }
    Rubric wide = RubricFormat.fromYaml(yaml.toString());
    // WHEN its 10,002 columns are read (more than the 10,000 fields a row may have otherwise)
    List<CohortRow> rows = read(CohortReader.of(wide), header + "\n" + row + "\n");
    // THEN the respondent answers every trait
    assertThat(answers(rows.get(0))).hasSize(10_001).containsEntry("d.t10000", Answer.of(2));
  }

  @Test
  void should_say_which_limit_a_row_of_too_many_fields_passed() {
    // GIVEN a row of 10,001 fields for a rubric of five traits (limit: 10,000)
    String csv = "culture.listen\n" + ",".repeat(10_000) + "\n";
    // WHEN / THEN
    assertThatThrownBy(() -> read(reader(), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessage(
            "<string>:2:0: the row on line 2 has more than 10000 fields, the most a cohort file"
                + " may have (twice the rubric's traits, and at least 10000); no later row could"
                + " be trusted");
  }

  @TempDir Path dir;

  private Path writeTemp(String csv) {
    try {
      Path file = dir.resolve("export-" + System.nanoTime() + ".csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
