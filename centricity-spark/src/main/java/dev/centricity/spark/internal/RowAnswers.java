package dev.centricity.spark.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How the columns of a Spark row become a response: each column named by a trait id holds that
 * trait's answer — a whole number (of any numeric type, or as text such as {@code "4"}), {@code
 * null} or empty text for no answer, {@code "n/a"} for not applicable — and optional columns hold
 * the respondent, the group and the line. A cell that is no answer makes the row an error naming
 * the column and the value; the scorer judges whether an answer lies on its scale.
 */
public final class RowAnswers implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String[] traitIds;
  private final int[] traitPoints;
  private final int[] traitColumn;
  private final int respondentColumn;
  private final int groupColumn;
  private final int lineColumn;

  /**
   * Resolves the columns of a schema.
   *
   * @param rubric the rubric
   * @param schema the rows' schema
   * @param respondent the respondent column, if any
   * @param group the group column, if any
   * @param line the line column, if any
   * @throws IllegalArgumentException if a named column is not in the schema, or no trait column is
   */
  public RowAnswers(
      Rubric rubric,
      StructType schema,
      Optional<String> respondent,
      Optional<String> group,
      Optional<String> line) {
    List<Trait> traits = rubric.allTraits();
    traitIds = new String[traits.size()];
    traitPoints = new int[traits.size()];
    traitColumn = new int[traits.size()];
    List<String> names = List.of(schema.fieldNames());
    int found = 0;
    for (int t = 0; t < traits.size(); t++) {
      Trait trait = traits.get(t);
      traitIds[t] = trait.id();
      traitPoints[t] = rubric.scale(trait.scale()).map(Scale::size).orElse(2);
      traitColumn[t] = names.indexOf(trait.id());
      if (traitColumn[t] >= 0) {
        found++;
      }
    }
    if (found == 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "no column of the dataset is a trait of rubric '%s' (columns: %s; traits such as"
                  + " '%s')",
              rubric.id(),
              String.join(", ", names),
              traitIds.length > 0 ? traitIds[0] : ""));
    }
    respondentColumn = column(names, respondent, "respondent");
    groupColumn = column(names, group, "group");
    lineColumn = column(names, line, "line");
  }

  private static int column(List<String> names, Optional<String> name, String role) {
    if (name.isEmpty()) {
      return -1;
    }
    int i = names.indexOf(name.get());
    if (i < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the %s column '%s' is not in the dataset (columns: %s)",
              role,
              name.get(),
              String.join(", ", names)));
    }
    return i;
  }

  /** The names of the columns a schema must have: the traits found and the named columns. */
  public static List<String> used(StructType schema, RowAnswers answers) {
    List<String> out = new ArrayList<>();
    StructField[] fields = schema.fields();
    for (int c : answers.traitColumn) {
      if (c >= 0) {
        out.add(fields[c].name());
      }
    }
    for (int c : new int[] {answers.respondentColumn, answers.groupColumn, answers.lineColumn}) {
      if (c >= 0) {
        out.add(fields[c].name());
      }
    }
    return out;
  }

  /** The respondent of a row, when it names one. */
  public Optional<String> respondent(Row row) {
    return text(row, respondentColumn);
  }

  /** The group of a row, when it has one. */
  public Optional<String> group(Row row) {
    return text(row, groupColumn);
  }

  /** The line of a row: its line column, or 0 without one. */
  public long line(Row row) {
    if (lineColumn < 0 || row.isNullAt(lineColumn)) {
      return 0;
    }
    Object v = row.get(lineColumn);
    return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().strip());
  }

  private static Optional<String> text(Row row, int column) {
    if (column < 0 || row.isNullAt(column)) {
      return Optional.empty();
    }
    String s = row.get(column).toString().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /**
   * The response of a row, or the reason it has none (naming every bad cell).
   *
   * @param row the row
   * @return a {@link Response} or a {@link String}
   */
  public Object response(Row row) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<String> problems = null;
    for (int t = 0; t < traitIds.length; t++) {
      int c = traitColumn[t];
      if (c < 0 || row.isNullAt(c)) {
        continue;
      }
      Object cell = row.get(c);
      Object answer = answer(cell, traitPoints[t]);
      if (answer instanceof Answer a) {
        answers.put(traitIds[t], a);
      } else {
        if (problems == null) {
          problems = new ArrayList<>();
        }
        problems.add(String.format(Locale.ROOT, "column '%s': %s", traitIds[t], answer));
      }
    }
    if (problems != null) {
      return String.join("; ", problems);
    }
    return Response.builder().respondent(respondent(row)).answers(answers).build();
  }

  /** The first bad column named by a reason from {@link #response}. */
  static Optional<String> firstColumn(String reason) {
    if (reason.startsWith("column '")) {
      int end = reason.indexOf("': ");
      if (end > 0) {
        return Optional.of(reason.substring("column '".length(), end));
      }
    }
    return Optional.empty();
  }

  /** The row as a cohort row: a member, or an error whose line is the row's. */
  public CohortRow cohortRow(Row row) {
    long line = line(row);
    Object response = response(row);
    if (response instanceof Response r) {
      Optional<String> group = group(row);
      return CohortRow.of(
          line, group.isPresent() ? CohortMember.of(r, group.get()) : CohortMember.of(r));
    }
    String reason = (String) response;
    return CohortRow.of(RowError.of(line, respondent(row), firstColumn(reason), reason));
  }

  private static Object answer(Object cell, int points) {
    if (cell instanceof Number n) {
      BigDecimal d;
      try {
        d = new BigDecimal(n.toString());
      } catch (NumberFormatException e) {
        return String.format(Locale.ROOT, "%s is not an answer", n);
      }
      try {
        return Answer.of(d.intValueExact());
      } catch (ArithmeticException e) {
        return String.format(
            Locale.ROOT, "%s is not an answer: give a whole number from 1 to %d", n, points);
      }
    }
    String s = cell.toString().strip();
    if (s.isEmpty()) {
      return Answer.blank();
    }
    if (s.equalsIgnoreCase("n/a")) {
      return Answer.notApplicable();
    }
    try {
      return Answer.of(Integer.parseInt(s.startsWith("+") ? s.substring(1) : s));
    } catch (NumberFormatException e) {
      return String.format(
          Locale.ROOT,
          "'%s' is not an answer: give a whole number from 1 to %d, leave the cell empty or write"
              + " n/a",
          s.length() > 40 ? s.substring(0, 40) + "…" : s,
          points);
    }
  }
}
