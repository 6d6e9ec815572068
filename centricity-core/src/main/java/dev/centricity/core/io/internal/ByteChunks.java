package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a stream of CSV bytes (UTF-8, or any charset in which the separator, quotes and line ends
 * are single ASCII bytes that never occur inside another character) into chunks of whole records,
 * so that each chunk can be parsed on its own, on any thread. A chunk ends after a line end that
 * lies outside quotes (the quote rules are those of {@link CsvParser}: a quote opens a quoted field
 * only at the start of a field), and knows the line it starts on. The last chunk holds the rest of
 * the input, whatever it is. A record longer than a chunk makes the chunk grow, up to a limit
 * beyond which no record can be valid; the parser then meets the record and says it is too long.
 *
 * <p>Used by one thread.
 */
final class ByteChunks {

  /** Bytes read at a time, and the usual size of a chunk. */
  static final int CHUNK_BYTES = 256 * 1024;

  /**
   * A run of whole records.
   *
   * @param bytes the array holding it
   * @param from its first byte
   * @param to the end of it
   * @param line the line its first byte is on
   * @param last whether the input ends with it
   */
  record Chunk(byte[] bytes, int from, int to, long line, boolean last) {}

  private final InputStream in;
  private final String source;
  private final int chunkBytes;
  private int maxChunkBytes;
  private char separator;

  /** Bytes read but not yet handed out: the start of a record not yet whole. */
  private byte[] carry = new byte[0];

  private int carryLength;
  private long line = 1;
  private boolean ended;

  /**
   * Creates the chunks.
   *
   * @param in the bytes; closed by {@link #close()}
   * @param source a name for messages
   * @param chunkBytes the usual size of a chunk
   */
  ByteChunks(InputStream in, String source, int chunkBytes) {
    this.in = in;
    this.source = source;
    this.chunkBytes = chunkBytes;
    this.maxChunkBytes = chunkBytes;
  }

  /** Sets the most bytes a valid record can take: a chunk grows no further. */
  void maxRecordBytes(long bytes) {
    this.maxChunkBytes = (int) Math.min(Integer.MAX_VALUE - 16, bytes + chunkBytes);
  }

  /** Drops the first {@code n} bytes {@link #peek()} gave, such as a byte-order mark. */
  void skip(int n) {
    System.arraycopy(carry, n, carry, 0, carryLength - n);
    carryLength -= n;
  }

  /** Sets the separator, which decides where a quoted field may start. */
  void separator(char separator) {
    this.separator = separator;
  }

  /**
   * The first bytes of the input, up to a chunk's size or {@link #PEEK_BYTES}, without handing them
   * out: what the separator is detected from. They are the start of the next chunk.
   *
   * @return the bytes read so far, from index 0 to {@link #peekedLength()}
   */
  byte[] peek() {
    int size = Math.max(chunkBytes, PEEK_BYTES);
    if (carryLength < size && !ended) {
      carry = Arrays.copyOf(carry, Math.max(carry.length, size));
      carryLength = fill(carry, carryLength);
    }
    return carry;
  }

  /** The least {@link #peek()} reads, whatever the size of a chunk. */
  static final int PEEK_BYTES = 16 * 1024;

  /** How many bytes {@link #peek()} gave. */
  int peekedLength() {
    return carryLength;
  }

  /** Whether the input ends with the bytes {@link #peek()} gave. */
  boolean ended() {
    return ended;
  }

