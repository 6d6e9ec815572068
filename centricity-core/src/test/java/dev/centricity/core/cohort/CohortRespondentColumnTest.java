package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.io.CohortReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortRespondentColumnTest {

  @Test
  void should_read_respondents_from_the_column_named() {
    // GIVEN a CRM export naming each respondent in an 'account' column
    String csv = "group,Account,culture.listen\nA,acme,4\nB,\"Hale, Sons\",2\nB,,3\n";
    // WHEN read with the account column as the respondent column (matched ignoring case)
    List<CohortRow> rows =
        Fixtures.rows(CohortReader.of(Fixtures.small()).withRespondentColumn("account"), csv);
    // THEN each row's respondent is its account; an empty cell means none, as for 'respondent'
    assertThat(rows)
        .extracting(r -> r.member().orElseThrow().response().respondent())
        .containsExactly(
            java.util.Optional.of("acme"),
            java.util.Optional.of("Hale, Sons"),
            java.util.Optional.empty());
    assertThat(rows)
        .extracting(r -> r.member().orElseThrow().group().orElseThrow())
        .containsExactly("A", "B", "B");
  }

  @Test
  void should_name_the_respondent_of_a_bad_row_from_the_column_named() {
    String csv = "account,culture.listen\nacme,9\n";
    List<CohortRow> rows =
        Fixtures.rows(CohortReader.of(Fixtures.small()).withRespondentColumn("account"), csv);
    RowError e = rows.get(0).error().orElseThrow();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.respondent()).hasValue("acme");
  }

  @Test
  void should_refuse_a_file_without_the_respondent_column_named() {
    // GIVEN a file with the usual respondent column but not the one the reader was told of
    String csv = "respondent,culture.listen\nr1,4\n";
    // THEN the header is refused, naming the missing column and the line of the header
    assertThatThrownBy(
            () ->
                Fixtures.rows(
                    CohortReader.of(Fixtures.small()).withRespondentColumn("account"), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("the header has no 'account' column")
        .satisfies(e -> assertThat(((CohortFormatException) e).line()).hasValue(1));
  }

  @Test
  void should_treat_the_usual_respondent_column_as_metadata_once_another_is_named() {
    String csv = "account,respondent,culture.listen\nacme,r1,4\n";
    assertThatThrownBy(
            () ->
                Fixtures.rows(
                    CohortReader.of(Fixtures.small())
                        .withRespondentColumn("account")
                        .withStrictColumns(),
                    csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("'respondent'")
        .hasMessageContaining("nor the respondent column 'account' or the group column 'group'");
  }

  @Test
  void should_refuse_a_trait_column_as_the_respondent_column_naming_it() {
    String csv = "culture.listen,focus.aim\n4,2\n";
    assertThatThrownBy(
            () ->
                Fixtures.rows(
                    CohortReader.of(Fixtures.small()).withRespondentColumn("focus.aim"), csv))
        .isInstanceOfSatisfying(
            CohortFormatException.class, e -> assertThat(e.columnName()).hasValue("focus.aim"))
        .hasMessageContaining("answers trait 'focus.aim', so it cannot be the respondent column");
  }

  @Test
  void should_refuse_a_blank_respondent_column_or_the_group_column() {
    CohortReader reader = CohortReader.of(Fixtures.small());
    assertThatThrownBy(() -> reader.withRespondentColumn(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader.withRespondentColumn("Group"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the respondent column must be named, and not 'group', but was 'Group'");
    assertThatThrownBy(() -> reader.withGroupColumn("team").withRespondentColumn("team"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader.withRespondentColumn("account").withGroupColumn("ACCOUNT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the group column must be named, and not 'account', but was 'ACCOUNT'");
  }
}
