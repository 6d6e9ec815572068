package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.RowError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Specifies the scored rows written as CSV: a header, one record per input row in input order
 * (rejected rows included, rows out = rows in), numbers in full precision, RFC 4180 quoting.
 *
 * <p>The rubric is {@code cohorts/small.yaml}: dimension culture (culture.listen and culture.visit
 * keyed customer, culture.ship keyed product, five points) and focus (focus.aim a contrast product
 * → customer on five points, focus.churn keyed customer, yes/no), all weights 1, the default five
 * bands, policy SKIP with minimum coverage 0.5. On the index a five-point answer v counts (v − 3)/2
 * towards customer ((3 − v)/2 when keyed product), churn −1 (No) or +1 (Yes); a dimension's index
 * is the mean over its answered traits, the overall index the mean of the counted dimensions.
 */
class CohortWriterTest {

  private static final Rubric SMALL =
      RubricFormat.read(Path.of("src/test/resources/cohorts/small.yaml"));
  private static final Scorer SCORER = Scorer.of(SMALL);

  private static final String HEADER =
      "line,respondent,group,status,reason,index,score,band,coverage,culture_index,focus_index";

  @Test
  void should_write_each_row_in_input_order_with_hand_computed_figures_and_rejected_rows_kept() {
    // GIVEN three rows read from CSV: a scored one, one with an answer outside the scale, another
    String csv =
        "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n"
            + "a1,A,4,2,2,3,n/a\n"
            + "\"Smith, \"\"J\"\"\",B,9,3,3,3,2\n"
            + "a3,,3,3,3,3,2\n";
    StringWriter out = new StringWriter();
    CohortWriter writer = CohortWriter.of(SCORER, out);
    // WHEN every row is written
    long n;
    try (CohortRows rows = CohortReader.of(SCORER).fromString(csv)) {
      n = writer.writeAll(rows);
    }
    // THEN a header and one record per row, in order, the rejected one included
    List<List<String>> records = parse(out.toString());
    assertThat(n).isEqualTo(3);
    assertThat(String.join(",", records.get(0))).isEqualTo(HEADER);
    assertThat(writer.header()).containsExactly(records.get(0).toArray(String[]::new));
    assertThat(records).hasSize(4);
    assertThat(writer.scored()).isEqualTo(2);
    assertThat(writer.rejected()).isEqualTo(1);

    // a1 (line 2): culture (4 → +½, 2 → −½, ship 2 → +½) = ½/3 = 1/6; focus: aim 3 → 0, churn n/a
    // skipped (coverage ½, the minimum, counts) = 0; index (1/6 + 0)/2 = 1/12; score 50(1 + 1/12)
    // = 54.1666…; band Balanced (−0.2, 0.2]; coverage (1 + ½)/2 = 0.75
    List<String> a1 = records.get(1);
    assertThat(a1.subList(0, 5)).containsExactly("2", "a1", "A", "scored", "");
    assertThat(Double.parseDouble(a1.get(5))).isCloseTo(1.0 / 12, within());
    assertThat(Double.parseDouble(a1.get(6))).isCloseTo(50 * (1 + 1.0 / 12), within());
    assertThat(a1.get(7)).isEqualTo("Balanced");
    assertThat(a1.get(8)).isEqualTo("0.75");
    assertThat(Double.parseDouble(a1.get(9))).isCloseTo(1.0 / 6, within());
    assertThat(Double.parseDouble(a1.get(10))).isEqualTo(0.0);

    // the Smith row (line 3): 9 is outside the five points; its respondent kept, figures empty
    List<String> smith = records.get(2);
    assertThat(smith.subList(0, 4)).containsExactly("3", "Smith, \"J\"", "", "rejected");
    assertThat(smith.get(4)).contains("culture.listen").contains("9");
    assertThat(smith.subList(5, 11)).containsOnly("");

    // a3 (line 4): culture all 3 → 0; focus (aim 0 + churn Yes +1)/2 = ½; index (0 + ½)/2 = ¼;
    // score 50 · 1.25 = 62.5; band Customer-leaning (0.2, 0.6]; coverage 1; no group
    assertThat(records.get(3))
        .containsExactly(
            "4", "a3", "", "scored", "", "0.25", "62.5", "Customer-leaning", "1.0", "0.0", "0.5");
  }

  @Test
  void should_write_numbers_in_full_precision_without_an_exponent() {
    // GIVEN a1 of the example above, whose index 1/12 has no short decimal
    Scorer scorer = SCORER;
    Response a1 =
        Response.builder()
            .respondent("a1")
            .putAnswers("culture.listen", Answer.of(4))
            .putAnswers("culture.visit", Answer.of(2))
            .putAnswers("culture.ship", Answer.of(2))
            .putAnswers("focus.aim", Answer.of(3))
            .build();
    StringWriter out = new StringWriter();
    // WHEN written
    CohortWriter.of(scorer, out).write(CohortRow.of(7, CohortMember.of(a1)));
    // THEN every figure reads back to the scorecard's double, bit for bit
    List<String> record = parse(out.toString()).get(1);
    var card = scorer.score(a1);
    assertThat(Double.parseDouble(record.get(5))).isEqualTo(card.index().getAsDouble());
    assertThat(Double.parseDouble(record.get(6))).isEqualTo(card.score().getAsDouble());
    assertThat(Double.parseDouble(record.get(9)))
        .isEqualTo(card.dimension("culture").orElseThrow().index().getAsDouble());
    assertThat(record.get(5)).doesNotContain("E").contains(".");
  }

