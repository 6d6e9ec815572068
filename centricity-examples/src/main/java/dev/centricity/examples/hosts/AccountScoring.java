package dev.centricity.examples.hosts;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Host application 2, CRM batch scoring: scores every account of a large CSV export against a B2B
 * rubric derived from the default one in code, on a fixed thread pool that shares one {@link
 * Scorer}, and writes a scored CSV in input order with an error record for every bad row.
 *
 * <pre>
 * java -cp centricity-examples/target/centricity.jar dev.centricity.examples.hosts.AccountScoring \
 *     [--threads N] ACCOUNTS.csv SCORED.csv
 * </pre>
 *
 * <p><b>The rubric</b> ({@link #rubric()}): a client account's staff answer a shorter, B2B form of
 * the default questionnaire. It drops the dimension <i>organisation</i> (internal structure and
 * culture, which the buyer can least speak for), adds two account-management statements to
 * <i>service</i> — a written account plan gone through with the client (claims B12 and A7) and,
 * asked the other way round, targets set on new contracts rather than renewals (A1 and A11) — and
 * weighs <i>service</i> 1.5, since in B2B the relationship after signature decides the renewal. The
 * two statements are keyed to opposite poles, so agreeing with everything still lands at the centre
 * ({@code docs/rubric.md}, "Deriving a custom rubric").
 *
 * <p><b>Input</b>: a CSV with a column {@value #ACCOUNT_COLUMN} naming the account and a column per
 * trait id (cells 1 to 5, or empty or {@code n/a}). A {@link CohortReader} told that the respondent
 * column is {@value #ACCOUNT_COLUMN} streams it, so the job holds at most {@code 2 × threads + 1}
 * chunks of rows at a time, whatever the length of the file.
 *
 * <p><b>Output</b>: a header and one line per input row, in input order, with the columns {@link
 * #COLUMNS}. A bad row — an answer outside its scale, a cell that is not an answer, the wrong
 * number of cells, a response the scorer rejects — keeps its line, with the reason in {@code error}
 * and the figures empty; an undetermined account has empty figures and its coverage. Rows out =
 * rows in. Numbers are written in full (the shortest decimal that reads back as the same {@code
 * double}), so a downstream system gets the library's exact figures.
 *
 * <p><b>Parallelism</b>: chunks of rows are scored on the pool by the one shared scorer (a {@link
 * Scorer} is immutable and thread-safe) and written strictly in the order they were read ({@link
 * InOrderPool}), so the output equals scoring each row in turn ({@link #scoreRow(Scorer,
 * CohortRow)}). A file that cannot be read at all (no {@code account} column, an unknown column, a
 * quote never closed) stops the job with a {@link CohortFormatException} and leaves no output file.
 *
 * <p>Thread safety: an instance is immutable; each call of {@code score} uses its own pool.
 */
public final class AccountScoring {

  /** The column that names the account. */
  public static final String ACCOUNT_COLUMN = "account";

  /** The columns of the scored CSV, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "account",
          "line",
          "index",
          "score",
          "band",
          "quadrant",
          "alignment",
          "coverage",
          "error");

  /** How many rows a chunk holds unless another size is chosen: 256. */
  public static final int DEFAULT_CHUNK_SIZE = 256;

  /** How many set-aside rows a {@link BatchResult} keeps; it counts them all. */
  public static final int MAX_SET_ASIDE_KEPT = 1000;

  /** The id of the trait about account plans gone through with the client. */
  public static final String JOINT_ACCOUNT_PLAN = "service.joint-account-plan";

  /** The id of the trait about targets on new contracts rather than renewals. */
  public static final String NEW_CONTRACT_TARGETS = "service.new-contract-targets";

  private final Scorer scorer;
  private final int threads;
  private final int chunkSize;

  private AccountScoring(Scorer scorer, int threads, int chunkSize) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    if (threads < 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "threads must be ≥ 1 but was %d", threads));
    }
    if (chunkSize < 1) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "the chunk size must be ≥ 1 but was %d", chunkSize));
    }
    this.threads = threads;
    this.chunkSize = chunkSize;
  }

  /**
   * A batch job that scores with one scorer on a pool of the given number of threads.
   *
   * @param scorer the scorer every thread shares
   * @param threads the size of the fixed pool, ≥ 1
   * @return the job, with chunks of {@value #DEFAULT_CHUNK_SIZE} rows
   * @throws IllegalArgumentException if threads is below 1
   */
  public static AccountScoring of(Scorer scorer, int threads) {
    return new AccountScoring(scorer, threads, DEFAULT_CHUNK_SIZE);
  }

  /**
   * The same job with chunks of another size: smaller chunks spread a short file over more threads,
   * larger ones cost less hand-over per row.
   *
   * @param rows the rows per chunk, ≥ 1
   * @return the job
   * @throws IllegalArgumentException if rows is below 1
   */
  public AccountScoring withChunkSize(int rows) {
    return new AccountScoring(scorer, threads, rows);
  }

  /**
   * The scorer this job shares between its threads.
   *
   * @return the scorer
   */
  public Scorer scorer() {
    return scorer;
  }

  /**
   * The B2B account rubric, {@code b2b-account-centricity} 1.0.0, derived in code from the default
   * rubric: dimension {@code organisation} dropped, {@value #JOINT_ACCOUNT_PLAN} and {@value
   * #NEW_CONTRACT_TARGETS} added to {@code service}, and {@code service} weighted 1.5. Its worked
   * examples, checked whenever it is built, show the two new statements and the new weight at work.
   *
   * @return the validated rubric, the same instance on every call
   */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  private static final class Holder {
    static final Rubric RUBRIC = AccountRubric.build();
  }

  /**
   * Scores one row, the way every thread of the job does: a row that could not be read, or whose
   * response the scorer rejects, is set aside with the reason.
   *
   * @param scorer the scorer
   * @param row a row of {@link #openAccounts(Scorer, Path)}
   * @return the output row
   */
  public static ScoredAccount scoreRow(Scorer scorer, CohortRow row) {
    if (row.error().isPresent()) {
      RowError e = row.error().get();
      return ScoredAccount.setAside(e.line(), e.respondent(), e.reason());
    }
    Response response = row.member().orElseThrow().response();
    try {
      return ScoredAccount.of(row.line(), scorer.score(response));
    } catch (ResponseValidationException e) {
      return ScoredAccount.setAside(row.line(), response.respondent(), e.getMessage());
    }
  }

  /**
   * Opens an accounts file for reading with a {@link CohortReader}, its {@value #ACCOUNT_COLUMN}
   * column read as the respondent.
   *
   * @param scorer the scorer whose rubric the trait columns name
   * @param csv the file, UTF-8
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the file cannot be opened, or its header has no account column
   *     or a column that is not a trait of the rubric
   */
  public static CohortRows openAccounts(Scorer scorer, Path csv) {
    return CohortReader.of(scorer).withRespondentColumn(ACCOUNT_COLUMN).open(csv);
  }

  /**
   * Scores an accounts file into a scored CSV. The output is written to a temporary file next to
   * {@code out} and moved into place when every row is written, so a run that fails leaves no
   * half-written file.
   *
   * @param in the accounts file
   * @param out the scored file to write (replaced if it exists)
   * @return what the batch did
   * @throws CohortFormatException if the input cannot be read
   * @throws UncheckedIOException if the output cannot be written
   */
  public BatchResult score(Path in, Path out) {
    Path dir = out.toAbsolutePath().getParent();
    Path partial = null;
    try {
      partial = Files.createTempFile(dir, out.getFileName().toString(), ".partial");
      BatchResult result;
      try (CohortRows rows = openAccounts(scorer, in);
          BufferedWriter w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
        result = score(rows, w);
      }
      Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      partial = null;
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // the run has already failed; the failure that matters is the one propagating
        }
      }
    }
  }

  /**
   * Scores rows into a scored CSV: the header, then one line per row in input order. The rows are
   * consumed but not closed; the writer is flushed but not closed.
   *
   * @param rows the rows, such as those of {@link #openAccounts(Scorer, Path)}
   * @param out where the scored CSV goes
   * @return what the batch did
   * @throws CohortFormatException if the rest of the input cannot be read
   * @throws IOException if the output cannot be written
   */
  public BatchResult score(Iterable<CohortRow> rows, Writer out) throws IOException {
    out.write(String.join(",", COLUMNS));
    out.write('\n');
    BatchResult.Tally tally = new BatchResult.Tally();
    InOrderPool.map(
        rows,
        threads,
        chunkSize,
        "account-scoring",
        row -> scoreRow(scorer, row),
        s -> {
          out.write(s.toCsv());
          out.write('\n');
          tally.add(s);
        });
    out.flush();
    return tally.result();
  }

  @Command(name = "AccountScoring", synopsisHeading = "usage: ")
  private static final class Cli extends HostCommand {
    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "The size of the scoring pool (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(index = "0", paramLabel = "ACCOUNTS.csv", description = "account, trait columns")
    Path in;

    @Parameters(index = "1", paramLabel = "SCORED.csv", description = "written: the COLUMNS")
    Path out;

    @Override
    void execute(PrintStream stdout, PrintStream err) {
      Rubric rubric = rubric();
      BatchResult r = of(Scorer.of(rubric), threads).score(in, out);
      stdout.printf(
          Locale.ROOT,
          "%s: %d rows, %d scored (%d undetermined), %d set aside -> %s%n",
          rubric.reference(),
          r.rows(),
          r.scored(),
          r.undetermined(),
          r.setAside(),
          out);
      r.setAsideRows().stream().limit(20).forEach(s -> err.println("set aside: " + s.describe()));
      if (r.setAside() > 20) {
        err.printf(Locale.ROOT, "  ... and %d more%n", r.setAside() - 20);
      }
    }
  }

  /**
   * Runs the program.
   *
   * @param args {@code [--threads N] ACCOUNTS.csv SCORED.csv}, or {@code --help}
   * @param out where the summary goes
   * @param err where usage, errors and the rows set aside go
   * @return the exit code: 0 success (also when rows were set aside), 2 bad arguments or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return HostCommand.run(new Cli(), args, out, err);
  }

  /**
   * Scores an accounts file into a scored CSV and prints a summary.
   *
   * @param args {@code [--threads N] ACCOUNTS.csv SCORED.csv}
   */
  public static void main(String[] args) {
    HostCommand.main(new Cli(), args);
  }
}
