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
  void should_treat_the_usual_group_column_as_unknown_once_another_is_named() {
    String csv = "respondent,group,team,culture.listen\nr1,A,North,4\n";
    assertThatThrownBy(
            () -> Fixtures.rows(CohortReader.of(Fixtures.small()).withGroupColumn("team"), csv))
        .isInstanceOf(CohortFormatException.class)
        .hasMessageContaining("'group'");
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
