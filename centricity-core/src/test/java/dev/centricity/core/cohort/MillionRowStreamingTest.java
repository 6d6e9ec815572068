package dev.centricity.core.cohort;

import static dev.centricity.core.cohort.Fixtures.small;
import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.io.CohortReader;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * A cohort file of a million rows streams through {@link CohortReader} and {@link CohortAnalysis}
 * in a small heap, and every row comes out: rows out = rows in, each bad row recorded with its own
 * line.
 *
 * <p>The CSV is never stored: {@link GeneratedCohort} makes each row up as it is read. Maven runs
 * this class alone, in the {@code bounded-heap} execution of surefire, in a JVM forked with {@code
 * -Xmx64m}; since a million rows held as objects would take several hundred megabytes, passing
 * there shows that the reader and the analysis hold a bounded amount, not one object per row. The
 * row count is {@code -Dcentricity.stream.rows} (1,000,000 by default). Time, heap (sampled as the
 * rows are read) and throughput are published as a report entry and printed; no assertion is made
 * on them.
 */
class MillionRowStreamingTest {

  private static final int ROWS = Integer.getInteger("centricity.stream.rows", 1_000_000);

  private static final String HEADER =
      "respondent,group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n";

  @Test
  void should_stream_every_row_through_the_analysis_in_a_small_heap(TestReporter reporter) {
    // GIVEN missing answers are rejected, so that a blank cell makes the scorer reject its row
    Scorer scorer =
        Scorer.of(small(), ScoringPolicy.custom().missing(MissingAnswers.REJECT).build());
    GeneratedCohort csv = new GeneratedCohort(ROWS);
    long start = System.nanoTime();

    // WHEN the generated file is read and analysed as it streams
    CohortReport report;
    try (CohortRows rows = CohortReader.of(scorer).open(csv, "generated")) {
      report = CohortAnalysis.of(scorer).analyse(rows);
    }
    long nanos = System.nanoTime() - start;

    // THEN rows out = rows in: every row the generator wrote is scored or an error record
    assertThat(csv.rowsWritten()).isEqualTo(ROWS);
    assertThat(report.rows()).isEqualTo(ROWS);
    assertThat(report.respondents() + report.rejected()).isEqualTo(ROWS);
    // one row in 1000 is bad
    long bad = ROWS / 1000;
    assertThat(report.rejected()).isEqualTo(bad);
    assertThat(report.respondents()).isEqualTo(ROWS - bad);
    assertThat(report.ungrouped()).isZero();
    // group T(k mod 7) holds every good row k
    for (int g = 0; g < 7; g++) {
      assertThat(report.group("T" + g).orElseThrow().respondents())
          .as("respondents of T%d", g)
          .isEqualTo(goodRowsInGroup(g));
    }

    // and the first 1000 bad rows are kept in order, each with the line it starts on and its reason
    List<RowError> errors = report.errors();
    assertThat(errors).hasSize((int) Math.min(bad, CohortReport.MAX_ERRORS_KEPT));
    for (int i = 0; i < errors.size(); i++) {
      long k = 1000L * (i + 1);
      RowError error = errors.get(i);
      assertThat(error.line()).as("line of row %d", k).isEqualTo(lineOf(k));
      assertThat(error.respondent()).as("respondent of row %d", k).hasValue("r-" + k);
      assertThat(error.reason()).as("reason of row %d", k).contains(expectedReason(k));
    }

    publish(reporter, nanos, csv);
  }

  /**
   * The 1-based line on which data row {@code k} (1-based) starts: the header is line 1; each row
   * takes one line, except that rows with k mod 100,000 = 50,001 take two (a respondent with a line
   * break in quotes); a blank line comes before each row with k mod 250,000 = 1.
   *
   * <p>line(k) = 1 + k + #{j ≤ k : j mod 250,000 = 1} + #{j &lt; k : j mod 100,000 = 50,001}. For
   * example, row 1000 is on line 1 + 1000 + 1 + 0 = 1002, row 100,000 on line 1 + 100,000 + 1 + 1 =
   * 100,003 (row 50,001 took two lines), row 1,000,000 on 1 + 10⁶ + 4 + 10 = 1,000,015.
   */
  static long lineOf(long k) {
    long blanks = Math.floorDiv(k - 1, 250_000) + 1;
    long doubled = k - 1 < 50_001 ? 0 : Math.floorDiv(k - 1 - 50_001, 100_000) + 1;
    return 1 + k + blanks + doubled;
  }

