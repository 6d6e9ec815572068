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

  /**
   * The remaining rows as pieces that can be read on other threads, in place of {@link
   * #stream(Sink)}; null, having read nothing, when these rows can be read only in order on one
   * thread. How the input is cut into pieces does not depend on the number of threads.
   *
   * @return the pieces, or null
   */
  default Pieces<?> pieces() {
    return null;
  }

  /**
   * Rows cut into pieces.
   *
   * @param <R> what reads a piece: one per thread
   */
  interface Pieces<R> {
    /** A reader for one thread. */
    R newReader();

    /**
     * The next piece in input order; called on the thread that reads the input.
     *
     * @return the piece, or null at the end of the input
     */
    Piece<R> next();
  }

  /**
   * A run of rows in input order, read on any thread.
   *
   * @param <R> what reads it
   */
  interface Piece<R> {
    /**
     * Reads every row of the piece, in order.
     *
     * @param reader the reader of the thread
     * @param sink where each row goes
     */
    void read(R reader, Sink sink);

    /** About how many bytes of memory the piece holds until it has been read, or 0. */
    default long bytes() {
      return 0;
    }
  }

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
