package dev.centricity.core.io;

import dev.centricity.core.Dimension;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Problem;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a cohort's scored rows as CSV, one record per input row in input order, for R, pandas or a
 * spreadsheet. Rows out = rows in: a row that could not be read or scored is written too, as {@code
 * rejected} with its reason.
 *
 * <pre>{@code
 * line,respondent,group,status,reason,index,score,band,coverage,culture_index,focus_index
 * 2,a1,A,scored,,0.08333333333333333,54.166666666666664,Balanced,0.75,0.16666666666666666,0.0
 * 3,a2,A,rejected,"column culture.listen: 9 is outside the scale, which runs from 1 to 5",,,,,,
 * }</pre>
 *
 * <ul>
 *   <li><b>Columns</b> — {@code line} (the row's line in its file, or its position), {@code
 *       respondent}, {@code group}, {@code status} ({@code scored} or {@code rejected}), {@code
 *       reason} (why a row was rejected; empty when scored), {@code index} (−1 … +1), {@code score}
 *       (0–100), {@code band}, {@code coverage} (0 … 1), then {@code <dimension>_index} for every
 *       dimension of the rubric in rubric order (see {@link #header()}). A figure the scorecard
 *       does not have (an undetermined scorecard, a dimension that did not count, a rubric of three
 *       or more poles) is an empty cell, as are all figures of a rejected row.
 *   <li><b>Format</b> — RFC 4180: a header record, fields separated by commas, records ended by
 *       CRLF; a field holding a comma, a double quote, a line break or white space at either end is
 *       put in double quotes, a quote inside it doubled. Text from the input (respondents, groups,
 *       band labels, reasons) is written exactly as it is, so a spreadsheet may take a cell
 *       starting with {@code =}, {@code +}, {@code -} or {@code @} for a formula: open such files
 *       with the columns as text, or read them with R or pandas.
 *   <li><b>Numbers</b> — in full precision: the shortest decimal that reads back to the same {@code
 *       double} ({@link Double#toString(double)}), written without an exponent and with {@code .}
 *       as decimal separator in every locale, so {@code read.csv} and {@code pandas.read_csv} get
 *       the scorecard's numbers bit for bit.
 * </ul>
 *
 * <p>The writer streams: each row is written as it is given, nothing is kept but two counts, so a
 * cohort of any length is written in bounded memory. Feed it the rows of a {@link
 * dev.centricity.core.cohort.CohortRows} ({@link #write(CohortRow)}, which scores members with the
 * scorer), or scorecards and row errors a host made itself ({@link #write(long, Optional,
 * Scorecard)}, {@link #write(RowError)}).
 *
 * <p>Not thread-safe: one thread writes. Failures of the underlying writer are thrown as {@link
 * UncheckedIOException}.
 */
public final class CohortWriter implements Closeable, Flushable {

  /** The status of a row that was scored. */
  public static final String SCORED = "scored";

  /** The status of a row that could not be read or scored. */
  public static final String REJECTED = "rejected";

  /** The suffix of the column holding a dimension's index: {@code <dimension id>_index}. */
  public static final String DIMENSION_INDEX_SUFFIX = "_index";

  private static final List<String> FIXED =
      List.of(
          "line", "respondent", "group", "status", "reason", "index", "score", "band", "coverage");

  private final Scorer scorer;
  private final RubricIdentity identity;
  private final List<String> dimensions;
  private final List<String> header;
  private final Writer out;
  private final StringBuilder record = new StringBuilder(256);
  private long scored;
  private long rejected;

  private CohortWriter(Scorer scorer, Writer out) {
    this.scorer = scorer;
    this.out = out;
    List<String> ids = new ArrayList<>();
    for (Dimension d : scorer.rubric().dimensions()) {
      ids.add(d.id());
    }
    this.dimensions = List.copyOf(ids);
    List<String> columns = new ArrayList<>(FIXED);
    for (String id : ids) {
      columns.add(id + DIMENSION_INDEX_SUFFIX);
    }
    this.header = Collections.unmodifiableList(columns);
    this.identity = RubricIdentity.of(scorer.rubric());
  }

  /**
   * A writer of a scorer's rows to a character stream; writes the header record at once.
   *
   * @param scorer the scorer whose rubric gives the dimension columns, and which scores the members
   *     given to {@link #write(CohortRow)}
   * @param out where the CSV goes; closed by {@link #close()}
   * @return the writer
   * @throws UncheckedIOException if the header cannot be written
   */
  public static CohortWriter of(Scorer scorer, Writer out) {
    CohortWriter writer =
        new CohortWriter(Objects.requireNonNull(scorer, "scorer"), Objects.requireNonNull(out));
    writer.record.setLength(0);
    for (int i = 0; i < writer.header.size(); i++) {
      if (i > 0) {
        writer.record.append(',');
      }
      field(writer.record, writer.header.get(i));
    }
    writer.emit();
    return writer;
  }

  /**
   * The header: {@code line, respondent, group, status, reason, index, score, band, coverage}, then
   * {@code <dimension id>_index} for each dimension of the rubric, in rubric order.
   *
   * @return the column names, unmodifiable
   */
  public List<String> header() {
    return header;
  }

  /**
   * Writes a row as it was read: an error row as rejected; a member scored with the scorer, or
   * written as rejected with the scorer's reasons when the scorer rejects its response (an answer
   * outside its scale, an unknown trait, a missing answer under the {@code REJECT} policy).
   *
   * @param row the row
   * @return the row's error when it was rejected, empty when it was scored
   * @throws UncheckedIOException if the record cannot be written
   */
  public Optional<RowError> write(CohortRow row) {
    Objects.requireNonNull(row, "row");
    if (row.error().isPresent()) {
      write(row.error().get());
      return row.error();
    }
    CohortMember member = row.member().orElseThrow();
    Scorecard card;
    try {
      card = scorer.score(member.response());
    } catch (ResponseValidationException e) {
      RowError error = rejection(row.line(), member.response().respondent(), e);
      write(error);
      return Optional.of(error);
    }
    write(row.line(), member.group(), card);
    return Optional.empty();
  }

  /**
   * Writes every row, in order.
   *
   * @param rows the rows, such as a {@link dev.centricity.core.cohort.CohortRows}
   * @return the number of rows written
   * @throws UncheckedIOException if a record cannot be written
   */
  public long writeAll(Iterable<CohortRow> rows) {
    long n = 0;
    for (CohortRow row : rows) {
      write(row);
      n++;
    }
    return n;
  }

  /**
   * Writes a scored row.
   *
   * @param line the row's line in its file, or its position
   * @param group the respondent's group, if any
   * @param card the scorecard, of this writer's rubric; its respondent is written
   * @throws IllegalArgumentException if the scorecard is of another rubric
   * @throws UncheckedIOException if the record cannot be written
   */
  public void write(long line, Optional<String> group, Scorecard card) {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(card, "card");
    if (!card.rubric().equals(identity)) {
      throw new IllegalArgumentException(
          "the scorecard is of rubric "
              + card.rubric().id()
              + " "
              + card.rubric().version()
              + " but the writer's columns are those of "
              + identity.id()
              + " "
              + identity.version());
    }
    record.setLength(0);
    record.append(line).append(',');
    field(record, card.respondent().orElse(""));
    record.append(',');
    field(record, group.orElse(""));
    record.append(',').append(SCORED).append(",,");
    number(record, card.index());
    record.append(',');
    number(record, card.score());
    record.append(',');
    field(record, card.band().orElse(""));
    record.append(',');
    number(record, card.coverage());
    List<DimensionScore> scores = card.dimensions();
    for (int i = 0; i < dimensions.size(); i++) {
      record.append(',');
      DimensionScore d = scores.get(i);
      number(record, d.counted() ? d.index() : OptionalDouble.empty());
    }
    scored++;
    emit();
  }

  /**
   * Writes a rejected row: its line, respondent and reason, every figure empty.
   *
   * @param error why the row was rejected
   * @throws UncheckedIOException if the record cannot be written
   */
  public void write(RowError error) {
    Objects.requireNonNull(error, "error");
    record.setLength(0);
    record.append(error.line()).append(',');
    field(record, error.respondent().orElse(""));
    record.append(",,").append(REJECTED).append(',');
    field(record, error.reason());
    record.append(",,,,");
    for (int i = 0; i < dimensions.size(); i++) {
      record.append(',');
    }
    rejected++;
    emit();
  }

  /** The number of scored rows written so far. */
  public long scored() {
    return scored;
  }

  /** The number of rejected rows written so far. */
  public long rejected() {
    return rejected;
  }

  /**
   * Flushes the underlying writer.
   *
   * @throws UncheckedIOException if it fails
   */
  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the scored rows: " + e.getMessage(), e);
    }
  }

  /**
   * Flushes and closes the underlying writer.
   *
   * @throws UncheckedIOException if it fails
   */
  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the scored rows: " + e.getMessage(), e);
    }
  }

  private void emit() {
    record.append("\r\n");
    try {
      out.append(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the scored rows: " + e.getMessage(), e);
    }
  }

  /** A row error for a member the scorer rejected, naming the first bad answer's trait. */
  private static RowError rejection(
      long line, Optional<String> respondent, ResponseValidationException e) {
    Optional<String> column = Optional.empty();
    List<String> reasons = new ArrayList<>();
    for (Problem p : e.problems()) {
      if (column.isEmpty() && p.path().startsWith("/answers/")) {
        column =
            Optional.of(
                p.path().substring("/answers/".length()).replace("~1", "/").replace("~0", "~"));
      }
      reasons.add(p.message());
    }
    return RowError.of(line, respondent, column, String.join("; ", reasons));
  }

  private static void number(StringBuilder to, OptionalDouble value) {
    if (value.isPresent()) {
      number(to, value.getAsDouble());
    }
  }

  /** The shortest decimal that reads back to the same double, without an exponent. */
  private static void number(StringBuilder to, double value) {
    String shortest = Double.toString(value);
    if (shortest.indexOf('E') < 0) {
      to.append(shortest);
      return;
    }
    String plain = new BigDecimal(shortest).toPlainString();
    to.append(plain.indexOf('.') < 0 ? plain + ".0" : plain);
  }

  /** Appends a field, quoted when RFC 4180 needs it or white space at an end would be lost. */
  private static void field(StringBuilder to, String text) {
    boolean quote = !text.isEmpty() && (text.isBlank() || edgeSpace(text));
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      to.append(text);
      return;
    }
    to.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        to.append('"');
      }
      to.append(c);
    }
    to.append('"');
  }

  private static boolean edgeSpace(String text) {
    return Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1));
  }
}
