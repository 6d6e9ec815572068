package dev.centricity.core.cohort.internal;

import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.internal.CompiledRubric;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pipeline for one analysis. The calling thread reads rows (as a file's points or as
 * {@link CohortRow}s) into blocks of a fixed number of rows, or hands on pieces of a file cut by
 * its reader ({@link #run}); worker threads read (for pieces), score and summarise each block into
 * an accumulator of its own; the calling thread merges the block accumulators in input order. At
 * most two blocks per worker are in flight, so memory is bounded by the block size and the number
 * of threads, never by the number of rows, and the calling thread waits for the oldest block when
 * the workers fall behind.
 *
 * <p>Since a block's rows and the order of merging do not depend on the number of workers, the
 * result is the same bit for bit for any number of them. An input that ends within the first block
 * starts no thread: that block is summarised on the calling thread, exactly as one pass would.
 *
 * <p>Used by one thread; {@link #close()} stops the workers.
 */
final class ParallelPass implements PointRows.Sink, AutoCloseable {

  private static final AtomicInteger POOLS = new AtomicInteger();

  /**
   * The most bytes the pieces in flight may hold together (one piece always may): two chunks per
   * worker are usually far below it, but a file of rows near the length limit makes chunks of
   * megabytes, and many threads would hold many of them.
   */
  static final long MAX_BYTES_IN_FLIGHT = 32L << 20;

  private final Scorer scorer;
  private final CompiledRubric layout;
  private final int threads;
  private final int blockRows;
  private final int maxInFlight;
  private final ArrayDeque<Future<CohortAccumulator>> inFlight = new ArrayDeque<>();
  private ExecutorService pool;
  private CohortAccumulator total;
  private Block block;

  ParallelPass(Scorer scorer, CompiledRubric layout, int threads, int blockRows) {
    this.scorer = scorer;
    this.layout = layout;
    this.threads = threads;
    this.blockRows = blockRows;
    this.maxInFlight = 2 * threads;
    this.block = new Block(blockRows, layout.traitCount);
  }

  /** Adds a row as read or built by a host. */
  void add(CohortRow row) {
    block.add(Objects.requireNonNull(row, "row"));
    if (block.size == blockRows) {
      submit();
    }
  }

  @Override
  public void member(long line, Optional<String> respondent, Optional<String> group, int[] points) {
    block.add(line, respondent, group, points);
    if (block.size == blockRows) {
      submit();
    }
  }

  @Override
  public void error(RowError error) {
    block.add(error);
    if (block.size == blockRows) {
      submit();
    }
  }

  /**
   * Reads and summarises rows cut into pieces: each piece read, scored and summarised on a worker
   * into an accumulator of its own, the accumulators merged in input order on the calling thread.
   * Input of one piece is read on the calling thread, as one pass would. At most two pieces per
   * worker are in flight, and no more than {@link #MAX_BYTES_IN_FLIGHT} bytes of them beyond the
   * oldest. Used instead of {@link #add}, {@link #member} and {@link #error}.
   *
   * @param pieces the pieces
   * @return the accumulator of all the rows
   */
  <R> CohortAccumulator run(PointRows.Pieces<R> pieces) {
    PointRows.Piece<R> first = pieces.next();
    if (first == null) {
      return new CohortAccumulator(layout);
    }
    PointRows.Piece<R> second = pieces.next();
    if (second == null) {
      return summarise(first, pieces.newReader());
    }
    ThreadLocal<R> readers = ThreadLocal.withInitial(pieces::newReader);
    pool = Executors.newFixedThreadPool(threads, workers());
    total = new CohortAccumulator(layout);
    ArrayDeque<Long> sizes = new ArrayDeque<>();
    long bytes = 0;
    for (PointRows.Piece<R> piece = first; piece != null; ) {
      while (!inFlight.isEmpty()
          && (inFlight.size() >= maxInFlight || bytes + piece.bytes() > MAX_BYTES_IN_FLIGHT)) {
        mergeOldest();
        bytes -= sizes.removeFirst();
      }
      PointRows.Piece<R> next = piece;
      inFlight.addLast(pool.submit(() -> summarise(next, readers.get())));
      sizes.addLast(piece.bytes());
      bytes += piece.bytes();
      while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
        mergeOldest();
        bytes -= sizes.removeFirst();
      }
      if (second != null) {
        piece = second;
        second = null;
      } else {
        piece = nextPiece(pieces);
      }
    }
    while (!inFlight.isEmpty()) {
      mergeOldest();
    }
    return total;
  }

  /**
   * The next piece; when reading the input fails, the failure of an earlier piece still in flight
   * is thrown first, being the one the input meets first.
   */
  private <R> PointRows.Piece<R> nextPiece(PointRows.Pieces<R> pieces) {
    try {
      return pieces.next();
    } catch (RuntimeException e) {
      while (!inFlight.isEmpty()) {
        mergeOldest();
      }
      throw e;
    }
  }

  /** Reads, scores and summarises a piece's rows in order. */
  private <R> CohortAccumulator summarise(PointRows.Piece<R> piece, R reader) {
    CohortAccumulator acc = new CohortAccumulator(layout);
    RowScorer scoring = new RowScorer(scorer, layout);
    piece.read(
        reader,
        new PointRows.Sink() {
          @Override
          public void member(
              long line, Optional<String> respondent, Optional<String> group, int[] points) {
            scoring.add(acc, line, respondent, group, points);
          }

          @Override
          public void error(RowError error) {
            acc.reject(error);
          }
        });
    return acc;
  }

  /** Waits for every block and returns the accumulator of all the rows. */
  CohortAccumulator finish() {
    if (pool == null) {
      return summarise(block);
    }
    if (block.size > 0) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      mergeOldest();
    }
    return total;
  }

  private void submit() {
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads, workers());
      total = new CohortAccumulator(layout);
    }
    while (inFlight.size() >= maxInFlight) {
      mergeOldest();
    }
    Block full = block;
    inFlight.addLast(pool.submit(() -> summarise(full)));
    block = new Block(blockRows, layout.traitCount);
    while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) {
      mergeOldest();
    }
  }

  private void mergeOldest() {
    Future<CohortAccumulator> oldest = inFlight.removeFirst();
    try {
      total.merge(oldest.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing a cohort", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Scores and summarises a block's rows in order. */
  private CohortAccumulator summarise(Block b) {
    CohortAccumulator acc = new CohortAccumulator(layout);
    RowScorer scoring = new RowScorer(scorer, layout);
    int traits = layout.traitCount;
    int[] points = new int[traits];
    for (int i = 0; i < b.size; i++) {
      if (b.rows != null && b.rows[i] != null) {
        scoring.add(acc, b.rows[i]);
      } else if (b.errors[i] != null) {
        acc.reject(b.errors[i]);
      } else {
        System.arraycopy(b.points, i * traits, points, 0, traits);
        scoring.add(acc, b.lines[i], b.respondents[i], b.groups[i], points);
      }
    }
    return acc;
  }

  @Override
  public void close() {
    if (pool != null) {
      for (Future<CohortAccumulator> f : inFlight) {
        f.cancel(true);
      }
      inFlight.clear();
      pool.shutdownNow();
    }
  }

  private static ThreadFactory workers() {
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "centricity-cohort-" + id + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** A block of rows in input order: each a host's row, an error, or a member as points. */
  private static final class Block {
    final int traits;
    int size;
    CohortRow[] rows;
    final RowError[] errors;
    long[] lines;
    Optional<String>[] respondents;
    Optional<String>[] groups;
    int[] points;

    Block(int capacity, int traits) {
      this.traits = traits;
      this.errors = new RowError[capacity];
    }

    void add(CohortRow row) {
      if (rows == null) {
        rows = new CohortRow[errors.length];
      }
      rows[size++] = row;
    }

    void add(RowError error) {
      errors[size++] = error;
    }

    @SuppressWarnings("unchecked")
    void add(long line, Optional<String> respondent, Optional<String> group, int[] answers) {
      if (points == null) {
        int capacity = errors.length;
        lines = new long[capacity];
        respondents = new Optional[capacity];
        groups = new Optional[capacity];
        points = new int[capacity * traits];
      }
      lines[size] = line;
      respondents[size] = respondent;
      groups[size] = group;
      System.arraycopy(answers, 0, points, size * traits, traits);
      size++;
    }
  }
}
