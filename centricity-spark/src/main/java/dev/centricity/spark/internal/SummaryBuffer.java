package dev.centricity.spark.internal;

import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortSummary;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The buffer of the cohort aggregator: a {@link CohortSummary}, which Spark serialises as the
 * summary's own bytes ({@link CohortSummary#toBytes()}) when it moves a partial aggregate between
 * executors, and which is read back with the executor's analysis when next used.
 */
public final class SummaryBuffer implements Serializable {

  private static final long serialVersionUID = 1L;

  private transient CohortSummary summary;
  private byte[] bytes;

  /** The summary, made empty or read back from the bytes with the analysis on first use. */
  public CohortSummary summary(CohortAnalysis analysis) {
    if (summary == null) {
      summary = bytes == null ? analysis.summary() : analysis.summary(bytes);
      bytes = null;
    }
    return summary;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    if (summary != null) {
      bytes = summary.toBytes();
    }
    out.defaultWriteObject();
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
  }
}
