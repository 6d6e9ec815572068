package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.io.CohortReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specifies the bounds on what an analysis keeps (docs/robustness.md, bounded memory): at most
 * {@value CohortReport#MAX_GROUPS} distinct groups, beyond which the analysis fails with a message
 * naming the limit instead of running out of memory, and reliability only for dimensions of at most
 * {@value CohortReport#MAX_RELIABILITY_TRAITS} traits, whose pairwise sums grow with the square of
 * their traits.
 */
class CohortLimitsTest {

  private static String csv(int groups) {
    StringBuilder csv =
        new StringBuilder(
            "group,culture.listen,culture.visit,culture.ship,focus.aim,focus.churn\n");
    for (int g = 0; g < groups; g++) {
      csv.append("g").append(g).append(",4,4,2,4,2\n");
    }
    return csv.toString();
  }

  private static CohortReport analyse(String csv) {
    Scorer scorer = Scorer.of(Fixtures.small());
    try (CohortRows rows = CohortReader.of(scorer).fromString(csv)) {
      return CohortAnalysis.of(scorer).analyse(rows);
    }
  }

  @Test
  void should_analyse_a_cohort_of_exactly_the_most_groups() {
    // WHEN
    CohortReport report = analyse(csv(CohortReport.MAX_GROUPS));

    // THEN
    assertThat(report.groups()).hasSize(2_000);
    assertThat(report.rows()).isEqualTo(2_000);
  }

  @Test
  void should_fail_in_words_when_a_cohort_has_one_group_too_many() {
    // GIVEN: 2,001 distinct labels, as a group column of respondent ids gives
    String csv = csv(CohortReport.MAX_GROUPS + 1);

    // WHEN
    Throwable thrown = catchThrowable(() -> analyse(csv));

    // THEN: a CentricityException naming the limit and the label, not an OutOfMemoryError
    assertThat(thrown).isExactlyInstanceOf(CentricityException.class);
    assertThat(thrown.getMessage())
        .startsWith("the cohort has more than 2000 distinct groups, the most an analysis takes")
        .contains("group 'g2000' is one too many"); // the rows come in order: g2000 is the 2,001st
  }

  @Test
  void should_warn_instead_of_keeping_pairwise_sums_when_a_dimension_has_too_many_traits() {
    // GIVEN: a dimension of 201 traits (201² pairs) and one of 2
    List<Trait> many = new ArrayList<>();
    for (int t = 0; t <= CohortReport.MAX_RELIABILITY_TRAITS; t++) {
      many.add(
          Trait.keyed(
              "big.t" + t, "Statement " + t + ".", t % 2 == 0 ? "customer" : "product", "yn"));
    }
    Rubric rubric =
        Rubric.builder()
            .id("wide")
            .version("1.0.0")
            .addPoles(Pole.of("product", "P"), Pole.of("customer", "C"))
            .addScales(Scale.of("yn", "No", "Yes"))
            .addDimensions(Dimension.builder().id("big").addAllTraits(many).build())
            .addDimensions(
                Dimension.builder()
                    .id("small")
                    .addTraits(
                        Trait.keyed("small.a", "A.", "customer", "yn"),
                        Trait.keyed("small.b", "B.", "product", "yn"))
                    .build())
            .build();
    Scorer scorer = Scorer.of(rubric);
    StringBuilder csv = new StringBuilder("small.a,small.b");
    many.forEach(t -> csv.append(',').append(t.id()));
    csv.append('\n');
    for (int r = 0; r < 3; r++) {
      csv.append(r % 2 + 1).append(',').append(2 - r % 2);
      for (int t = 0; t < many.size(); t++) {
        csv.append(',').append((r + t) % 2 + 1);
      }
      csv.append('\n');
    }

    // WHEN
    CohortReport report;
    try (CohortRows rows = CohortReader.of(scorer).fromString(csv.toString())) {
      report = CohortAnalysis.of(scorer).analyse(rows);
    }

    // THEN: the small dimension keeps its reliability, the big one is named in a warning
    assertThat(report.reliability()).extracting(Reliability::dimension).containsExactly("small");
    assertThat(report.warnings())
        .filteredOn(w -> w.code() == CohortWarning.Code.RELIABILITY_UNAVAILABLE)
        .extracting(CohortWarning::message)
        .contains(
            "the reliability of dimension 'big' is not computed: it has 201 traits, more than the"
                + " 200 whose pairs an analysis keeps sums for");
  }
}
