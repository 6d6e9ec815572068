package dev.centricity.core.io;

import static dev.centricity.core.io.CohortColumnMatchingTest.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading, checking and writing cohort mapping files. */
class MappingFormatTest {

  static final String FULL =
      """
      columns:
        "Q7": culture.listen
        "Wie oft besuchen Sie Kunden?": culture.visit
      labels:
        "Trifft voll zu": 5
        yesno:
          "Jawohl": 2
      missing: ["weiss nicht", "k.A."]
      respondent: ResponseId
      group: Abteilung
      skipRows: 1
      delimiter: tab
      encoding: windows-1252
      """;

  @Test
  void should_read_every_key() {
    // WHEN
    CohortMapping m = MappingFormat.fromYaml(FULL, "mapping.yaml");
    // THEN
    assertThat(m.columns())
        .containsExactly(
            Map.entry("Q7", "culture.listen"),
            Map.entry("Wie oft besuchen Sie Kunden?", "culture.visit"));
    assertThat(m.labels())
        .containsExactly(
            Map.entry(CohortMapping.ALL_SCALES, Map.of("Trifft voll zu", 5)),
            Map.entry("yesno", Map.of("Jawohl", 2)));
    assertThat(m.missing()).containsExactly("weiss nicht", "k.A.");
    assertThat(m.respondent()).hasValue("ResponseId");
    assertThat(m.group()).hasValue("Abteilung");
    assertThat(m.skipRows()).isEqualTo(1);
    assertThat(m.delimiter()).hasValue('\t');
    assertThat(m.encoding()).hasValue("windows-1252");
    assertThat(m.source()).isEqualTo("mapping.yaml");
  }

  @Test
  void should_write_a_mapping_that_reads_back_equal() {
    CohortMapping m = MappingFormat.fromYaml(FULL, "mapping.yaml");
    assertThat(MappingFormat.fromYaml(MappingFormat.toYaml(m), "again.yaml")).isEqualTo(m);
  }

  @Test
  void should_read_an_empty_map_as_a_mapping_that_says_nothing() {
    assertThat(MappingFormat.fromYaml("{}", "empty.yaml"))
        .isEqualTo(CohortMapping.builder().build());
  }

  @Test
  void should_report_every_problem_of_an_invalid_file_with_its_path() {
    // GIVEN one problem in every key
    String yaml =
        """
        columns:
          "Q7": [culture.listen]
        labels:
          "Agree": 0
          yesno: { "Jawohl": two }
        missing: [[]]
        respondent: ""
        skipRows: -1
        delimiter: "::"
        encoding: no-such-charset
        colums: {}
        """;
    // WHEN / THEN all of them, in file order after the unknown key
    assertThatThrownBy(() -> MappingFormat.fromYaml(yaml, "bad.yaml"))
        .isInstanceOfSatisfying(
            MappingValidationException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::path)
                  .containsExactly(
                      "/colums",
                      "/columns/Q7",
                      "/labels/Agree",
                      "/labels/yesno/Jawohl",
                      "/missing/0",
                      "/respondent",
                      "/skipRows",
                      "/delimiter",
                      "/encoding");
              assertThat(e.path()).isEqualTo("/colums");
              assertThat(e.source()).isEqualTo("bad.yaml");
            })
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("bad.yaml at /colums: the cohort mapping is invalid: 9 problems")
        .hasMessageContaining(
            "/colums: unknown key 'colums'; the keys allowed here are: columns, delimiter,"
                + " encoding, group, labels, missing, respondent, skipRows")
        .hasMessageContaining("/encoding: unknown charset 'no-such-charset'");
  }

  @Test
  void should_refuse_a_mapping_to_an_unknown_trait_or_scale_naming_the_paths() {
    // GIVEN a column mapped to a trait cohort-small does not have, labels of a scale it does not
    // have, and a label beyond yesno's two points
    CohortMapping m =
        MappingFormat.fromYaml(
            """
            columns: { "Q1": culture.listen, "Q2": culture.lisen }
            labels: { agree7: { "Top": 7 }, yesno: { "Jawohl": 3 } }
            """,
            "map.yaml");
    // WHEN / THEN the reader refuses it with every problem
    assertThatThrownBy(() -> CohortReader.of(small()).withMapping(m))
        .isInstanceOfSatisfying(
            MappingValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        new Problem(
                            "/columns/Q2",
                            "column 'Q2' is mapped to trait 'culture.lisen', which rubric"
                                + " 'cohort-small@1.0.0' does not have"),
                        new Problem(
                            "/labels/agree7", "rubric 'cohort-small@1.0.0' has no scale 'agree7'"),
                        new Problem(
                            "/labels/yesno/Jawohl",
                            "label 'Jawohl' is point 3, but scale 'yesno' of rubric"
                                + " 'cohort-small@1.0.0' has 2 points")))
        .hasMessageStartingWith("map.yaml at /columns/Q2: the cohort mapping is invalid: 3");
  }

  @Test
  void should_take_respondent_group_skip_rows_delimiter_and_encoding_from_the_mapping() {
    // GIVEN a semicolon file in windows-1252 with a row to skip, named columns for respondent and
    // group, and the group column missing from the second file
    CohortMapping m =
        MappingFormat.fromYaml(
            "respondent: Id\ngroup: Abteilung\nskipRows: 1\ndelimiter: ';'\nencoding: windows-1252\n",
            "m.yaml");
    byte[] bytes =
        "Id;Abteilung;culture.listen\nbitte ausfüllen;;\nr1;Büro;4\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    // WHEN
    List<dev.centricity.core.cohort.CohortRow> rows = new java.util.ArrayList<>();
    try (var r =
        CohortReader.of(small())
            .withMapping(m)
            .open(new java.io.ByteArrayInputStream(bytes), "export.csv")) {
      r.forEach(rows::add);
    }
    // THEN one respondent, r1 in "Büro", on line 3
    assertThat(rows)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.line()).isEqualTo(3);
              assertThat(row.member().orElseThrow().response().respondent()).hasValue("r1");
              assertThat(row.member().orElseThrow().group()).hasValue("Büro");
            });
  }

  @Test
  void should_refuse_a_group_column_named_by_the_mapping_that_the_file_lacks() {
    CohortMapping m = CohortMapping.builder().group("Abteilung").build();
    assertThatThrownBy(
            () -> CohortReader.of(small()).withMapping(m).fromString("culture.listen\n4\n"))
        .isInstanceOf(dev.centricity.core.CohortFormatException.class)
        .hasMessageContaining("the header has no 'Abteilung' column");
  }
}
