package dev.centricity.core.io;

import static dev.centricity.core.io.CohortColumnMatchingTest.answers;
import static dev.centricity.core.io.CohortColumnMatchingTest.read;
import static dev.centricity.core.io.CohortColumnMatchingTest.reader;
import static dev.centricity.core.io.CohortColumnMatchingTest.readerWithGerman;
import static dev.centricity.core.io.CohortColumnMatchingTest.small;
import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Answer;
import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a trait column's cells are read: labels in any language of the rubric, numbers, missing
 * words, the mapping's labels and words; anything else an error record naming column and cell.
 * cohort-small's agree5 scale is Strongly disagree (1), Disagree (2), Neither (3), Agree (4),
 * Strongly agree (5); yesno is No (1), Yes (2).
 */
class CohortCellsTest {

  @Test
  void should_read_point_labels_normalised_as_their_points() {
    // GIVEN labels in other case, spacing and quotes
    String csv =
        "culture.listen,culture.visit,culture.ship,focus.churn\n"
            + "strongly AGREE,  Disagree ,\"\"\"Neither\"\"\",yes\n";
    // WHEN / THEN 5, 2, 3 and Yes = 2
    assertThat(answers(read(reader(), csv).get(0)))
        .containsEntry("culture.listen", Answer.of(5))
        .containsEntry("culture.visit", Answer.of(2))
        .containsEntry("culture.ship", Answer.of(3))
        .containsEntry("focus.churn", Answer.of(2));
  }

  @Test
  void should_read_labels_of_every_language_the_texts_have() {
    // GIVEN German labels: "Stimme zu" is point 4, "Ja" point 2; and English ones in the same file
    String csv = "culture.listen,focus.churn,culture.visit\nStimme zu,Ja,Agree\n";
    // WHEN / THEN
    assertThat(answers(read(readerWithGerman(), csv).get(0)))
        .containsEntry("culture.listen", Answer.of(4))
        .containsEntry("focus.churn", Answer.of(2))
        .containsEntry("culture.visit", Answer.of(4));
  }

  @Test
  void should_read_a_label_before_a_number() {
    // GIVEN a 0-10 scale labelled "0" … "10": the cell 0 is its first point, 10 its eleventh
    Rubric r =
        RubricFormat.fromYaml(
            """
            id: ten
            version: 1.0.0
            poles: [{ id: a, label: A }, { id: b, label: B }]
            scales: [{ id: s11, points: ["0","1","2","3","4","5","6","7","8","9","10"] }]
            dimensions:
              - id: d
                name: D
                traits: [{ id: d.t, statement: How likely?, keyed: b, scale: s11 }]
            """);
    // WHEN / THEN "0" is point 1 (label), "10" point 11, and "1" point 2: the label wins
    List<CohortRow> rows = read(CohortReader.of(r), "d.t\n0\n10\n1\n");
    assertThat(rows)
        .extracting(row -> answers(row).get("d.t"))
        .containsExactly(Answer.of(1), Answer.of(11), Answer.of(2));
  }

  @Test
  void should_read_missing_words_in_four_languages_as_n_a_and_empty_as_blank() {
    String csv =
        "culture.listen\n\nn/a\nNA\n-\n.\nDon’t know\nno answer\nweiß nicht\nkeine Angabe\n"
            + "je ne sais pas\nsans réponse\nno sé\nsin respuesta\n";
    List<CohortRow> rows = read(reader(), csv);
    // the empty line is no record at all; each of the 12 others is one row, all n/a
    assertThat(rows).hasSize(12).noneMatch(CohortRow::isError);
    assertThat(rows)
        .extracting(row -> answers(row).get("culture.listen"))
        .containsOnly(Answer.notApplicable());
    // an empty cell in a row of two columns is blank
    assertThat(answers(read(reader(), "culture.listen,culture.visit\n,4\n").get(0)))
        .containsEntry("culture.listen", Answer.blank());
  }

  @Test
  void should_read_the_mappings_labels_and_missing_words() {
    // GIVEN labels for every scale and for yesno alone, and a missing word
    CohortMapping mapping =
        CohortMapping.builder()
            .label("Totally", 5)
            .label("yesno", "Sure", 2)
            .label("yesno", "Totally", 1)
            .missing("skipped")
            .build();
    String csv = "culture.listen,focus.churn,culture.visit\nTotally,Totally,skipped\n,Sure,\n";
    // WHEN
    List<CohortRow> rows = read(reader().withMapping(mapping), csv);
    // THEN on agree5 "Totally" is 5; on yesno its own label wins: 1; "Sure" is 2
    assertThat(answers(rows.get(0)))
        .containsEntry("culture.listen", Answer.of(5))
        .containsEntry("focus.churn", Answer.of(1))
        .containsEntry("culture.visit", Answer.notApplicable());
    assertThat(answers(rows.get(1))).containsEntry("focus.churn", Answer.of(2));
  }

  @Test
  void should_make_a_row_with_a_label_that_is_no_point_an_error_naming_column_and_cell() {
    // GIVEN a label of no point, a number beyond the scale, and a good row after them
    String csv = "respondent,We listen to customers.,culture.visit\nr1,Maybe,9\nr2,Agree,4\n";
    // WHEN
    List<CohortRow> rows = read(reader(), csv);
    // THEN rows out = rows in: one error record naming both cells, then the good row
    assertThat(rows).hasSize(2);
    RowError error = rows.get(0).error().orElseThrow();
    assertThat(error.line()).isEqualTo(2);
    assertThat(error.column()).hasValue("culture.listen");
    assertThat(error.reason())
        .isEqualTo(
            "column 'We listen to customers.': 'Maybe' is not an answer: give a whole number from"
                + " 1 to 5, leave the cell empty or write n/a; column 'culture.visit': answer 9 is"
                + " outside the scale, which runs from 1 to 5");
    assertThat(answers(rows.get(1))).containsEntry("culture.listen", Answer.of(4));
  }

  @Test
  void should_read_each_row_the_same_whatever_cells_came_before() {
    // GIVEN more distinct texts in one column than the reader remembers (1,024), then a label
    StringBuilder csv = new StringBuilder("culture.listen\n");
    for (int i = 0; i < 1100; i++) {
      csv.append("word").append(i).append('\n');
    }
    csv.append("Agree\n");
    // WHEN
    List<CohortRow> rows = read(reader(), csv.toString());
    // THEN 1,100 error records and the label still read as 4 at the end: 1,101 rows
    assertThat(rows).hasSize(1101);
    assertThat(rows.subList(0, 1100)).allMatch(CohortRow::isError);
    assertThat(answers(rows.get(1100))).containsEntry("culture.listen", Answer.of(4));
  }

  static Rubric rubric() {
    return small();
  }
}
