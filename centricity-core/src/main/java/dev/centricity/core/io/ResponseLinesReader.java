package dev.centricity.core.io;

import dev.centricity.core.CentricityException;
import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Response;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Utf8Reader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON lines of responses as a cohort: one response object per line, as {@link
 * ResponseFormat} reads and writes it ({@code {"respondent": "r-17", "answers": {"trait-id": 4,
 * "other": "n/a"}}}), with an optional {@code "group"} key (or the key chosen with {@link
 * #withGroupKey}) naming the respondent's group.
 *
 * <pre>{@code
 * {"respondent":"r-01","group":"Sales","answers":{"rewards.sales-volume":4,"rewards.launches":2}}
 * {"respondent":"r-02","group":"Sales","answers":{"rewards.sales-volume":"n/a"}}
 * }</pre>
 *
 * <p>Every non-blank line gives one {@link CohortRow}, in order, its {@link CohortRow#line()} the
 * line's number: a member, or an error naming what is wrong when the line is not a response (rows
 * out = rows in). Bytes are UTF-8, with or without a byte-order mark, or UTF-16 with one. A line
 * holds at most {@value #MAX_LINE_CHARS} characters; a longer one fails the file with a {@link
 * CohortFormatException}, since no later line could be trusted.
 *
 * <p>Reading streams: one line is held at a time. Immutable and thread-safe; the {@link CohortRows}
 * it returns are read by one thread.
 */
public final class ResponseLinesReader {

  /** The longest line, in characters. */
  public static final int MAX_LINE_CHARS = 1 << 20;

  private static final Pattern POSITION = Pattern.compile("^response:\\d+:\\d+");

  private final String groupKey;

  private ResponseLinesReader(String groupKey) {
    this.groupKey = groupKey;
  }

  /**
   * A reader whose lines name the group with the key {@code group}.
   *
   * @return the reader
   */
  public static ResponseLinesReader of() {
    return new ResponseLinesReader(CohortReader.GROUP_COLUMN);
  }

  /**
   * This reader with another key for the respondent's group.
   *
   * @param key the key that holds the group, such as {@code team}
   * @return the reader
   * @throws IllegalArgumentException if the key is blank or one of a response's own keys
   */
  public ResponseLinesReader withGroupKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isBlank() || List.of("respondent", "answers", "rubric").contains(key)) {
      throw new IllegalArgumentException(
          "the group key must be named, and not 'respondent', 'answers' or 'rubric', but was '"
              + key
              + "'");
    }
    return new ResponseLinesReader(key);
  }

  /**
   * Opens a file of JSON lines.
   *
   * @param file the file
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the file cannot be opened
   */
  public CohortRows open(Path file) {
    String source = file.toString();
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new CohortFormatException(source, 0, 0, "", "no such file", e);
    } catch (IOException e) {
      throw new CohortFormatException(source, 0, 0, "", "cannot open the file: " + e, e);
    }
    BufferedInputStream buffered = new BufferedInputStream(in);
    Charset charset = Utf8Reader.detect(buffered, source);
    return open(new Utf8Reader(buffered, charset), source);
  }

  /**
   * Reads JSON lines from characters; closing the rows closes the reader.
   *
   * @param in the characters
   * @param source a name for messages
   * @return the rows, to iterate once and close
   */
  public CohortRows open(Reader in, String source) {
    return new Rows(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
  }

  /**
   * Reads JSON lines held in a string, as {@code "<string>"}.
   *
   * @param lines the text
   * @return the rows
   */
  public CohortRows fromString(String lines) {
    return open(new StringReader(Objects.requireNonNull(lines, "lines")), "<string>");
  }

  private CohortRow row(long line, String text) {
    JsonNode node;
    try {
      node = Reading.read(text, Reading.Syntax.JSON, JsonNode.class, "response");
    } catch (CentricityException e) {
      return CohortRow.of(RowError.of(line, Optional.empty(), Optional.empty(), reason(e)));
    }
    if (!(node instanceof ObjectNode object)) {
      return CohortRow.of(
          RowError.of(
              line,
              Optional.empty(),
              Optional.empty(),
              "expected a response object {\"respondent\": …, \"answers\": {…}} but found "
                  + (node.isArray() ? "a list" : "a single value")));
    }
    Optional<String> respondent = text(object.get("respondent"));
    JsonNode groupNode = object.remove(groupKey);
    Optional<String> group = text(groupNode);
    if (groupNode != null && !groupNode.isNull() && group.isEmpty() && !isBlankText(groupNode)) {
      return CohortRow.of(
          RowError.of(
              line,
              respondent,
              Optional.of(groupKey),
              "the group '" + groupKey + "' must be text or a number"));
    }
    Response response;
    try {
      response = ResponseFormat.fromJson(object.toString());
    } catch (CentricityException e) {
      return CohortRow.of(RowError.of(line, respondent, Optional.empty(), reason(e)));
    }
    return CohortRow.of(
        line,
        group.isPresent() ? CohortMember.of(response, group.get()) : CohortMember.of(response));
  }

  private static String reason(CentricityException e) {
    String m = e.getMessage();
    m = m.startsWith("<json>") ? "response" + m.substring("<json>".length()) : m;
    return POSITION.matcher(m).replaceFirst("response");
  }

  private static boolean isBlankText(JsonNode v) {
    return v.isString() && v.asString().isBlank();
  }

  private static Optional<String> text(JsonNode v) {
    if (v == null || v.isNull() || !(v.isString() || v.isNumber())) {
      return Optional.empty();
    }
    String s = v.asString().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The lines, read as they are iterated. */
  private final class Rows implements CohortRows {
    private final Reader in;
    private final String source;
    private final StringBuilder buffer = new StringBuilder();
    private boolean iterated;
    private boolean closed;
    private long line;
    private int pushedBack = -1;

    Rows(Reader in, String source) {
      this.in = in;
      this.source = source;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public List<String> columns() {
      return List.of();
    }

    @Override
    public List<CohortWarning> warnings() {
      return List.of();
    }

    @Override
    public Iterator<CohortRow> iterator() {
      if (iterated) {
        throw new IllegalStateException("the rows of " + source + " have been iterated already");
      }
      iterated = true;
      return new Iterator<>() {
        private CohortRow next;

        @Override
        public boolean hasNext() {
          if (closed) {
            return false;
          }
          while (next == null) {
            String text = readLine();
            if (text == null) {
              return false;
            }
            if (!text.isBlank()) {
              next = row(line, line == 1 ? strip(text) : text);
            }
          }
          return true;
        }

        @Override
        public CohortRow next() {
          if (!hasNext()) {
            throw new NoSuchElementException("no more rows in " + source);
          }
          CohortRow row = next;
          next = null;
          return row;
        }
      };
    }

    private String strip(String text) {
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The next line without its end (CRLF, LF or CR), or null at the end of the text. */
    private String readLine() {
      buffer.setLength(0);
      try {
        int c = pushedBack >= 0 ? pushedBack : in.read();
        pushedBack = -1;
        if (c < 0) {
          return null;
        }
        line++;
        while (c >= 0 && c != '\n' && c != '\r') {
          if (buffer.length() == MAX_LINE_CHARS) {
            throw new CohortFormatException(
                source,
                line,
                0,
                "",
                String.format(
                    Locale.ROOT,
                    "the line is longer than the limit of %d characters",
                    MAX_LINE_CHARS),
                null);
          }
          buffer.append((char) c);
          c = in.read();
        }
        if (c == '\r') {
          int after = in.read();
          if (after != '\n') {
            pushedBack = after;
          }
        }
        return buffer.toString();
      } catch (IOException e) {
        throw new CohortFormatException(source, line, 0, "", "cannot read the file: " + e, e);
      } catch (UncheckedIOException e) {
        throw new CohortFormatException(source, line, 0, "", "cannot read the file: " + e, e);
      }
    }

    @Override
    public void close() {
      closed = true;
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing was written
      }
    }
  }
}
