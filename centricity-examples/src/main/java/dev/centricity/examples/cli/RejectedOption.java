package dev.centricity.examples.cli;

import dev.centricity.core.Problem;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --rejected FILE} option of the cohort commands: every rejected row written to a CSV
 * file ({@code line,respondent,column,reason}) while the cohort is read, however many there are. A
 * report keeps the first 1,000 rejected rows and counts the rest; this file holds them all, and the
 * tool's memory stays bounded because each row is written as it passes. The file is written beside
 * its final place and moved there when complete, so a failure leaves any earlier file as it was.
 */
final class RejectedOption {

  @Option(
      names = "--rejected",
      paramLabel = "FILE",
      description =
          "Write every rejected row (line, respondent, column, reason) to FILE as CSV; reports"
              + " list the first 1,000.")
  Path file;

  /** Whether the option was given. */
  boolean given() {
    return file != null;
  }

  /**
   * The file the rejected rows of one cohort are written to, or to a file named after it when
   * several cohorts are read: {@code FILE} for the first, {@code FILE} with {@code -2} before its
   * extension for the second.
   *
   * @param input the cohort file, which the output must not replace
   * @param nth 1 for the first cohort of the command, 2 for the second
   * @return a writer for that cohort's rejected rows
   */
  Writer open(Path input, int nth) {
    Path target = nth == 1 ? file : numbered(file, nth);
    try {
      if (Files.exists(target) && Files.isSameFile(target, input)) {
        throw new CentricityCli.InputException(
            "--rejected " + target + " names the cohort file itself; give another file");
      }
      Path dir = target.toAbsolutePath().getParent();
      Path temp = Files.createTempFile(dir, ".rejected-", ".tmp");
      return new Writer(target, temp);
    } catch (IOException e) {
      throw new CentricityCli.InputException("cannot write " + target + ": " + reason(e), e);
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "an input/output error" : m;
  }

  private static Path numbered(Path file, int nth) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String numbered =
        dot > 0 ? name.substring(0, dot) + "-" + nth + name.substring(dot) : name + "-" + nth;
    return file.resolveSibling(numbered);
  }

  /**
   * Writes the rejected rows of one cohort as they pass: rows the reader rejected, and members the
   * scorer rejects (which pass on to the analysis as the same error, so the report and the file
   * agree).
   */
  static final class Writer implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final BufferedWriter out;
    private long written;
    private boolean done;

    Writer(Path target, Path temp) throws IOException {
      this.target = target;
      this.temp = temp;
      this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
      out.write("line,respondent,column,reason\n");
    }

    /** How many rows were written. */
    long written() {
      return written;
    }

    /**
     * The rows as read, each rejected one written on the way.
     *
     * @param rows the cohort's rows
     * @param scorer the scorer the analysis uses, to find the members it will reject
     * @return the same rows, a member the scorer rejects replaced by its error
     */
    Iterable<CohortRow> through(Iterable<CohortRow> rows, Scorer scorer) {
      return () -> {
        Iterator<CohortRow> it = rows.iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public CohortRow next() {
            CohortRow row = it.next();
            if (row.error().isPresent()) {
              write(row.error().get());
              return row;
            }
            CohortMember member = row.member().orElseThrow();
            try {
              scorer.score(member.response());
              return row;
            } catch (ResponseValidationException e) {
              RowError error = rejection(row.line(), member.response().respondent(), e);
              write(error);
              return CohortRow.of(error);
            }
          }
        };
      };
    }

    /** The error the analysis records for a member its scorer rejects (the same words). */
    private static RowError rejection(
        long line, Optional<String> respondent, ResponseValidationException e) {
      Optional<String> column = Optional.empty();
      List<String> reasons = new ArrayList<>();
      for (Problem p : e.problems()) {
        if (column.isEmpty() && p.path().startsWith("/answers/")) {
          column =
              Optional.of(
                  p.path().substring("/answers/".length()).replace("~1", "/").replace("~0", "~"));
        }
        reasons.add(p.message());
      }
      return RowError.of(line, respondent, column, String.join("; ", reasons));
    }

    private void write(RowError e) {
      try {
        out.write(Long.toString(e.line()));
        out.write(',');
        out.write(cell(e.respondent().orElse("")));
        out.write(',');
        out.write(cell(e.column().orElse("")));
        out.write(',');
        out.write(cell(e.reason()));
        out.write('\n');
        written++;
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String cell(String s) {
      if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
        return s;
      }
      return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Moves the complete file into place. */
    void commit() {
      try {
        out.close();
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        done = true;
      } catch (IOException e) {
        throw new CentricityCli.InputException("cannot write " + target + ": " + reason(e), e);
      }
    }

    @Override
    public void close() {
      if (!done) {
        try {
          out.close();
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the temporary file is left behind; the command's own error is what matters
        }
      }
    }
  }
}
