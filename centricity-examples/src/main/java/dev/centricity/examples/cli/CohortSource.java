package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.io.CohortColumns;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.ResponseLinesReader;
import dev.centricity.core.io.SurveyJsReader;
import dev.centricity.core.io.TranslationFormat;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.xlsx.WorkbookReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that read cohorts ({@code --group-by}, {@code --respondent-column}),
 * and the choice of reader by the file's content: a workbook, SurveyJS results (a JSON array), JSON
 * lines of responses, or CSV (see docs/survey-tools.md).
 */
final class CohortSource {

  /** What a cohort file holds, told from its first bytes. */
  enum Kind {
    /** An {@code .xlsx} workbook (a ZIP archive). */
    WORKBOOK("a workbook"),
    /** SurveyJS results: a JSON array of objects keyed by question name. */
    SURVEYJS("SurveyJS results"),
    /** JSON lines: one response object per line. */
    JSON_LINES("JSON lines of responses"),
    /** Text with separated values. */
    CSV("CSV");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--group-by",
      paramLabel = "COLUMN",
      description =
          "The column (or SurveyJS question, or JSON key) holding each respondent's group"
              + " (default: group, or the mapping file's).")
  String groupBy;

  @Option(
      names = "--respondent-column",
      paramLabel = "COLUMN",
      description =
          "The column naming each respondent, such as 'Respondent ID' (default: respondent when"
              + " the file has one, or the mapping file's).")
  String respondentColumn;

