package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inputs {@link CohortFuzzProperties} found that break its guarantees, each as the fuzzer
 * reported it after shrinking, next to a minimal input of the same kind.
 *
 * <p>Bug 1: the reader told the group column apart from the others by a key of its own, {@code
 * "\u0000group"}, which a header spelt NUL, {@code group} matched as well, so that column was taken
 * for the group column: an unknown column that the policy should refuse or ignore with a warning
 * was read as every respondent's group instead. Fixed by keying columns by their role.
 *
 * <p>Bug 2: the warning for an unknown column quoted the column's name in full, and a name may be
 * as long as a field, 100,000 characters, so the message passed the 100,000 characters a JSON
 * string may have, and {@link CohortReportFormat#fromJson} refused the report {@link
 * CohortReportFormat#toJson} had written. Fixed by abbreviating the name in the message (the
 * warning's subject keeps it in full).
 */
class CohortFuzzRegressionTest {

  private static final Rubric EVERY_FEATURE =
      RubricFormat.fromYaml(FuzzSeeds.resource("rubrics/every-feature.yaml"));

  private static final ScoringPolicy REJECT_UNKNOWN =
      ScoringPolicy.custom().unknownTraits(UnknownTraits.REJECT).build();

  private static final ScoringPolicy IGNORE_UNKNOWN =
      ScoringPolicy.custom().unknownTraits(UnknownTraits.IGNORE).build();

  // Bug 1 -----------------------------------------------------------------------------------------

  /** every-feature-teams.csv with the byte 00 inserted at 0, as the fuzzer shrank it. */
  private static final String NUL_BEFORE_GROUP =
      "\u0000group,aims.share,aims.loyalty,choice.route,choice.churn\n"
          + "A,5,1,1,1\n"
          + "A,4,2,2,1\n"
          + "A,4,1,,1\n"
          + "B,1,5,5,2\n"
          + "B,2,4,4,2\n"
          + "B,2,5,n/a,2\n"
          + "C,3,3,3,1\n"
          + "C,3,3,3,2\n";

  @Test
  void should_refuse_a_column_named_NUL_group_as_metadata_when_columns_are_strict() {
    // GIVEN a header whose first column is NUL followed by "group"
    String csv = NUL_BEFORE_GROUP;

    // WHEN it is read with strict columns
    Throwable thrown =
        catchThrowable(
            () ->
                CohortReader.of(EVERY_FEATURE, REJECT_UNKNOWN).withStrictColumns().fromString(csv));

    // THEN the header is refused, naming that column, as any other column that matches nothing
    assertThat(thrown)
        .isInstanceOfSatisfying(
            CohortFormatException.class, e -> assertThat(e.columnName()).hasValue("\u0000group"))
        .hasMessageContaining("answers no trait of rubric 'every-feature@1.2.0-rc.1+fuzz'");
  }

  @Test
  void should_list_a_column_named_NUL_group_as_metadata() {
    // GIVEN the same file
    String csv = NUL_BEFORE_GROUP;

    // WHEN it is read (under any policy: a column that matches nothing is metadata)
    List<CohortRow> rows = new ArrayList<>();
    List<CohortWarning> warnings;
    try (CohortRows r = CohortReader.of(EVERY_FEATURE, IGNORE_UNKNOWN).fromString(csv)) {
      warnings = r.warnings();
      r.forEach(rows::add);
    }

    // THEN the column is listed as metadata, and no respondent has a group
    assertThat(warnings)
        .extracting(CohortWarning::code, CohortWarning::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CohortWarning.Code.METADATA_COLUMN, "\u0000group"));
    assertThat(rows).hasSize(8).noneMatch(CohortRow::isError);
    assertThat(rows).allSatisfy(r -> assertThat(r.member().orElseThrow().group()).isEmpty());
  }

  @Test
  void should_read_the_group_column_next_to_a_column_named_NUL_group() {
    // GIVEN the shortest file of the kind: the real group column, then one named NUL, "group"
    String csv = "group,\u0000group,aims.share\nA,x,4\n";

    // WHEN it is read under a policy that ignores unknown columns
    List<CohortRow> rows = new ArrayList<>();
    try (CohortRows r = CohortReader.of(EVERY_FEATURE, IGNORE_UNKNOWN).fromString(csv)) {
      r.forEach(rows::add);
    }

    // THEN the two are different columns (not "column 'group' appears twice"), and the group is
    // read from the first
    assertThat(rows)
        .singleElement()
        .satisfies(r -> assertThat(r.member().orElseThrow().group()).hasValue("A"));
  }

  // Bug 2 -----------------------------------------------------------------------------------------

  @Test
  void should_read_back_the_report_of_a_file_with_an_unknown_column_named_at_the_field_limit() {
    // GIVEN every-feature-teams.csv as the fuzzer shrank it: its first column dropped and the
    // name of the next one replaced by 49,999 emoji and an "e", 99,999 characters in all
    String name = "\uD83D\uDE00".repeat(49_999) + "e";
    String csv =
        name
            + ",aims.loyalty,choice.route,choice.churn\n"
            + "5,1,1,1\n"
            + "4,2,2,1\n"
            + "4,1,,1\n"
            + "1,5,5,2\n"
            + "2,4,4,2\n"
            + "2,5,n/a,2\n"
            + "3,3,3,1\n"
            + "3,3,3,2\n";
    Scorer scorer = Scorer.of(EVERY_FEATURE);

    // WHEN it is analysed
    CohortReport report;
    try (CohortRows rows = CohortReader.of(scorer).fromString(csv)) {
      report = CohortAnalysis.of(scorer).analyse(rows);
    }

    // THEN the warning names the column in full as its subject and abbreviated in its message,
    // without cutting an emoji in two
    CohortWarning warning = report.warnings().get(0);
    assertThat(warning.code()).isEqualTo(CohortWarning.Code.METADATA_COLUMN);
    assertThat(warning.subject()).isEqualTo(name);
    assertThat(warning.message())
        .startsWith("column '" + "\uD83D\uDE00".repeat(98) + "...' is not used")
        .hasSizeLessThan(300);
    // AND the report reads back equal from its JSON
    assertThat(CohortReportFormat.fromJson(CohortReportFormat.toJson(report))).isEqualTo(report);
  }

  @Test
  void should_read_back_the_report_of_a_file_with_a_long_plain_unknown_column() {
    // GIVEN the shortest file of the kind: an unknown column of 99,990 letters x
    String csv = "x".repeat(99_990) + ",aims.share\nA,4\n";
    Scorer scorer = Scorer.of(EVERY_FEATURE);

    // WHEN it is analysed
    CohortReport report;
    try (CohortRows rows = CohortReader.of(scorer).fromString(csv)) {
      report = CohortAnalysis.of(scorer).analyse(rows);
    }

    // THEN the message quotes 197 letters and "...", and the report reads back equal
    assertThat(report.warnings().get(0).message())
        .isEqualTo(
            "column '"
                + "x".repeat(197)
                + "...' is not used: it answers no trait of rubric"
                + " 'every-feature@1.2.0-rc.1+fuzz' (metadata)");
    assertThat(CohortReportFormat.fromJson(CohortReportFormat.toJson(report))).isEqualTo(report);
  }
}
