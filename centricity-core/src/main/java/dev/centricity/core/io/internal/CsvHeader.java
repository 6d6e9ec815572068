package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.internal.CompiledRubric;
import dev.centricity.core.internal.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a cohort file checked against a rubric: which column holds which trait (by
 * position in the rubric's order), the respondent or the group, which are ignored, and the warnings
 * for ignored columns and traits no column answers. Refuses a header that cannot be used.
 * Immutable.
 */
final class CsvHeader {

  static final int IGNORED = -1;
  static final int RESPONDENT = -2;
  static final int GROUP = -3;

  /** The longest column name a warning's message quotes in full: the longest trait id. */
  private static final int MAX_NAME_IN_MESSAGE = 200;

  final List<String> columns;
  final List<CohortWarning> warnings;

  /** Per column: the trait position in {@code traitIds}, or IGNORED, RESPONDENT or GROUP. */
  final int[] role;

  final String[] traitIds;
  final int[] traitPoints;

  private CsvHeader(
      List<String> columns,
      List<CohortWarning> warnings,
      int[] role,
      String[] traitIds,
      int[] traitPoints) {
    this.columns = columns;
    this.warnings = warnings;
    this.role = role;
    this.traitIds = traitIds;
    this.traitPoints = traitPoints;
  }

  /**
   * Reads and checks the header row.
   *
   * @param parser the file, before its first record
   * @param source a name for messages
   * @param rubric the rubric whose trait ids the columns name
   * @param policy the policy whose unknown-traits setting applies to unknown columns
   * @param groupColumn the header of the column holding each respondent's group
   * @param respondentColumn the header of the column naming each respondent
   * @param respondentRequired whether a header without the respondent column is refused
   * @return the header
   * @throws CohortFormatException if the header is missing or not acceptable
   */
  static CsvHeader read(
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
    CompiledRubric compiled = CompiledRubric.of(rubric);
    String[] traitIds = compiled.traitIds;
    int[] traitPoints = compiled.traitPoints;
    List<String> columns = new ArrayList<>();
    int[] role = new int[header.fields().size()];
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> unknown = new ArrayList<>();
    boolean[] present = new boolean[compiled.traitCount];
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
      } else if (compiled.position(name) >= 0) {
        role[i] = compiled.position(name);
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
                    Texts.abbreviate(columns.get(i), MAX_NAME_IN_MESSAGE),
                    rubric.reference()),
                List.of(rubric.reference())));
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
    return new CsvHeader(List.copyOf(columns), List.copyOf(warnings), role, traitIds, traitPoints);
  }
}
