package dev.centricity.core.io;

import dev.centricity.core.Answer;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.Trait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The oracle of {@link CohortFuzzProperties}: a second reading of a cohort CSV text, written apart
 * from the library's reader from the rules that {@link CohortReader} documents, that says what the
 * library must give for it.
 *
 * <p>It reads only strict RFC 4180: a quote inside an unquoted field, text after a closing quote
 * and a quote never closed are <i>anomalies</i>, where it stops and says nothing about the rest of
 * the text (the library's recovery from them is its own choice; the properties check only the
 * guarantee there). For a text without anomalies, {@link #expect} gives the outcome to the row:
 * whether the header is refused, how many rows come out and which are error records, with each
 * member's respondent, group and answers, and where a field or record beyond the limits stops the
 * file.
 */
final class CsvReference {

  /** The longest field, in characters (documented on {@link CohortReader}). */
  static final int MAX_FIELD_CHARS = 100_000;

  /** The most fields in one record (documented on {@link CohortReader}). */
  static final int MAX_FIELDS = 10_000;

  /** The reader's limit on the characters of one record, its fields together. */
  static final int MAX_RECORD_CHARS = 1 << 20;

  private CsvReference() {}

  /** One record: the 1-based line it starts on and its fields, unquoted. */
  record Record(long line, List<String> fields) {}

  /**
   * The records of a text up to its first anomaly.
   *
   * @param records the records read, blank lines skipped
   * @param anomaly what stopped the reading, or null when the text is strict RFC 4180 throughout
   */
  record Parsed(List<Record> records, String anomaly) {
    boolean wellFormed() {
      return anomaly == null;
    }
  }

  /** Reads a text as strict RFC 4180, skipping one byte-order mark at its start. */
  static Parsed parse(String text) {
    List<Record> records = new ArrayList<>();
    int n = text.length();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    long line = 1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        continue;
      }
      long start = line;
      List<String> fields = new ArrayList<>();
      while (true) {
        StringBuilder field = new StringBuilder();
        if (i < n && text.charAt(i) == '"') {
          i++;
          while (true) {
            if (i >= n) {
              return new Parsed(records, "a quote opened on line " + start + " is never closed");
            }
            char q = text.charAt(i);
            if (q == '"') {
              if (i + 1 < n && text.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
                continue;
              }
              i++;
              break;
            }
            if (q == '\r' || q == '\n') {
              line++;
              if (q == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                field.append('\r');
                i++;
                q = '\n';
              }
            }
            field.append(q);
            i++;
          }
          if (i < n && !isDelimiter(text.charAt(i))) {
            return new Parsed(records, "text after a closing quote on line " + line);
          }
        } else {
          while (i < n && !isDelimiter(text.charAt(i))) {
            if (text.charAt(i) == '"') {
              return new Parsed(records, "a quote inside an unquoted field on line " + line);
            }
            field.append(text.charAt(i++));
          }
        }
        fields.add(field.toString());
        if (i < n && text.charAt(i) == ',') {
          i++;
          continue;
        }
        break;
      }
      if (i < n) {
        i += text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
      }
      records.add(new Record(start, List.copyOf(fields)));
    }
    return new Parsed(records, null);
  }

  private static boolean isDelimiter(char c) {
    return c == ',' || c == '\n' || c == '\r';
  }

  /** How many lines of a text hold a character, a bound on its records that needs no parsing. */
  static int nonEmptyLines(String text) {
    int count = 0;
    boolean empty = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (!empty) {
          count++;
        }
        empty = true;
      } else {
        empty = false;
      }
    }
    return empty ? count : count + 1;
  }

  // ---------------------------------------------------------------------------------------------
  // What the library must give

  /** A row as it must come out: an error record, or a member with these parts. */
  record ExpectedRow(
      long line,
      boolean error,
      Optional<String> respondent,
      Optional<String> group,
      Map<String, Answer> answers) {}

  /** A header column as it must be read: its name, trimmed, and what it is. */
  record Column(String name, Role role, String traitId, int points, List<String> labels) {}

  /** The words read as n/a: the reader's own, compared ignoring case and surrounding space. */
  private static final Set<String> MISSING =
      Set.of(
          "n/a",
          "na",
          "-",
          ".",
          "don't know",
          "do not know",
          "dont know",
          "no answer",
          "not applicable",
          "weiß nicht",
          "weiss nicht",
          "keine angabe",
          "k.a.",
          "k. a.",
          "je ne sais pas",
          "ne sais pas",
          "sans réponse",
          "pas de réponse",
          "nsp",
          "no sé",
          "no lo sé",
          "no sabe",
          "sin respuesta",
          "ns/nc");

  enum Role {
    RESPONDENT,
    GROUP,
    TRAIT,
    UNKNOWN
  }

  /**
   * What reading a well-formed text must give.
   *
   * @param headerRefused why the header must be refused (the reader's {@code open} throws), or null
   * @param columns the header's columns, trimmed, when it is accepted
   * @param warnings the codes and subjects of the header's warnings, in order
   * @param rows the rows that must come out, in order
   * @param failsAfterRows whether a record beyond the limits must stop the file after {@code rows}
   */
  record Expectation(
      String headerRefused,
      List<String> columns,
      List<String> warnings,
      List<ExpectedRow> rows,
      boolean failsAfterRows) {}

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}(\\.0*)?");

  /**
   * The outcome of reading a well-formed text with {@code CohortReader.of(scorer)}, and {@code
   * withGroupColumn(groupColumn)} when that is not {@code group}.
   */
  static Expectation expect(
      Parsed parsed, Rubric rubric, UnknownTraits unknownTraits, String groupColumn) {
    if (!parsed.wellFormed()) {
      throw new IllegalArgumentException("no expectation for a text with " + parsed.anomaly());
    }
    List<Record> records = parsed.records();
    if (records.isEmpty()) {
      return refused("the file is empty");
    }
    Record header = records.get(0);
    if (beyondLimits(header)) {
      return refused("the header is beyond the limits");
    }
    Map<String, Trait> traits = new LinkedHashMap<>();
    rubric.allTraits().forEach(t -> traits.put(t.id(), t));
    // A header with unnamed columns is readable only when the record under it names every one of
    // them (SurveyMonkey's row of option labels); that record is then a header row.
    List<String> names = new ArrayList<>();
    header.fields().forEach(f -> names.add(f.strip()));
    int firstRecord = 1;
    if (names.contains("")) {
      Record under = records.size() > 1 ? records.get(1) : null;
      if (under == null || beyondLimits(under)) {
        return refused("a column has no name");
      }
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).isEmpty()) {
          if (i >= under.fields().size() || under.fields().get(i).isBlank()) {
            return refused("a column has no name");
          }
          names.set(i, under.fields().get(i).strip());
        }
      }
      // ... and has nothing under the other columns: no text under a column that is no trait,
      // nothing but "Response" under a trait's column
      for (int i = 0; i < names.size() && i < under.fields().size(); i++) {
        String name = names.get(i);
        String cell = under.fields().get(i).strip();
        if (header.fields().get(i).isBlank() || cell.isEmpty()) {
          continue;
        }
        boolean trait = traits.containsKey(name);
        if (!trait
            || !(cell.equalsIgnoreCase("Response")
                || cell.equalsIgnoreCase("Open-Ended Response"))) {
          return refused("a column has no name");
        }
      }
      firstRecord = 2;
    }
    List<Column> columns = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    Set<String> present = new HashSet<>();
    boolean groupSeen = false;
    for (int c = 0; c < names.size(); c++) {
      String name = names.get(c);
      String headerName = name;
      Role role;
      String key;
      if (name.equalsIgnoreCase(CohortReader.RESPONDENT_COLUMN)) {
        role = Role.RESPONDENT;
        key = "respondent column";
      } else if (name.equalsIgnoreCase(groupColumn)) {
        role = Role.GROUP;
        key = "group column";
        groupSeen = true;
      } else {
        role = traits.containsKey(name) ? Role.TRAIT : Role.UNKNOWN;
        if (role == Role.UNKNOWN && firstRecord == 2 && c < records.get(1).fields().size()) {
          // a column the header does not match is matched by the text the header row gives it
          String described = records.get(1).fields().get(c).strip();
          if (traits.containsKey(described)) {
            name = described;
            role = Role.TRAIT;
          }
        }
        key = role == Role.TRAIT ? "column " + name : null;
      }
      if (key != null && !keys.add(key)) {
        return refused("the " + key + " appears twice");
      }
      if (role == Role.UNKNOWN) {
        unknown.add(name);
      }
      if (role == Role.TRAIT) {
        present.add(name);
        Trait t = traits.get(name);
        Scale scale = rubric.scale(t.scale()).orElseThrow();
        columns.add(new Column(headerName, role, name, scale.size(), scale.points()));
      } else {
        columns.add(new Column(headerName, role, "", 0, List.of()));
      }
    }
    if (present.isEmpty()) {
      return refused("no column answers a trait");
    }
    if (!groupColumn.equals(CohortReader.GROUP_COLUMN) && !groupSeen) {
      return refused("the group column '" + groupColumn + "' is not in the file");
    }
    // Columns that are no trait are metadata, listed and not used, whatever the policy.
    List<String> warnings = new ArrayList<>();
    if (firstRecord == 2) {
      warnings.add("HEADER_ROWS " + records.get(1).line());
    }
    unknown.forEach(u -> warnings.add("METADATA_COLUMN " + u));
    traits.keySet().stream()
        .filter(id -> !present.contains(id))
        .forEach(id -> warnings.add("TRAIT_COLUMN_MISSING " + id));

    List<ExpectedRow> rows = new ArrayList<>();
    boolean fails = false;
    for (Record r : records.subList(Math.min(firstRecord, records.size()), records.size())) {
      if (beyondLimits(r)) {
        fails = true;
        break;
      }
      rows.add(row(r, columns));
    }
    return new Expectation(
        null, columns.stream().map(Column::name).toList(), warnings, rows, fails);
  }

  private static Expectation refused(String why) {
    return new Expectation(why, List.of(), List.of(), List.of(), false);
  }

  private static boolean beyondLimits(Record r) {
    return r.fields().size() > MAX_FIELDS
        || r.fields().stream().anyMatch(f -> f.length() > MAX_FIELD_CHARS)
        || r.fields().stream().mapToLong(String::length).sum() > MAX_RECORD_CHARS;
  }

  private static ExpectedRow row(Record r, List<Column> columns) {
    List<String> fields = r.fields();
    Optional<String> respondent = Optional.empty();
    Optional<String> group = Optional.empty();
    for (int i = 0; i < columns.size() && i < fields.size(); i++) {
      if (columns.get(i).role() == Role.RESPONDENT) {
        respondent = nonBlank(fields.get(i));
      }
    }
    if (fields.size() != columns.size()) {
      return new ExpectedRow(r.line(), true, respondent, Optional.empty(), Map.of());
    }
    Map<String, Answer> answers = new HashMap<>();
    boolean error = false;
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      String cell = fields.get(i).strip();
      if (c.role() == Role.GROUP) {
        group = nonBlank(cell);
      } else if (c.role() == Role.TRAIT) {
        // labels and missing words compare in Unicode NFKC, ignoring case
        String nfkc = java.text.Normalizer.normalize(cell, java.text.Normalizer.Form.NFKC).strip();
        int label = -1;
        for (int p = 0; p < c.labels().size(); p++) {
          if (c.labels().get(p).strip().equalsIgnoreCase(nfkc)) {
            label = p + 1;
          }
        }
        if (cell.isEmpty()) {
          answers.put(c.traitId(), Answer.blank());
        } else if (label > 0) {
          answers.put(c.traitId(), Answer.of(label));
        } else if (MISSING.contains(nfkc.toLowerCase(java.util.Locale.ROOT))) {
          answers.put(c.traitId(), Answer.notApplicable());
        } else if (WHOLE_NUMBER.matcher(cell).matches()) {
          int dot = cell.indexOf('.');
          long value = Long.parseLong(dot < 0 ? cell : cell.substring(0, dot));
          if (value >= 1 && value <= c.points()) {
            answers.put(c.traitId(), Answer.of((int) value));
          } else {
            error = true;
          }
        } else {
          error = true;
        }
      }
    }
    return error
        ? new ExpectedRow(r.line(), true, respondent, Optional.empty(), Map.of())
        : new ExpectedRow(r.line(), false, respondent, group, answers);
  }

  private static Optional<String> nonBlank(String cell) {
    String s = cell.strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