  @Test
  void should_write_a_small_figure_without_an_exponent() {
    // GIVEN a rubric whose only dimension weighs the answers so that the index is 1/1024
    // (customer-keyed trait a at weight 1 answered 3 of 3 → +1, trait b at weight 1023 answered
    // 2 of 3 → 0: index (1 · 1 + 1023 · 0)/1024 = 0.0009765625, which Double.toString writes as
    // 9.765625E-4)
    Rubric rubric =
        RubricFormat.fromYaml(
            "id: tiny\nversion: 1.0.0\ntitle: Tiny\npoles:\n"
                + "  - { id: product, label: Product }\n  - { id: customer, label: Customer }\n"
                + "scales:\n  - { id: three, points: [No, Maybe, Yes] }\n"
                + "dimensions:\n  - id: d\n    name: D\n    traits:\n"
                + "      - { id: d.a, statement: A., keyed: customer, scale: three }\n"
                + "      - { id: d.b, statement: B., keyed: customer, scale: three, weight: 1023 }\n");
    Scorer scorer = Scorer.of(rubric);
    Response r =
        Response.builder().putAnswers("d.a", Answer.of(3)).putAnswers("d.b", Answer.of(2)).build();
    StringWriter out = new StringWriter();
    // WHEN written
    CohortWriter.of(scorer, out).write(CohortRow.of(2, CohortMember.of(r)));
    // THEN the index is written as a plain decimal
    assertThat(parse(out.toString()).get(1).get(5)).isEqualTo("0.0009765625");
  }

  @Test
  void should_quote_hostile_names_so_that_they_read_back_exactly() {
    // GIVEN names with separators, quotes, line breaks, edge spaces and a formula-looking text
    List<String> names =
        List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere", " padded ", "=1+1", "\t", "plain");
    StringWriter out = new StringWriter();
    CohortWriter writer = CohortWriter.of(SCORER, out);
    long line = 2;
    // WHEN each is written as a respondent and group of a scored row, and in a rejected row
    for (String name : names) {
      Response r =
          Response.builder().respondent(name).putAnswers("culture.listen", Answer.of(3)).build();
      writer.write(CohortRow.of(line++, CohortMember.of(r, name.isBlank() ? "g" : name)));
      writer.write(RowError.of(line++, Optional.of(name), Optional.empty(), "reason " + name));
    }
    // THEN every field reads back as written, one record per row, each with all 11 fields
    List<List<String>> records = parse(out.toString());
    assertThat(records).hasSize(1 + 2 * names.size());
    for (int i = 0; i < names.size(); i++) {
      List<String> scored = records.get(1 + 2 * i);
      List<String> rejected = records.get(2 + 2 * i);
      String name = names.get(i);
      assertThat(scored).hasSize(11);
      assertThat(scored.get(1)).isEqualTo(name);
      assertThat(scored.get(2)).isEqualTo(name.isBlank() ? "g" : name);
      assertThat(rejected).hasSize(11);
      assertThat(rejected.get(1)).isEqualTo(name);
      assertThat(rejected.get(3)).isEqualTo("rejected");
      assertThat(rejected.get(4)).isEqualTo("reason " + name);
    }
    // and a plain name is not quoted
    assertThat(out.toString()).contains("\r\n16,plain,plain,scored,");
  }

  @Test
  void should_write_a_member_the_scorer_rejects_as_rejected_with_its_reason() {
    // GIVEN a member answering a trait the rubric does not have (the policy rejects unknown traits)
    Response r =
        Response.builder().respondent("x").putAnswers("culture.nothing", Answer.of(2)).build();
    StringWriter out = new StringWriter();
    CohortWriter writer = CohortWriter.of(SCORER, out);
    // WHEN written
    Optional<RowError> error = writer.write(CohortRow.of(5, CohortMember.of(r, "A")));
    // THEN it is a rejected record naming the trait, and the error is returned
    assertThat(error).isPresent();
    assertThat(error.get().column()).contains("culture.nothing");
    List<String> record = parse(out.toString()).get(1);
    assertThat(record.subList(0, 4)).containsExactly("5", "x", "", "rejected");
    assertThat(record.get(4)).contains("culture.nothing");
    assertThat(writer.rejected()).isEqualTo(1);
    assertThat(writer.scored()).isZero();
  }

  @Test
  void should_write_only_the_header_for_no_rows() {
    // GIVEN no rows
    StringWriter out = new StringWriter();
    // WHEN a writer is made
    CohortWriter.of(SCORER, out).flush();
    // THEN the header alone, ended by CRLF
    assertThat(out.toString()).isEqualTo(HEADER + "\r\n");
  }

  @Test
  void should_fail_when_a_scorecard_is_of_another_rubric() {
    // GIVEN a scorecard of another rubric
    Rubric other = RubricFormat.fromYaml(RubricFormat.toYaml(SMALL).replace("1.0.0", "1.0.1"));
    var card = Scorer.of(other).score(Response.builder().build());
    // WHEN it is written
    Throwable thrown =
        catchThrowable(
            () -> CohortWriter.of(SCORER, new StringWriter()).write(2, Optional.empty(), card));
    // THEN it is refused, naming both versions
    assertThat(thrown)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.0.1")
        .hasMessageContaining("1.0.0");
  }

  @Test
  void should_fail_with_an_unchecked_io_exception_when_the_writer_fails() {
    // GIVEN a writer that fails
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    // WHEN the header is written
    Throwable thrown = catchThrowable(() -> CohortWriter.of(SCORER, broken));
    // THEN the failure is thrown with its reason
    assertThat(thrown).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-14);
  }

  /** Strict RFC 4180 records, written apart from the writer: CRLF ends a record outside quotes. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field.length() + fields.size()).as("text after the last CRLF").isZero();
    return records;
  }
}
