package dev.centricity.core.io.internal;

import java.io.InputStream;

/**
 * The records of a UTF-8 CSV stream, read from its bytes in {@link ByteChunks} by the rules of
 * {@link CsvParser}: record by record for the header ({@link #next()}), then chunk by chunk, each
 * of which can be read on any thread ({@link #nextChunk()}, {@link #records}). A leading byte-order
 * mark is skipped, and the separator detected as {@link CsvParser} detects it when none is given.
 *
 * <p>Used by one thread; chunks it hands out may be read on others.
 */
final class Utf8CsvSource implements RecordSource {

  private final ByteChunks chunks;
  private final String source;
  private char separator;
  private int maxFields = CsvParser.MAX_FIELDS;
  private int maxRecordChars = CsvParser.MAX_RECORD_CHARS;
  private boolean started;
  private ChunkRecords current;

  /**
   * Creates the source.
   *
   * @param in the bytes; closed by {@link #close()}
   * @param source a name for messages
   * @param separator the separator, or 0 to detect it from the header and the first records
   * @param chunkBytes the usual size of a chunk
   */
  Utf8CsvSource(InputStream in, String source, char separator, int chunkBytes) {
    this.source = source;
    this.separator = separator;
    this.chunks = new ByteChunks(in, source, chunkBytes);
    limits();
  }

  /** Whether {@code separator} can be read from bytes: 0 (detect) or a single ASCII byte. */
  static boolean canRead(char separator) {
    return separator < 0x80 && separator != '"' && separator != '\n' && separator != '\r';
  }

  /** As {@link CsvParser#allowFields(int)}. */
  void allowFields(int fields) {
    maxFields = CsvParser.maxFields(fields);
    maxRecordChars = CsvParser.maxRecordChars(fields);
    limits();
  }

  /**
   * A chunk grows no further than the bytes of a record that breaks a limit for sure: a character
   * takes at most three bytes per UTF-16 unit, and each field at most three bytes of quotes and
   * separator besides.
   */
  private void limits() {
    chunks.maxRecordBytes(3L * maxRecordChars + 3L * maxFields + 2);
  }

  private void start() {
    if (started) {
      return;
    }
    started = true;
    byte[] head = chunks.peek();
    int length = chunks.peekedLength();
    if (length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      chunks.skip(3); // a byte-order mark
      length -= 3;
    }
    int from = 0;
    if (separator == 0) {
      while (from < length && (head[from] == '\n' || head[from] == '\r')) {
        from++;
      }
      separator = CsvParser.detectSeparator(i -> head[i] & 0xFF, from, length, chunks.ended());
    }
    chunks.separator(separator);
    ByteChunks.Chunk first = chunks.next();
    current = first == null ? null : records(first, first.from());
  }

  @Override
  public CsvParser.Record next() {
    start();
    while (current != null) {
      CsvParser.Record record = current.next();
      if (record != null) {
        return record;
      }
      ByteChunks.Chunk chunk = chunks.next();
      current = chunk == null ? null : records(chunk, chunk.from());
    }
    return null;
  }

  /** The records left in the chunk being read, or null at the end of the input. */
  ChunkRecords current() {
    start();
    return current;
  }

  /**
   * The next chunk, after the one {@link #current()} gave, to be read with {@link #records}.
   *
   * @return the chunk, or null at the end of the input
   */
  ByteChunks.Chunk nextChunk() {
    start();
    ByteChunks.Chunk chunk = chunks.next();
    current = null;
    return chunk;
  }

  /** The records of a chunk: made on the thread that reads them (it checks the chunk's bytes). */
  ChunkRecords records(ByteChunks.Chunk chunk, int from) {
    return new ChunkRecords(
        chunk, from, chunk.line(), source, separator, maxFields, maxRecordChars);
  }

  @Override
  public char separator() {
    start();
    return separator;
  }

  @Override
  public String charsetName() {
    return "UTF-8";
  }

  @Override
  public void close() {
    chunks.close();
  }
}