  /**
   * The next chunk.
   *
   * @return the chunk, or null when the input has ended and every byte was handed out
   * @throws CohortFormatException if the input cannot be read
   */
  Chunk next() {
    if (ended && carryLength == 0) {
      return null;
    }
    byte[] bytes = new byte[Math.max(chunkBytes, carryLength)];
    System.arraycopy(carry, 0, bytes, 0, carryLength);
    int length = carryLength;
    while (true) {
      if (!ended && length < bytes.length) {
        length = fill(bytes, length);
      }
      if (ended) {
        carryLength = 0;
        Chunk chunk = new Chunk(bytes, 0, length, line, true);
        return chunk;
      }
      long boundary = boundary(bytes, length);
      if (boundary >= 0) {
        int end = (int) (boundary >>> 24);
        long lines = boundary & 0xFFFFFF;
        carryLength = length - end;
        if (carry.length < carryLength) {
          carry = new byte[Math.max(carryLength, 1024)];
        }
        System.arraycopy(bytes, end, carry, 0, carryLength);
        Chunk chunk = new Chunk(bytes, 0, end, line, false);
        line += lines;
        return chunk;
      }
      if (bytes.length >= maxChunkBytes) {
        // no record this long can be valid: hand it out for the parser to refuse
        carryLength = 0;
        ended = true;
        return new Chunk(bytes, 0, length, line, true);
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(maxChunkBytes, 2L * bytes.length));
    }
  }

  private static final long QUOTES = ByteArrays.pattern('"');
  private static final long LFS = ByteArrays.pattern('\n');
  private static final long CRS = ByteArrays.pattern('\r');

  /**
   * The end of the last whole record in {@code bytes[0, length)} and the line ends before it, as
   * {@code end << 24 | lines} (a chunk holds fewer than 2<sup>24</sup> lines per 16 MB, and chunks
   * stay far below that), or -1 when no record ends there.
   *
   * <p>Outside quotes only quotes and line ends matter, and they are looked for eight bytes at a
   * time: a quote opens a quoted field when it starts a field, that is when the byte before it is a
   * separator or a line end (or it is the first byte, since every chunk starts with a record).
   * Inside quotes, quotes and line ends likewise: a doubled quote stays inside, and line ends
   * inside count as lines, as the parser counts them.
   */
  private long boundary(byte[] bytes, int length) {
    byte sep = (byte) separator;
    long lines = 0;
    long lastLines = 0;
    int last = -1;
    int i = 0;
    boolean quoted = false;
    while (i < length) {
      // the next quote or line end from i
      while (i + 8 <= length) {
        long word = ByteArrays.longAt(bytes, i);
        long found =
            ByteArrays.matches(word, QUOTES)
                | ByteArrays.matches(word, LFS)
                | ByteArrays.matches(word, CRS);
        if (found != 0) {
          i += Long.numberOfTrailingZeros(found) >>> 3;
          break;
        }
        i += 8;
      }
      while (i < length && bytes[i] != '"' && bytes[i] != '\n' && bytes[i] != '\r') {
        i++;
      }
      if (i >= length) {
        break;
      }
      byte b = bytes[i];
      if (quoted) {
        if (b == '"') {
          if (i + 1 < length && bytes[i + 1] == '"') {
            i += 2;
            continue;
          }
          if (i + 1 == length) {
            break; // a quote that may be doubled by the next byte
          }
          quoted = false;
          i++;
          continue;
        }
        lines++;
        i += b == '\r' && i + 1 < length && bytes[i + 1] == '\n' ? 2 : 1;
        continue;
      }
      if (b == '"') {
        byte before = i == 0 ? (byte) '\n' : bytes[i - 1];
        quoted = before == sep || before == '\n' || before == '\r';
        i++;
        continue;
      }
      if (b == '\r') {
        if (i + 1 == length) {
          break; // a CR whose LF may follow: not yet a whole line end
        }
        if (bytes[i + 1] == '\n') {
          i++;
        }
      }
      i++;
      lines++;
      last = i;
      lastLines = lines;
    }
    if (last < 0 || lastLines >= (1 << 24)) {
      return -1;
    }
    return ((long) last << 24) | lastLines;
  }

  private int fill(byte[] bytes, int length) {
    try {
      while (length < bytes.length) {
        int n = in.read(bytes, length, bytes.length - length);
        if (n < 0) {
          ended = true;
          break;
        }
        length += n;
      }
      return length;
    } catch (IOException e) {
      throw new CohortFormatException(source, line, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  /** Closes the stream. */
  void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new CohortFormatException(source, 0, 0, "", "cannot close: " + e.getMessage(), e);
    }
  }
}
