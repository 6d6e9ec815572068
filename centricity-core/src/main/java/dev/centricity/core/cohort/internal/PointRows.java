package dev.centricity.core.cohort.internal;

import dev.centricity.core.cohort.RowError;
import java.util.List;
import java.util.Optional;

/**
 * Cohort rows that can hand their answers on as points by trait position, without a {@code
 * Response} per row: the fast path of a cohort file read straight into the analysis.
 */
public interface PointRows {

  /** The trait ids in the order of the points {@link #stream(Sink)} hands on. */
  List<String> traitIds();

  /**
   * Reads every remaining row into a sink, in input order.
   *
   * @param sink where each row goes
   */
  void stream(Sink sink);

  /** Receives the rows, one call per row. */
  interface Sink {
    /**
     * A record that was read.
     *
     * @param line its line
     * @param respondent its respondent
     * @param group its group
     * @param points its answers by trait position in the rubric's order, 0 when missing; a buffer
     *     reused for the next record
     */
    void member(long line, Optional<String> respondent, Optional<String> group, int[] points);

    /**
     * A record that could not be read.
     *
     * @param error why
     */
    void error(RowError error);
  }
}
