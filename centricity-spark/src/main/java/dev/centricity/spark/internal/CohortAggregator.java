package dev.centricity.spark.internal;

import dev.centricity.core.io.CohortReportFormat;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The cohort report of a set of rows as a Spark {@link Aggregator}: each partition adds its rows to
 * a {@link SummaryBuffer}, partial summaries merge (by the core's mergeable summary), and the
 * result is the report as JSON. The rubric comes from a broadcast, compiled once per executor.
 */
public final class CohortAggregator extends Aggregator<Row, SummaryBuffer, String> {

  private static final long serialVersionUID = 1L;

  private final Broadcast<RubricShipment> rubric;
  private final RowAnswers answers;

  /**
   * Creates the aggregator.
   *
   * @param rubric the broadcast rubric
   * @param answers how the input rows' columns become answers
   */
  public CohortAggregator(Broadcast<RubricShipment> rubric, RowAnswers answers) {
    this.rubric = rubric;
    this.answers = answers;
  }

  @Override
  public SummaryBuffer zero() {
    return new SummaryBuffer();
  }

  @Override
  public SummaryBuffer reduce(SummaryBuffer buffer, Row row) {
    buffer.summary(rubric.value().analysis()).add(answers.cohortRow(row));
    return buffer;
  }

  @Override
  public SummaryBuffer merge(SummaryBuffer a, SummaryBuffer b) {
    var analysis = rubric.value().analysis();
    a.summary(analysis).merge(b.summary(analysis));
    return a;
  }

  @Override
  public String finish(SummaryBuffer buffer) {
    return CohortReportFormat.toJson(buffer.summary(rubric.value().analysis()).report());
  }

  @Override
  public Encoder<SummaryBuffer> bufferEncoder() {
    return Encoders.javaSerialization(SummaryBuffer.class);
  }

  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }
}
