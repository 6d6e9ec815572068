package dev.centricity.core.cohort;

/**
 * A cohort analysis in progress, over the rows added so far: what a {@link CohortAnalysis} keeps in
 * one pass, open to more rows and to merging with the summary of other rows. Its size depends on
 * the rubric and the number of groups, not the number of rows.
 *
 * <p>A summary is <em>mergeable</em>: build summaries of parts of a cohort anywhere — on the
 * threads of your own pool, in the partitions of a data-processing engine, on other machines — and
 * {@link #merge} them in any grouping and order. Counts and the exact sums behind item statistics,
 * agreement and reliability add up exactly; means and variances merge by Chan, Golub and LeVeque's
 * pairwise update, so that every figure of the merged {@link #report()} equals the report of one
 * pass over all the rows to within rounding (relative 10⁻¹², see docs/cohorts.md), and every count
 * equals it exactly. Error rows are kept in line order, the first {@value
 * CohortReport#MAX_ERRORS_KEPT} of them.
 *
 * <pre>{@code
 * CohortAnalysis analysis = CohortAnalysis.of(scorer);
 * // on a parallel stream:
 * CohortReport report = rows.parallelStream().collect(analysis.collector());
 * // or by hand, one summary per part:
 * CohortSummary total = analysis.summary();
 * for (List<CohortRow> part : parts) {
 *   total.merge(analysis.summary().addAll(part));
 * }
 * CohortReport same = total.report();
 * }</pre>
 *
 * <p>A summary travels between machines as {@link #toBytes()}, read back with {@link
 * CohortAnalysis#summary(byte[])} of an analysis of the same rubric and policy.
 *
 * <p><b>Thread safety:</b> not thread-safe; one thread adds to a summary at a time. Give each
 * thread its own summary and merge them when the threads are done.
 */
public interface CohortSummary {

  /** The analysis this summary belongs to: its scorer and confidence level. */
  CohortAnalysis analysis();

  /**
   * Adds a row: a member is scored and summarised, a member the scorer rejects and an error row are
   * counted and kept as errors.
   *
   * @param row the row
   * @return this summary
   */
  CohortSummary add(CohortRow row);

  /**
   * Adds every row, in order.
   *
   * @param rows the rows
   * @return this summary
   */
  default CohortSummary addAll(Iterable<CohortRow> rows) {
    for (CohortRow row : rows) {
      add(row);
    }
    return this;
  }

  /**
   * Adds the rows another summary saw, leaving the other unchanged. Its error rows are taken to
   * come after this summary's where their lines are equal.
   *
   * @param other a summary of other rows, of an analysis with the same rubric and policy
   * @return this summary
   * @throws IllegalArgumentException if the other summary is this one, or belongs to another rubric
   *     or policy
   */
  CohortSummary merge(CohortSummary other);

  /** The number of rows added, members and errors. */
  long rows();

  /**
   * The report of the rows added so far, at the analysis's confidence level. The summary stays
   * open: more rows may be added and another report made.
   *
   * @return the report
   */
  CohortReport report();

  /**
   * The summary as bytes: every count, sum and moment bit for bit, each group's label and the kept
   * error rows, headed by the rubric's content hash and the policy. A summary read back from them
   * merges and reports exactly as this one.
   *
   * @return the bytes
   */
  byte[] toBytes();
}
