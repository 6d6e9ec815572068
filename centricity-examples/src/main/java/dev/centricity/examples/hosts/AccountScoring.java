package dev.centricity.examples.hosts;

import dev.centricity.core.Answer;
import dev.centricity.core.CentricityException;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Dimension;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

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
 * the default questionnaire, for instance at onboarding or in a yearly business review. It drops
 * the dimension <i>organisation</i> (internal structure and staff culture, which the buyer who
 * fills the form in can least speak for), adds two account-management statements to <i>service</i>
 * — a written account plan gone through with the client (claims B12 and A7) and, asked the other
 * way round, targets set on new contracts rather than renewals (A1 and A11) — and weighs
 * <i>service</i> 1.5, since in B2B the relationship after signature decides the renewal. The two
 * statements are keyed to opposite poles, so the dimension still holds as much product-keyed as
 * customer-keyed weight and agreeing with everything still lands at the centre ({@code
 * docs/rubric.md}, "Deriving a custom rubric").
 *
 * <p><b>Input</b>: a CSV with a column {@value #ACCOUNT_COLUMN} naming the account and a column per
 * trait id of the rubric (cells 1 to 5, or empty or {@code n/a} for no answer). It is read with a
 * {@link CohortReader}, which streams: the job holds at most {@code 2 × threads + 1} chunks of rows
 * at a time, whatever the length of the file. The reader knows respondents by a column called
 * {@code respondent}, so {@link #openAccounts(Scorer, Reader, String)} renames the {@code account}
 * header on the fly.
 *
 * <p><b>Output</b>: a header and one line per input row, in input order, with the columns {@link
 * #COLUMNS}: the account, the line it was read from, the index (−1 product-centric … +1
 * customer-centric), the 0–100 score, the band, the quadrant, the alignment, the coverage, and an
 * error. A bad row — an answer outside its scale, a cell that is not an answer, the wrong number of
 * cells, a response the scorer rejects — keeps its line, with the reason in {@code error} and the
 * figures empty. An account with too few answers for any dimension to count is scored but
 * undetermined: its figures are empty too, its coverage is given, and {@code error} stays empty.
 * Rows out = rows in. Numbers are written in full ({@link BigDecimal#toPlainString()} of the
 * shortest decimal that reads back as the same {@code double}), so a downstream system gets the
 * library's exact figures.
 *
 * <p><b>Parallelism</b>: one thread reads rows and cuts them into chunks; each chunk is scored on
 * the pool by the one shared scorer (a {@link Scorer} is immutable and thread-safe), and the
 * chunks' futures are written strictly in the order they were submitted, so the output is in input
 * order and equal, line for line, to scoring each row in turn ({@link #scoreRow(Scorer,
 * CohortRow)}).
 *
 * <p>A file that cannot be read at all (no {@code account} column, an unknown column, a quote never
 * closed) stops the job with a {@link CohortFormatException}; {@link #score(Path, Path)} then
 * leaves no output file behind.
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

  private static final String DROPPED_DIMENSION = "organisation";
  private static final String REWEIGHTED_DIMENSION = "service";
  private static final double SERVICE_WEIGHT = 1.5;

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
    static final Rubric RUBRIC = build();
  }

  private static Rubric build() {
    Rubric base = DefaultRubrics.productCustomer();
    Trait jointPlan =
        Trait.builder()
            .id(JOINT_ACCOUNT_PLAN)
            .statement(
                "Every major account has a written plan that we go through with the client and"
                    + " revise together at least once a year.")
            .keyed("customer")
            .scale("agree5")
            .addSources(Source.of("B", "B12"), Source.of("A", "A7"))
            .build();
    Trait newContracts =
        Trait.builder()
            .id(NEW_CONTRACT_TARGETS)
            .statement(
                "Account managers' targets count new contracts signed; renewals of existing"
                    + " contracts hardly count towards them.")
            .keyed("product")
            .scale("agree5")
            .addSources(Source.of("A", "A1", "A11"))
            .build();
    List<Dimension> dimensions = new ArrayList<>();
    for (Dimension d : base.dimensions()) {
      if (d.id().equals(DROPPED_DIMENSION)) {
        continue;
      }
      if (d.id().equals(REWEIGHTED_DIMENSION)) {
        d =
            Dimension.builder()
                .from(d)
                .weight(SERVICE_WEIGHT)
                .addTraits(jointPlan, newContracts)
                .build();
      }
      dimensions.add(d);
    }
    Dimension service =
        dimensions.stream()
            .filter(d -> d.id().equals(REWEIGHTED_DIMENSION))
            .findFirst()
            .orElseThrow();
    Dimension measures =
        dimensions.stream().filter(d -> d.id().equals("measures")).findFirst().orElseThrow();
    return Rubric.builder()
        .from(base)
        .id("b2b-account-centricity")
        .version("1.0.0")
        .title("Product- vs customer-centricity of a B2B account")
        .description(
            "The default rubric shortened and adapted for client accounts of a B2B supplier: no"
                + " questions on internal structure and culture, two on account management, and"
                + " the relationship after the sale weighted 1.5 against 1 for every other"
                + " dimension.")
        .putMetadata("derived-from", base.reference())
        .dimensions(dimensions)
        .examples(
            List.of(
                WorkedExample.builder()
                    .name("account-management-only")
                    .description(
                        "Only service answered: its six default statements at the midpoint, a"
                            + " joint account plan fully agreed (+1) and new-contract targets fully"
                            + " rejected (+1). Service's index is 2/8 = 0.25, and with no other"
                            + " dimension answered that is the whole index.")
                    .answers(
                        answers(service, 3, Map.of(JOINT_ACCOUNT_PLAN, 5, NEW_CONTRACT_TARGETS, 1)))
                    .expect(
                        WorkedExample.Expectation.builder()
                            .index(0.25)
                            .band("Customer-leaning")
                            .build())
                    .build(),
                WorkedExample.builder()
                    .name("relationship-outweighs-volume")
                    .description(
                        "Service fully customer-centric (+1) and measures fully product-centric"
                            + " (-1), nothing else answered: (1.5 - 1) / 2.5 = 0.2, which lies on"
                            + " the boundary and so belongs to the band nearer 0, Balanced. With"
                            + " equal weights the two would cancel to 0.")
                    .answers(
                        merge(
                            towards(service, "customer", base), towards(measures, "product", base)))
                    .expect(WorkedExample.Expectation.builder().index(0.2).band("Balanced").build())
                    .build()))
        .build();
  }

  /** Every trait of a dimension at one point, some overridden. */
  private static Map<String, Answer> answers(
      Dimension d, int point, Map<String, Integer> overrides) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : d.traits()) {
      answers.put(t.id(), Answer.of(overrides.getOrDefault(t.id(), point)));
    }
    return answers;
  }

  /** Every trait of a dimension answered fully towards one pole (five-point scales). */
  private static Map<String, Answer> towards(Dimension d, String pole, Rubric base) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : d.traits()) {
      int last = base.scale(t.scale()).orElseThrow().size();
      boolean high =
          t.keyed().map(p -> p.equals(pole)).orElseGet(() -> t.contrast().get().to().equals(pole));
      answers.put(t.id(), Answer.of(high ? last : 1));
    }
    return answers;
  }

  private static Map<String, Answer> merge(Map<String, Answer> a, Map<String, Answer> b) {
    Map<String, Answer> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return all;
  }

  /**
   * One row of the scored CSV: the figures of a scored account, or the reason its row was set
   * aside.
   *
   * @param line the line of the input the row starts on (the header is line 1)
   * @param account the account named by the row, when it names one
   * @param index the index I, when the scorecard is determined
   * @param score the 0–100 score 50(I + 1), when determined
   * @param band the band of the index, when determined
   * @param quadrant the quadrant of the pole strengths, when determined
   * @param alignment how consistent the dimensions are, when determined
   * @param coverage the weighted share of the rubric answered; 0 for a row set aside
   * @param error why the row was set aside; empty for a scored row
   */
  public record ScoredAccount(
      long line,
      Optional<String> account,
      OptionalDouble index,
      OptionalDouble score,
      Optional<String> band,
      Optional<String> quadrant,
      OptionalDouble alignment,
      double coverage,
      Optional<String> error) {

    /**
     * The figures of a scorecard.
     *
     * @param line the input line
     * @param card the scorecard; its respondent is the account
     * @return the row
     */
    public static ScoredAccount of(long line, Scorecard card) {
      return new ScoredAccount(
          line,
          card.respondent(),
          card.index(),
          card.score(),
          card.band(),
          card.quadrant(),
          card.alignment(),
          card.coverage(),
          Optional.empty());
    }

    /**
     * A row set aside.
     *
     * @param line the input line
     * @param account the account, when the row names one
     * @param reason why the row could not be scored
     * @return the row
     */
    public static ScoredAccount setAside(long line, Optional<String> account, String reason) {
      return new ScoredAccount(
          line,
          account,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          Optional.empty(),
          OptionalDouble.empty(),
          0.0,
          Optional.of(reason));
    }

    /**
     * Whether the row was set aside.
     *
     * @return true when {@link #error()} is present
     */
    public boolean isSetAside() {
      return error.isPresent();
    }

    /**
     * The row as a line of the scored CSV, in the order of {@link #COLUMNS}, fields quoted as RFC
     * 4180 requires, without a line end.
     *
     * @return the line
     */
    public String toCsv() {
      StringBuilder b = new StringBuilder(96);
      b.append(field(account.orElse(""))).append(',').append(line).append(',');
      b.append(number(index)).append(',').append(number(score)).append(',');
      b.append(field(band.orElse(""))).append(',').append(field(quadrant.orElse(""))).append(',');
      b.append(number(alignment)).append(',');
      b.append(error.isPresent() ? "" : plain(coverage)).append(',');
      b.append(field(error.orElse("")));
      return b.toString();
    }

    /** The error as one line: {@code line 17 (account acme): reason}. */
    String describe() {
      return "line "
          + line
          + account.map(a -> " (account " + a + ")").orElse("")
          + ": "
          + error.orElse("");
    }
  }

  /**
   * What a batch did: rows read, scored and set aside, and the first {@value #MAX_SET_ASIDE_KEPT}
   * rows set aside. {@code rows == scored + setAside}, and the output has exactly {@code rows}
   * lines after its header.
   *
   * @param rows the data rows read, and written
   * @param scored the rows scored (undetermined ones included)
   * @param undetermined the scored rows whose scorecard was undetermined
   * @param setAside the rows set aside as errors
   * @param setAsideRows the first {@value #MAX_SET_ASIDE_KEPT} of them, in input order
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
  }

  /**
   * Scores one row, the way every thread of the job does: a row that could not be read, or whose
   * response the scorer rejects, is set aside with the reason.
   *
   * @param scorer the scorer
   * @param row a row of {@link #openAccounts(Scorer, Reader, String)}
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
    Reader in;
    try {
      in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CohortFormatException(csv.toString(), 0, 0, "", "no such file", e);
    } catch (IOException e) {
      throw new CohortFormatException(csv.toString(), 0, 0, "", "cannot open the file: " + e, e);
    }
    return openAccounts(scorer, in, csv.toString());
  }

  /**
   * Reads an accounts CSV from characters with a {@link CohortReader}: the header's {@value
   * #ACCOUNT_COLUMN} column (any case) is renamed {@code respondent}, which the reader knows, and
   * the rest passes through untouched, so line numbers stay those of the input.
   *
   * @param scorer the scorer whose rubric the trait columns name
   * @param in the characters; closing the rows closes it
   * @param source a name for messages, such as the file name
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the header has no account column, also has a {@code
   *     respondent} column, or has a column that is not a trait of the rubric
   */
  public static CohortRows openAccounts(Scorer scorer, Reader in, String source) {
    BufferedReader lines = new BufferedReader(in);
    try {
      StringBuilder head = new StringBuilder();
      String header = lines.readLine();
      int lineNo = 1;
      while (header != null && header.isBlank()) {
        head.append('\n');
        header = lines.readLine();
        lineNo++;
      }
      if (header == null) {
        throw new CohortFormatException(
            source, 0, 0, "", "the file is empty: it has no header row", null);
      }
      head.append(renameAccountColumn(header, source, lineNo)).append('\n');
      return CohortReader.of(scorer)
          .open(new Concatenation(new StringReader(head.toString()), lines), source);
    } catch (IOException e) {
      closeQuietly(lines, e);
      throw new CohortFormatException(source, 0, 0, "", "cannot read the file: " + e, e);
    } catch (RuntimeException e) {
      closeQuietly(lines, e);
      throw e;
    }
  }

  private static String renameAccountColumn(String header, String source, int line) {
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    String[] names = header.split(",", -1);
    int account = -1;
    for (int i = 0; i < names.length; i++) {
      String name = unquote(names[i].strip());
      if (name.equalsIgnoreCase(CohortReader.RESPONDENT_COLUMN)) {
        throw new CohortFormatException(
            source,
            line,
            i + 1,
            name,
            "an accounts file names its accounts in column '"
                + ACCOUNT_COLUMN
                + "', not '"
                + name
                + "'",
            null);
      }
      if (name.equalsIgnoreCase(ACCOUNT_COLUMN)) {
        account = i;
      }
    }
    if (account < 0) {
      throw new CohortFormatException(
          source, line, 0, "", "the header has no '" + ACCOUNT_COLUMN + "' column", null);
    }
    names[account] = CohortReader.RESPONDENT_COLUMN;
    return String.join(",", names);
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")
        ? s.substring(1, s.length() - 1).strip()
        : s;
  }

  private static void closeQuietly(Reader r, Exception e) {
    try {
      r.close();
    } catch (IOException suppressed) {
      e.addSuppressed(suppressed);
    }
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
    Tally tally = new Tally();
    int maxInFlight = 2 * threads;
    Deque<Future<List<ScoredAccount>>> inFlight = new ArrayDeque<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Daemons());
    try {
      List<CohortRow> chunk = new ArrayList<>(chunkSize);
      for (CohortRow row : rows) {
        chunk.add(row);
        if (chunk.size() == chunkSize) {
          inFlight.add(pool.submit(new Chunk(scorer, chunk)));
          chunk = new ArrayList<>(chunkSize);
          // wait for the oldest chunk before reading further, so memory stays bounded
          while (inFlight.size() > maxInFlight) {
            write(inFlight.removeFirst(), out, tally);
          }
        }
      }
      if (!chunk.isEmpty()) {
        inFlight.add(pool.submit(new Chunk(scorer, chunk)));
      }
      while (!inFlight.isEmpty()) {
        write(inFlight.removeFirst(), out, tally);
      }
      out.flush();
      return tally.result();
    } finally {
      for (Future<?> f : inFlight) {
        f.cancel(true);
      }
      pool.shutdownNow();
    }
  }

  private static void write(Future<List<ScoredAccount>> chunk, Writer out, Tally tally)
      throws IOException {
    List<ScoredAccount> scored;
    try {
      scored = chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CentricityException("interrupted while scoring accounts", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new CentricityException("scoring a chunk of accounts failed", e.getCause());
    }
    for (ScoredAccount s : scored) {
      out.write(s.toCsv());
      out.write('\n');
      tally.add(s);
    }
  }

  /** Scores one chunk of rows on a pool thread. */
  private record Chunk(Scorer scorer, List<CohortRow> rows)
      implements java.util.concurrent.Callable<List<ScoredAccount>> {
    @Override
    public List<ScoredAccount> call() {
      List<ScoredAccount> out = new ArrayList<>(rows.size());
      for (CohortRow row : rows) {
        out.add(scoreRow(scorer, row));
      }
      return out;
    }
  }

  /** Counts on the writing thread only. */
  private static final class Tally {
    long rows;
    long scored;
    long undetermined;
    long setAside;
    final List<ScoredAccount> kept = new ArrayList<>();

    void add(ScoredAccount s) {
      rows++;
      if (s.isSetAside()) {
        setAside++;
        if (kept.size() < MAX_SET_ASIDE_KEPT) {
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

  /** Pool threads that do not keep the JVM alive, named for thread dumps. */
  private static final class Daemons implements java.util.concurrent.ThreadFactory {
    private final AtomicInteger next = new AtomicInteger(1);

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "account-scoring-" + next.getAndIncrement());
      t.setDaemon(true);
      return t;
    }
  }

  /** Reads one reader to its end, then the other. */
  private static final class Concatenation extends Reader {
    private final Reader first;
    private final Reader second;
    private boolean firstDone;

    Concatenation(Reader first, Reader second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      if (!firstDone) {
        int n = first.read(buf, off, len);
        if (n != -1) {
          return n;
        }
        firstDone = true;
      }
      return second.read(buf, off, len);
    }

    @Override
    public void close() throws IOException {
      try {
        first.close();
      } finally {
        second.close();
      }
    }
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? plain(v.getAsDouble()) : "";
  }

  /** The shortest decimal that reads back as the same double, without an exponent. */
  private static String plain(double v) {
    return BigDecimal.valueOf(v).toPlainString();
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break. */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * Runs the program with the given arguments.
   *
   * @param args {@code [--threads N] ACCOUNTS.csv SCORED.csv}, or {@code --help}
   * @param out where the summary goes
   * @param err where usage, errors and the rows set aside go
   * @return the exit code: 0 success (also when rows were set aside), 2 bad arguments or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.print(usage());
        return 0;
      } else if (a.equals("--threads") && i + 1 < args.length) {
        try {
          threads = Integer.parseInt(args[++i]);
        } catch (NumberFormatException e) {
          err.print("--threads needs a whole number but got '" + args[i] + "'\n" + usage());
          return 2;
        }
      } else if (a.startsWith("-")) {
        err.print("unexpected argument '" + a + "'\n" + usage());
        return 2;
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.size() != 2) {
      err.print("give the accounts file and the file to write\n" + usage());
      return 2;
    }
    try {
      Rubric rubric = rubric();
      AccountScoring job = of(Scorer.of(rubric), threads);
      BatchResult r = job.score(files.get(0), files.get(1));
      out.printf(
          Locale.ROOT,
          "%s: %d rows, %d scored (%d undetermined), %d set aside -> %s%n",
          rubric.reference(),
          r.rows(),
          r.scored(),
          r.undetermined(),
          r.setAside(),
          files.get(1));
      int shown = 0;
      for (ScoredAccount s : r.setAsideRows()) {
        if (shown++ == 20) {
          err.printf(Locale.ROOT, "  ... and %d more%n", r.setAside() - 20);
          break;
        }
        err.println("set aside: " + s.describe());
      }
      return 0;
    } catch (CentricityException | IllegalArgumentException | UncheckedIOException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  private static String usage() {
    return "usage: AccountScoring [--threads N] ACCOUNTS.csv SCORED.csv\n"
        + "  ACCOUNTS.csv  a row per account: 'account' and one column per trait id\n"
        + "  SCORED.csv    written: "
        + String.join(",", COLUMNS)
        + "\n"
        + "  --threads N   the size of the scoring pool (default: the number of processors)\n";
  }

  /**
   * Scores an accounts file into a scored CSV and prints a summary.
   *
   * @param args {@code [--threads N] ACCOUNTS.csv SCORED.csv}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }
}
