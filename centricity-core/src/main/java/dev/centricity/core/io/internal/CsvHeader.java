package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.internal.Texts;
import dev.centricity.core.io.CohortColumns;
import dev.centricity.core.io.CohortColumns.Match;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The header of a cohort file matched against a rubric: the header row, the rows under it that
 * describe the columns (recognised by their content, or skipped by count), and for each column the
 * trait it answers (by position in the rubric's order), the respondent, the group, or metadata.
 * Refuses a header that cannot be used. Immutable once read.
 *
 * <p>Columns are matched in this order: the mapping's entry; a trait id; a trait's statement in any
 * language of the texts (compared by {@link TextKey}); the grid form {@code Question [Row text]} by
 * its row text; then the same on the texts of the descriptive rows in that column, where Qualtrics'
 * {@code Question - Row text} is matched by its row text as well. The respondent and group columns
 * are found by name.
 *
 * <p>Rows under the header recognised as descriptive: Qualtrics' {@code {"ImportId":…}} row and the
 * row just above it (its question texts); a row with a trait's statement in a column whose header
 * matched none; a row whose cell under a header such as {@code StartDate} spells it in words
 * ({@code Start Date}); and, directly under the header, SurveyMonkey's row of option labels (text
 * under every column whose header is empty, or {@code Response} under a question).
 */
final class CsvHeader {

  static final int IGNORED = -1;
  static final int RESPONDENT = -2;
  static final int GROUP = -3;
  private static final int UNNAMED = -4;

  /** The most rows under the header recognised by content. */
  static final int MAX_DESCRIPTIVE_ROWS = 3;

  /** The longest column name a warning's message quotes in full: the longest trait id. */
  private static final int MAX_NAME_IN_MESSAGE = 200;

  /** The column names, as messages give them. */
  final List<String> columns;

  final List<CohortWarning> warnings;

  /** Per column: the trait position in {@code traitIds}, or IGNORED, RESPONDENT or GROUP. */
  final int[] role;

  final String[] traitIds;
  final int[] traitPoints;

  /** The records read ahead that are respondents' rows, to be read first. */
  final List<CsvParser.Record> ahead;

  /** The failure met while reading ahead, to throw once the records read ahead are read. */
  final CohortFormatException failure;

  /** What was found, for {@link dev.centricity.core.io.CohortReader#match}. */
  final CohortColumns found;

  private CsvHeader(
      List<String> columns,
      List<CohortWarning> warnings,
      int[] role,
      Vocabulary vocabulary,
      List<CsvParser.Record> ahead,
      CohortFormatException failure,
      CohortColumns found) {
    this.failure = failure;
    this.columns = columns;
    this.warnings = warnings;
    this.role = role;
    this.traitIds = vocabulary.compiled.traitIds;
    this.traitPoints = vocabulary.compiled.traitPoints;
    this.ahead = ahead;
    this.found = found;
  }

