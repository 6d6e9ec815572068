package dev.centricity.core.cohort.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortFormatException;
import dev.centricity.core.cohort.CohortReader;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.ImmutableCohortMember;
import dev.centricity.core.cohort.RowError;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The rows of a CSV cohort file (see {@link CohortReader} for the format): the header resolved once
 * into what each column is, then one {@link CohortRow} per record, read as iterated.
 *
 * <p>Not thread-safe.
 */
public final class CsvCohortRows implements CohortRows {

  /** The longest column name a warning's message quotes in full: the longest trait id. */
  private static final int MAX_NAME_IN_MESSAGE = 200;

  private static final int IGNORED = -1;
  private static final int RESPONDENT = -2;
  private static final int GROUP = -3;

  private final CsvParser parser;
  private final String source;
  private final List<String> columns;
  private final List<CohortWarning> warnings;
  private final String rubricReference;

  /** Per column: the trait position in {@code traitIds}, or IGNORED, RESPONDENT or GROUP. */
  private final int[] role;

  private final String[] traitIds;
  private final int[] traitPoints;
  private final int respondentColumn;
  private boolean iterated;

  private CsvCohortRows(
      CsvParser parser,
      String source,
      List<String> columns,
      List<CohortWarning> warnings,
      String rubricReference,
      int[] role,
      String[] traitIds,
      int[] traitPoints) {
    this.parser = parser;
    this.source = source;
    this.columns = columns;
    this.warnings = warnings;
    this.rubricReference = rubricReference;
    this.role = role;
    this.traitIds = traitIds;
    this.traitPoints = traitPoints;
    int r = -1;
    for (int i = 0; i < role.length; i++) {
      if (role[i] == RESPONDENT) {
        r = i;
      }
    }
    this.respondentColumn = r;
  }

