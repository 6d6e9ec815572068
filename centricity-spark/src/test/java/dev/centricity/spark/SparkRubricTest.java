package dev.centricity.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.centricity.core.Answer;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.spark.examples.CohortJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scoring a dataset and aggregating cohort reports on Spark in local mode (two worker threads),
 * checked against the library on the same rows: the scored dataset row for row against {@link
 * Scorer}, each aggregated report against {@link CohortAnalysis} to 1e-9.
 *
 * <p>The data: 600 responses to the default rubric, each trait's answer drawn at random from its
 * scale, blank (null or empty text) or "n/a"; every 50th row has a cell that is no answer
 * ("maybe"), every 70th an answer outside its scale (9), which the scorer rejects. Rows fall in
 * three regions and, within each, five teams.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkRubricTest {

  private static final Rubric RUBRIC = DefaultRubrics.productCustomer();
  private static final int ROWS = 600;

  private SparkSession spark;
  private final List<Generated> generated = generate();
  private Dataset<Row> responses;

  /** One generated row: its line, region, team, respondent and cells by trait id. */
  record Generated(
      long line, String region, String team, String respondent, Map<String, String> cells) {}

  @BeforeAll
  void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("centricity-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    responses = spark.createDataFrame(rows(), schema()).repartition(5);
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private static List<Generated> generate() {
    Random random = new Random(19);
    List<Generated> out = new ArrayList<>();
    for (int k = 1; k <= ROWS; k++) {
      Map<String, String> cells = new LinkedHashMap<>();
      for (Trait t : RUBRIC.allTraits()) {
        int size = RUBRIC.scale(t.scale()).map(Scale::size).orElse(2);
        int draw = random.nextInt(size + 6);
        cells.put(
            t.id(),
            draw < size + 3
                ? String.valueOf(1 + draw % size)
                : draw == size + 3 ? null : draw == size + 4 ? "" : "n/a");
      }
      String first = RUBRIC.allTraits().get(k % RUBRIC.allTraits().size()).id();
      if (k % 50 == 0) {
        cells.put(first, "maybe");
      } else if (k % 70 == 0) {
        cells.put(first, "9");
      }
      out.add(new Generated(k, "R" + (k % 3), "T" + (k % 5), "r-" + k, cells));
    }
    return out;
  }

  private static StructType schema() {
    StructType s =
        new StructType()
            .add("line", DataTypes.LongType, false)
            .add("region", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, false)
            .add("respondent", DataTypes.StringType, false);
    for (Trait t : RUBRIC.allTraits()) {
      s = s.add(t.id(), DataTypes.StringType, true);
    }
    return s;
  }

  private List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Generated g : generated) {
      List<Object> values =
          new ArrayList<>(List.of(g.line(), g.region(), g.team(), g.respondent()));
      values.addAll(g.cells().values());
      rows.add(RowFactory.create(values.toArray()));
    }
    return rows;
  }

  /** The test's own reading of a generated row: a response, or the error the row must give. */
  private static Object expected(Generated g) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : g.cells().entrySet()) {
      String v = e.getValue();
      if (v == null || v.isEmpty()) {
        continue;
      }
      if (v.equals("maybe")) {
        // the scale of the traits that can hold 'maybe' here: the default rubric's five points
        return String.format(
            Locale.ROOT,
            "column '%s': 'maybe' is not an answer: give a whole number from 1 to %d, leave the"
                + " cell empty or write n/a",
            e.getKey(),
            RUBRIC.scale(RUBRIC.trait(e.getKey()).orElseThrow().scale()).orElseThrow().size());
      }
      answers.put(
          e.getKey(), v.equals("n/a") ? Answer.notApplicable() : Answer.of(Integer.parseInt(v)));
    }
    return Response.builder().respondent(g.respondent()).answers(answers).build();
  }

  @Test
  void should_score_every_row_as_the_library_does() {
    // GIVEN the rows scored by Spark, collected in line order
    SparkRubric rubric = SparkRubric.broadcast(spark, RUBRIC);
    Dataset<Row> scored = rubric.score(responses);
    Map<Long, Row> byLine =
        scored.collectAsList().stream().collect(Collectors.toMap(r -> r.getLong(0), r -> r));
    Scorer scorer = Scorer.of(RUBRIC);
    // THEN rows out = rows in, and each row carries its scorecard or its error
    assertThat(scored.count()).isEqualTo(ROWS);
    assertThat(byLine).hasSize(ROWS);
    int width = schema().size();
    int errors = 0;
    for (Generated g : generated) {
      Row row = byLine.get(g.line());
      assertThat(row.getString(3)).isEqualTo(g.respondent());
      Object expected = expected(g);
      String error = row.getAs("error");
      if (expected instanceof String reason) {
        assertThat(error).as("line %d", g.line()).isEqualTo(reason);
        assertThat(row.isNullAt(width)).isTrue();
        errors++;
        continue;
      }
      Scorecard card;
      try {
        card = scorer.score((Response) expected);
      } catch (ResponseValidationException e) {
        assertThat(error)
            .as("line %d", g.line())
            .isEqualTo(
                e.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
        assertThat(row.isNullAt(width)).isTrue();
        errors++;
        continue;
      }
      assertThat(error).as("line %d", g.line()).isNull();
      assertThat(nullable(row, "index")).isEqualTo(boxed(card.index()));
      assertThat(nullable(row, "score")).isEqualTo(boxed(card.score()));
      assertThat((String) row.getAs("band")).isEqualTo(card.band().orElse(null));
      assertThat((Double) row.getAs("coverage")).isEqualTo(card.coverage());
      for (DimensionScore d : card.dimensions()) {
        assertThat(nullable(row, d.id() + "_index")).as(d.id()).isEqualTo(boxed(d.index()));
      }
    }
    // 600/50 = 12 rows hold 'maybe'; of the 600/70 = 8 rows every 70th, the 350th holds 'maybe',
    // so 7 hold a 9
    assertThat(errors).isEqualTo(12 + 7);
  }

  private static Double nullable(Row row, String column) {
    int i = row.fieldIndex(column);
    return row.isNullAt(i) ? null : row.getDouble(i);
  }

  private static Double boxed(java.util.OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  @Test
  void should_aggregate_a_report_per_group_equal_to_the_library_analysis() {
    // GIVEN the rows grouped by region, each report aggregated by Spark
    SparkRubric rubric = SparkRubric.broadcast(spark, RUBRIC);
    List<Row> reports =
        responses
            .groupBy("region")
            .agg(rubric.cohortReport(responses).as("report"))
            .collectAsList();
    // THEN each region's report equals CohortAnalysis on that region's rows in line order
    assertThat(reports).hasSize(3);
    for (Row r : reports) {
      String region = r.getString(0);
      CohortReport expected =
          analyse(generated.stream().filter(g -> g.region().equals(region)).toList());
      CohortReport actual = CohortReportFormat.fromJson(r.getString(1));
      assertThat(actual.rows()).isEqualTo(expected.rows()).isEqualTo(ROWS / 3);
      assertThat(actual.rejected()).isEqualTo(expected.rejected()).isPositive();
      assertThat(actual.groups()).hasSize(5);
      assertClose(CohortReportFormat.toJson(actual), CohortReportFormat.toJson(expected), 1e-9);
    }
  }

  @Test
  void should_aggregate_the_whole_dataset_into_the_report_of_the_library() {
    SparkRubric rubric = SparkRubric.broadcast(spark, RUBRIC);
    String json = responses.agg(rubric.cohortReport(responses)).first().getString(0);
    CohortReport expected = analyse(generated);
    assertThat(CohortReportFormat.fromJson(json).rows()).isEqualTo(ROWS);
    assertClose(json, CohortReportFormat.toJson(expected), 1e-9);
  }

  /** CohortAnalysis over the test's own reading of the rows, in line order, on one thread. */
  private static CohortReport analyse(List<Generated> rows) {
    List<CohortRow> cohort = new ArrayList<>();
    for (Generated g : rows) {
      Object e = expected(g);
      if (e instanceof Response response) {
        cohort.add(CohortRow.of(g.line(), CohortMember.of(response, g.team())));
      } else {
        String reason = (String) e;
        String column = reason.substring("column '".length(), reason.indexOf("': "));
        cohort.add(
            CohortRow.of(
                RowError.of(g.line(), Optional.of(g.respondent()), Optional.of(column), reason)));
      }
    }
    return CohortAnalysis.of(Scorer.of(RUBRIC)).withThreads(1).analyse(cohort);
  }

  @Test
  void should_run_the_example_job_on_a_csv_file(@TempDir Path out) throws Exception {
    // GIVEN team-survey.csv: 50 respondents of the default rubric in five teams
    Path csv = Path.of("src/test/resources/cohorts/team-survey.csv");
    // WHEN the example job reads it, scores it and aggregates it
    String json = CohortJob.run(spark, RUBRIC, csv.toString(), out);
    // THEN the scored rows are written as Parquet, one per input row, none an error
    Dataset<Row> scored = spark.read().parquet(out.resolve("scored").toString());
    assertThat(scored.count()).isEqualTo(50);
    assertThat(scored.filter("error is not null").count()).isZero();
    // and report.json is the report of the library's own reading of the file, to 1e-9
    CohortReport expected;
    Scorer scorer = Scorer.of(RUBRIC);
    try (CohortRows rows = CohortReader.of(scorer).open(csv)) {
      expected = CohortAnalysis.of(scorer).analyse(rows);
    }
    assertThat(Files.readString(out.resolve("report.json")).strip()).isEqualTo(json.strip());
    CohortReport actual = CohortReportFormat.fromJson(json);
    assertThat(actual.respondents()).isEqualTo(50);
    assertThat(actual.groups()).hasSize(5);
    // the file's errors name its lines; Spark's rows have none, and this file has no error row
    assertClose(CohortReportFormat.toJson(actual), CohortReportFormat.toJson(expected), 1e-9);
  }

  @Test
  void should_refuse_a_dataset_without_a_trait_column() {
    Dataset<Row> none = responses.select("line", "region");
    SparkRubric rubric = SparkRubric.broadcast(spark, RUBRIC);
    assertThatThrownBy(() -> rubric.score(none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("no column of the dataset is a trait of rubric")
        .hasMessageContaining("line, region");
  }

  @Test
  void should_refuse_a_dataset_that_already_has_a_score_column() {
    Dataset<Row> clash = responses.withColumnRenamed("region", "score");
    SparkRubric rubric = SparkRubric.broadcast(spark, RUBRIC);
    assertThatThrownBy(() -> rubric.score(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the dataset already has a column 'score', which scoring would add; rename it first");
  }

  /** Every number of the two JSON texts within tolerance · max(1, |x|), the rest equal. */
  static void assertClose(String actualJson, String expectedJson, double tolerance) {
    Map<String, Object> actual = flatten(actualJson);
    Map<String, Object> expected = flatten(expectedJson);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (path, value) -> {
          Object other = actual.get(path);
          if (value instanceof Double x && other instanceof Double y) {
            assertThat(y).as(path).isCloseTo(x, within(tolerance * Math.max(1, Math.abs(x))));
          } else {
            assertThat(other).as(path).isEqualTo(value);
          }
        });
  }

  private static Map<String, Object> flatten(String json) {
    Map<String, Object> out = new TreeMap<>();
    flatten("", JsonMapper.builder().build().readTree(json), out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(path + "/" + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "/" + i, node.get(i), out);
      }
    } else if (node.isIntegralNumber()) {
      out.put(path, node.asLong());
    } else if (node.isNumber()) {
      out.put(path, node.asDouble());
    } else {
      out.put(path, node.asString());
    }
  }
}
