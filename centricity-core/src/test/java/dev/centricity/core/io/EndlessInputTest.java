package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.centricity.core.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specifies that every document reader of the library enforces its size limit while reading,
 * whatever the source: a stream that never ends, a named pipe (FIFO) whose writer never stops, and
 * a device such as {@code /dev/zero} all stop at the limit of 16 MiB with a {@link FormatException}
 * naming the source and the limit, instead of reading until the heap is gone ({@code
 * docs/robustness.md}, the limits of the JSON and YAML readers). A pipe or device reports a size of
 * 0, so a check of the size before reading cannot catch them.
 */
class EndlessInputTest {

  private static final int LIMIT = 16 * 1024 * 1024;

  private static final String MESSAGE =
      ": the input is longer than the limit of 16777216 bytes; reading stopped there";

  /** A stream of the same line forever, counting the bytes handed out. */
  private static final class Endless extends InputStream {
    private final byte[] line;
    private long served;

    Endless(String line) {
      this.line = line.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int read() {
      return line[(int) (served++ % line.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = line[(int) (served++ % line.length)];
      }
      return len;
    }
  }

  private static FormatException formatError(ThrowingCallable read) {
    Throwable thrown =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> catchThrowable(read));
    assertThat(thrown).isExactlyInstanceOf(FormatException.class);
    return (FormatException) thrown;
  }

  @Test
  void should_stop_at_the_limit_when_a_rubric_stream_never_ends() {
    // GIVEN: a stream of comment lines that never ends
    Endless in = new Endless("# more\n");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.read(in, "endless.yaml"));

    // THEN: the limit and one byte were read, no more
    assertThat(e).hasMessage("endless.yaml" + MESSAGE);
    assertThat(in.served).isEqualTo(LIMIT + 1L);
  }

  @Test
  void should_stop_at_the_limit_when_a_translation_stream_never_ends() {
    // GIVEN
    Endless in = new Endless("a: b\n");

    // WHEN
    FormatException e = formatError(() -> TranslationFormat.read(in, "endless.yaml"));

    // THEN
    assertThat(e).hasMessage("endless.yaml" + MESSAGE);
    assertThat(in.served).isEqualTo(LIMIT + 1L);
  }

  @Test
  void should_stop_at_the_limit_when_a_file_is_a_device_without_end() {
    // GIVEN: /dev/zero, which reports a size of 0 and never ends
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");

    // WHEN
    FormatException e = formatError(() -> RubricFormat.read(zero));

    // THEN
    assertThat(e).hasMessage("/dev/zero" + MESSAGE);
  }

  @Test
  void should_stop_at_the_limit_when_a_rubric_file_is_a_pipe_that_never_ends(@TempDir Path dir)
      throws Exception {
    assertEndlessPipeRefused(dir, "rubric.yaml", RubricFormat::read);
  }

  @Test
  void should_stop_at_the_limit_when_a_response_file_is_a_pipe_that_never_ends(@TempDir Path dir)
      throws Exception {
    assertEndlessPipeRefused(dir, "response.yaml", ResponseFormat::read);
  }

  @Test
  void should_stop_at_the_limit_when_a_translation_file_is_a_pipe_that_never_ends(@TempDir Path dir)
      throws Exception {
    assertEndlessPipeRefused(dir, "translation.yaml", TranslationFormat::read);
  }

  @Test
  void should_stop_at_the_limit_when_a_survey_js_file_is_a_pipe_that_never_ends(@TempDir Path dir)
      throws Exception {
    assertEndlessPipeRefused(
        dir,
        "results.json",
        file ->
            SurveyJsReader.of(
                    RubricFormat.read(RubricFormatTest.resource("/rubrics/two-poles.yaml")))
                .open(file));
  }

  @Test
  void should_read_a_pipe_when_it_ends_within_the_limit(@TempDir Path dir) throws Exception {
    // GIVEN: a pipe that carries a small rubric, then ends
    Path fifo = fifo(dir, "small.yaml");
    byte[] rubric = Files.readAllBytes(RubricFormatTest.resource("/rubrics/two-poles.yaml"));
    Thread writer = writer(fifo, out -> out.write(rubric));

    // WHEN
    var read = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RubricFormat.read(fifo));
    writer.join();

    // THEN
    assertThat(read.id()).isEqualTo("two-poles");
  }

  private static void assertEndlessPipeRefused(Path dir, String name, Function<Path, ?> reader)
      throws Exception {
    // GIVEN: a named pipe whose writer writes the same line until the reader goes away
    Path fifo = fifo(dir, name);
    byte[] line = "a: b\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    Thread writer =
        writer(
            fifo,
            out -> {
              while (true) {
                out.write(line);
              }
            });

    // WHEN
    FormatException e = formatError(() -> reader.apply(fifo));
    writer.join(TimeUnit.SECONDS.toMillis(30));

    // THEN
    assertThat(e).hasMessage(fifo + MESSAGE);
    assertThat(e.source()).isEqualTo(fifo.toString());
  }

  /** Makes a named pipe, or skips the test where the system has none. */
  private static Path fifo(Path dir, String name) throws InterruptedException {
    Path fifo = dir.resolve(name);
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
      assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo on this system: " + e.getMessage());
    }
    return fifo;
  }

  private interface Writing {
    void to(OutputStream out) throws IOException;
  }

  /**
   * Starts a daemon thread that opens the pipe for writing (which waits for a reader) and writes.
   */
  private static Thread writer(Path fifo, Writing writing) {
    Thread t =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                writing.to(out);
              } catch (IOException e) {
                // the reader closed the pipe: "Broken pipe" ends an endless writer
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