  /**
   * Reads the header and checks it against the rubric.
   *
   * @param in the characters; closed on failure
   * @param source a name for messages
   * @param rubric the rubric
   * @param policy the policy whose unknown-traits setting applies to unknown columns
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(Reader in, String source, Rubric rubric, ScoringPolicy policy) {
    return open(
        in,
        source,
        rubric,
        policy,
        CohortReader.GROUP_COLUMN,
        CohortReader.RESPONDENT_COLUMN,
        false);
  }

  /**
   * Opens CSV rows whose group is read from the named column.
   *
   * @param in the characters
   * @param source a name for messages
   * @param rubric the rubric whose trait ids the columns name
   * @param policy the policy whose unknown-traits setting applies to unknown columns
   * @param groupColumn the header of the column holding each respondent's group
   * @param respondentColumn the header of the column naming each respondent
   * @param respondentRequired whether a header without the respondent column is refused
   * @return the rows
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  public static CsvCohortRows open(
      Reader in,
      String source,
      Rubric rubric,
      ScoringPolicy policy,
      String groupColumn,
      String respondentColumn,
      boolean respondentRequired) {
    CsvParser parser = new CsvParser(in, source);
    try {
      return readHeader(
          parser, source, rubric, policy, groupColumn, respondentColumn, respondentRequired);
    } catch (RuntimeException e) {
      try {
        parser.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static CsvCohortRows readHeader(
      CsvParser parser,
      String source,
      Rubric rubric,
      ScoringPolicy policy,
      String groupColumn,
      String respondentColumn,
      boolean respondentRequired) {
    CsvParser.Record header = parser.next();
    if (header == null) {
      throw new CohortFormatException(
          source, 0, 0, "", "the file is empty: it has no header row", null);
    }
    if (header.problem() != null) {
      throw new CohortFormatException(
          source, header.line(), 0, "", "the header row is malformed: " + header.problem(), null);
    }
    List<Trait> traits = rubric.allTraits();
    Map<String, Integer> traitIndex = new HashMap<>();
    String[] traitIds = new String[traits.size()];
    int[] traitPoints = new int[traits.size()];
    for (int t = 0; t < traits.size(); t++) {
      Trait trait = traits.get(t);
      traitIds[t] = trait.id();
      traitIndex.put(trait.id(), t);
      traitPoints[t] = rubric.scale(trait.scale()).map(Scale::size).orElse(0);
    }
    List<String> columns = new ArrayList<>();
    int[] role = new int[header.fields().size()];
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> unknown = new ArrayList<>();
    boolean[] present = new boolean[traits.size()];
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      columns.add(name);
      int position = i + 1;
      if (name.isEmpty()) {
        throw new CohortFormatException(
            source,
            header.line(),
            position,
            "",
            String.format(Locale.ROOT, "column %d of the header has no name", position),
            null);
      }
      boolean isRespondent = name.equalsIgnoreCase(respondentColumn);
      boolean isGroup = !isRespondent && name.equalsIgnoreCase(groupColumn);
      // The two named columns are keyed by role and every other column by "column " and its name,
      // so that no header, whatever characters it holds, is taken for another.
      String key = isRespondent ? "respondent" : isGroup ? "group" : "column " + name;
      Integer earlier = seen.putIfAbsent(key, position);
      if (earlier != null) {
        throw new CohortFormatException(
            source,
            header.line(),
            position,
            name,
            String.format(
                Locale.ROOT,
                "column '%s' appears twice in the header, as columns %d and %d",
                name,
                earlier,
                position),
            null);
      }
      if (isRespondent) {
        role[i] = RESPONDENT;
      } else if (isGroup) {
        role[i] = GROUP;
      } else if (traitIndex.containsKey(name)) {
        role[i] = traitIndex.get(name);
        present[role[i]] = true;
      } else {
        role[i] = IGNORED;
        unknown.add(i);
      }
    }
    if (respondentRequired && !seen.containsKey("respondent")) {
      throw new CohortFormatException(
          source,
          header.line(),
          0,
          "",
          "the header has no '" + respondentColumn + "' column, which names each respondent",
          null);
    }
    List<CohortWarning> warnings = new ArrayList<>();
    if (!unknown.isEmpty()) {
      if (policy.unknownTraits() == ScoringPolicy.UnknownTraits.REJECT) {
        int first = unknown.get(0);
        List<String> names = new ArrayList<>();
        for (int i : unknown) {
          names.add("'" + columns.get(i) + "'");
        }
        throw new CohortFormatException(
            source,
            header.line(),
            first + 1,
            columns.get(first),
            String.format(
                Locale.ROOT,
                "%s %s not %s of rubric '%s', nor '%s' or '%s'; set the policy's unknownTraits to"
                    + " IGNORE to skip unknown columns",
                unknown.size() == 1 ? "column" : "columns",
                String.join(", ", names) + (unknown.size() == 1 ? " is" : " are"),
                unknown.size() == 1 ? "a trait" : "traits",
                rubric.reference(),
                respondentColumn,
                groupColumn),
            null);
      }
      for (int i : unknown) {
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.UNKNOWN_COLUMN_IGNORED,
                columns.get(i),
                // The subject names the column in full; the message abbreviates it, so that a
                // name at the field limit cannot make the report's JSON too long to read back.
                String.format(
                    Locale.ROOT,
                    "column '%s' was ignored: rubric '%s' has no such trait",
                    abbreviate(columns.get(i), MAX_NAME_IN_MESSAGE),
                    rubric.reference())));
      }
    }
    for (int t = 0; t < traitIds.length; t++) {
      if (!present[t]) {
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.TRAIT_COLUMN_MISSING,
                traitIds[t],
                String.format(
                    Locale.ROOT,
                    "the file has no column for trait '%s', so no respondent answers it",
                    traitIds[t])));
      }
    }
    return new CsvCohortRows(
        parser,
        source,
        List.copyOf(columns),
        List.copyOf(warnings),
        rubric.reference(),
        role,
        traitIds,
        traitPoints);
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
          pending = parser.next();
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

  /** What {@link #stream(Sink)} hands on: each data record, in order, as points or an error. */
  public interface Sink {
    /**
     * A record that was read.
     *
     * @param line its line
     * @param respondent its respondent
     * @param group its group
     * @param points its answers by trait position in the rubric's order, 0 when missing; a buffer
     *     reused for the next record
     */
    void member(long line, Optional<String> respondent, Optional<String> group, int[] points);

    /**
     * A record that could not be read.
     *
     * @param error why
     */
    void error(RowError error);
  }

  /** The rubric's trait ids in the order of the points {@link #stream(Sink)} hands on. */
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
  public void stream(Sink sink) {
    startIteration();
    int[] codes = new int[traitIds.length];
    int[] points = new int[traitIds.length];
    for (CsvParser.Record record = parser.next(); record != null; record = parser.next()) {
      RowError error = read(record, codes);
      if (error != null) {
        sink.error(error);
        continue;
      }
      for (int t = 0; t < codes.length; t++) {
        points[t] = Math.max(codes[t], 0);
      }
      sink.member(record.line(), rowRespondent, rowGroup, points);
    }
  }

  /** The n/a answer in {@code codes}. */
  private static final int NOT_APPLICABLE = -1;

  /** The respondent and group of the record last {@link #read}. */
  private Optional<String> rowRespondent = Optional.empty();

