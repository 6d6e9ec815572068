package dev.centricity.core.cohort.internal;

import dev.centricity.core.CentricityException;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.internal.CompiledRubric;
import dev.centricity.core.internal.Texts;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything an analysis keeps about a set of rows: the counts of rows, rejections and ungrouped
 * members, the accumulators of the whole cohort, of each group and of each dimension's reliability,
 * and the first {@value CohortReport#MAX_ERRORS_KEPT} error rows by line. Its size depends on the
 * rubric and the number of groups, not on the number of rows.
 *
 * <p>Accumulators of disjoint sets of rows {@link #merge merge} into the accumulator of their
 * union: counts and exact sums add, moments merge by Chan's update, and error rows merge in line
 * order. Not thread-safe.
 */
final class CohortAccumulator {

  final CompiledRubric layout;
  final GroupAccumulator overall;
  final Map<String, GroupAccumulator> groups = new TreeMap<>();
  final ReliabilityAccumulator[] reliability;
  List<RowError> errors = new ArrayList<>();
  long rows;
  long rejected;
  long ungrouped;

  CohortAccumulator(CompiledRubric layout) {
    this.layout = layout;
    overall = new GroupAccumulator(Optional.empty(), layout);
    reliability = reliabilities(layout);
  }

  /**
   * The reliability accumulators, one per dimension of a two-pole rubric with at most {@link
   * CohortReport#MAX_RELIABILITY_TRAITS} traits: they keep p² sums for p traits.
   */
  static ReliabilityAccumulator[] reliabilities(CompiledRubric layout) {
    List<ReliabilityAccumulator> kept = new ArrayList<>();
    for (int d = 0; layout.twoPoles() && d < layout.dimensionCount; d++) {
      if (layout.dimensionEnd[d] - layout.dimensionStart[d]
          <= CohortReport.MAX_RELIABILITY_TRAITS) {
        kept.add(new ReliabilityAccumulator(layout, d));
      }
    }
    return kept.toArray(new ReliabilityAccumulator[0]);
  }

  private GroupAccumulator group(String label) {
    GroupAccumulator g = groups.get(label);
    if (g == null) {
      if (groups.size() >= CohortReport.MAX_GROUPS) {
        throw new CentricityException(
            String.format(
                Locale.ROOT,
                "the cohort has more than %d distinct groups, the most an analysis takes (each"
                    + " group keeps its own sums, and the limit bounds the memory they take);"
                    + " group '%s' is one too many: group by a column with fewer distinct values"
                    + " (is the group column an id of each respondent?)",
                CohortReport.MAX_GROUPS,
                Texts.abbreviate(label, 60)));
      }
      g = new GroupAccumulator(Optional.of(label), layout);
      groups.put(label, g);
    }
    return g;
  }

  /** Adds a scored row: its scorecard's figures and its answers by trait position. */
  void add(RowFigures figures, int[] points, Optional<String> group) {
    rows++;
    overall.add(figures, points);
    if (group.isPresent()) {
      group(group.get()).add(figures, points);
    } else {
      ungrouped++;
    }
    for (ReliabilityAccumulator r : reliability) {
      r.add(points);
    }
  }

  /**
   * Adds a row that could not be scored, keeping the errors in line order (after those of the same
   * line) and the first {@value CohortReport#MAX_ERRORS_KEPT} of them: rows that come in line
   * order, as a file's and a cohort's do, are simply appended, and a summary of rows in any order
   * (a Spark partition) keeps the same errors as one of the same rows in line order.
   */
  void reject(RowError error) {
    rows++;
    rejected++;
    int max = CohortReport.MAX_ERRORS_KEPT;
    int n = errors.size();
    if (n == 0 || errors.get(n - 1).line() <= error.line()) {
      if (n < max) {
        errors.add(error);
      }
      return;
    }
    int at = n;
    while (at > 0 && errors.get(at - 1).line() > error.line()) {
      at--;
    }
    errors.add(at, error);
    if (errors.size() > max) {
      errors.remove(errors.size() - 1);
    }
  }

  /**
   * Adds what another accumulator of the same rubric kept about other rows. The error rows of both
   * are merged by line, this accumulator's first among equal lines, and cut at {@value
   * CohortReport#MAX_ERRORS_KEPT}: when the other's rows all come after this one's, that is the
   * first errors in input order.
   */
  void merge(CohortAccumulator other) {
    rows += other.rows;
    rejected += other.rejected;
    ungrouped += other.ungrouped;
    overall.merge(other.overall);
    for (GroupAccumulator g : other.groups.values()) {
      group(g.label.orElseThrow()).merge(g);
    }
    for (int d = 0; d < reliability.length; d++) {
      reliability[d].merge(other.reliability[d]);
    }
    errors = mergeByLine(errors, other.errors);
  }

  private static List<RowError> mergeByLine(List<RowError> a, List<RowError> b) {
    if (b.isEmpty()) {
      return a;
    }
    int max = CohortReport.MAX_ERRORS_KEPT;
    List<RowError> out = new ArrayList<>(Math.min(max, a.size() + b.size()));
    int i = 0;
    int j = 0;
    while (out.size() < max && (i < a.size() || j < b.size())) {
      if (j == b.size() || (i < a.size() && a.get(i).line() <= b.get(j).line())) {
        out.add(a.get(i++));
      } else {
        out.add(b.get(j++));
      }
    }
    return out;
  }

  /** Writes every figure for {@link #read}; the rubric is the reader's to know. */
  void write(DataOutput out) throws IOException {
    out.writeLong(rows);
    out.writeLong(rejected);
    out.writeLong(ungrouped);
    overall.write(out);
    out.writeInt(groups.size());
    for (GroupAccumulator g : groups.values()) {
      writeText(out, g.label.orElseThrow());
      g.write(out);
    }
    for (ReliabilityAccumulator r : reliability) {
      r.write(out);
    }
    out.writeInt(errors.size());
    for (RowError e : errors) {
      out.writeLong(e.line());
      writeOptional(out, e.respondent());
      writeOptional(out, e.column());
      writeText(out, e.reason());
      out.writeInt(e.problems().size());
      for (RowProblem p : e.problems()) {
        writeText(out, p.code().name());
        writeOptional(out, p.column());
        out.writeInt(p.values().size());
        for (String v : p.values()) {
          writeText(out, v);
        }
      }
    }
  }

  /** Reads what {@link #write} wrote, for the same rubric. */
  static CohortAccumulator read(CompiledRubric layout, DataInput in) throws IOException {
    CohortAccumulator acc = new CohortAccumulator(layout);
    acc.rows = in.readLong();
    acc.rejected = in.readLong();
    acc.ungrouped = in.readLong();
    acc.overall.read(in);
    int groups = in.readInt();
    for (int g = 0; g < groups; g++) {
      String label = readText(in);
      GroupAccumulator group = new GroupAccumulator(Optional.of(label), layout);
      group.read(in);
      acc.groups.put(label, group);
    }
    for (ReliabilityAccumulator r : acc.reliability) {
      r.read(in);
    }
    int errors = in.readInt();
    for (int e = 0; e < errors; e++) {
      long line = in.readLong();
      Optional<String> respondent = readOptional(in);
      Optional<String> column = readOptional(in);
      String reason = readText(in);
      int count = in.readInt();
      List<RowProblem> problems = new ArrayList<>();
      for (int p = 0; p < count; p++) {
        RowProblem.Code code = problemCode(readText(in));
        Optional<String> problemColumn = readOptional(in);
        int valueCount = in.readInt();
        List<String> values = new ArrayList<>();
        for (int v = 0; v < valueCount; v++) {
          values.add(readText(in));
        }
        problems.add(RowProblem.of(code, problemColumn, values));
      }
      acc.errors.add(RowError.of(line, respondent, column, reason, problems));
    }
    return acc;
  }

  private static RowProblem.Code problemCode(String name) throws IOException {
    try {
      return RowProblem.Code.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IOException("an unknown row problem code '" + name + "'", e);
    }
  }

  private static void writeText(DataOutput out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("a text of negative length " + length);
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeOptional(DataOutput out, Optional<String> text) throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) {
      writeText(out, text.get());
    }
  }

  private static Optional<String> readOptional(DataInput in) throws IOException {
    return in.readBoolean() ? Optional.of(readText(in)) : Optional.empty();
  }
}
