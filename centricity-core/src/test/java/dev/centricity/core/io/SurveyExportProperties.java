package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.text.LocalizedRubric;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.core.text.Translation;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A survey export reads to the same report however a survey tool lays it out: any cohort written as
 * trait ids and points, and rewritten with statement headers in any shipped language (English,
 * German, French, Spanish: the default rubric and its translations, read from the rubric module's
 * files), label cells in any shipped language, another separator and charset, extra metadata
 * columns and header rows, reads to the identical report (but for the warnings that list the
 * metadata columns and header rows). And rows out = rows in, whatever happens to the cells.
 */
class SurveyExportProperties {

  private static final Path RUBRICS =
      Path.of("../centricity-rubric/src/main/resources/dev/centricity/rubric");
  private static final Rubric RUBRIC =
      RubricFormat.read(RUBRICS.resolve("product-customer-centricity.yaml"));
  private static final RubricTexts TEXTS = texts();
  private static final List<String> LANGUAGES = TEXTS.languages();
  private static final Scorer SCORER = Scorer.of(RUBRIC);
  private static final List<Trait> TRAITS = RUBRIC.allTraits();
  private static final char[] SEPARATORS = {',', ';', '\t', '|'};

  private static RubricTexts texts() {
    List<Translation> translations = new ArrayList<>();
    for (String lang : List.of("de", "fr", "es")) {
      translations.add(
          TranslationFormat.read(
              RUBRICS.resolve("product-customer-centricity." + lang + ".yaml"), RUBRIC));
    }
    return RubricTexts.of(RUBRIC, translations);
  }

  /** One respondent: a group (or none) and per trait a point, 0 for blank or -1 for n/a. */
  record Respondent(String group, int[] answers) {}

  /** How the export is laid out. */
  record Layout(
      long seed,
      String headerLanguage,
      char separator,
      String charset,
      int metadataColumns,
      int headerRows,
      boolean numberedQuestions) {}

  @Provide
  Arbitrary<List<Respondent>> cohorts() {
    Arbitrary<String> group = Arbitraries.of("", "Sales", "Support", "Product");
    Arbitrary<int[]> answers =
        Arbitraries.integers().between(-1, 5).array(int[].class).ofSize(TRAITS.size());
    return Combinators.combine(group, answers)
        .as(Respondent::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.of(LANGUAGES),
            Arbitraries.of(',', ';', '\t', '|'),
            Arbitraries.of("UTF-8", "UTF-16", "windows-1252"),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.of(true, false))
        .as(Layout::new);
  }

  @Property(tries = 60)
  void an_export_in_any_layout_reads_to_the_report_of_its_ids_and_points(
      @ForAll("cohorts") List<Respondent> cohort, @ForAll("layouts") Layout layout) {
    // GIVEN the cohort as ids and points, and as a survey tool might export it
    String plain = idsAndPoints(cohort);
    Export export = export(cohort, layout);
    // WHEN both are read and analysed
    CohortReport expected =
        analyse(CohortReader.of(SCORER).withSeparator(','), plain.getBytes(StandardCharsets.UTF_8));
    CohortReport actual = analyse(export.reader(), export.bytes());
    // THEN the reports are identical, but for the lists of metadata columns and header rows
    assertThat(withoutLayoutWarnings(actual)).isEqualTo(expected);
    assertThat(actual.warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.METADATA_COLUMN)
        .hasSize(layout.metadataColumns());
  }

  @Property(tries = 60)
  void rows_out_equal_rows_in_whatever_the_cells_hold(
      @ForAll("cohorts") List<Respondent> cohort,
      @ForAll("layouts") Layout layout,
      @ForAll("cellTexts") List<String> junk) {
    // GIVEN an export whose cells are partly replaced by arbitrary text
    Export export = export(cohort, layout, junk);
    // WHEN
    CohortReport report = analyse(export.reader(), export.bytes());
    // THEN every respondent's row is a row of the report: scored or an error record
    assertThat(report.rows()).isEqualTo(cohort.size());
    assertThat(report.respondents() + report.rejected()).isEqualTo(report.rows());
  }