  /**
   * Reads and matches the header and the rows under it that describe the columns.
   *
   * @param records the file, before its first record
   * @param source a name for messages
   * @param settings what the reader was told
   * @param vocabulary the rubric's words
   * @return the header
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  static CsvHeader read(
      RecordSource records, String source, ReaderSettings settings, Vocabulary vocabulary) {
    CsvParser.Record header = records.next();
    if (header == null) {
      throw new CohortFormatException(
          source, 0, 0, "", "the file is empty: it has no header row", null);
    }
    if (header.problem() != null) {
      throw new CohortFormatException(
          source, header.line(), 0, "", "the header row is malformed: " + header.problem(), null);
    }
    String rubricRef = settings.rubric().reference();
    int n = header.fields().size();
    String[] names = new String[n];
    int[] role = new int[n];
    Match[] how = new Match[n];
    String[] matched = new String[n];
    String respondentName = settings.mapping().respondent().orElse(settings.respondentColumn());
    String groupName = settings.mapping().group().orElse(settings.groupColumn());
    boolean respondentRequired =
        settings.respondentRequired() || settings.mapping().respondent().isPresent();
    boolean groupRequired = settings.groupRequired() || settings.mapping().group().isPresent();

    // The header row alone.
    for (int c = 0; c < n; c++) {
      String name = header.fields().get(c).strip();
      names[c] = name;
      if (name.isEmpty()) {
        role[c] = UNNAMED;
        continue;
      }
      boolean isRespondent = name.equalsIgnoreCase(respondentName);
      boolean isGroup = !isRespondent && name.equalsIgnoreCase(groupName);
      int[] trait = matchText(vocabulary, name, false, true);
      if (isRespondent || isGroup) {
        boolean chosen = isRespondent ? respondentRequired : groupRequired;
        if (chosen && trait != null) {
          throw new CohortFormatException(
              source,
              header.line(),
              c + 1,
              name,
              String.format(
                  Locale.ROOT,
                  "column '%s' answers trait '%s', so it cannot be the %s column; name another"
                      + " column",
                  abbreviate(name),
                  vocabulary.compiled.traitIds[trait[0]],
                  isRespondent ? "respondent" : "group"),
              null);
        }
        role[c] = isRespondent ? RESPONDENT : GROUP;
        how[c] = isRespondent ? Match.RESPONDENT : Match.GROUP;
        continue;
      }
      if (trait != null) {
        role[c] = trait[0];
        how[c] = Match.values()[trait[1]];
        matched[c] = name;
      } else {
        role[c] = IGNORED;
      }
    }

    // The rows under it: skipped by count, then recognised by content.
    List<CsvParser.Record> under = new ArrayList<>();
    int want = settings.skipRows() + MAX_DESCRIPTIVE_ROWS + 1;
    CohortFormatException failure = null;
    for (int i = 0; i < want; i++) {
      CsvParser.Record r;
      try {
        r = records.next();
      } catch (CohortFormatException e) {
        // Met when the rows before it have been read, as it would be without reading ahead.
        failure = e;
        break;
      }
      if (r == null) {
        break;
      }
      under.add(r);
    }
    int headerRows = Math.min(settings.skipRows(), under.size());
    int first = headerRows;
    while (headerRows < under.size()
        && headerRows < first + MAX_DESCRIPTIVE_ROWS
        && describes(under, headerRows, headerRows == first, names, role, vocabulary)) {
      headerRows++;
    }

    // Columns the header did not match, by the texts of the rows that describe them.
    List<List<String>> descriptions = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      List<String> texts = new ArrayList<>();
      for (int k = 0; k < headerRows; k++) {
        List<String> cells = under.get(k).fields();
        if (c < cells.size() && !cells.get(c).isBlank()) {
          texts.add(cells.get(c).strip());
        }
      }
      descriptions.add(texts);
      if (role[c] != IGNORED && role[c] != UNNAMED) {
        continue;
      }
      if (role[c] == UNNAMED && !texts.isEmpty()) {
        // a column whose header is empty is named by the row that describes it
        String name = texts.get(0);
        if (name.equalsIgnoreCase(respondentName) || name.equalsIgnoreCase(groupName)) {
          boolean isRespondent = name.equalsIgnoreCase(respondentName);
          role[c] = isRespondent ? RESPONDENT : GROUP;
          how[c] = isRespondent ? Match.RESPONDENT : Match.GROUP;
          continue;
        }
      }
      for (String text : texts) {
        int[] trait = matchText(vocabulary, text, true, true);
        if (trait != null) {
          role[c] = trait[0];
          how[c] = Match.values()[trait[1]];
          matched[c] = text;
          break;
        }
      }
      if (role[c] == UNNAMED) {
        if (texts.isEmpty()) {
          throw new CohortFormatException(
              source,
              header.line(),
              c + 1,
              "",
              String.format(Locale.ROOT, "column %d of the header has no name", c + 1),
              null);
        }
        role[c] = IGNORED;
      }
    }

    List<String> columnNames = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      columnNames.add(names[c].isEmpty() ? descriptions.get(c).get(0) : names[c]);
    }

    // One column per trait, one respondent and one group column.
    int[] claimedBy = new int[vocabulary.compiled.traitCount];
    Arrays.fill(claimedBy, -1);
    int respondentAt = -1;
    int groupAt = -1;
    for (int c = 0; c < n; c++) {
      int r = role[c];
      int earlier = -1;
      if (r >= 0) {
        earlier = claimedBy[r];
        claimedBy[r] = earlier < 0 ? c : earlier;
        if (earlier >= 0) {
          throw new CohortFormatException(
              source,
              header.line(),
              c + 1,
              columnNames.get(c),
              String.format(
                  Locale.ROOT,
                  "columns %d '%s' and %d '%s' both answer trait '%s'; keep one, or map one of"
                      + " them to another trait in a mapping file",
                  earlier + 1,
                  abbreviate(columnNames.get(earlier)),
                  c + 1,
                  abbreviate(columnNames.get(c)),
                  vocabulary.compiled.traitIds[r]),
              null);
        }
      } else if (r == RESPONDENT || r == GROUP) {
        earlier = r == RESPONDENT ? respondentAt : groupAt;
        if (earlier >= 0) {
          throw new CohortFormatException(
              source,
              header.line(),
              c + 1,
              columnNames.get(c),
              String.format(
                  Locale.ROOT,
                  "column '%s' appears twice in the header, as columns %d and %d",
                  abbreviate(columnNames.get(c)),
                  earlier + 1,
                  c + 1),
              null);
        }
        if (r == RESPONDENT) {
          respondentAt = c;
        } else {
          groupAt = c;
        }
      }
    }
    if (respondentRequired && respondentAt < 0) {
      throw new CohortFormatException(
          source,
          header.line(),
          0,
          "",
          "the header has no '" + respondentName + "' column, which names each respondent",
          null);
    }
    if (groupRequired && groupAt < 0) {
      throw new CohortFormatException(
          source,
          header.line(),
          0,
          groupName,
          "the header has no '"
              + abbreviate(groupName)
              + "' column, which was named as the column of each respondent's group",
          null);
    }

    List<Integer> metadata = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (role[c] == IGNORED) {
        List<String> texts = new ArrayList<>();
        if (!names[c].isEmpty()) {
          texts.add(names[c]);
        }
        texts.addAll(descriptions.get(c));
        for (String text : texts) {
          java.util.Set<String> shared = vocabulary.sharedBy(text, !text.equals(names[c]));
          if (!shared.isEmpty()) {
            throw new CohortFormatException(
                source,
                header.line(),
                c + 1,
                columnNames.get(c),
                String.format(
                    Locale.ROOT,
                    "column %d '%s' is ambiguous: '%s' is the statement of traits %s in the"
                        + " rubric's languages; map the column to one of them in a mapping file",
                    c + 1,
                    abbreviate(columnNames.get(c)),
                    abbreviate(text),
                    "'" + String.join("', '", shared) + "'"),
                null);
          }
        }
        how[c] = Match.METADATA;
        metadata.add(c);
      }
    }
    if (settings.strictColumns() && !metadata.isEmpty()) {
      int firstBad = metadata.get(0);
      List<String> quoted = new ArrayList<>();
      for (int c : metadata) {
        quoted.add("'" + abbreviate(columnNames.get(c)) + "'");
      }
      throw new CohortFormatException(
          source,
          header.line(),
          firstBad + 1,
          columnNames.get(firstBad),
          String.format(
              Locale.ROOT,
              "%s %s no trait of rubric '%s', nor the respondent column '%s' or the group column"
                  + " '%s', and columns are strict; map %s to a trait in a mapping file, or read"
                  + " without strict columns to leave %s unused",
              metadata.size() == 1 ? "column" : "columns",
              String.join(", ", quoted) + (metadata.size() == 1 ? " answers" : " answer"),
              rubricRef,
              respondentName,
              groupName,
              metadata.size() == 1 ? "it" : "them",
              metadata.size() == 1 ? "it" : "them"),
          null);
    }

    boolean anyTrait = false;
    for (int c = 0; c < n; c++) {
      anyTrait |= role[c] >= 0;
    }
    if (!anyTrait) {
      throw new CohortFormatException(
          source,
          header.line(),
          1,
          columnNames.get(0),
          String.format(
              Locale.ROOT,
              "no column answers a trait of rubric '%s' (the columns are %s); read the file with"
                  + " the rubric it was made for, or map its columns in a mapping file",
              rubricRef,
              quotedList(columnNames)),
          null);
    }
    List<CohortWarning> warnings = new ArrayList<>();
    List<Long> headerLines = new ArrayList<>();
    for (int k = 0; k < headerRows; k++) {
      headerLines.add(under.get(k).line());
    }
    if (headerRows > 0) {
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.HEADER_ROWS,
              numbers(headerLines),
              String.format(
                  Locale.ROOT,
                  "%s %s under the header %s the columns and %s not read as respondents",
                  headerRows == 1 ? "line" : "lines",
                  lines(headerLines),
                  headerRows == 1 ? "describes" : "describe",
                  headerRows == 1 ? "was" : "were"),
              List.of(numbers(headerLines))));
    }
    for (int c : metadata) {
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.METADATA_COLUMN,
              columnNames.get(c),
              // The subject names the column in full; the message abbreviates it, so that a name at
              // the field limit cannot make the report's JSON too long to read back.
              String.format(
                  Locale.ROOT,
                  "column '%s' is not used: it answers no trait of rubric '%s' (metadata)",
                  Texts.abbreviate(columnNames.get(c), MAX_NAME_IN_MESSAGE),
                  rubricRef),
              List.of(rubricRef)));
    }
    List<String> unanswered = new ArrayList<>();
    for (int t = 0; t < claimedBy.length; t++) {
      if (claimedBy[t] < 0) {
        String id = vocabulary.compiled.traitIds[t];
        unanswered.add(id);
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.TRAIT_COLUMN_MISSING,
                id,
                String.format(
                    Locale.ROOT,
                    "the file has no column for trait '%s', so no respondent answers it",
                    id)));
      }
    }

    List<CohortColumns.Column> found = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      int r = role[c];
      found.add(
          new CohortColumns.Column(
              c + 1,
              names[c],
              descriptions.get(c),
              how[c],
              r >= 0 ? Optional.of(vocabulary.compiled.traitIds[r]) : Optional.empty(),
              r >= 0 ? Optional.ofNullable(matched[c]) : Optional.empty()));
    }
    char separator = records.separator();
    CohortColumns columns =
        new CohortColumns(
            source,
            found,
            headerLines,
            separator == 0 ? Optional.empty() : Optional.of(separator),
            Optional.ofNullable(records.charsetName()),
            unanswered);
    return new CsvHeader(
        List.copyOf(columnNames),
        List.copyOf(warnings),
        role,
        vocabulary,
        List.copyOf(under.subList(headerRows, under.size())),
        failure,
        columns);
  }

  /**
   * The trait a text matches, as {trait position, ordinal of the Match}, or null: by the mapping,
   * then (for a header) as a trait id, then as a statement or grid row.
   */
  private static int[] matchText(
      Vocabulary vocabulary, String text, boolean dashed, boolean asHeader) {
    Integer mapped = vocabulary.mapped(text);
    if (mapped != null && mapped >= 0) {
      return new int[] {mapped, Match.MAPPING.ordinal()};
    }
    if (asHeader) {
      int t = vocabulary.compiled.position(text);
      if (t >= 0) {
        return new int[] {t, Match.TRAIT_ID.ordinal()};
      }
    }
    int[] s = vocabulary.statement(text, dashed);
    if (s != null) {
      return new int[] {s[0], s[1] == 0 ? Match.STATEMENT.ordinal() : Match.GRID_ROW.ordinal()};
    }
    return null;
  }

