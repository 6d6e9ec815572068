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
   * The first bytes of the input, up to a chunk's size, without handing them out: what the
   * separator is detected from. They are the start of the next chunk.
   *
   * @return the bytes read so far, from index 0 to {@link #peekedLength()}
   */
  byte[] peek() {
    if (carryLength < chunkBytes && !ended) {
      carry = Arrays.copyOf(carry, Math.max(carry.length, chunkBytes));
      carryLength = fill(carry, carryLength);
    }
    return carry;
  }

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

  /**
   * The end of the last whole record in {@code bytes[0, length)} and the line ends before it, as
   * {@code end << 24 | lines} (a chunk holds fewer than 2<sup>24</sup> lines per 16 MB, and chunks
   * stay far below that), or -1 when no record ends there.
   */
  private long boundary(byte[] bytes, int length) {
    final int start = 0;
    final int unquoted = 1;
    final int quoted = 2;
    final int quoteSeen = 3;
    byte sep = (byte) separator;
    int state = start;
    long lines = 0;
    long lastLines = 0;
    int last = -1;
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (state == quoted) {
        if (b == '"') {
          state = quoteSeen;
        } else if (b == '\n') {
          lines++;
        } else if (b == '\r') {
          lines++;
          if (i + 1 < length && bytes[i + 1] == '\n') {
            i++;
          }
        }
        continue;
      }
      if (b == '\n' || b == '\r') {
        if (b == '\r') {
          if (i + 1 == length) {
            break; // a CR whose LF may follow: not yet a whole line end
          }
          if (bytes[i + 1] == '\n') {
            i++;
          }
        }
        lines++;
        last = i + 1;
        lastLines = lines;
        state = start;
      } else if (b == sep) {
        state = start;
      } else if (b == '"') {
        state = state == start ? quoted : state == quoteSeen ? quoted : unquoted;
      } else {
        state = unquoted;
      }
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