  @Provide
  Arbitrary<List<String>> cellTexts() {
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.of("Agree", "99", "-3", "4.5", "\"", ",", "\n", "n/a", " ", "Ja", "Oui"))
        .list()
        .ofMaxSize(20);
  }

  // ---------------------------------------------------------------------------------------------

  private static CohortReport analyse(CohortReader reader, byte[] bytes) {
    try (CohortRows rows = reader.open(new ByteArrayInputStream(bytes), "export.csv")) {
      return CohortAnalysis.of(SCORER).analyse(rows);
    }
  }

  private static CohortReport withoutLayoutWarnings(CohortReport r) {
    return CohortReport.builder()
        .from(r)
        .warnings(
            r.warnings().stream()
                .filter(
                    w ->
                        w.code() != CohortWarning.Code.METADATA_COLUMN
                            && w.code() != CohortWarning.Code.HEADER_ROWS)
                .toList())
        .build();
  }

  private static String idsAndPoints(List<Respondent> cohort) {
    StringBuilder sb = new StringBuilder("group");
    TRAITS.forEach(t -> sb.append(',').append(t.id()));
    sb.append('\n');
    for (Respondent r : cohort) {
      sb.append(r.group());
      for (int a : r.answers()) {
        sb.append(',').append(a > 0 ? String.valueOf(a) : a == 0 ? "" : "n/a");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  record Export(byte[] bytes, int skipRows, Charset charset) {

    /** A reader for this export: the rubric's texts, its rows to skip, and its charset. */
    CohortReader reader() {
      CohortReader r = CohortReader.of(SCORER).withTexts(TEXTS).withSkipRows(skipRows);
      // UTF-8 and UTF-16 (with its byte-order mark) are detected; any other is named
      return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.UTF_16)
          ? r
          : r.withCharset(charset);
    }
  }

  private static Export export(List<Respondent> cohort, Layout layout) {
    return export(cohort, layout, List.of());
  }

  private static Export export(List<Respondent> cohort, Layout layout, List<String> junk) {
    Random random = new Random(layout.seed());
    LocalizedRubric headerTexts = TEXTS.in(layout.headerLanguage());
    int columns = layout.metadataColumns() + 1 + TRAITS.size();
    // metadata first, then the group, then the traits in a shuffled order
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < TRAITS.size(); t++) {
      order.add(t);
    }
    java.util.Collections.shuffle(order, random);
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int m = 0; m < layout.metadataColumns(); m++) {
      header.add(List.of("Timestamp", "Email Address", "IP Address").get(m));
    }
    header.add("Group");
    for (int k = 0; k < order.size(); k++) {
      String statement = headerTexts.statement(TRAITS.get(order.get(k)).id());
      if (random.nextBoolean()) {
        statement = statement.toUpperCase(Locale.ROOT);
      }
      header.add(layout.numberedQuestions() ? "Q" + (k + 1) + ". " + statement : statement);
    }
    rows.add(header);
    // header rows that no content rule recognises, skipped by count
    for (int h = 0; h < layout.headerRows(); h++) {
      List<String> note = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        note.add(c == 0 ? "please answer every question" : "");
      }
      rows.add(note);
    }
    int junkAt = 0;
    for (Respondent r : cohort) {
      List<String> row = new ArrayList<>();
      for (int m = 0; m < layout.metadataColumns(); m++) {
        row.add(
            m == 0
                ? "2024-05-0" + (1 + random.nextInt(9)) + " 10:00"
                : "x" + random.nextInt(100) + "@example.org");
      }
      row.add(r.group());
      for (int t : order) {
        int a = r.answers()[t];
        String cell;
        if (junkAt < junk.size() && random.nextInt(4) == 0) {
          cell = junk.get(junkAt++);
        } else if (a > 0) {
          String lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
          cell =
              random.nextInt(5) == 0
                  ? String.valueOf(a)
                  : TEXTS.in(lang).pointLabelsOf(TRAITS.get(t).id()).get(a - 1);
        } else if (a == 0) {
          cell = "";
        } else {
          String lang = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
          List<String> words = TEXTS.in(lang).missingWords();
          cell = words.isEmpty() ? "n/a" : words.get(random.nextInt(words.size()));
        }
        row.add(cell);
      }
      rows.add(row);
    }
    StringBuilder text = new StringBuilder();
    for (List<String> row : rows) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          text.append(layout.separator());
        }
        text.append(quoted(row.get(c), layout.separator()));
      }
      text.append(random.nextBoolean() ? "\r\n" : "\n");
    }
    Charset charset = Charset.forName(layout.charset());
    if (!charset.newEncoder().canEncode(text)) {
      charset = StandardCharsets.UTF_8;
    }
    return new Export(text.toString().getBytes(charset), layout.headerRows(), charset);
  }

  private static String quoted(String cell, char separator) {
    if (cell.indexOf(separator) >= 0
        || cell.indexOf('"') >= 0
        || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0
        || (!cell.isEmpty() && (cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' '))) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