  /** Whether row k under the header describes the columns rather than answers. */
  private static boolean describes(
      List<CsvParser.Record> under,
      int k,
      boolean directlyUnder,
      String[] names,
      int[] role,
      Vocabulary vocabulary) {
    CsvParser.Record row = under.get(k);
    if (row.problem() != null) {
      return false;
    }
    List<String> cells = row.fields();
    if (importIds(row)) {
      return true;
    }
    if (k + 1 < under.size() && importIds(under.get(k + 1))) {
      return true; // Qualtrics' question texts, above its import ids
    }
    boolean blankHeader = false;
    boolean everyBlankDescribed = true;
    boolean response = false;
    boolean answerUnderTrait = false;
    boolean textUnderOtherColumn = false;
    for (int c = 0; c < cells.size() && c < names.length; c++) {
      String cell = cells.get(c).strip();
      if (role[c] == UNNAMED) {
        blankHeader = true;
        everyBlankDescribed &= !cell.isEmpty();
      } else if (role[c] < 0 && !cell.isEmpty()) {
        textUnderOtherColumn = true;
      }
      if (cell.isEmpty()) {
        continue;
      }
      if (role[c] >= 0) {
        if (cell.equalsIgnoreCase("Response") || cell.equalsIgnoreCase("Open-Ended Response")) {
          response = true;
        } else {
          answerUnderTrait = true;
        }
      } else if (vocabulary.statement(cell, true) != null) {
        return true; // a trait's statement under a header that is no trait
      } else if (spelledOut(names[c], cell)) {
        return true; // StartDate above "Start Date"
      }
    }
    for (int c = cells.size(); c < names.length; c++) {
      if (role[c] == UNNAMED) {
        blankHeader = true;
        everyBlankDescribed = false;
      }
    }
    if (directlyUnder
        && blankHeader
        && everyBlankDescribed
        && !answerUnderTrait
        && !textUnderOtherColumn) {
      // SurveyMonkey: the row texts of questions that span columns, nothing under its metadata
      return true;
    }
    return directlyUnder && response && !answerUnderTrait;
  }

