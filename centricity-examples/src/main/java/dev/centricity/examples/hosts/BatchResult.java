package dev.centricity.examples.hosts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a batch did: rows read, scored and set aside, and the first {@value
 * AccountScoring#MAX_SET_ASIDE_KEPT} rows set aside. {@code rows == scored + setAside}, and the
 * output has exactly {@code rows} lines after its header.
 *
 * @param rows the data rows read, and written
 * @param scored the rows scored (undetermined ones included)
 * @param undetermined the scored rows whose scorecard was undetermined
 * @param setAside the rows set aside as errors
 * @param setAsideRows the first {@value AccountScoring#MAX_SET_ASIDE_KEPT} of them, in input order
 */
public record BatchResult(
    long rows, long scored, long undetermined, long setAside, List<ScoredAccount> setAsideRows) {

  /**
   * Copies the list.
   *
   * @param rows the data rows read, and written
   * @param scored the rows scored
   * @param undetermined the scored rows whose scorecard was undetermined
   * @param setAside the rows set aside
   * @param setAsideRows the first of them, in input order
   */
  public BatchResult {
    setAsideRows = List.copyOf(setAsideRows);
  }

  /** Counts on the writing thread only. */
  static final class Tally {
    long rows;
    long scored;
    long undetermined;
    long setAside;
    final List<ScoredAccount> kept = new ArrayList<>();

    void add(ScoredAccount s) {
      rows++;
      if (s.isSetAside()) {
        setAside++;
        if (kept.size() < AccountScoring.MAX_SET_ASIDE_KEPT) {
          kept.add(s);
        }
      } else {
        scored++;
        if (s.index().isEmpty()) {
          undetermined++;
        }
      }
    }

    BatchResult result() {
      return new BatchResult(rows, scored, undetermined, setAside, kept);
    }
  }
}
