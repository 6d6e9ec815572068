package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.io.CohortReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortGroupColumnTest {

  @Test
  void should_read_groups_from_the_column_named() {
    // GIVEN a file whose groups are in a 'team' column
    String csv = "respondent,team,culture.listen\nr1,North,4\nr2,South,2\n";
    // WHEN
    List<CohortRow> rows =
        Fixtures.rows(CohortReader.of(Fixtures.small()).withGroupColumn("Team"), csv);
    // THEN
    assertThat(rows)
        .extracting(r -> r.member().orElseThrow().group().orElseThrow())
        .containsExactly("North", "South");
  }

  @Test
  void should_treat_the_usual_group_column_as_metadata_once_another_is_named() {
    String csv = "respondent,group,team,culture.listen\nr1,A,North,4\n";
    assertThatThrownBy(
            () ->
                Fixtures.rows(
                    CohortReader.of(Fixtures.small()).withGroupColumn("team").withStrictColumns(),
                    csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("column 'group' answers no trait");
  }

  @Test
  void should_refuse_a_group_column_the_file_does_not_have_naming_it() {
    // GIVEN a file without the column named as the group column
    String csv = "respondent,culture.listen\nr1,4\n";
    // WHEN / THEN it is refused, naming the column, instead of reading no groups
    assertThatThrownBy(
            () -> Fixtures.rows(CohortReader.of(Fixtures.small()).withGroupColumn("team"), csv))
        .isInstanceOfSatisfying(
            CohortFormatException.class, e -> assertThat(e.columnName()).hasValue("team"))
        .hasMessage(
            "<string>:1:0: the header has no 'team' column, which was named as the column of"
                + " each respondent's group");
  }

  @Test
  void should_keep_the_usual_group_column_optional_when_it_is_named() {
    // GIVEN a file without a group column, read with the usual name given (as a tool does)
    String csv = "respondent,culture.listen\nr1,4\n";
    // WHEN / THEN it is read, without groups
    assertThat(Fixtures.rows(CohortReader.of(Fixtures.small()).withGroupColumn("Group"), csv))
        .singleElement()
        .satisfies(r -> assertThat(r.member().orElseThrow().group()).isEmpty());
  }

  @Test
  void should_refuse_a_trait_column_as_the_group_column_naming_it() {
    // GIVEN the group column named is a trait's column
    String csv = "respondent,culture.listen\nr1,4\n";
    // WHEN / THEN it is refused, instead of taking the trait out of scoring
    assertThatThrownBy(
            () ->
                Fixtures.rows(
                    CohortReader.of(Fixtures.small()).withGroupColumn("culture.listen"), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessage(
            "<string>:1:2: column 'culture.listen' answers trait 'culture.listen', so it cannot be"
                + " the group column; name another column");
  }

  @Test
  void should_refuse_a_blank_group_column_or_the_respondent_column() {
    CohortReader reader = CohortReader.of(Fixtures.small());
    assertThatThrownBy(() -> reader.withGroupColumn(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader.withGroupColumn("Respondent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("respondent");
  }
}
