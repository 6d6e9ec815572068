package dev.centricity.spark;

import dev.centricity.core.Rubric;
import dev.centricity.spark.internal.CohortAggregator;
import dev.centricity.spark.internal.RowAnswers;
import dev.centricity.spark.internal.RubricShipment;
import dev.centricity.spark.internal.ScoringFunction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * A rubric broadcast to a Spark cluster, to score datasets of responses and aggregate cohort
 * reports. The rubric travels to each executor once and is compiled there once.
 *
 * <pre>{@code
 * SparkRubric rubric = SparkRubric.broadcast(spark, DefaultRubrics.productCustomer());
 * Dataset<Row> responses = spark.read().parquet("responses.parquet");  // a column per trait id
 * Dataset<Row> scored = rubric.score(responses);                        // + index, score, band, ...
 * Dataset<Row> reports = responses.groupBy("region")
 *     .agg(rubric.cohortReport(responses).as("report"));                // a report per region
 * }</pre>
 *
 * <p>A row's answers are read from the columns named by trait ids: whole numbers of any numeric
 * type or as text, null or empty text for no answer, {@code "n/a"} for not applicable. Columns
 * named {@code respondent}, {@code group} and {@code line}, when present, give the respondent, the
 * group within a cohort report and the line an error row names; other names can be set with {@link
 * #withColumns}. Every other column is carried through scoring untouched and ignored by the
 * aggregation.
 *
 * <p>Scoring uses the rubric's default policy. Immutable and serialisable.
 */
public final class SparkRubric implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The default name of the respondent column. */
  public static final String RESPONDENT = "respondent";

  /** The default name of the group column. */
  public static final String GROUP = "group";

  /** The default name of the line column. */
  public static final String LINE = "line";

  private final transient Rubric rubric;
  private final Broadcast<RubricShipment> shipment;
  private final String respondentColumn;
  private final String groupColumn;
  private final String lineColumn;

  private SparkRubric(
      Rubric rubric,
      Broadcast<RubricShipment> shipment,
      String respondentColumn,
      String groupColumn,
      String lineColumn) {
    this.rubric = rubric;
    this.shipment = shipment;
    this.respondentColumn = respondentColumn;
    this.groupColumn = groupColumn;
    this.lineColumn = lineColumn;
  }

  /**
   * Broadcasts a rubric to the session's executors.
   *
   * @param spark the session
   * @param rubric the rubric
   * @return the broadcast rubric
   */
  public static SparkRubric broadcast(SparkSession spark, Rubric rubric) {
    Objects.requireNonNull(rubric, "rubric");
    Broadcast<RubricShipment> b =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .broadcast(new RubricShipment(rubric));
    return new SparkRubric(rubric, b, RESPONDENT, GROUP, LINE);
  }

  /**
   * The same rubric reading the respondent, group and line from other columns (each used only when
   * the dataset has it).
   *
   * @param respondent the respondent column
   * @param group the group column: each cohort report's groups
   * @param line the line column: what an error row names as its line
   * @return the broadcast rubric with those column names
   */
  public SparkRubric withColumns(String respondent, String group, String line) {
    return new SparkRubric(
        rubric,
        shipment,
        Objects.requireNonNull(respondent, "respondent"),
        Objects.requireNonNull(group, "group"),
        Objects.requireNonNull(line, "line"));
  }

  /** The rubric, on the driver. */
  public Rubric rubric() {
    return rubric;
  }

  private RowAnswers answers(StructType schema) {
    List<String> names = List.of(schema.fieldNames());
    return new RowAnswers(
        rubric,
        schema,
        present(names, respondentColumn),
        present(names, groupColumn),
        present(names, lineColumn));
  }

  private static Optional<String> present(List<String> names, String column) {
    return names.contains(column) ? Optional.of(column) : Optional.empty();
  }

  /**
   * Scores every row: the same rows, in the same partitions and order, with columns appended —
   * {@code index}, {@code score}, {@code band}, {@code coverage}, {@code <dimension>_index} for
   * each dimension in rubric order, and {@code error}, which is null for a scored row and says why
   * for a row that cannot be scored (its scorecard columns are then null). Rows out = rows in.
   *
   * @param responses rows with a column per trait id
   * @return the scored rows, evaluated lazily as Spark does
   * @throws IllegalArgumentException if no column is a trait of the rubric, or the dataset already
   *     has a column scoring would add
   */
  public Dataset<Row> score(Dataset<Row> responses) {
    StructType schema = responses.schema();
    RowAnswers answers = answers(schema);
    StructType out = ScoringFunction.outputSchema(schema, rubric);
    return responses.mapPartitions(
        new ScoringFunction(shipment, answers, rubric.dimensions().size()), Encoders.row(out));
  }

  /**
   * The cohort report of the rows of each group of a {@code groupBy}, or of the whole dataset, as
   * the JSON of a {@code CohortReport} (read it with {@code CohortReportFormat.fromJson}): a Spark
   * {@code Aggregator} built on the core's mergeable cohort summary, so the report equals {@code
   * CohortAnalysis} on the same rows to rounding. Error rows are kept in the order of the line
   * column; without one, their line is 0 and their order is Spark's.
   *
   * @param responses the dataset to be aggregated (for its schema)
   * @return the aggregate column
   * @throws IllegalArgumentException if no column is a trait of the rubric
   */
  public Column cohortReport(Dataset<Row> responses) {
    StructType schema = responses.schema();
    RowAnswers answers = answers(schema);
    List<String> used = RowAnswers.used(schema, answers);
    StructType input = new StructType();
    for (String name : used) {
      input = input.add(schema.apply(name));
    }
    RowAnswers inputAnswers = answers(input);
    UserDefinedFunction udaf =
        functions.udaf(new CohortAggregator(shipment, inputAnswers), Encoders.row(input));
    Column[] columns = used.stream().map(n -> responses.col("`" + n + "`")).toArray(Column[]::new);
    return udaf.apply(columns);
  }
}