  /**
   * Checks the column options against each other.
   *
   * @throws ParameterException (exit 2) for a blank column name, or a group column that is the
   *     respondent column
   */
  void check() {
    String respondent =
        respondentColumn == null ? CohortReader.RESPONDENT_COLUMN : respondentColumn.strip();
    if (respondentColumn != null && respondent.isEmpty()) {
      throw usage("--respondent-column must name a column, but was '" + respondentColumn + "'");
    }
    if (groupBy == null) {
      return;
    }
    if (groupBy.isBlank()) {
      throw usage(
          "--group-by must name a column, but was '"
              + groupBy
              + "'; leave --group-by out for the column 'group'");
    }
    if (groupBy.strip().equalsIgnoreCase(respondent)) {
      throw usage(
          String.format(
              Locale.ROOT,
              "--group-by '%s' names the column of respondents; give the column that holds each"
                  + " respondent's group, such as Team%s",
              groupBy,
              respondentColumn == null ? "" : ", or another --respondent-column"));
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }

  /**
   * The texts cohort columns and cells are matched against: a bundled rubric's translations, and
   * those given with {@code --translation}.
   *
   * @param rubric the rubric scored with
   * @param translations the translation files given
   * @return the texts
   */
  static RubricTexts texts(Rubric rubric, List<Path> translations) {
    RubricTexts texts =
        DefaultRubrics.texts(rubric.id())
            .filter(t -> t.rubric().equals(rubric))
            .orElseGet(() -> RubricTexts.of(rubric));
    for (Path file : translations) {
      try {
        texts = texts.with(TranslationFormat.read(Inputs.requireFile(file), rubric));
      } catch (CentricityException e) {
        throw Inputs.prefixed(file, e);
      }
    }
    return texts;
  }

  /**
   * Opens a cohort file with the reader its content calls for.
   *
   * @param scorer the scorer
   * @param texts the rubric's texts, for matching statements and labels
   * @param file the file
   * @param csv the CSV options
   * @return the rows, to iterate once and close
   * @throws CentricityException (exit 2) if the file cannot be read, naming it
   * @throws ParameterException (exit 2) for an option that does not apply to the file
   */
  CohortRows open(Scorer scorer, RubricTexts texts, Path file, CsvOption csv) {
    check();
    Path f = Inputs.requireFile(file);
    Kind kind = kind(f);
    if (kind == Kind.SURVEYJS || kind == Kind.JSON_LINES) {
      for (String given : givenCsvOptions(csv)) {
        throw usage(
            String.format(
                Locale.ROOT,
                "%s applies to CSV files and workbooks, but %s holds %s",
                given,
                file,
                kind.description));
      }
    }
    CohortRows rows;
    try {
      switch (kind) {
        case SURVEYJS:
          rows = SurveyJsReader.of(scorer).withGroupKey(groupName()).open(f);
          break;
        case JSON_LINES:
          return ResponseLinesReader.of().withGroupKey(groupKey()).open(f);
        case WORKBOOK:
          rows = WorkbookReader.of(reader(scorer, texts, csv)).open(f);
          break;
        default:
          rows = reader(scorer, texts, csv).open(f);
      }
    } catch (CentricityException e) {
      throw advised(Inputs.prefixed(f, e));
    }
    requireATrait(rows, scorer.rubric(), kind);
    return rows;
  }

  /**
   * Refuses a file none of whose columns answers a trait: every row would be scored with no answer,
   * which is never what was meant (the statements were reworded, or the headers are question
   * codes).
   */
  private static void requireATrait(CohortRows rows, Rubric rubric, Kind kind) {
    long missing =
        rows.warnings().stream()
            .filter(w -> w.code() == CohortWarning.Code.TRAIT_COLUMN_MISSING)
            .count();
    if (missing < rubric.allTraits().size()) {
      return;
    }
    rows.close();
    List<String> names = new ArrayList<>();
    for (String c : rows.columns()) {
      if (names.size() == 5) {
        names.add("...");
        break;
      }
      names.add("'" + (c.length() > 40 ? c.substring(0, 37) + "..." : c) + "'");
    }
    throw new CentricityException(
        String.format(
            Locale.ROOT,
            "%s: no %s answers a trait of rubric '%s' (%s %s); name them by trait id or by"
                + " statement, or map them in a mapping file (--map FILE; 'centricity map --write"
                + " FILE EXPORT' writes one)",
            rows.source(),
            kind == Kind.SURVEYJS ? "question" : "column",
            rubric.reference(),
            kind == Kind.SURVEYJS ? "questions" : "columns",
            names.isEmpty() ? "none" : String.join(", ", names)));
  }

  /**
   * What each column of a CSV file or workbook matched, for {@code map}.
   *
   * @param scorer the scorer
   * @param texts the rubric's texts
   * @param file the export
   * @param csv the CSV options
   * @return the columns found
   * @throws ParameterException (exit 2) for SurveyJS results or JSON lines, which have no columns
   */
  CohortColumns match(Scorer scorer, RubricTexts texts, Path file, CsvOption csv) {
    check();
    Path f = Inputs.requireFile(file);
    Kind kind = kind(f);
    if (kind == Kind.SURVEYJS || kind == Kind.JSON_LINES) {
      throw usage(
          String.format(
              Locale.ROOT,
              "map reads CSV files and workbooks, but %s holds %s, whose answers are keyed by"
                  + " trait id already",
              file,
              kind.description));
    }
    try {
      CohortReader reader = reader(scorer, texts, csv);
      return kind == Kind.WORKBOOK ? WorkbookReader.of(reader).match(f) : reader.match(f);
    } catch (CentricityException e) {
      throw advised(Inputs.prefixed(f, e));
    }
  }

  /**
   * The library's advice in the words of the tool: a mapping file is given with {@code --map},
   * strict columns are left out by leaving out {@code --strict-columns}, another column is named
   * with {@code --group-by} or {@code --respondent-column}.
   *
   * @param e an exception whose message may advise a fix
   * @return an exception with the same cause chain whose message names the tool's options
   */
  static CentricityException advised(CentricityException e) {
    String m = e.getMessage();
    String advised = advice(m);
    return advised.equals(m) ? e : new CentricityException(advised, e);
  }

  /**
   * A library message with its advice in the words of the tool.
   *
   * @param message the message
   * @return the message naming the tool's options
   */
  static String advice(String message) {
    return message
        .replace(
            "in a mapping file",
            "in a mapping file (--map FILE; 'centricity map --write FILE EXPORT' writes one)")
        .replace("or read without strict columns", "or leave out --strict-columns")
        .replace(
            "set the policy's unknownTraits to IGNORE to skip unknown columns",
            "map them in a mapping file (--map FILE), or leave them: without --strict-columns"
                + " they are listed and not used")
        .replace(
            "; name another column",
            "; name another column with --group-by or --respondent-column");
  }

  private String groupName() {
    return groupBy == null ? CohortReader.GROUP_COLUMN : groupBy.strip();
  }

  private String groupKey() {
    String key = groupName();
    if (List.of("respondent", "answers", "rubric").contains(key)) {
      throw usage(
          "--group-by '" + key + "' is a key of every response; give the key holding the group");
    }
    return key;
  }

  private List<String> givenCsvOptions(CsvOption csv) {
    List<String> given = new ArrayList<>();
    if (respondentColumn != null) {
      given.add("--respondent-column");
    }
    given.addAll(csv.given());
    return given;
  }

  /** The CSV reader the options ask for. */
  private CohortReader reader(Scorer scorer, RubricTexts texts, CsvOption csv) {
    CohortReader reader = CohortReader.of(scorer).withTexts(texts);
    if (groupBy != null) {
      reader = reader.withGroupColumn(groupBy.strip());
    }
    if (respondentColumn != null) {
      reader = reader.withRespondentColumn(respondentColumn.strip());
    }
    return csv.apply(reader);
  }

  /**
   * What a file holds, by its first bytes: a ZIP archive is a workbook; text whose first character
   * (after a byte-order mark and white space) is {@code [} is SurveyJS results, {@code {} JSON
   * lines; anything else is CSV.
   *
   * @param file the file
   * @return its kind
   * @throws CentricityException if the file cannot be read
   */
  static Kind kind(Path file) {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a named pipe or a device can be read only once: looking at its first bytes would leave
      // the reader a second open that waits for ever, so it is read as CSV
      return Kind.CSV;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(4096);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CentricityException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CentricityException(file + ": cannot open the file: " + e.getMessage(), e);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Kind.WORKBOOK;
    }
    String text;
    if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      text = new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    } else {
      text = new String(head, StandardCharsets.UTF_8);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '[' ? Kind.SURVEYJS : c == '{' ? Kind.JSON_LINES : Kind.CSV;
    }
    return Kind.CSV;
  }

  /**
   * Whether a file given to {@code compare} is a cohort rather than one response: a workbook,
   * SurveyJS results, or JSON lines of more than one response by content; otherwise by name, a
   * response being a {@code .json}, {@code .yaml} or {@code .yml} file.
   *
   * @param file the file
   * @return true for a cohort
   */
  static boolean isCohort(Path file) {
    if (!Files.isRegularFile(file)) {
      Path name = file.getFileName();
      return name != null && !isResponseName(name.toString());
    }
    Kind kind = kind(file);
    if (kind == Kind.WORKBOOK || kind == Kind.SURVEYJS) {
      return true;
    }
    if (kind == Kind.JSON_LINES) {
      return jsonLines(file);
    }
    Path name = file.getFileName();
    return name != null && !isResponseName(name.toString());
  }

  private static boolean isResponseName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** Whether a file starting with an object has a second line that starts another one. */
  private static boolean jsonLines(Path file) {
    try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = lines.readLine();
      if (first == null || !first.strip().endsWith("}")) {
        return false;
      }
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          return line.strip().startsWith("{");
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }
}
