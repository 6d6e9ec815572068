package dev.centricity.core.io;

import dev.centricity.core.io.Mutations.ByteMutation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * The mutations of {@link CohortFuzzProperties}, as values that jqwik generates and shrinks, in the
 * manner of {@link Mutations}: each is a small record whose numbers say where it applies, taken
 * modulo the size of what they index, so that any generated number fits any file.
 *
 * <ul>
 *   <li>{@link TableMutation Table-level} mutations work on the file as a list of records of
 *       fields, which is then written again as RFC 4180 (quoting what needs it), so the text stays
 *       well formed and the number of records is known: drop, duplicate, swap or add a column;
 *       rename a header (case, padding, NUL, BOM, blank, another column's name, a reserved name);
 *       drop, add or replace one cell (answers in and out of range, spellings of numbers, quotes,
 *       commas, line breaks, NULs, lone surrogates, text from every plane); a field at and beyond
 *       the length limit; rows at and beyond the field limit; delete, duplicate or swap records
 *       (the header too); keep only the first records; empty and white-space lines; line ends (LF,
 *       CRLF, CR, mixed, with or without a last one); quoting every field; a byte-order mark.
 *   <li>{@link TextMutation Text-level} mutations work on the bytes the table was written to: every
 *       byte-level mutation of {@link Mutations} (bits, random bytes, runs, truncation, UTF-8 from
 *       every plane, invalid UTF-8, control characters, BOMs, YAML and JSON tokens), and two of
 *       CSV's own: delete, double or replace the <i>n</i>th quote, comma or line-end byte, and
 *       insert a CSV token (lone or doubled quotes, separators, line breaks, NUL, a run of commas).
 * </ul>
 */
final class CsvMutations {

  private CsvMutations() {}

  /** What a CSV mutation does; the statistics count outcomes by kind. */
  enum Kind {
    DROP_COLUMN,
    DUPLICATE_COLUMN,
    SWAP_COLUMNS,
    ADD_COLUMN,
    RENAME_HEADER,
    DROP_CELL,
    ADD_CELL,
    REPLACE_CELL,
    LONG_FIELD,
    MANY_COLUMNS,
    DELETE_RECORD,
    DUPLICATE_RECORD,
    SWAP_RECORDS,
    KEEP_FIRST_RECORDS,
    INSERT_EMPTY_LINES,
    LINE_ENDS,
    QUOTE_ALL,
    BOM,
    EDIT_NTH_DELIMITER,
    INSERT_CSV_TOKEN
  }

  // ---------------------------------------------------------------------------------------------
  // The table

  /** How records are separated. */
  enum LineEnd {
    LF,
    CRLF,
    CR,
    /** LF, CRLF and CR in turn. */
    MIXED;

    String after(int record) {
      return switch (this) {
        case LF -> "\n";
        case CRLF -> "\r\n";
        case CR -> "\r";
        case MIXED -> List.of("\n", "\r\n", "\r").get(record % 3);
      };
    }
  }

  /**
   * A CSV file as records of fields and the way it is written. A record without fields is an empty
   * line. Mutable: a case copies the seed's table before it applies its mutations.
   */
  static final class Table {
    final List<List<String>> records = new ArrayList<>();
    LineEnd lineEnd = LineEnd.LF;
    boolean lastLineEnd = true;
    boolean quoteAll;
    boolean bom;

    Table copy() {
      Table t = new Table();
      records.forEach(r -> t.records.add(new ArrayList<>(r)));
      t.lineEnd = lineEnd;
      t.lastLineEnd = lastLineEnd;
      t.quoteAll = quoteAll;
      t.bom = bom;
      return t;
    }

    /** The records of the parsed text, with its line ends and byte-order mark. */
    static Table of(String text, List<CsvReference.Record> parsed) {
      Table t = new Table();
      parsed.forEach(r -> t.records.add(new ArrayList<>(r.fields())));
      t.lineEnd =
          text.contains("\r\n") ? LineEnd.CRLF : text.contains("\r") ? LineEnd.CR : LineEnd.LF;
      t.lastLineEnd = text.endsWith("\n") || text.endsWith("\r");
      t.bom = text.startsWith("\uFEFF");
      return t;
    }

    /** The index of the first record with fields, the header, or -1. */
    int header() {
      for (int i = 0; i < records.size(); i++) {
        if (!records.get(i).isEmpty()) {
          return i;
        }
      }
      return -1;
    }

    int width() {
      int h = header();
      return h < 0 ? 0 : records.get(h).size();
    }

    /** The number of records with fields after the header: the rows the file must give. */
    int dataRecords() {
      int h = header();
      if (h < 0) {
        return 0;
      }
      int n = 0;
      for (int i = h + 1; i < records.size(); i++) {
        n += records.get(i).isEmpty() ? 0 : 1;
      }
      return n;
    }

    /** The table written as RFC 4180. */
    String write() {
      StringBuilder sb = new StringBuilder();
      if (bom) {
        sb.append('\uFEFF');
      }
      for (int r = 0; r < records.size(); r++) {
        if (r > 0) {
          sb.append(lineEnd.after(r - 1));
        }
        List<String> fields = records.get(r);
        for (int f = 0; f < fields.size(); f++) {
          if (f > 0) {
            sb.append(',');
          }
          String v = fields.get(f);
          // A record of one empty field is quoted, or it would be an empty line.
          if (quoteAll || needsQuotes(v) || fields.size() == 1 && v.isEmpty()) {
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            sb.append(v);
          }
        }
      }
      if (lastLineEnd && !records.isEmpty()) {
        sb.append(lineEnd.after(records.size() - 1));
      }
      return sb.toString();
    }

    private static boolean needsQuotes(String v) {
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
          return true;
        }
      }
      return false;
    }

    /** A record with fields, picked by n among all of them (the header is record 0). */
    List<String> record(int n) {
      List<List<String>> withFields = new ArrayList<>();
      records.stream().filter(r -> !r.isEmpty()).forEach(withFields::add);
      return withFields.isEmpty() ? null : withFields.get(Math.floorMod(n, withFields.size()));
    }

    /** A data record, picked by n, or null when there is none. */
    List<String> dataRecord(int n) {
      int h = header();
      List<List<String>> data = new ArrayList<>();
      for (int i = h + 1; h >= 0 && i < records.size(); i++) {
        if (!records.get(i).isEmpty()) {
          data.add(records.get(i));
        }
      }
      return data.isEmpty() ? null : data.get(Math.floorMod(n, data.size()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Table level

  /** A change to the records of a file. */
  sealed interface TableMutation {
    Kind kind();

    /** Changes the table in place. */
    void apply(Table table);
  }

  /** Removes a column from every record that has it; a record left without fields is empty. */
  record DropColumn(int column) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.DROP_COLUMN;
    }

    @Override
    public void apply(Table t) {
      int w = t.width();
      if (w == 0) {
        return;
      }
      int c = Math.floorMod(column, w);
      t.records.stream().filter(r -> r.size() > c).forEach(r -> r.remove(c));
    }

    @Override
    public String toString() {
      return "drop column " + column;
    }
  }

  /** Repeats a column right after itself in every record, the header too. */
  record DuplicateColumn(int column) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.DUPLICATE_COLUMN;
    }

    @Override
    public void apply(Table t) {
      int w = t.width();
      if (w == 0) {
        return;
      }
      int c = Math.floorMod(column, w);
      t.records.stream().filter(r -> r.size() > c).forEach(r -> r.add(c + 1, r.get(c)));
    }

    @Override
    public String toString() {
      return "duplicate column " + column;
    }
  }

  /** Swaps two columns in every record that has both. */
  record SwapColumns(int first, int second) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.SWAP_COLUMNS;
    }

    @Override
    public void apply(Table t) {
      int w = t.width();
      if (w == 0) {
        return;
      }
      int a = Math.floorMod(first, w);
      int b = Math.floorMod(second, w);
      t.records.stream()
          .filter(r -> r.size() > Math.max(a, b))
          .forEach(r -> Collections.swap(r, a, b));
    }

    @Override
    public String toString() {
      return "swap columns " + first + " and " + second;
    }
  }

  /** Adds a column with a header and the same cell in every data record. */
  record AddColumn(int at, String name, String cell) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.ADD_COLUMN;
    }

    @Override
    public void apply(Table t) {
      int h = t.header();
      if (h < 0) {
        return;
      }
      int c = Math.floorMod(at, t.width() + 1);
      for (int i = h; i < t.records.size(); i++) {
        List<String> r = t.records.get(i);
        if (!r.isEmpty()) {
          r.add(Math.min(c, r.size()), i == h ? name : cell);
        }
      }
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "add column \"%s\" at %d with cells \"%s\"",
          FuzzCase.escape(name, 60),
          at,
          FuzzCase.escape(cell, 60));
    }
  }

  /** A new name for a header, made from the old one or from the others. */
  enum HeaderName {
    UPPER_CASE,
    LOWER_CASE,
    PADDED_WITH_SPACES,
    PADDED_WITH_TABS,
    PADDED_WITH_NO_BREAK_SPACES,
    NUL_BEFORE,
    NUL_AFTER,
    BOM_BEFORE,
    ZERO_WIDTH_SPACE_AFTER,
    EMPTY,
    BLANK,
    RESPONDENT,
    GROUP_IN_CAPITALS,
    TEAM,
    NEXT_COLUMNS_NAME,
    WITH_A_QUOTE,
    WITH_A_COMMA,
    WITH_A_LINE_BREAK,
    NUMBER;

    String from(List<String> header, int column) {
      String old = header.get(column);
      return switch (this) {
        case UPPER_CASE -> old.toUpperCase(Locale.ROOT);
        case LOWER_CASE -> old.toLowerCase(Locale.ROOT);
        case PADDED_WITH_SPACES -> "  " + old + " ";
        case PADDED_WITH_TABS -> "\t" + old + "\t";
        case PADDED_WITH_NO_BREAK_SPACES -> "\u00A0" + old + "\u00A0";
        case NUL_BEFORE -> "\u0000" + old;
        case NUL_AFTER -> old + "\u0000";
        case BOM_BEFORE -> "\uFEFF" + old;
        case ZERO_WIDTH_SPACE_AFTER -> old + "\u200B";
        case EMPTY -> "";
        case BLANK -> " \t ";
        case RESPONDENT -> "respondent";
        case GROUP_IN_CAPITALS -> "GROUP";
        case TEAM -> "Team";
        case NEXT_COLUMNS_NAME -> header.get((column + 1) % header.size());
        case WITH_A_QUOTE -> old + "\"";
        case WITH_A_COMMA -> old + ",";
        case WITH_A_LINE_BREAK -> old + "\n";
        case NUMBER -> "3";
      };
    }
  }

  /** Renames one column of the header. */
  record RenameHeader(int column, HeaderName name) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.RENAME_HEADER;
    }

    @Override
    public void apply(Table t) {
      int h = t.header();
      if (h < 0) {
        return;
      }
      List<String> header = t.records.get(h);
      int c = Math.floorMod(column, header.size());
      header.set(c, name.from(header, c));
    }

    @Override
    public String toString() {
      return "rename header " + column + ": " + name;
    }
  }

  /** Removes one cell of one data record. */
  record DropCell(int row, int column) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.DROP_CELL;
    }

    @Override
    public void apply(Table t) {
      List<String> r = t.dataRecord(row);
      if (r != null) {
        r.remove(Math.floorMod(column, r.size()));
      }
    }

    @Override
    public String toString() {
      return "drop cell " + column + " of row " + row;
    }
  }

  /** Adds one cell to one data record. */
  record AddCell(int row, int column, String cell) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.ADD_CELL;
    }

    @Override
    public void apply(Table t) {
      List<String> r = t.dataRecord(row);
      if (r != null) {
        r.add(Math.floorMod(column, r.size() + 1), cell);
      }
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "add cell \"%s\" at %d of row %d", FuzzCase.escape(cell, 60), column, row);
    }
  }

  /** Replaces one cell of one data record. */
  record ReplaceCell(int row, int column, String cell) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.REPLACE_CELL;
    }

    @Override
    public void apply(Table t) {
      List<String> r = t.dataRecord(row);
      if (r != null) {
        r.set(Math.floorMod(column, r.size()), cell);
      }
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "replace cell %d of row %d by \"%s\"",
          column,
          row,
          FuzzCase.escape(cell, 60));
    }
  }

  /** What a long field is made of. */
  enum Filler {
    /** {@code x}: not an answer, not a name. */
    LETTERS,
    /** An answer padded with spaces, which is an answer once trimmed. */
    PADDED_ANSWER,
    /** Quotes, each doubled when written. */
    QUOTES,
    /** Line breaks, each a line of the file. */
    LINE_BREAKS,
    /** U+1F600, two chars each. */
    EMOJI
  }

  /** Sets one field of any record, the header too, to a field of the given length. */
  record LongField(int record, int column, int length, Filler filler) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.LONG_FIELD;
    }

    @Override
    public void apply(Table t) {
      List<String> r = t.record(record);
      if (r != null) {
        r.set(Math.floorMod(column, r.size()), text());
      }
    }

    String text() {
      return switch (filler) {
        case LETTERS -> "x".repeat(length);
        case PADDED_ANSWER -> {
          int left = Math.max(0, length - 1) / 2;
          yield " ".repeat(left) + "3" + " ".repeat(Math.max(0, length - 1 - left));
        }
        case QUOTES -> "\"".repeat(length);
        case LINE_BREAKS -> "\n".repeat(length);
        case EMOJI -> "\uD83D\uDE00".repeat(length / 2) + (length % 2 == 1 ? "e" : "");
      };
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "field %d of record %d: %d chars of %s", column, record, length, filler);
    }
  }

  /**
   * Widens the file to the given number of columns: the header and every data record (named {@code
   * x1}, {@code x2}... with empty cells), or one record alone. Widening every record stops after
   * {@link #MAX_CELLS} cells, so that a try stays well within its time limit.
   */
  record ManyColumns(int record, int width, boolean everyRecord) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.MANY_COLUMNS;
    }

    @Override
    public void apply(Table t) {
      if (everyRecord) {
        int h = t.header();
        if (h < 0) {
          return;
        }
        int cells = 0;
        for (int i = h; i < t.records.size() && cells < MAX_CELLS; i++) {
          List<String> r = t.records.get(i);
          for (int k = r.size(); !r.isEmpty() && k < width; k++) {
            r.add(i == h ? "x" + k : "");
          }
          cells += r.size();
        }
      } else {
        List<String> r = t.record(record);
        while (r != null && r.size() < width) {
          r.add("4");
        }
      }
    }

    @Override
    public String toString() {
      return everyRecord
          ? "widen every record to " + width + " fields"
          : "widen record " + record + " to " + width + " fields";
    }
  }

  /** Deletes a record with fields (the header too). */
  record DeleteRecord(int record) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.DELETE_RECORD;
    }

    @Override
    public void apply(Table t) {
      List<String> r = t.record(record);
      if (r != null) {
        t.records.remove(indexOf(t, r));
      }
    }

    @Override
    public String toString() {
      return "delete record " + record;
    }
  }

  /** The most cells a table may have after a mutation that adds many, so that a try stays fast. */
  static final int MAX_CELLS = 300_000;

  /** The most characters that repeating a record may add, so that a try stays fast. */
  static final int MAX_REPEATED_CHARS = 200_000;

  /**
   * Repeats a record with fields (the header too) right after itself, fewer times when the copies
   * would add more than {@link #MAX_REPEATED_CHARS} characters.
   */
  record DuplicateRecord(int record, int times) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.DUPLICATE_RECORD;
    }

    @Override
    public void apply(Table t) {
      List<String> r = t.record(record);
      if (r != null) {
        int i = indexOf(t, r);
        int chars = r.size();
        for (String f : r) {
          chars += f.length();
        }
        int copies = Math.max(1, Math.min(times, MAX_REPEATED_CHARS / chars));
        for (int k = 0; k < copies; k++) {
          t.records.add(i + 1, new ArrayList<>(r));
        }
      }
    }

    @Override
    public String toString() {
      return "duplicate record " + record + " " + times + " times";
    }
  }

  /** Swaps two records (the header with a data record, say). */
  record SwapRecords(int first, int second) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.SWAP_RECORDS;
    }

    @Override
    public void apply(Table t) {
      if (!t.records.isEmpty()) {
        Collections.swap(
            t.records,
            Math.floorMod(first, t.records.size()),
            Math.floorMod(second, t.records.size()));
      }
    }

    @Override
    public String toString() {
      return "swap records " + first + " and " + second;
    }
  }

  /** Cuts the file after its first records: none, the header alone, or a row or two more. */
  record KeepFirstRecords(int count) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.KEEP_FIRST_RECORDS;
    }

    @Override
    public void apply(Table t) {
      int kept = 0;
      for (int i = 0; i < t.records.size(); i++) {
        if (!t.records.get(i).isEmpty() && kept++ == count) {
          t.records.subList(i, t.records.size()).clear();
          return;
        }
      }
    }

    @Override
    public String toString() {
      return "keep the first " + count + " records";
    }
  }

  /**
   * Inserts lines that hold no record (empty) or a record of white space alone (which is a row with
   * one field), before the header, between rows or at the end.
   */
  record InsertEmptyLines(int at, int count, String content) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.INSERT_EMPTY_LINES;
    }

    @Override
    public void apply(Table t) {
      int i = Math.floorMod(at, t.records.size() + 1);
      for (int k = 0; k < count; k++) {
        t.records.add(i, content.isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of(content)));
      }
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "insert %d lines \"%s\" at %d", count, FuzzCase.escape(content, 10), at);
    }
  }

  /** Writes the file with other line ends, with or without one after the last record. */
  record LineEnds(LineEnd lineEnd, boolean last) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.LINE_ENDS;
    }

    @Override
    public void apply(Table t) {
      t.lineEnd = lineEnd;
      t.lastLineEnd = last;
    }

    @Override
    public String toString() {
      return "line ends " + lineEnd + (last ? ", one after the last record" : ", none at the end");
    }
  }

  /** Writes every field in quotes, or only those that need them. */
  record QuoteAll(boolean all) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.QUOTE_ALL;
    }

    @Override
    public void apply(Table t) {
      t.quoteAll = all;
    }

    @Override
    public String toString() {
      return all ? "quote every field" : "quote only what needs it";
    }
  }

  /** Writes the file with or without a byte-order mark. */
  record Bom(boolean bom) implements TableMutation {
    @Override
    public Kind kind() {
      return Kind.BOM;
    }

    @Override
    public void apply(Table t) {
      t.bom = bom;
    }

    @Override
    public String toString() {
      return bom ? "start with a byte-order mark" : "start without a byte-order mark";
    }
  }

  private static int indexOf(Table t, List<String> r) {
    for (int i = 0; i < t.records.size(); i++) {
      if (t.records.get(i) == r) {
        return i;
      }
    }
    throw new IllegalStateException("record not in table");
  }

  // ---------------------------------------------------------------------------------------------
  // Text level

  /** A change to the bytes of a written file. */
  interface TextMutation {
    /** The kind's name: a {@link Kind} or a {@link Mutations.Kind}. */
    String kind();

    /** The mutated bytes; the argument is not changed. */
    byte[] apply(byte[] document);
  }

  /** A byte-level mutation of the rubric fuzz suite. */
  record Bytes(ByteMutation mutation) implements TextMutation {
    @Override
    public String kind() {
      return mutation.kind().name();
    }

    @Override
    public byte[] apply(byte[] d) {
      return mutation.apply(d);
    }

    @Override
    public String toString() {
      return mutation.toString();
    }
  }

  /** The bytes that structure a CSV file. */
  enum Delimiter {
    QUOTE('"'),
    COMMA(','),
    LF('\n'),
    CR('\r');

    final byte value;

    Delimiter(char c) {
      value = (byte) c;
    }
  }

  /** What to do with a delimiter. */
  enum Edit {
    DELETE,
    DOUBLE,
    REPLACE_BY_SEMICOLON,
    REPLACE_BY_TAB,
    REPLACE_BY_QUOTE,
    REPLACE_BY_COMMA,
    REPLACE_BY_LF
  }

  /** Deletes, doubles or replaces the nth occurrence of a delimiter (n modulo their number). */
  record EditNthDelimiter(Delimiter delimiter, int n, Edit edit) implements TextMutation {
    @Override
    public String kind() {
      return Kind.EDIT_NTH_DELIMITER.name();
    }

    @Override
    public byte[] apply(byte[] d) {
      int count = 0;
      for (byte b : d) {
        count += b == delimiter.value ? 1 : 0;
      }
      if (count == 0) {
        return d;
      }
      int target = Math.floorMod(n, count);
      int at = -1;
      for (int i = 0, seen = 0; i < d.length; i++) {
        if (d[i] == delimiter.value && seen++ == target) {
          at = i;
          break;
        }
      }
      byte[] replacement =
          switch (edit) {
            case DELETE -> new byte[0];
            case DOUBLE -> new byte[] {delimiter.value, delimiter.value};
            case REPLACE_BY_SEMICOLON -> new byte[] {';'};
            case REPLACE_BY_TAB -> new byte[] {'\t'};
            case REPLACE_BY_QUOTE -> new byte[] {'"'};
            case REPLACE_BY_COMMA -> new byte[] {','};
            case REPLACE_BY_LF -> new byte[] {'\n'};
          };
      byte[] out = new byte[d.length - 1 + replacement.length];
      System.arraycopy(d, 0, out, 0, at);
      System.arraycopy(replacement, 0, out, at, replacement.length);
      System.arraycopy(d, at + 1, out, at + replacement.length, d.length - at - 1);
      return out;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s the %s at n = %d",
          edit.name().toLowerCase(Locale.ROOT).replace('_', ' '),
          delimiter,
          n);
    }
  }

  /** Inserts a CSV token at a byte position (modulo the length, so maybe inside a character). */
  record InsertCsvToken(int at, String token) implements TextMutation {
    @Override
    public String kind() {
      return Kind.INSERT_CSV_TOKEN.name();
    }

    @Override
    public byte[] apply(byte[] d) {
      byte[] t = FuzzCase.encode(token);
      int i = Math.floorMod(at, d.length + 1);
      byte[] out = Arrays.copyOf(d, d.length + t.length);
      System.arraycopy(t, 0, out, i, t.length);
      System.arraycopy(d, i, out, i + t.length, d.length - i);
      return out;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "insert \"%s\" at %d", FuzzCase.escape(token, 60), at);
    }
  }

  /** Tokens of CSV syntax, alone and in the combinations that break a reader's state. */
  static final List<String> CSV_TOKENS =
      List.of(
          "\"",
          "\"\"",
          "\"\"\"",
          ",",
          ",,,,,,,,,,,,",
          "\n",
          "\r",
          "\r\n",
          "\n\r",
          "\n\n\n",
          "\",",
          ",\"",
          "\"\n",
          "\n\"",
          "\"\r\n\"",
          "\" \"",
          "\"a\"\"b\"",
          "\u0000",
          "\u0000\u0000\u0000\u0000",
          "\uFEFF",
          "\t",
          ";",
          " ",
          "n/a",
          "9",
          "-1",
          "\\\"",
          "\u2028",
          "\u0085");

  // ---------------------------------------------------------------------------------------------
  // Arbitraries

  /** Cell values: answers in and out of range, number spellings, CSV syntax, odd characters. */
  static final List<String> CELLS =
      List.of(
          "",
          "3",
          "n/a",
          " ",
          "N/A",
          " n/a ",
          "na",
          "-",
          "0",
          "1",
          "2",
          "5",
          "6",
          "-1",
          "+3",
          "3.0",
          "3.",
          "3.000000000000000000000",
          "3.5",
          "03",
          "0000000003",
          "999999999",
          "9999999999",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "1e1",
          "0x3",
          "NaN",
          "Infinity",
          "-Infinity",
          "\u0663",
          "\uFF13",
          "\u00A03",
          "\t3\t",
          "3\u0000",
          "\u0000",
          "\uFEFF3",
          "3\u200B",
          "a,b",
          "say \"hi\"",
          "\"",
          "\"\"",
          "line\nbreak",
          "line\r\nbreak",
          "cr\ronly",
          "\n",
          "\r\n",
          "\u2028",
          "\uD800",
          "\uDC00x",
          "\uD83D\uDE00",
          "null",
          "true",
          "respondent",
          "group");

  private static Arbitrary<Integer> index() {
    return Arbitraries.integers()
        .between(0, 1 << 16)
        .withDistribution(RandomDistribution.biased())
        .shrinkTowards(0);
  }

  private static Arbitrary<Integer> position() {
    return Arbitraries.integers()
        .between(0, 1 << 24)
        .withDistribution(RandomDistribution.uniform());
  }

  /** A cell value: from {@link #CELLS} mostly, else text from every plane or control characters. */
  static Arbitrary<String> cells() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(CELLS)),
        Tuple.of(2, Mutations.utf8Text()),
        Tuple.of(1, Mutations.controlText()));
  }

  /** Field lengths about the limit, and short ones. */
  private static Arbitrary<Integer> fieldLengths() {
    int max = CsvReference.MAX_FIELD_CHARS;
    // A third of them at the limit, the costly ones: such a field is written and read six times.
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(max - 1, max, max + 1)),
        Tuple.of(2, Arbitraries.integers().between(1, 5000)));
  }

  /** Repeats of a record: a few, or enough to pass the 1,000 errors a report keeps. */
  private static Arbitrary<Integer> repeats() {
    return Arbitraries.frequencyOf(
        Tuple.of(60, Arbitraries.integers().between(1, 3)), Tuple.of(1, Arbitraries.just(1_001)));
  }

  /** Record widths about the limit, and a wide one within it. */
  private static Arbitrary<Integer> widths() {
    int max = CsvReference.MAX_FIELDS;
    return Arbitraries.of(200, max - 1, max, max + 1);
  }

  /** Every table-level mutation, each kind about equally often but the costly ones. */
  static Arbitrary<TableMutation> tableMutations() {
    Arbitrary<Integer> i = index();
    Arbitrary<String> cell = cells();
    Arbitrary<String> name =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of("extra", "respondent", "group", "team", "", " ")),
            Tuple.of(1, cell));
    Arbitrary<String> emptyLine = Arbitraries.of("", "", " ", "\t");
    return Arbitraries.<TableMutation>frequencyOf(
            Tuple.of(4, i.map(DropColumn::new)),
            Tuple.of(4, i.map(DuplicateColumn::new)),
            Tuple.of(4, Combinators.combine(i, i).as(SwapColumns::new)),
            Tuple.of(4, Combinators.combine(i, name, cell).as(AddColumn::new)),
            Tuple.of(
                6, Combinators.combine(i, Arbitraries.of(HeaderName.class)).as(RenameHeader::new)),
            Tuple.of(4, Combinators.combine(i, i).as(DropCell::new)),
            Tuple.of(4, Combinators.combine(i, i, cell).as(AddCell::new)),
            Tuple.of(8, Combinators.combine(i, i, cell).as(ReplaceCell::new)),
            Tuple.of(
                1,
                Combinators.combine(i, i, fieldLengths(), Arbitraries.of(Filler.class))
                    .as(LongField::new)),
            Tuple.of(
                1,
                Combinators.combine(
                        i, widths(), Arbitraries.frequency(Tuple.of(1, true), Tuple.of(2, false)))
                    .as(ManyColumns::new)),
            Tuple.of(4, i.map(DeleteRecord::new)),
            Tuple.of(4, Combinators.combine(i, repeats()).as(DuplicateRecord::new)),
            Tuple.of(4, Combinators.combine(i, i).as(SwapRecords::new)),
            Tuple.of(2, Arbitraries.integers().between(0, 3).map(KeepFirstRecords::new)),
            Tuple.of(
                4,
                Combinators.combine(i, Arbitraries.integers().between(1, 3), emptyLine)
                    .as(InsertEmptyLines::new)),
            Tuple.of(
                3,
                Combinators.combine(Arbitraries.of(LineEnd.class), Arbitraries.of(true, false))
                    .as(LineEnds::new)),
            Tuple.of(2, Arbitraries.of(true, false).map(QuoteAll::new)),
            Tuple.of(2, Arbitraries.of(true, false).map(Bom::new)))
        // Edge cases of positions mean nothing, and their combinations would crowd out the kinds
        // with fewer parts.
        .withoutEdgeCases();
  }

  /** Every text-level mutation: the byte-level ones of {@link Mutations} and CSV's own. */
  static Arbitrary<TextMutation> textMutations() {
    return Arbitraries.<TextMutation>frequencyOf(
            Tuple.of(10, Mutations.byteMutations().map(Bytes::new)),
            Tuple.of(
                3,
                Combinators.combine(
                        Arbitraries.of(Delimiter.class), position(), Arbitraries.of(Edit.class))
                    .as(EditNthDelimiter::new)),
            Tuple.of(
                3,
                Combinators.combine(position(), Arbitraries.of(CSV_TOKENS))
                    .as(InsertCsvToken::new)))
        .withoutEdgeCases();
  }
}
