package dev.centricity.core.cohort.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Scorer;
import dev.centricity.core.io.RubricFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How many pieces of a file the parallel pipeline holds at once. */
class ParallelPassTest {

  private static final Scorer SCORER =
      Scorer.of(RubricFormat.read(Path.of("src/test/resources/cohorts/small.yaml")));

  /**
   * Pieces that say they hold {@code bytes} each, count how many have been handed out and how many
   * read, and record the most handed out but not yet read when the next is asked for.
   */
  private static final class CountingPieces implements PointRows.Pieces<Object> {
    final int count;
    final long bytes;
    final AtomicInteger read = new AtomicInteger();
    int handedOut;
    int mostUnread;

    CountingPieces(int count, long bytes) {
      this.count = count;
      this.bytes = bytes;
    }

    @Override
    public Object newReader() {
      return new Object();
    }

    @Override
    public PointRows.Piece<Object> next() {
      mostUnread = Math.max(mostUnread, handedOut - read.get());
      if (handedOut == count) {
        return null;
      }
      handedOut++;
      return new PointRows.Piece<>() {
        @Override
        public void read(Object reader, PointRows.Sink sink) {
          // one member a piece, after a pause that lets the reader run ahead if it may
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          sink.member(1, Optional.empty(), Optional.empty(), new int[] {4, 4, 2, 3, 2});
          read.incrementAndGet();
        }

        @Override
        public long bytes() {
          return bytes;
        }
      };
    }
  }

  @Test
  void should_hold_at_most_two_pieces_per_worker_in_flight() {
    // GIVEN 40 small pieces and 3 workers
    CountingPieces pieces = new CountingPieces(40, 1_000);
    // WHEN run
    try (ParallelPass pass =
        new ParallelPass(SCORER, CohortEngine.compiled(SCORER), 3, CohortEngine.BLOCK_ROWS)) {
      CohortAccumulator acc = pass.run(pieces);
      // THEN every piece's row is counted, and no more than 2 x 3 pieces were out unread when the
      // next was asked for (the six in flight; the one just made waits for room)
      assertThat(acc.rows).isEqualTo(40);
    }
    assertThat(pieces.mostUnread).isBetween(1, 7);
  }

  @Test
  void should_hold_no_more_bytes_in_flight_than_the_limit_beyond_the_oldest_piece() {
    // GIVEN 12 pieces of 20 MB each (as a file of rows near the length limit makes them) and 4
    // workers, which could hold 8 pieces by count
    CountingPieces pieces = new CountingPieces(12, 20L << 20);
    // WHEN run
    try (ParallelPass pass =
        new ParallelPass(SCORER, CohortEngine.compiled(SCORER), 4, CohortEngine.BLOCK_ROWS)) {
      CohortAccumulator acc = pass.run(pieces);
      assertThat(acc.rows).isEqualTo(12);
    }
    // THEN one piece is in flight at a time (two would be 40 MB > 32 MB): when the next is asked
    // for, at most that one and the one just made are unread
    assertThat(pieces.mostUnread).isLessThanOrEqualTo(2);
  }
}
