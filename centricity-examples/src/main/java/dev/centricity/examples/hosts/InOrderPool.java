package dev.centricity.examples.hosts;

import dev.centricity.core.CentricityException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a stream of items on a fixed thread pool and hands the results on in input order, holding at
 * most {@code 2 × threads + 1} chunks at a time whatever the length of the input: the items are cut
 * into chunks, each chunk is mapped on the pool, and the chunks' results are taken strictly in the
 * order the chunks were submitted. The output therefore equals mapping each item in turn.
 */
final class InOrderPool {

  /** Receives results in input order, on the calling thread. */
  interface Sink<R> {
    /**
     * Takes one result.
     *
     * @param result the next result in input order
     * @throws IOException if the result cannot be written
     */
    void accept(R result) throws IOException;
  }

  private InOrderPool() {}

  /**
   * Maps every item and hands the results on in input order.
   *
   * @param items the items, read once on the calling thread
   * @param threads the size of the pool, ≥ 1
   * @param chunkSize the items per chunk, ≥ 1
   * @param threadName the prefix of the pool threads' names
   * @param map what each item becomes; called on pool threads, so it must be thread-safe
   * @param sink where the results go, on the calling thread
   * @param <T> the item type
   * @param <R> the result type
   * @throws IOException if the sink fails
   */
  static <T, R> void map(
      Iterable<T> items,
      int threads,
      int chunkSize,
      String threadName,
      Function<T, R> map,
      Sink<R> sink)
      throws IOException {
    AtomicInteger next = new AtomicInteger(1);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, threadName + "-" + next.getAndIncrement());
              t.setDaemon(true); // never keeps the JVM alive
              return t;
            });
    Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
    try {
      List<T> chunk = new ArrayList<>(chunkSize);
      for (T item : items) {
        chunk.add(item);
        if (chunk.size() == chunkSize) {
          inFlight.add(submit(pool, chunk, map));
          chunk = new ArrayList<>(chunkSize);
          // wait for the oldest chunk before reading further, so memory stays bounded
          while (inFlight.size() > 2 * threads) {
            drain(inFlight.removeFirst(), sink);
          }
        }
      }
      if (!chunk.isEmpty()) {
        inFlight.add(submit(pool, chunk, map));
      }
      while (!inFlight.isEmpty()) {
        drain(inFlight.removeFirst(), sink);
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private static <T, R> Future<List<R>> submit(
      ExecutorService pool, List<T> chunk, Function<T, R> map) {
    return pool.submit(
        () -> {
          List<R> out = new ArrayList<>(chunk.size());
          for (T item : chunk) {
            out.add(map.apply(item));
          }
          return out;
        });
  }

  private static <R> void drain(Future<List<R>> chunk, Sink<R> sink) throws IOException {
    List<R> results;
    try {
      results = chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CentricityException("interrupted while waiting for a chunk", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new CentricityException("a chunk failed", e.getCause());
    }
    for (R r : results) {
      sink.accept(r);
    }
  }
}
