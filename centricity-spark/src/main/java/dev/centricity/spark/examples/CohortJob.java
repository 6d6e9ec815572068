package dev.centricity.spark.examples;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.CohortReportFormat;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.spark.SparkRubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * An example Spark job: reads responses from CSV or Parquet (a column per trait id, optional {@code
 * respondent}, {@code group} and {@code line} columns), writes the scored rows as Parquet and the
 * cohort report as JSON — the same report as {@code centricity cohort --format json} on the same
 * rows, to rounding.
 *
 * <pre>
 * spark-submit --class dev.centricity.spark.examples.CohortJob --master 'local[*]' \
 *   centricity-spark/target/centricity-spark-job.jar INPUT OUTPUT-DIR [RUBRIC-FILE]
 * </pre>
 *
 * <p>INPUT ending in {@code .csv} is read as CSV with a header, every column as text; anything else
 * as Parquet. OUTPUT-DIR receives {@code scored/} (Parquet) and {@code report.json}. Without a
 * rubric file the default rubric is used. See docs/spark.md.
 */
public final class CohortJob {

  private CohortJob() {}

  /**
   * Runs the job.
   *
   * @param args INPUT OUTPUT-DIR [RUBRIC-FILE]
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3) {
      System.err.println(
          "usage: CohortJob INPUT(.csv or Parquet) OUTPUT-DIR [RUBRIC-FILE (YAML or JSON)]");
      System.exit(2);
    }
    Rubric rubric =
        args.length == 3 ? RubricFormat.read(Path.of(args[2])) : DefaultRubrics.productCustomer();
    SparkSession spark = SparkSession.builder().appName("centricity-cohort").getOrCreate();
    try {
      run(spark, rubric, args[0], Path.of(args[1]));
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads, scores and aggregates.
   *
   * @param spark the session
   * @param rubric the rubric
   * @param input the CSV or Parquet input
   * @param output the output directory
   * @return the report as JSON
   */
  public static String run(SparkSession spark, Rubric rubric, String input, Path output) {
    Dataset<Row> responses =
        input.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? spark.read().option("header", "true").csv(input)
            : spark.read().parquet(input);
    SparkRubric shipped = SparkRubric.broadcast(spark, rubric);
    shipped
        .score(responses)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(output.resolve("scored").toString());
    List<Row> report = responses.agg(shipped.cohortReport(responses)).collectAsList();
    String json =
        CohortReportFormat.toPrettyJson(CohortReportFormat.fromJson(report.get(0).getString(0)));
    try {
      Files.createDirectories(output);
      Files.writeString(output.resolve("report.json"), json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json;
  }
}
