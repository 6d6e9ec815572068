package dev.centricity.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@link PrintWriter} that remembers why a write failed. A plain {@code PrintWriter} (and {@code
 * System.out}) swallows every {@link IOException}, so a report written to a full disk, a closed
 * pipe or {@code /dev/full} was lost while the tool exited 0; the tool asks this writer whether a
 * write failed and, if one did, exits 2 saying why.
 */
final class CheckedWriter extends PrintWriter {

  private final Recorder recorder;

  private CheckedWriter(Recorder recorder) {
    super(recorder, false);
    this.recorder = recorder;
  }

  /**
   * A writer of UTF-8 text to a stream of bytes, such as standard output.
   *
   * @param out the stream, written to without a buffer of its own beyond the encoder's
   * @return the writer
   */
  static CheckedWriter of(OutputStream out) {
    return of(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * A writer over another writer.
   *
   * @param out the writer written to
   * @return the writer
   */
  static CheckedWriter of(Writer out) {
    return new CheckedWriter(new Recorder(out));
  }

  /**
   * Why the first write that failed failed, in words: the operating system's reason, such as "no
   * space left on device", "broken pipe" or "bad file descriptor".
   *
   * @return the reason, or empty if no write has failed
   */
  Optional<String> failure() {
    return Optional.ofNullable(recorder.first).map(CheckedWriter::reason);
  }

  /**
   * The reason an output failed, in words for people: the exception's message with a lower-case
   * first letter (the system's own words), never the name of a Java type.
   *
   * @param e the failure
   * @return the reason
   */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason());
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return "an input/output error";
    }
    return lowerFirst(m.strip());
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }

  /** Passes everything on, keeping the first failure. */
  private static final class Recorder extends Writer {
    private final Writer out;
    private volatile IOException first;

    Recorder(Writer out) {
      this.out = out;
    }

    private IOException seen(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        out.write(cbuf, off, len);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        out.write(str, off, len);
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw seen(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw seen(e);
      }
    }
  }
}
