package dev.centricity.core.io;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.internal.ValueStyle;
import dev.centricity.core.io.internal.CsvCohortRows;
import dev.centricity.core.io.internal.ReaderSettings;
import dev.centricity.core.io.internal.Utf8Reader;
import dev.centricity.core.text.RubricTexts;
import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Reads cohorts from survey exports as survey tools write them (Google Forms, Microsoft Forms,
 * Qualtrics, SurveyMonkey, LimeSurvey, a spreadsheet): one row per respondent, a column per trait,
 * and any other columns, with no hand editing. The simplest file has trait ids as headers:
 *
 * <pre>{@code
 * respondent,group,rewards.sales-volume,rewards.insight,focus.aim
 * r-01,Sales,4,2,n/a
 * r-02,Sales,5,,3
 * }</pre>
 *
 * <ul>
 *   <li><b>Format</b> — RFC 4180: fields separated by a comma, semicolon, tab or vertical bar
 *       (found from the header and the first records: of the four found in the header, the one that
 *       occurs as often in most of the following lines, then the most frequent; or given by {@link
 *       #withSeparator}), optionally in double quotes (which may hold separators, line breaks and
 *       doubled quotes), lines ending in CRLF, LF or CR. Bytes are UTF-8 with or without a
 *       byte-order mark, UTF-16 with one, or in the charset given by {@link #withCharset}. Blank
 *       lines are skipped. White space around a cell is ignored. Rows already split into cells
 *       (such as a workbook's sheet) are read by {@link #open(Iterator, String)} with the same
 *       rules.
 *   <li><b>Header rows</b> — the first row names the columns. Rows under it that describe rather
 *       than answer are header rows, never respondents, and are listed in a {@code header-rows}
 *       warning: Qualtrics' row of {@code {"ImportId":…}} cells and the question-text row above it;
 *       a row holding a trait's statement in a column the header did not match; a row spelling out
 *       a header written without spaces ({@code StartDate}, {@code Start Date}); SurveyMonkey's row
 *       of option labels directly under the header (text under every column whose header is empty,
 *       or {@code Response} under a question). {@link #withSkipRows} takes any other rows under the
 *       header as header rows, whatever they hold.
 *   <li><b>Columns</b> — matched in this order: the mapping's entry ({@link #withMapping}); a trait
 *       id, exactly; the statement of a trait in any language of the texts ({@link #withTexts}; by
 *       default the rubric's own), compared after normalising (Unicode NFKC, case folded, white
 *       space collapsed, a leading question number such as {@code Q12.} or {@code 12)} and
 *       surrounding quotes or brackets removed); Google Forms' grid form {@code Question [Row
 *       text]} by its row text. A column the header does not match is matched the same way on the
 *       texts of the header rows in it (Qualtrics' question text under {@code Q1}, its matrix rows
 *       written {@code Question - Row text}; SurveyMonkey's matrix row text under a question
 *       spanning columns). {@code respondent} and {@code group} (or the columns named by {@link
 *       #withRespondentColumn}, {@link #withGroupColumn} or the mapping) are matched by name,
 *       ignoring case; a column named so must be in the file and must not answer a trait. Every
 *       other column is metadata: not used, and listed in a {@code metadata-column} warning per
 *       column, or refused with {@link #withStrictColumns}. Two columns for one trait are refused,
 *       naming both. A trait of the rubric without a column gets a warning. {@link #match} says
 *       what each column matched, without reading respondents.
 *   <li><b>Cells</b> — a point's label in any language of the texts (normalised as headers are), or
 *       the mapping's label, is that point; otherwise a whole number from 1 to <i>n</i> ({@code
 *       4.0} reads as 4) is that point (so on a 0–10 scale labelled {@code 0} … {@code 10} the cell
 *       {@code 0} is its first point). An empty cell is {@link dev.centricity.core.Answer#blank()};
 *       {@code n/a}, {@code NA}, {@code -}, {@code .}, "don't know", "no answer", their German,
 *       French and Spanish words, the translations' missing words and the mapping's are {@link
 *       dev.centricity.core.Answer#notApplicable()}. An empty {@code respondent} or {@code group}
 *       cell means none. Each distinct cell text is resolved once per column.
 *   <li><b>Bad rows</b> — a cell that is not an answer, an answer outside the scale, a row with
 *       more or fewer cells than the header, or a malformed quote makes the row a {@link
 *       dev.centricity.core.cohort.RowError} with its line and the reason for every bad cell,
 *       naming column and cell; reading goes on, so rows out = rows in.
 *   <li><b>Limits</b> — a field holds at most 100,000 characters; a row at most 10,000 fields, or
 *       twice the rubric's traits if that is more, and 1,048,576 characters (or 100 per field
 *       allowed); beyond that the file is refused, saying which limit, since no later row could be
 *       trusted.
 * </ul>
 *
 * <p>The scoring policy has no say over columns: a column that matches no trait is metadata under
 * any policy.
 *
 * <p>Reading streams: one row is held at a time (and the few under the header, to recognise header
 * rows). Immutable and thread-safe; each {@code open} call gives its own {@link CohortRows}.
 */
public final class CohortReader {

  /** The name of the optional column that names the respondent. */
  public static final String RESPONDENT_COLUMN = "respondent";

  /** The name of the optional column that gives the respondent's group. */
  public static final String GROUP_COLUMN = "group";

  private final Rubric rubric;
  private final ScoringPolicy policy;
  private final RubricTexts texts;
  private final CohortMapping mapping;
  private final String groupColumn;
  private final boolean groupChosen;
  private final String respondentColumn;
  private final boolean respondentRequired;
  private final char separator;
  private final Charset charset;
  private final int skipRows;
  private final boolean strictColumns;

  /** What a reader was told besides its rubric and policy; each {@code with…} changes one part. */
  @Value.Immutable
  @ValueStyle
  abstract static class ReaderOptions {
    abstract Optional<RubricTexts> texts();

    abstract CohortMapping mapping();

    abstract String groupColumn();

    abstract boolean groupChosen();

    abstract String respondentColumn();

    abstract boolean respondentRequired();

    abstract char separator();

    abstract Optional<Charset> charset();

    abstract int skipRows();

    abstract boolean strictColumns();
  }

  private final ImmutableReaderOptions options;

  private CohortReader(Rubric rubric, ScoringPolicy policy) {
    this(
        rubric,
        policy,
        (ImmutableReaderOptions) // what the builder builds; its withers keep the type
            ImmutableReaderOptions.builder()
                .mapping(EMPTY_MAPPING)
                .groupColumn(GROUP_COLUMN)
                .groupChosen(false)
                .respondentColumn(RESPONDENT_COLUMN)
                .respondentRequired(false)
                .separator(DETECT)
                .skipRows(0)
                .strictColumns(false)
                .build());
  }

  private CohortReader(Rubric rubric, ScoringPolicy policy, ImmutableReaderOptions options) {
    this.rubric = Objects.requireNonNull(rubric, "rubric");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.options = options;
    this.texts = options.texts().orElse(null);
    this.mapping = options.mapping();
    this.groupColumn = options.groupColumn();
    this.groupChosen = options.groupChosen();
    this.respondentColumn = options.respondentColumn();
    this.respondentRequired = options.respondentRequired();
    this.separator = options.separator();
    this.charset = options.charset().orElse(null);
    this.skipRows = options.skipRows();
    this.strictColumns = options.strictColumns();
  }

  /** A reader of the same rubric and policy with other options. */
  private CohortReader with(ImmutableReaderOptions changed) {
    return new CohortReader(rubric, policy, changed);
  }

  private static final CohortMapping EMPTY_MAPPING = CohortMapping.builder().build();

  /** The separator value that means: detect it from the header and the first records. */
  private static final char DETECT = 0;

  /** The separators a reader accepts, and detects: comma, semicolon, tab and vertical bar. */
  public static final String SEPARATORS = ",;\t|";

  /**
   * A reader like this one that finds the separator from the header and the first records, which is
   * what a reader does unless {@link #withSeparator} (or a mapping's {@code delimiter}) says
   * otherwise; kept so that code written when a comma was the default says what it means.
   *
   * @return the reader
   */
  public CohortReader withDetectedSeparator() {
    return with(options.withSeparator(DETECT));
  }

  /**
   * A reader like this one whose fields are separated by the given character instead of the one
   * found from the header and the first records.
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
    return with(options.withSeparator(separator));
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
    return with(options.withCharset(Objects.requireNonNull(charset, "charset")));
  }

  /**
   * A reader like this one that takes each respondent's group from another column, such as {@code
   * team} or {@code department}, which every file must then have (a file without it, or in which it
   * answers a trait, is refused naming it); the column {@code group} is then metadata like any
   * other. Naming {@code group} itself changes nothing: that column stays optional.
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
    return with(
        options
            .withGroupColumn(column.strip())
            .withGroupChosen(!column.strip().equalsIgnoreCase(GROUP_COLUMN)));
  }

  /**
   * A reader like this one that takes each respondent's name from another column, such as {@code
   * account} or {@code employee-id}, which every file must then have (a file without it, or in
   * which it answers a trait, is refused naming it); the column {@code respondent} is then metadata
   * like any other.
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
    return with(options.withRespondentColumn(column.strip()).withRespondentRequired(true));
  }

  /**
   * A reader like this one that matches column headers with the trait statements, and cells with
   * the point labels and "don't know" words, of every language the texts have (by default: the
   * rubric's own language only). For the bundled rubrics, {@code DefaultRubrics.texts(id)} in
   * {@code centricity-rubric} gives English, German, French and Spanish.
   *
   * @param texts the rubric's texts
   * @return the reader
   * @throws IllegalArgumentException if the texts are of another rubric (id and version)
   */
  public CohortReader withTexts(RubricTexts texts) {
    Objects.requireNonNull(texts, "texts");
    if (!texts.rubric().reference().equals(rubric.reference())) {
      throw new IllegalArgumentException(
          "the texts are of rubric '"
              + texts.rubric().reference()
              + "', but the reader reads for '"
              + rubric.reference()
              + "'");
    }
    return with(options.withTexts(texts));
  }

  /**
   * A reader like this one that takes the first {@code rows} rows under the header as header rows,
   * whatever they hold, not as respondents (a survey tool's extra header rows that are not
   * recognised by their content). Rows recognised by content after them are header rows too; one
   * among the first {@code rows} is counted once.
   *
   * @param rows 0 or more
   * @return the reader
   * @throws IllegalArgumentException if negative
   */
  public CohortReader withSkipRows(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("the rows to skip must be 0 or more, but were " + rows);
    }
    return with(options.withSkipRows(rows));
  }

  /**
   * A reader like this one for which a column that answers no trait and is neither the respondent
   * nor the group column is an error, instead of metadata that is listed and not used.
   *
   * @return the reader
   */
  public CohortReader withStrictColumns() {
    return with(options.withStrictColumns(true));
  }

  /**
   * A reader like this one that reads with a mapping: its columns, labels and missing words on top
   * of what the reader matches itself, and its respondent and group columns, rows to skip,
   * delimiter and encoding where this reader was not told otherwise ({@link #withSeparator} and
   * {@link #withCharset} win over the mapping's; {@link #withSkipRows} adds to its rows).
   *
   * @param mapping the mapping
   * @return the reader
   * @throws MappingValidationException if the mapping names a trait or scale the rubric does not
   *     have, or a label beyond its scale, each problem with its path in the mapping file
   */
  public CohortReader withMapping(CohortMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    MappingFormat.check(mapping, rubric);
    return with(options.withMapping(mapping));
  }

  private ReaderSettings settings() {
    return new ReaderSettings(
        rubric,
        texts == null ? RubricTexts.of(rubric) : texts,
        mapping,
        groupColumn,
        groupChosen,
        respondentColumn,
        respondentRequired,
        skipRows + mapping.skipRows(),
        strictColumns);
  }

  private char separator() {
    return separator != DETECT ? separator : mapping.delimiter().orElse(DETECT);
  }

  private Charset charset() {
    return charset != null ? charset : mapping.encoding().map(Charset::forName).orElse(null);
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
   * A reader for a rubric with a policy chosen by the host. The policy does not change how a file
   * is read (a column that matches no trait is metadata under any policy); it is kept so that the
   * rows are read for the scorer that will score them.
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
   * Opens a CSV file and reads its header, and the rows under it that describe the columns.
   *
   * @param file the file, in the charset given by {@link #withCharset} or detected
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the file cannot be opened or its header is not acceptable
   */
  public CohortRows open(Path file) {
    String source = file.toString();
    InputStream in;
    if (Files.isDirectory(file)) {
      throw new CohortFormatException(source, 0, 0, "", "is a directory, not a file", null);
    }
    try {
      // A named pipe or a device is opened as a FileInputStream: the stream Files gives asks
      // its channel for a position on every short read, which a pipe refuses ("Illegal seek").
      in =
          Files.isRegularFile(file)
              ? Files.newInputStream(file)
              : new FileInputStream(file.toFile());
    } catch (NoSuchFileException | FileNotFoundException e) {
      if (Files.exists(file)) {
        throw new CohortFormatException(source, 0, 0, "", "cannot open the file", e);
      }
      throw new CohortFormatException(source, 0, 0, "", "no such file", e);
    } catch (IOException e) {
      throw new CohortFormatException(
          source, 0, 0, "", "cannot open the file: " + e.getMessage(), e);
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
    return openCsv(in, source);
  }

  private CsvCohortRows openCsv(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Charset decoding = charset();
    InputStream bytes = in;
    if (decoding == null) {
      BufferedInputStream buffered = new BufferedInputStream(in);
      decoding = Utf8Reader.detect(buffered, source);
      bytes = buffered;
    }
    if (decoding.equals(StandardCharsets.UTF_8) && CsvCohortRows.readsBytes(separator())) {
      // read straight from the bytes, and on several threads in a parallel analysis
      return CsvCohortRows.openUtf8(
          bytes, source, settings(), separator(), CsvCohortRows.CHUNK_BYTES);
    }
    return CsvCohortRows.open(
        new Utf8Reader(bytes, decoding), source, settings(), separator(), decoding.name());
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
        settings(),
        separator(),
        "UTF-8");
  }

  /**
   * Reads rows already split into cells, such as the first sheet of a workbook: the first row is
   * the header, and everything else is read by the same rules as a CSV file's rows (header rows,
   * column matching, cells). Row <i>k</i> (from 1) is line <i>k</i> in messages; a null cell is
   * empty; a row of empty cells is skipped; a row shorter than the header is filled up with empty
   * cells. If the iterator is {@link AutoCloseable}, closing the rows closes it.
   *
   * @param rows the rows
   * @param source a name for messages, such as the workbook's file name
   * @return the rows, to iterate once and close
   * @throws CohortFormatException if the header is not acceptable
   */
  public CohortRows open(Iterator<List<String>> rows, String source) {
    return CsvCohortRows.open(
        Objects.requireNonNull(rows, "rows"), Objects.requireNonNull(source, "source"), settings());
  }

  /**
   * Reads a CSV file's header and the rows that describe its columns, and says what each column
   * matched, without reading any respondent: what a tool shows, or writes into a mapping file
   * template.
   *
   * @param file the file
   * @return the columns found
   * @throws CohortFormatException if the file cannot be opened or its header is not acceptable
   */
  public CohortColumns match(Path file) {
    try (CohortRows rows = open(file)) {
      return ((CsvCohortRows) rows).found();
    }
  }

  /**
   * Says what each column of rows already split into cells matched, as {@link #match(Path)} does
   * for a CSV file.
   *
   * @param rows the rows, the first being the header
   * @param source a name for messages
   * @return the columns found
   * @throws CohortFormatException if the header is not acceptable
   */
  public CohortColumns match(Iterator<List<String>> rows, String source) {
    try (CohortRows r = open(rows, source)) {
      return ((CsvCohortRows) r).found();
    }
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
