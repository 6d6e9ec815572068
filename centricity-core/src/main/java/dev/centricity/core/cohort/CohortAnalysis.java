package dev.centricity.core.cohort;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.internal.CohortEngine;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Scores every respondent of a cohort with a {@link Scorer} and summarises the results: per group
 * and overall, per dimension, with intervals, agreement, intraclass correlations and reliability (a
 * {@link CohortReport}).
 *
 * <pre>{@code
 * Scorer scorer = Scorer.of(rubric);
 * CohortAnalysis analysis = CohortAnalysis.of(scorer);
 * CohortReport report;
 * try (CohortRows rows = CohortReader.of(scorer).open(Path.of("survey.csv"))) {
 *   report = analysis.analyse(rows);
 * }
 * for (GroupSummary team : report.groups()) { ... }
 * }</pre>
 *
 * <p>The analysis is one pass over the rows with memory bounded by the rubric and the number of
 * groups, not the number of respondents: a CSV file of a million rows streams through. A row that
 * is an error, or whose response the scorer rejects, is counted and kept as a {@link RowError}; the
 * rest is scored (rows out = rows in).
 *
 * <p><b>Threads:</b> by default an analysis uses every core ({@link #threads()}). The calling
 * thread reads the rows and hands them on in blocks to worker threads, which score and summarise
 * each block into a {@link CohortSummary}; the block summaries are merged in input order, with a
 * bounded number of blocks in flight, so memory stays bounded and error rows keep their input
 * order. A UTF-8 CSV file opened by {@link
 * dev.centricity.core.io.CohortReader#open(java.nio.file.Path)} or {@link
 * dev.centricity.core.io.CohortReader#open(java.io.InputStream, String)} goes in blocks of bytes
 * (chunks of whole records), whose cells the workers parse as well; any other rows go in blocks of
 * a fixed number of rows. An input of one block is analysed on the calling thread. Because the
 * blocks do not depend on the number of threads, the report is the same bit for bit for any number
 * of threads from 2 up; with one thread ({@link #withThreads(int) withThreads(1)}) the rows are
 * summarised in one pass on the calling thread, and the two reports agree to rounding (relative
 * 10⁻¹²), their counts exactly.
 *
 * <p>To spread the work yourself — on your own thread pool, a parallel stream, or other machines —
 * build a {@link CohortSummary} per part with {@link #summary()} and merge them, or collect with
 * {@link #collector()}.
 *
 * <p><b>Thread safety:</b> an analysis is immutable and may be shared; each call to {@code analyse}
 * keeps its own state.
 */
public interface CohortAnalysis {

  /** The default confidence level of intervals, 0.95. */
  double DEFAULT_CONFIDENCE_LEVEL = 0.95;

  /**
   * An analysis with 95% intervals.
   *
   * @param scorer the scorer for every respondent
   * @return the analysis
   */
  static CohortAnalysis of(Scorer scorer) {
    return new CohortEngine(scorer, DEFAULT_CONFIDENCE_LEVEL);
  }

  /** The scorer. */
  Scorer scorer();

  /** The confidence level of intervals. */
  double confidenceLevel();

  /**
   * The same analysis with intervals at another confidence level.
   *
   * @param level the level, in (0, 1), such as 0.90
   * @return the analysis
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  CohortAnalysis withConfidenceLevel(double level);

  /**
   * The number of threads that score and summarise rows: {@link Runtime#availableProcessors()}
   * unless set with {@link #withThreads(int)}.
   */
  int threads();

  /**
   * The same analysis on another number of threads; the report does not depend on it beyond
   * rounding (see the class documentation).
   *
   * @param threads at least 1; 1 analyses on the calling thread alone
   * @return the analysis
   * @throws IllegalArgumentException if {@code threads} is below 1
   */
  CohortAnalysis withThreads(int threads);

  /**
   * A new, empty summary of this analysis, to add rows to and merge with others.
   *
   * @return the summary
   */
  CohortSummary summary();

  /**
   * A summary read back from {@link CohortSummary#toBytes()}.
   *
   * @param bytes the bytes
   * @return the summary, belonging to this analysis
   * @throws IllegalArgumentException if the bytes are not a summary, or one of another rubric or
   *     policy (the message names both)
   */
  CohortSummary summary(byte[] bytes);

  /**
   * A collector that summarises a stream of rows, in parallel when the stream is parallel, into the
   * report: each part of the stream gets a {@link #summary()}, and the parts are merged in
   * encounter order.
   *
   * <pre>{@code
   * CohortReport report = rows.parallelStream().collect(analysis.collector());
   * }</pre>
   *
   * @return the collector
   */
  default Collector<CohortRow, CohortSummary, CohortReport> collector() {
    return Collector.of(
        this::summary, CohortSummary::add, CohortSummary::merge, CohortSummary::report);
  }

  /**
   * Analyses a cohort held in memory; a member that cannot be scored becomes an error whose line is
   * its 1-based position.
   *
   * @param cohort the cohort
   * @return the report
   */
  CohortReport analyse(Cohort cohort);

  /**
   * Analyses the rows of a file as they are read, with the warnings of its header. The rows are
   * consumed but not closed.
   *
   * @param rows the rows
   * @return the report
   * @throws CohortFormatException if the rest of the file cannot be read
   */
  CohortReport analyse(CohortRows rows);

  /**
   * Analyses rows, such as those of a file or built by the host.
   *
   * @param rows the rows, iterated once
   * @return the report
   */
  CohortReport analyse(Iterable<CohortRow> rows);

  /**
   * Analyses a stream of rows; the stream is consumed but not closed.
   *
   * @param rows the rows
   * @return the report
   */
  default CohortReport analyse(Stream<CohortRow> rows) {
    return analyse((Iterable<CohortRow>) rows::iterator);
  }
}
