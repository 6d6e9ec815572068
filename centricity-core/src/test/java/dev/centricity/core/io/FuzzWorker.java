package dev.centricity.core.io;

import dev.centricity.core.CentricityException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What the fuzz suites ({@link FuzzProperties}, {@link CohortFuzzProperties}) share: each try runs
 * on a worker thread and must finish within {@link #TIME_LIMIT}; otherwise the property fails
 * naming the call that hung and showing the input, and the stuck worker (a daemon thread) is
 * abandoned for a new one.
 */
final class FuzzWorker {

  /**
   * How long one try may take: far above any honest read (milliseconds), so that only a hang fails,
   * even on a build machine busy with other work (2 s was exceeded by a 100,000-character YAML
   * document while the machine ran several builds at once).
   */
  static final Duration TIME_LIMIT = Duration.ofSeconds(15);

  /** The call running on the worker, for the message when it does not finish. */
  private static volatile String currentCall = "";

  private static ExecutorService worker = newWorker();

  private FuzzWorker() {}

  /** Notes the library call the worker is about to make. */
  static void calling(String target) {
    currentCall = target;
  }

  /**
   * Runs a try on the worker and waits at most {@link #TIME_LIMIT} for it.
   *
   * @param input describes the input, for failure messages
   * @param body the try
   * @return what the try returned
   */
  static <T> T withinTimeLimit(Supplier<String> input, Callable<T> body) {
    Future<T> future = worker.submit(body);
    try {
      return future.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      String call = currentCall;
      future.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "%s did not finish within %d ms, for %s",
              call,
              TIME_LIMIT.toMillis(),
              input.get()));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError("the fuzz harness failed, for " + input.get(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Calls the library on the worker: a {@link CentricityException} is an outcome, anything else
   * fails the property with the input.
   *
   * @param target the call, for messages
   * @param input describes the input, for failure messages
   * @param call the call
   * @param result makes the outcome from the value or the exception (one of them null)
   * @return the outcome
   */
  static <T, R> R attempt(
      String target,
      Supplier<String> input,
      Callable<T> call,
      BiFunction<T, CentricityException, R> result) {
    calling(target);
    try {
      return result.apply(call.call(), null);
    } catch (CentricityException e) {
      return result.apply(null, e);
    } catch (Throwable t) {
      throw new AssertionError(
          String.format(
              Locale.ROOT,
              "%s threw %s instead of a CentricityException, for %s",
              target,
              t,
              input.get()),
          t);
    }
  }

  /** Fails the property with the input unless {@code ok}. */
  static void check(boolean ok, Supplier<String> input, String format, Object... args) {
    if (!ok) {
      throw new AssertionError(String.format(Locale.ROOT, format, args) + ", for " + input.get());
    }
  }

  /** Whether the bytes are UTF-8. */
  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, "fuzz-worker");
          t.setDaemon(true);
          return t;
        });
  }
}
