package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortSummary;
import java.util.List;
import java.util.Objects;

/** A {@link CohortSummary}: an accumulator with the analysis it belongs to. Not thread-safe. */
final class Summary implements CohortSummary {

  private final CohortEngine engine;
  private final CohortAccumulator acc;
  private RowScorer scoring;

  Summary(CohortEngine engine, CohortAccumulator acc) {
    this.engine = engine;
    this.acc = acc;
  }

  @Override
  public CohortAnalysis analysis() {
    return engine;
  }

  @Override
  public CohortSummary add(CohortRow row) {
    Objects.requireNonNull(row, "row");
    if (scoring == null) {
      scoring = new RowScorer(engine.scorer, engine.layout);
    }
    scoring.add(acc, row);
    return this;
  }

  @Override
  public CohortSummary merge(CohortSummary other) {
    Objects.requireNonNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("a summary cannot be merged with itself");
    }
    if (!(other instanceof Summary s) || !engine.compatible(s.engine)) {
      throw new IllegalArgumentException(
          "the summaries belong to different rubrics or policies: "
              + engine.layout.rubric.reference()
              + " under "
              + engine.scorer.policy()
              + " and "
              + other.analysis().scorer().rubric().reference()
              + " under "
              + other.analysis().scorer().policy());
    }
    acc.merge(s.acc);
    return this;
  }

  @Override
  public long rows() {
    return acc.rows;
  }

  @Override
  public CohortReport report() {
    return engine.finish(acc, List.of());
  }

  @Override
  public byte[] toBytes() {
    return engine.toBytes(acc);
  }

  @Override
  public String toString() {
    return "CohortSummary[" + acc.rows + " rows, " + engine.layout.rubric.reference() + "]";
  }
}