  /** What the reason of bad row {@code k} says: one of four faults, by (k / 1000) mod 4. */
  static String expectedReason(long k) {
    switch ((int) ((k / 1000) % 4)) {
      case 0:
        return "column 'culture.listen': answer 9 is outside the scale, which runs from 1 to 5";
      case 1:
        return "column 'culture.visit': 'maybe' is not an answer";
      case 2:
        return "the row has 4 fields but the header has 7";
      default:
        // read as a blank answer, then rejected by the scorer under MissingAnswers.REJECT
        return "focus.churn";
    }
  }

  /** The good rows k in 1..ROWS with k mod 7 = g (every row k with k mod 1000 = 0 is bad). */
  static long goodRowsInGroup(int g) {
    long n = 0;
    for (long k = 1; k <= ROWS; k++) {
      if (k % 7 == g && k % 1000 != 0) {
        n++;
      }
    }
    return n;
  }

  private static void publish(TestReporter reporter, long nanos, GeneratedCohort csv) {
    double seconds = nanos / 1e9;
    String figures =
        String.format(
            Locale.ROOT,
            "%,d rows in %.1f s (%,.0f rows/s); heap: max %d MB, committed at most %d MB,"
                + " used at most %d MB (sampled every %,d rows)",
            ROWS,
            seconds,
            ROWS / seconds,
            Runtime.getRuntime().maxMemory() >> 20,
            csv.peakCommitted >> 20,
            csv.peakUsed >> 20,
            GeneratedCohort.SAMPLE_EVERY);
    reporter.publishEntry("streaming", figures);
    System.out.println("MillionRowStreamingTest: " + figures);
  }

  /**
   * CSV for small.yaml made up as it is read, never held whole: a header, then {@code rows} data
   * rows in groups T0 to T6, with the bad rows, blank lines and two-line rows that {@link
   * #lineOf(long)} and {@link #expectedReason(long)} describe.
   */
  static final class GeneratedCohort extends Reader {
    /** How often the heap in use is sampled, in rows. */
    static final int SAMPLE_EVERY = 10_000;

    private final long rows;
    long peakUsed;
    long peakCommitted;
    private final StringBuilder pending = new StringBuilder(128);
    private long row = -1;
    private int at;

    GeneratedCohort(long rows) {
      this.rows = rows;
    }

    /** How many data rows have been handed out so far. */
    long rowsWritten() {
      return Math.max(0, Math.min(row, rows));
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (at == pending.length()) {
        row++;
        if (row > rows) {
          row = rows + 1;
          return -1;
        }
        pending.setLength(0);
        at = 0;
        if (row == 0) {
          pending.append(HEADER);
        } else {
          writeRow(row);
        }
        if (row % SAMPLE_EVERY == 0) {
          sampleHeap();
        }
      }
      int n = Math.min(length, pending.length() - at);
      pending.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    private void sampleHeap() {
      Runtime runtime = Runtime.getRuntime();
      long committed = runtime.totalMemory();
      peakCommitted = Math.max(peakCommitted, committed);
      peakUsed = Math.max(peakUsed, committed - runtime.freeMemory());
    }

    private void writeRow(long k) {
      StringBuilder s = pending;
      if (k % 250_000 == 1) {
        s.append('\n');
      }
      if (k % 100_000 == 50_001) {
        s.append("\"r-").append(k).append("\nsecond line\"");
      } else {
        s.append("r-").append(k);
      }
      s.append(",T").append(k % 7).append(',');
      int fault = k % 1000 == 0 ? (int) ((k / 1000) % 4) : -1;
      if (fault == 2) {
        s.append("4,4\n");
        return;
      }
      s.append(fault == 0 ? "9" : Long.toString(1 + k % 5)).append(',');
      s.append(fault == 1 ? "maybe" : Long.toString(1 + (k / 5) % 5)).append(',');
      s.append(5 - k % 5).append(',');
      s.append(1 + (k / 3) % 5).append(',');
      s.append(fault == 3 ? "" : Long.toString(1 + k % 2)).append('\n');
    }

    @Override
    public void close() {}
  }
}
