package dev.centricity.spark.internal;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.io.RubricFormat;
import java.io.Serializable;

/**
 * A rubric as it travels to Spark's executors: its JSON text, broadcast once, and compiled into a
 * {@link Scorer} and a {@link CohortAnalysis} the first time an executor needs them. Spark keeps a
 * broadcast value once per executor, so each executor compiles the rubric once, however many tasks
 * use it.
 */
public final class RubricShipment implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String json;
  private transient volatile Scorer scorer;
  private transient volatile CohortAnalysis analysis;

  /**
   * Packs a rubric.
   *
   * @param rubric the rubric
   */
  public RubricShipment(Rubric rubric) {
    this.json = RubricFormat.toJson(rubric);
  }

  /** The scorer of the rubric under its default policy, compiled on first use. */
  public Scorer scorer() {
    Scorer s = scorer;
    if (s == null) {
      synchronized (this) {
        s = scorer;
        if (s == null) {
          s = Scorer.of(RubricFormat.fromJson(json));
          scorer = s;
        }
      }
    }
    return s;
  }

  /** The cohort analysis of {@link #scorer()}, made on first use. */
  public CohortAnalysis analysis() {
    CohortAnalysis a = analysis;
    if (a == null) {
      synchronized (this) {
        a = analysis;
        if (a == null) {
          a = CohortAnalysis.of(scorer()).withThreads(1);
          analysis = a;
        }
      }
    }
    return a;
  }
}
