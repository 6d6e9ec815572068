package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 4180 record reader: fields separated by a comma (or another character, given or detected
 * from the first line), optionally double-quoted (a quoted field may hold commas, line breaks and
 * doubled quotes), records ending in CRLF, LF or CR, a leading byte-order mark skipped, blank lines
 * skipped. It reads through its own buffer, one record at a time.
 *
 * <p>A record that breaks the syntax in a way the reader can recover from (a quote inside an
 * unquoted field, text after a closing quote) is returned with a {@link Record#problem()}, and the
 * next record starts at the next line end as usual. What cannot be recovered from (a quote never
 * closed, a field or record beyond the limits, text that is not UTF-8, an I/O failure) throws
 * {@link CohortFormatException}.
 *
 * <p>Not thread-safe.
 */
final class CsvParser implements RecordSource {

  /** The longest field, in characters. */
  static final int MAX_FIELD_CHARS = 100_000;

  /** The most fields in one record. */
  static final int MAX_FIELDS = 10_000;

  /**
   * The most characters in one record, its fields together: one record is held in memory at a time,
   * and this bounds it (the two limits above alone would allow 10<sup>9</sup> characters).
   */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private static final int EOF = -1;

  private final Reader in;
  private final String source;
  private final String charsetName;

  /** The separator between fields, or 0 until it has been detected from the first line. */
  private char separator;

  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private long line = 1;
  private boolean started;

  /**
   * The one-character ASCII fields, made once: most cells of a survey export are a single digit,
   * and strings are values, so they need not be made anew for every cell.
   */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < ONE_CHAR.length; c++) {
      ONE_CHAR[c] = String.valueOf(c);
    }
  }

  private int maxFields = MAX_FIELDS;
  private int maxRecordChars = MAX_RECORD_CHARS;

  /** The longest field {@link #recent} keeps. */
  private static final int MAX_RECENT_CHARS = 48;

  /**
   * Short fields seen lately, by a hash of their characters: a survey export repeats a few labels
   * ("Strongly agree") a million times, and handing out the same string again saves making it, and
   * lets the cell's reader find it by a hash computed once.
   */
  private final String[] recent = new String[2048];

  /** The field at {@code buffer[start, start + length)}: a string seen lately, or a new one. */
  private String recent(int start, int length) {
    int h = 0;
    for (int i = start; i < start + length; i++) {
      h = 31 * h + buffer[i];
    }
    int slot = (h ^ (h >>> 11)) & (recent.length - 1);
    String seen = recent[slot];
    if (seen != null && seen.length() == length) {
      int i = 0;
      while (i < length && seen.charAt(i) == buffer[start + i]) {
        i++;
      }
      if (i == length) {
        return seen;
      }
    }
    String text = new String(buffer, start, length);
    recent[slot] = text;
    return text;
  }

  /** The number of fields of the last record: the size the next one most likely has. */
  private int fieldsLastTime = 16;

  /**
   * One record.
   *
   * @param line the 1-based line it starts on
   * @param fields its fields, unquoted
   * @param problem what is wrong with its syntax, or null
   * @param problemField the 1-based number of the field the problem lies in, or 0 for none
   */
  record Record(long line, List<String> fields, String problem, int problemField) {}

  CsvParser(Reader in, String source) {
    this(in, source, ',', "UTF-8");
  }

  /**
   * Creates a parser.
   *
   * @param in the characters
   * @param source a name for messages
   * @param separator the separator between fields, or 0 to detect it from the first line
   * @param charsetName the name of the charset the characters were decoded from, for messages
   */
  CsvParser(Reader in, String source, char separator, String charsetName) {
    this.in = in;
    this.source = source;
    this.separator = separator;
    this.charsetName = charsetName;
  }

  /** The separators {@link #detectSeparator()} chooses from, the first winning a tie. */
  static final String SEPARATORS = ",;\t|";

  /** The most lines, the header among them, that {@link #detectSeparator()} looks at. */
  static final int DETECTION_LINES = 20;

  /**
   * Chooses the separator from the header and the first records, as far as they fit in the buffer:
   * of comma, semicolon, tab and vertical bar, each found in the header (outside quotes) is scored
   * by how many of the following lines have it exactly as often as the header has, then by how
   * often the header has it; the best wins, the earlier of the four on a tie. Comma when the header
   * has none of them. So a semicolon file whose texts hold commas, or a comma file whose header
   * holds a semicolon in one name, is still read by its true separator.
   */
  private void detectSeparator() {
    fillMore();
    char[] chars = buffer;
    separator = detectSeparator(i -> chars[i], position, limit, limit < buffer.length);
  }

  /**
   * The separator of the text at {@code [from, to)} by the rule of {@link #detectSeparator()}.
   *
   * @param at the character (or byte) at an index
   * @param from where the header starts
   * @param to the end of what can be looked at
   * @param complete whether the input ends at {@code to}, so that its last line is whole
   * @return the separator
   */
  static char detectSeparator(
      java.util.function.IntUnaryOperator at, int from, int to, boolean complete) {
    int[][] counts = new int[DETECTION_LINES][SEPARATORS.length()];
    int lines = 0;
    boolean quoted = false;
    boolean content = false;
    for (int i = from; i < to && lines < DETECTION_LINES; i++) {
      int ch = at.applyAsInt(i);
      if (ch == '"') {
        quoted = !quoted;
        content = true;
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (content) {
          lines++;
        }
        content = false;
      } else {
        content = true;
        if (!quoted) {
          int k = SEPARATORS.indexOf(ch);
          if (k >= 0) {
            counts[lines][k]++;
          }
        }
      }
    }
    // the last line counts only when the input ends there (otherwise it may be cut by the buffer)
    if (content && lines < DETECTION_LINES && (lines == 0 || complete)) {
      lines++;
    }
    int best = -1;
    int bestConsistent = -1;
    for (int k = 0; k < SEPARATORS.length(); k++) {
      int inHeader = counts[0][k];
      if (inHeader == 0) {
        continue;
      }
      int consistent = 0;
      for (int l = 1; l < lines; l++) {
        if (counts[l][k] == inHeader) {
          consistent++;
        }
      }
      if (best < 0
          || consistent > bestConsistent
          || (consistent == bestConsistent && inHeader > counts[0][best])) {
        best = k;
        bestConsistent = consistent;
      }
    }
    return SEPARATORS.charAt(Math.max(best, 0));
  }

  /**
   * Reads on into the rest of the buffer before the separator is detected, so that it sees more
   * than the header. A read failure is left for the ordinary reading to meet, and report with its
   * line.
   */
  private void fillMore() {
    if (position > 0 && position < limit) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    } else if (position >= limit) {
      position = 0;
      limit = 0;
    }
    try {
      while (limit < buffer.length) {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
          break;
        }
        limit += n;
      }
    } catch (IOException e) {
      // reported by fill() when reading reaches it
    }
  }

  /** The separator in use: given, or detected once the first record has been read. */
  @Override
  public char separator() {
    return separator;
  }

  @Override
  public String charsetName() {
    return charsetName;
  }

  /**
   * Raises the most fields a record may have, for a rubric with more traits than the usual limit
   * allows; the limit on a record's characters grows with it (100 per field).
   *
   * @param fields the most fields
   */
  void allowFields(int fields) {
    maxFields = maxFields(fields);
    maxRecordChars = maxRecordChars(fields);
  }

  /** The most fields a record may have when a rubric needs {@code fields} of them. */
  static int maxFields(int fields) {
    return Math.max(MAX_FIELDS, fields);
  }

  /** The most characters a record may have when a rubric needs {@code fields} fields (100 each). */
  static int maxRecordChars(int fields) {
    return (int) Math.min(Integer.MAX_VALUE / 2, Math.max(MAX_RECORD_CHARS, 100L * fields));
  }

  /** The current line: where the next record would start. */
  long line() {
    return line;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or null at the end of the input
   */
  @Override
  public Record next() {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read();
      }
      if (separator == 0) {
        while (peek() == '\n' || peek() == '\r') {
          endOfLine();
        }
        detectSeparator();
      }
    }
    while (true) {
      int c = peek();
      if (c == EOF) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        endOfLine();
        continue;
      }
      break;
    }
    long start = line;
    List<String> fields = new ArrayList<>(fieldsLastTime);
    StringBuilder field = new StringBuilder();
    String problem = null;
    int problemField = 0;
    long recordChars = 0;
    while (true) {
      field.setLength(0);
      String text = null;
      int c = peek();
      if (c == '"') {
        long fieldLine = line;
        read();
        while (true) {
          c = read();
          if (c == EOF) {
            throw neverClosed(source, fieldLine, fields.size() + 1);
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              append(field, '"', start);
              continue;
            }
            break;
          }
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            line++;
            if (peek() == '\n') {
              read();
              append(field, '\r', start);
              c = '\n';
            }
          }
          append(field, (char) c, start);
        }
        // After the closing quote only a separator or the end of the record may follow.
        while (true) {
          c = peek();
          if (c == separator || c == '\n' || c == '\r' || c == EOF) {
            break;
          }
          if (problem == null) {
            problem = textAfterQuote(fields.size() + 1);
            problemField = fields.size() + 1;
          }
          append(field, (char) read(), start);
        }
      } else if ((text = plainField()) == null) {
        while (true) {
          c = peek();
          if (c == separator || c == '\n' || c == '\r' || c == EOF) {
            break;
          }
          if (c == '"' && problem == null) {
            problem = quoteInside(fields.size() + 1);
            problemField = fields.size() + 1;
          }
          append(field, (char) read(), start);
        }
      }
      if (text == null) {
        text = field.toString();
      }
      fields.add(text);
      recordChars += text.length();
      if (recordChars > maxRecordChars) {
        throw tooLong(source, "the row on line %d", start, maxRecordChars);
      }
      if (fields.size() > maxFields) {
        throw tooManyFields(source, start, maxFields);
      }
      c = peek();
      if (c == separator) {
        read();
        continue;
      }
      if (c != EOF) {
        endOfLine();
      }
      fieldsLastTime = Math.min(fields.size(), maxFields);
      return new Record(start, Collections.unmodifiableList(fields), problem, problemField);
    }
  }

  /**
   * The common case read at once: an unquoted field that ends (at a comma or a line end) within the
   * buffer and holds no quote. Returns it and moves past it; returns null, having read nothing, for
   * any other field, which the character-by-character path then reads with all its checks.
   */
  private String plainField() {
    int end = position;
    while (end < limit) {
      char ch = buffer[end];
      if (ch == separator || ch == '\n' || ch == '\r') {
        int length = end - position;
        String text =
            length == 0
                ? ""
                : length == 1 && buffer[position] < ONE_CHAR.length
                    ? ONE_CHAR[buffer[position]]
                    : length <= MAX_RECENT_CHARS
                        ? recent(position, length)
                        : new String(buffer, position, length);
        position = end;
        return text;
      }
      if (ch == '"') {
        return null;
      }
      end++;
    }
    return null;
  }

  /** The failure for a quoted field that starts on {@code fieldLine} and is never closed. */
  static CohortFormatException neverClosed(String source, long fieldLine, int field) {
    return new CohortFormatException(
        source,
        fieldLine,
        field,
        "",
        String.format(
            Locale.ROOT, "the quoted field that starts on line %d is never closed", fieldLine),
        null);
  }

  /** The problem of a record whose field {@code field} has text after its closing quote. */
  static String textAfterQuote(int field) {
    return String.format(Locale.ROOT, "field %d has text after its closing quote", field);
  }

  /**
   * The problem of a record whose field {@code field} holds a quote but does not start with one.
   */
  static String quoteInside(int field) {
    return String.format(
        Locale.ROOT,
        "field %d has a quote but does not start with one; quote the whole field and double the"
            + " quotes inside it",
        field);
  }

  /** The failure for a record on line {@code start} of more than {@code maxFields} fields. */
  static CohortFormatException tooManyFields(String source, long start, int maxFields) {
    return new CohortFormatException(
        source,
        start,
        0,
        "",
        String.format(
            Locale.ROOT,
            "the row on line %d has more than %d fields, the most a cohort file may have"
                + " (twice the rubric's traits, and at least 10000); no later row could be"
                + " trusted",
            start,
            maxFields),
        null);
  }

  /** The failure for {@code what} (naming the row's line) beyond a limit of characters. */
  static CohortFormatException tooLong(String source, String what, long start, int limit) {
    return new CohortFormatException(
        source,
        start,
        0,
        "",
        String.format(
            Locale.ROOT, what + " is longer than the limit of %d characters", start, limit),
        null);
  }

  private void append(StringBuilder field, char c, long start) {
    if (field.length() >= MAX_FIELD_CHARS) {
      throw tooLong(source, "a field of the row on line %d", start, MAX_FIELD_CHARS);
    }
    field.append(c);
  }

  /** Consumes CRLF, LF or CR. */
  private void endOfLine() {
    int c = read();
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  private int peek() {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private int read() {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++];
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        return false;
      }
      position = 0;
      limit = n;
      return true;
    } catch (CharacterCodingException e) {
      throw new CohortFormatException(
          source,
          line,
          0,
          "",
          String.format(Locale.ROOT, "the text is not %s (at or after line %d)", charsetName, line),
          e);
    } catch (IOException e) {
      throw new CohortFormatException(source, line, 0, "", "cannot read: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new CohortFormatException(source, 0, 0, "", "cannot close: " + e.getMessage(), e);
    }
  }
}
