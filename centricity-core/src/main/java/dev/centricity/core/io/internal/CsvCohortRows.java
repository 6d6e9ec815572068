package dev.centricity.core.io.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.internal.PointRows;
import dev.centricity.core.io.CohortColumns;
import dev.centricity.core.io.CohortMapping;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.text.RubricTexts;
import java.io.Reader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of a CSV cohort file (see {@link CohortReader} for the format): the header resolved once
 * into what each column is, then one {@link CohortRow} per record, read as iterated.
 *
 * <p>Not thread-safe.
 */
public final class CsvCohortRows implements CohortRows, PointRows {

  private final RecordSource parser;
  private final java.util.ArrayDeque<CsvParser.Record> ahead;
  private final CsvHeader header;
  private final Vocabulary vocabulary;
  private final CsvRowDecoder decoder;
  private final CohortColumns found;
  private final CohortFormatException failure;
  private final String source;
  private final List<String> columns;
  private final List<CohortWarning> warnings;
  private final String rubricReference;

  /** Per column: the trait position in {@code traitIds}, or IGNORED, RESPONDENT or GROUP. */
  private final int[] role;

  private final String[] traitIds;
  private boolean iterated;

  private CsvCohortRows(
      RecordSource parser, String source, CsvHeader header, Vocabulary vocabulary, String ref) {
    this.parser = parser;
    this.ahead = new java.util.ArrayDeque<>(header.ahead);
    this.source = source;
    this.columns = header.columns;
    this.warnings = header.warnings;
    this.rubricReference = ref;
    this.role = header.role;
    this.traitIds = header.traitIds;
    this.found = header.found;
    this.failure = header.failure;
    this.header = header;
    this.vocabulary = vocabulary;
    this.decoder = new CsvRowDecoder(header, vocabulary);
  }

  /**
   * Reads the header and checks it against the rubric, with the reader's defaults.
   *
   * @param in the characters; closed on failure
   * @param source a name for messages
   * @param rubric the rubric
   * @param policy unused: columns that match no trait are metadata whatever the policy
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(Reader in, String source, Rubric rubric, ScoringPolicy policy) {
    return open(
        in,
        source,
        new ReaderSettings(
            rubric,
            RubricTexts.of(rubric),
            CohortMapping.builder().build(),
            CohortReader.GROUP_COLUMN,
            false,
            CohortReader.RESPONDENT_COLUMN,
            false,
            0,
            false),
        ',',
        "UTF-8");
  }

  /**
   * Opens CSV rows.
   *
   * @param in the characters
   * @param source a name for messages
   * @param settings what the reader was told
   * @param separator the separator, or 0 to detect it from the header and the first records
   * @param charsetName the charset the characters were decoded from, named in messages
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(
      Reader in, String source, ReaderSettings settings, char separator, String charsetName) {
    return open(new CsvParser(in, source, separator, charsetName), source, settings);
  }

  /**
   * Opens CSV rows from UTF-8 bytes, read straight from the bytes (see {@link CsvRowDecoder}) and,
   * in a parallel analysis, chunk by chunk on several threads.
   *
   * @param in the bytes
   * @param source a name for messages
   * @param settings what the reader was told
   * @param separator the separator, or 0 to detect it; an ASCII character other than a quote or a
   *     line end (see {@link #readsBytes(char)})
   * @param chunkBytes the usual size of a chunk of the input
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows openUtf8(
      java.io.InputStream in,
      String source,
      ReaderSettings settings,
      char separator,
      int chunkBytes) {
    return open(new Utf8CsvSource(in, source, separator, chunkBytes), source, settings);
  }

  /** The usual size of a chunk of bytes read at once. */
  public static final int CHUNK_BYTES = ByteChunks.CHUNK_BYTES;

  /** Whether UTF-8 CSV with this separator (0: detected) can be read from its bytes. */
  public static boolean readsBytes(char separator) {
    return Utf8CsvSource.canRead(separator);
  }

  /**
   * Opens rows already split into cells, the first being the header.
   *
   * @param rows the rows; a null cell is empty
   * @param source a name for messages
   * @param settings what the reader was told
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(
      java.util.Iterator<List<String>> rows, String source, ReaderSettings settings) {
    return open(new CellRecords(rows, source), source, settings);
  }

  private static CsvCohortRows open(RecordSource records, String source, ReaderSettings settings) {
    try {
      Vocabulary vocabulary =
          new Vocabulary(settings.rubric(), settings.texts(), settings.mapping());
      // a rubric of many traits needs as many columns, and some metadata besides
      if (records instanceof CsvParser p) {
        p.allowFields(2 * vocabulary.compiled.traitCount);
      } else if (records instanceof Utf8CsvSource u) {
        u.allowFields(2 * vocabulary.compiled.traitCount);
      }
      CsvHeader header = CsvHeader.read(records, source, settings, vocabulary);
      return new CsvCohortRows(records, source, header, vocabulary, settings.rubric().reference());
    } catch (RuntimeException e) {
      try {
        records.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** What each column was matched to, the header rows, separator and charset. */
  public CohortColumns found() {
    return found;
  }