  /** Whether a row is Qualtrics' row of import ids: each non-empty cell {"ImportId": …}. */
  private static boolean importIds(CsvParser.Record row) {
    if (row.problem() != null) {
      return false;
    }
    boolean any = false;
    for (String cell : row.fields()) {
      String s = cell.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("{\"ImportId\"")) {
        any = true;
      } else if (!(s.startsWith("{") && s.endsWith("}"))) {
        return false;
      }
    }
    return any;
  }

  /** Whether a cell spells out a header written without spaces: StartDate and "Start Date". */
  private static boolean spelledOut(String header, String cell) {
    if (header.length() < 4 || header.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    if (cell.chars().noneMatch(Character::isWhitespace)) {
      return false;
    }
    return cell.replaceAll("\\s+", "").equalsIgnoreCase(header);
  }

  /** The lines as numbers separated by commas, in any language: "2, 3". */
  private static String numbers(List<Long> lines) {
    StringBuilder sb = new StringBuilder();
    for (long l : lines) {
      sb.append(sb.length() > 0 ? ", " : "").append(l);
    }
    return sb.toString();
  }

  /** The first names quoted, with how many more there are. */
  private static String quotedList(List<String> names) {
    StringBuilder sb = new StringBuilder();
    int shown = Math.min(names.size(), 10);
    for (int i = 0; i < shown; i++) {
      sb.append(i > 0 ? ", " : "").append('\'').append(abbreviate(names.get(i))).append('\'');
    }
    if (names.size() > shown) {
      sb.append(String.format(Locale.ROOT, " and %d more", names.size() - shown));
    }
    return sb.toString();
  }

  private static String lines(List<Long> lines) {
    if (lines.size() == 1) {
      return String.valueOf(lines.get(0));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        sb.append(i == lines.size() - 1 ? " and " : ", ");
      }
      sb.append(lines.get(i));
    }
    return sb.toString();
  }

  private static String abbreviate(String name) {
    return Texts.abbreviate(name, MAX_NAME_IN_MESSAGE);
  }
}
