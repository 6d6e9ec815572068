package dev.centricity.core.cohort;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.io.CohortReader;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of a cohort file, read one at a time as they are iterated, so that a file of any length
 * is read in bounded memory. Every data row of the file gives one {@link CohortRow}, in file order:
 * a member, or an error record with its line and reason (rows out = rows in). Blank lines are not
 * rows.
 *
 * <p>The header has already been read and checked when a {@code CohortRows} is returned by {@link
 * CohortReader}; what it noticed is in {@link #warnings()}. Iterate once; close when done (a {@code
 * try}-with-resources block, or closing the {@link #stream()}).
 *
 * <p>Not thread-safe: one thread reads the rows.
 */
public interface CohortRows extends Iterable<CohortRow>, AutoCloseable {

  /** Where the rows come from: the file name, or the description given to the reader. */
  String source();

  /** The header's column names, trimmed, in file order. */
  List<String> columns();

  /** What the header told: unknown columns ignored, trait columns missing. */
  List<CohortWarning> warnings();

  /**
   * The rows, read as they are iterated. {@link Iterator#next()} throws {@link
   * CohortFormatException} when the rest of the file cannot be read (an unclosed quote, text that
   * is not UTF-8, a field beyond the limits, an I/O failure).
   *
   * @return the iterator
   * @throws IllegalStateException if called a second time
   */
  @Override
  Iterator<CohortRow> iterator();

  /**
   * The rows as a sequential stream; closing the stream closes the file.
   *
   * @return the stream
   */
  default Stream<CohortRow> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /** Closes the underlying file; further iteration fails. */
  @Override
  void close();
}
