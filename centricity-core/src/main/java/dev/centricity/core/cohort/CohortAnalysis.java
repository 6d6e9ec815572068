package dev.centricity.core.cohort;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.internal.CohortEngine;
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
