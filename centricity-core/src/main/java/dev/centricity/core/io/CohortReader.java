package dev.centricity.core.io;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.internal.CsvCohortRows;
import dev.centricity.core.io.internal.Utf8Reader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads cohorts from CSV as survey tools export them: one row per respondent, a column per trait
 * id, and optional {@code respondent} and {@code group} columns, in any order.
 *
 * <pre>{@code
 * respondent,group,rewards.sales-volume,rewards.insight,focus.aim
 * r-01,Sales,4,2,n/a
 * r-02,Sales,5,,3
 * }</pre>
 *
 * <ul>
 *   <li><b>Format</b> — RFC 4180: fields separated by a comma, or by a semicolon, tab or vertical
 *       bar (as given by {@link #withSeparator}, or the most frequent of the four outside quotes in
 *       the header with {@link #withDetectedSeparator}), optionally in double quotes (which may
 *       hold separators, line breaks and doubled quotes), lines ending in CRLF, LF or CR. Bytes are
 *       UTF-8 with or without a byte-order mark, UTF-16 with one, or in the charset given by {@link
 *       #withCharset}. Blank lines are skipped. White space around a cell is ignored.
 *   <li><b>Header</b> — the first non-blank line. {@code respondent} and {@code group} (or the
 *       columns named by {@link #withRespondentColumn} and {@link #withGroupColumn}) are matched
 *       without regard to case; every other column must be a trait id of the rubric, exactly. An
 *       unknown column fails the whole file with a {@link CohortFormatException} naming it, unless
 *       the policy's {@link ScoringPolicy.UnknownTraits unknown traits} setting is {@code IGNORE},
 *       when it is skipped with a warning. A trait of the rubric without a column gets a warning.
 *   <li><b>Cells</b> — a point of the trait's scale (a whole number from 1 to <i>n</i>; {@code 4.0}
 *       reads as 4), or missing: an empty cell is {@link dev.centricity.core.Answer#blank()},
 *       {@code n/a} (any case) is {@link dev.centricity.core.Answer#notApplicable()}. An empty
 *       {@code respondent} or {@code group} cell means none.
 *   <li><b>Bad rows</b> — a cell that is not an answer, an answer outside the scale, a row with
 *       more or fewer cells than the header, or a malformed quote makes the row a {@link
 *       dev.centricity.core.cohort.RowError} with its line and the reason for every bad cell;
 *       reading goes on.
 *   <li><b>Limits</b> — a field holds at most 100,000 characters and a row at most 10,000 fields;
 *       beyond that the file is refused, since no later row could be trusted.
 * </ul>
 *
 * <p>Reading streams: one row is held at a time. Immutable and thread-safe; each {@code open} call
 * gives its own {@link CohortRows}.
 */
public final class CohortReader {

  /** The name of the optional column that names the respondent. */
  public static final String RESPONDENT_COLUMN = "respondent";

  /** The name of the optional column that gives the respondent's group. */
  public static final String GROUP_COLUMN = "group";

  private final Rubric rubric;
  private final ScoringPolicy policy;
  private final String groupColumn;
  private final String respondentColumn;
  private final boolean respondentRequired;
  private final char separator;
  private final Charset charset;

  private CohortReader(Rubric rubric, ScoringPolicy policy) {
    this(rubric, policy, GROUP_COLUMN, RESPONDENT_COLUMN, false, ',', null);
  }

  private CohortReader(
      Rubric rubric,
      ScoringPolicy policy,
      String groupColumn,
      String respondentColumn,
      boolean respondentRequired,
      char separator,
      Charset charset) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.groupColumn = Objects.requireNonNull(groupColumn, "groupColumn");
    this.respondentColumn = Objects.requireNonNull(respondentColumn, "respondentColumn");
    this.respondentRequired = respondentRequired;
    this.separator = separator;
    this.charset = charset;
  }

  /** The separator value that means: detect it from the header. */
  private static final char DETECT = 0;

  /** The separators a reader accepts, and detects: comma, semicolon, tab and vertical bar. */
  public static final String SEPARATORS = ",;\t|";

  /**
   * A reader like this one that takes the separator from the header line: the most frequent of
   * comma, semicolon, tab and vertical bar outside quotes (a comma when none occurs, and on a tie
   * in that order). Without this (or {@link #withSeparator}) the separator is a comma.
   *
   * @return the reader
   */
  public CohortReader withDetectedSeparator() {
    return new CohortReader(
        rubric, policy, groupColumn, respondentColumn, respondentRequired, DETECT, charset);
  }

  /**
   * A reader like this one whose fields are separated by the given character instead of the one
   * detected from the header (by default the most frequent of comma, semicolon, tab and vertical
   * bar outside quotes in the header line, comma when none occurs).
   *
   * @param separator one of {@code ,} {@code ;} tab {@code |}
   * @return the reader
   * @throws IllegalArgumentException if the separator is none of those
   */
  public CohortReader withSeparator(char separator) {
    if (SEPARATORS.indexOf(separator) < 0) {
      throw new IllegalArgumentException(
          "the separator must be one of ',' ';' tab '|', but was '" + separator + "'");
    }
    return new CohortReader(
        rubric, policy, groupColumn, respondentColumn, respondentRequired, separator, charset);
  }

  /**
   * A reader like this one that decodes bytes in the given charset, such as windows-1252 or
   * ISO-8859-1, instead of detecting it (by default: UTF-16 when the bytes start with a UTF-16
   * byte-order mark, otherwise UTF-8 with or without a byte-order mark). A byte the charset cannot
   * decode fails the file, naming the line.
   *
   * @param charset the charset
   * @return the reader
   */
  public CohortReader withCharset(Charset charset) {
    return new CohortReader(
        rubric,
        policy,
        groupColumn,
        respondentColumn,
        respondentRequired,
        separator,
        Objects.requireNonNull(charset, "charset"));
  }

  /**
   * A reader like this one that takes each respondent's group from another column, such as {@code
   * team} or {@code department}; the column {@code group} is then an unknown column like any other.
   *
   * @param column the column's header (matched ignoring case)
   * @return the reader
   * @throws IllegalArgumentException if the column is blank or is the respondent column
   */
  public CohortReader withGroupColumn(String column) {
    Objects.requireNonNull(column, "column");
    if (column.isBlank() || column.strip().equalsIgnoreCase(respondentColumn)) {
      throw new IllegalArgumentException(
          "the group column must be named, and not '"
              + respondentColumn
              + "', but was '"
              + column
              + "'");
    }
    return new CohortReader(
        rubric, policy, column.strip(), respondentColumn, respondentRequired, separator, charset);
  }

  /**
   * A reader like this one that takes each respondent's name from another column, such as {@code
   * account} or {@code employee-id}, which every file must then have; the column {@code respondent}
   * is then an unknown column like any other.
   *
   * @param column the column's header (matched ignoring case)
   * @return the reader
   * @throws IllegalArgumentException if the column is blank or is the group column
   */
  public CohortReader withRespondentColumn(String column) {
    Objects.requireNonNull(column, "column");
    if (column.isBlank() || column.strip().equalsIgnoreCase(groupColumn)) {
      throw new IllegalArgumentException(
          "the respondent column must be named, and not '"
              + groupColumn
              + "', but was '"
              + column
              + "'");
    }
    return new CohortReader(rubric, policy, groupColumn, column.strip(), true, separator, charset);
  }

  /**
   * A reader for a rubric, with the rubric's own policy.
   *
   * @param rubric the rubric whose trait ids the columns name
   * @return the reader
   */
  public static CohortReader of(Rubric rubric) {
    return new CohortReader(rubric, rubric.policy());
  }

  /**
   * A reader for a rubric with a policy chosen by the host; only its unknown-traits setting matters
   * here.
   *
   * @param rubric the rubric whose trait ids the columns name
   * @param policy the policy
   * @return the reader
   */
  public static CohortReader of(Rubric rubric, ScoringPolicy policy) {
    return new CohortReader(rubric, policy);
  }

  /**
   * A reader for the rubric and policy of a scorer.
   *
   * @param scorer the scorer the rows will be analysed with
   * @return the reader
   */
  public static CohortReader of(Scorer scorer) {
    return new CohortReader(scorer.rubric(), scorer.policy());
  }

  /**
   * Opens a CSV file and reads its header.
   *
   * @param file the file, in the charset given by {@link #withCharset} or detected
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the file cannot be opened or its header is not acceptable
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
    return open(in, source);
  }

  /**
   * Reads CSV from a stream of bytes, in the charset given by {@link #withCharset} or detected;
   * closing the rows closes the stream.
   *
   * @param in the stream
   * @param source a name for messages, such as the file name
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the header is not acceptable
   */
  public CohortRows open(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Charset decoding = charset;
    InputStream bytes = in;
    if (decoding == null) {
      BufferedInputStream buffered = new BufferedInputStream(in);
      decoding = Utf8Reader.detect(buffered, source);
      bytes = buffered;
    }
    return CsvCohortRows.open(
        new Utf8Reader(bytes, decoding),
        source,
        rubric,
        policy,
        groupColumn,
        respondentColumn,
        respondentRequired,
        separator,
        decoding.name());
  }

  /**
   * Reads CSV from characters; closing the rows closes the reader.
   *
   * @param in the characters
   * @param source a name for messages
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the header is not acceptable
   */
  public CohortRows open(Reader in, String source) {
    return CsvCohortRows.open(
        Objects.requireNonNull(in, "in"),
        Objects.requireNonNull(source, "source"),
        rubric,
        policy,
        groupColumn,
        respondentColumn,
        respondentRequired,
        separator,
        "UTF-8");
  }

  /**
   * Reads CSV held in a string, as {@code "<string>"}.
   *
   * @param csv the text
   * @return the rows
   * @throws CohortFormatException if the header is not acceptable
   */
  public CohortRows fromString(String csv) {
    return open(new StringReader(Objects.requireNonNull(csv, "csv")), "<string>");
  }
}