  private Optional<String> rowGroup = Optional.empty();

  /**
   * Reads a record into {@code codes} by trait position (a point, 0 for blank, NOT_APPLICABLE) and
   * its respondent and group into {@code rowRespondent} and {@code rowGroup}; returns the error
   * when the record is not a member.
   */
  private RowError read(CsvParser.Record record, int[] codes) {
    List<String> fields = record.fields();
    Optional<String> respondent =
        respondentColumn >= 0 && respondentColumn < fields.size()
            ? nonEmpty(fields.get(respondentColumn))
            : Optional.empty();
    if (record.problem() != null) {
      return RowError.of(
          record.line(), respondent, Optional.empty(), "malformed CSV: " + record.problem());
    }
    if (fields.size() != role.length) {
      return RowError.of(
          record.line(),
          respondent,
          Optional.empty(),
          String.format(
              Locale.ROOT,
              "the row has %d %s but the header has %d",
              fields.size(),
              fields.size() == 1 ? "field" : "fields",
              role.length));
    }
    java.util.Arrays.fill(codes, 0);
    Optional<String> group = Optional.empty();
    List<String> problems = null;
    String firstColumn = null;
    for (int i = 0; i < role.length; i++) {
      int r = role[i];
      if (r == GROUP) {
        group = nonEmpty(fields.get(i));
      } else if (r >= 0) {
        String cell = fields.get(i).strip();
        Object answer = parse(cell, traitPoints[r]);
        if (answer instanceof Answer a) {
          codes[r] = a.isGiven() ? a.pointValue() : a.isNotApplicable() ? NOT_APPLICABLE : 0;
        } else {
          if (problems == null) {
            problems = new ArrayList<>();
            firstColumn = traitIds[r];
          }
          problems.add(
              String.format(Locale.ROOT, "column '%s': %s", columns.get(i), (String) answer));
        }
      }
    }
    if (problems != null) {
      return RowError.of(
          record.line(), respondent, Optional.of(firstColumn), String.join("; ", problems));
    }
    rowRespondent = respondent;
    rowGroup = group;
    return null;
  }

  private CohortRow toRow(CsvParser.Record record) {
    int[] codes = new int[traitIds.length];
    RowError error = read(record, codes);
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
            c > 0 ? Answer.of(c) : c == NOT_APPLICABLE ? Answer.notApplicable() : Answer.blank());
      }
    }
    Response response = Response.builder().respondent(rowRespondent).answers(answers).build();
    return CohortRow.of(record.line(), ImmutableCohortMember.of(response, rowGroup));
  }

  /** The answer in a cell, or a String saying why the cell is not one. */
  private static Object parse(String cell, int points) {
    if (cell.isEmpty()) {
      return Answer.blank();
    }
    if (cell.equalsIgnoreCase("n/a")) {
      return Answer.notApplicable();
    }
    long value = wholeNumber(cell);
    if (value == Long.MIN_VALUE) {
      return String.format(
          Locale.ROOT,
          "'%s' is not an answer: give a whole number from 1 to %d, leave the cell empty or write"
              + " n/a",
          abbreviate(cell),
          points);
    }
    if (value < 1 || value > points) {
      return String.format(
          Locale.ROOT, "answer %d is outside the scale, which runs from 1 to %d", value, points);
    }
    return Answer.of((int) value);
  }

  /**
   * The whole number a cell holds, such as {@code 4}, {@code +4}, {@code -1} or {@code 4.0}, or
   * Long.MIN_VALUE when it holds none (or one of more than 9 digits).
   */
  private static long wholeNumber(String s) {
    int i = 0;
    boolean negative = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    long value = 0;
    int digits = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      if (++digits > 9) {
        return Long.MIN_VALUE;
      }
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (digits == 0) {
      return Long.MIN_VALUE;
    }
    if (i < s.length()) {
      if (s.charAt(i) != '.') {
        return Long.MIN_VALUE;
      }
      i++;
      while (i < s.length() && s.charAt(i) == '0') {
        i++;
      }
      if (i < s.length()) {
        return Long.MIN_VALUE;
      }
    }
    return negative ? -value : value;
  }

  private static Optional<String> nonEmpty(String cell) {
    String s = cell.strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String abbreviate(String s) {
    return abbreviate(s, 40);
  }

  private static String abbreviate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = max - 3;
    // Never cut a character in two: a lone surrogate is not text.
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    return s.substring(0, cut) + "...";
  }

  @Override
  public String toString() {
    return "CohortRows[" + source + " for " + rubricReference + "]";
  }
}
