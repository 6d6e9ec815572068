package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The records of one {@link ByteChunks.Chunk} of UTF-8 bytes, read by exactly the rules of {@link
 * CsvParser} (the same fields, problems, line numbers, limits and failures), the chunk's end being
 * the end of the input. {@link CsvRowDecoder} reads the common records faster, straight from the
 * bytes, and comes here for every other one.
 *
 * <p>Not thread-safe: one per chunk, read by one thread.
 */
final class ChunkRecords {

  private static final int EOF = -1;

  final byte[] bytes;
  final int to;
  final String source;
  final char separator;
  final int maxFields;
  final int maxRecordChars;

  /** Where the next record starts (or blank lines before it). */
  int position;

  /** The line {@link #position} is on. */
  long line;

  /** Where reading started, and its line. */
  private final int from;

  private final long firstLine;

  /** The first byte of the chunk that is not well-formed UTF-8, or -1. */
  private final int invalid;

  private byte[] field = new byte[64];

  ChunkRecords(
      ByteChunks.Chunk chunk,
      int from,
      long line,
      String source,
      char separator,
      int maxFields,
      int maxRecordChars) {
    this.bytes = chunk.bytes();
    this.to = chunk.to();
    this.position = from;
    this.line = line;
    this.source = source;
    this.separator = separator;
    this.maxFields = maxFields;
    this.maxRecordChars = maxRecordChars;
    this.from = from;
    this.firstLine = line;
    this.invalid = Utf8Bytes.firstInvalid(bytes, from, to);
  }

  /** Whether a record (or blank lines only) is left. */
  boolean hasMore() {
    return position < to;
  }

  /**
   * Fails if a byte before {@code end} is not UTF-8, naming the line {@link CsvParser} names: the
   * line it is on, where a CR outside quotes counts as a line end only once the byte after it could
   * be read (inside quotes, at once).
   *
   * @param end the end of what has been read, with the byte after a lone CR
   */
  void checkDecodable(int end) {
    if (invalid >= 0 && invalid < end) {
      long at = firstLine;
      boolean quoted = false;
      boolean fieldStart = true;
      for (int i = from; i < invalid; i++) {
        byte b = bytes[i];
        if (quoted) {
          if (b == '"') {
            if (i + 1 < invalid && bytes[i + 1] == '"') {
              i++;
            } else {
              quoted = false;
            }
          } else if (b == '\n' && bytes[i - 1] != '\r') {
            at++;
          } else if (b == '\r') {
            at++;
          }
          continue;
        }
        if (b == '"' && fieldStart) {
          quoted = true;
        } else if ((b == '\n' && (i == from || bytes[i - 1] != '\r'))
            || (b == '\r' && i + 1 < invalid)) {
          at++;
        }
        fieldStart = b == separator || b == '\n' || b == '\r';
      }
      throw new CohortFormatException(
          source,
          at,
          0,
          "",
          String.format(Locale.ROOT, "the text is not UTF-8 (at or after line %d)", at),
          null);
    }
  }

  /** The end of a record that ends at {@code end}, with the byte after it if it ends in a CR. */
  int extent(int end) {
    return end < to && end > from && bytes[end - 1] == '\r' ? end + 1 : end;
  }

  /**
   * The next record, read as {@link CsvParser#next()} reads it.
   *
   * @return the record, or null at the end of the chunk
   */
  CsvParser.Record next() {
    while (position < to && (bytes[position] == '\n' || bytes[position] == '\r')) {
      endOfLine();
    }
    if (position >= to) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    String problem = null;
    int problemField = 0;
    long recordChars = 0;
    while (true) {
      int length = 0;
      int chars = 0;
      int c = peek();
      if (c == '"') {
        long fieldLine = line;
        position++;
        while (true) {
          c = read();
          if (c == EOF) {
            checkDecodable(to);
            throw CsvParser.neverClosed(source, fieldLine, fields.size() + 1);
          }
          if (c == '"') {
            if (peek() == '"') {
              position++;
              length = append(length, '"');
              chars = count(chars, '"', start);
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            line++;
            if (peek() == '\n') {
              position++;
              length = append(length, '\r');
              chars = count(chars, '\r', start);
              c = '\n';
            }
          }
          length = append(length, c);
          chars = count(chars, c, start);
        }
        // After the closing quote only a separator or the end of the record may follow.
        while (true) {
          c = peek();
          if (c == separator || c == '\n' || c == '\r' || c == EOF) {
            break;
          }
          if (problem == null) {
            problem = CsvParser.textAfterQuote(fields.size() + 1);
            problemField = fields.size() + 1;
          }
          position++;
          length = append(length, c);
          chars = count(chars, c, start);
        }
      } else {
        while (true) {
          c = peek();
          if (c == separator || c == '\n' || c == '\r' || c == EOF) {
            break;
          }
          if (c == '"' && problem == null) {
            problem = CsvParser.quoteInside(fields.size() + 1);
            problemField = fields.size() + 1;
          }
          position++;
          length = append(length, c);
          chars = count(chars, c, start);
        }
      }
      String text = length == 0 ? "" : new String(field, 0, length, StandardCharsets.UTF_8);
      fields.add(text);
      recordChars += text.length();
      if (recordChars > maxRecordChars) {
        checkDecodable(position);
        throw CsvParser.tooLong(source, "the row on line %d", start, maxRecordChars);
      }
      if (fields.size() > maxFields) {
        checkDecodable(position);
        throw CsvParser.tooManyFields(source, start, maxFields);
      }
      c = peek();
      if (c == separator) {
        position++;
        continue;
      }
      if (c != EOF) {
        endOfLine();
      }
      checkDecodable(extent(position));
      return new CsvParser.Record(
          start, Collections.unmodifiableList(fields), problem, problemField);
    }
  }

  /**
   * The characters of a field so far with byte {@code b} added: a byte that starts a character adds
   * one, and a four-byte character is two; fails beyond the limit of a field.
   */
  private int count(int chars, int b, long start) {
    if ((b & 0xC0) != 0x80) {
      chars += b >= 0xF0 ? 2 : 1;
      if (chars > CsvParser.MAX_FIELD_CHARS) {
        throw CsvParser.tooLong(
            source, "a field of the row on line %d", start, CsvParser.MAX_FIELD_CHARS);
      }
    }
    return chars;
  }

  private int append(int length, int b) {
    if (length == field.length) {
      field = java.util.Arrays.copyOf(field, 2 * length);
    }
    field[length] = (byte) b;
    return length + 1;
  }

  /** Consumes CRLF, LF or CR. */
  void endOfLine() {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      position++;
    }
    line++;
  }

  private int peek() {
    return position < to ? bytes[position] & 0xFF : EOF;
  }

  private int read() {
    return position < to ? bytes[position++] & 0xFF : EOF;
  }
}