  /** The next record: those read ahead with the header first. */
  private CsvParser.Record nextRecord() {
    CsvParser.Record r = ahead.poll();
    if (r != null) {
      return r;
    }
    if (failure != null) {
      throw failure;
    }
    return parser.next();
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public List<CohortWarning> warnings() {
    return warnings;
  }

  private void startIteration() {
    if (iterated) {
      throw new IllegalStateException("the rows of " + source + " can be iterated only once");
    }
    iterated = true;
  }

  @Override
  public Iterator<CohortRow> iterator() {
    startIteration();
    return new Iterator<>() {
      private CsvParser.Record pending;
      private boolean done;

      @Override
      public boolean hasNext() {
        if (pending == null && !done) {
          pending = nextRecord();
          done = pending == null;
        }
        return pending != null;
      }

      @Override
      public CohortRow next() {
        if (!hasNext()) {
          throw new NoSuchElementException("no more rows in " + source);
        }
        CsvParser.Record record = pending;
        pending = null;
        return toRow(record);
      }
    };
  }

  @Override
  public void close() {
    parser.close();
  }

  /** The rubric's trait ids in the order of the points {@link #stream(Sink)} hands on. */
  @Override
  public List<String> traitIds() {
    return List.of(traitIds);
  }

  /**
   * Reads every remaining record, handing each on as points by trait position rather than as a
   * {@link Response}: the fast path of a cohort analysis. The same records become the same members
   * and errors as by {@link #iterator()}; the rows can be read only once either way.
   *
   * @param sink what receives the records
   * @throws CohortFormatException if the file cannot be read further
   */
  @Override
  public void stream(Sink sink) {
    startIteration();
    int[] codes = new int[traitIds.length];
    if (parser instanceof Utf8CsvSource bytes) {
      readAhead(decoder, codes, sink);
      ChunkRecords records = bytes.current();
      while (records != null) {
        decoder.decode(records, sink);
        ByteChunks.Chunk chunk = bytes.nextChunk();
        records = chunk == null ? null : bytes.records(chunk, chunk.from());
      }
      return;
    }
    int[] points = new int[traitIds.length];
    for (CsvParser.Record record = nextRecord(); record != null; record = nextRecord()) {
      decoder.handOn(record, codes, points, sink);
    }
  }

  /** Hands on the records read ahead with the header, then the failure met reading ahead. */
  private void readAhead(CsvRowDecoder reader, int[] codes, Sink sink) {
    int[] points = new int[traitIds.length];
    for (CsvParser.Record record = ahead.poll(); record != null; record = ahead.poll()) {
      reader.handOn(record, codes, points, sink);
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * The rest of a UTF-8 file in its chunks, each read on any thread by a reader of its own; the
   * records read ahead with the header go with the first.
   */
  @Override
  public Pieces<?> pieces() {
    if (!(parser instanceof Utf8CsvSource bytes)) {
      return null;
    }
    startIteration();
    return new Pieces<CsvRowDecoder>() {
      private boolean first = true;

      @Override
      public CsvRowDecoder newReader() {
        return new CsvRowDecoder(header, vocabulary);
      }

      @Override
      public Piece<CsvRowDecoder> next() {
        if (first) {
          first = false;
          ChunkRecords records = bytes.current();
          return (reader, sink) -> {
            readAhead(reader, new int[traitIds.length], sink);
            if (records != null) {
              reader.decode(records, sink);
            }
          };
        }
        ByteChunks.Chunk chunk = bytes.nextChunk();
        if (chunk == null) {
          return null;
        }
        return new Piece<>() {
          @Override
          public void read(CsvRowDecoder reader, Sink sink) {
            reader.decode(bytes.records(chunk, chunk.from()), sink);
          }

          @Override
          public long bytes() {
            return chunk.bytes().length;
          }
        };
      }
    };
  }

  private CohortRow toRow(CsvParser.Record record) {
    int[] codes = new int[traitIds.length];
    RowError error = decoder.read(record, codes);
    if (error != null) {
      return CohortRow.of(error);
    }
    // the answers in the order of the columns, as the file gives them
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int r : role) {
      if (r >= 0) {
        int c = codes[r];
        answers.put(
            traitIds[r],
            c > 0
                ? Answer.of(c)
                : c == ColumnCells.NOT_APPLICABLE ? Answer.notApplicable() : Answer.blank());
      }
    }
    Response response =
        Response.builder().respondent(decoder.rowRespondent).answers(answers).build();
    return CohortRow.of(
        record.line(),
        decoder
            .rowGroup
            .map(g -> CohortMember.of(response, g))
            .orElseGet(() -> CohortMember.of(response)));
  }

  @Override
  public String toString() {
    return "CohortRows[" + source + " for " + rubricReference + "]";
  }
}
