package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.Cohort;
import java.util.Objects;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of {@link Cohort cohorts}: many respondents' responses to one rubric, with group
 * labels, as an HR survey or a validation study collects them; and the changes to a cohort that
 * invariant 12 compares with.
 *
 * <p>All methods are static and thread-safe.
 */
public final class Cohorts {

  private Cohorts() {}

  /**
   * An arbitrary of cohorts of respondents to a rubric, with the defaults described in {@link
   * CohortArbitrary}.
   *
   * @param rubric the rubric the members answer
   * @return the arbitrary
   */
  public static CohortArbitrary arbitrary(Rubric rubric) {
    return new CohortArbitrary(rubric);
  }

  /**
   * Rubrics paired with a cohort of respondents to each, the cohorts configured for each rubric,
   * for example {@code assessments(Rubrics.arbitrary(), c -> c.ofSize(2, 10))}.
   *
   * @param rubrics the rubrics
   * @param cohorts configures the cohort arbitrary of each rubric
   * @return the arbitrary; it shrinks the rubric first, then the cohort
   */
  public static Arbitrary<CohortAssessment> assessments(
      Arbitrary<Rubric> rubrics,
      Function<? super CohortArbitrary, ? extends Arbitrary<Cohort>> cohorts) {
    Objects.requireNonNull(cohorts, "cohorts");
    return rubrics.flatMap(
        rubric -> cohorts.apply(arbitrary(rubric)).map(c -> new CohortAssessment(rubric, c)));
  }

  /**
   * A cohort's members in another order, drawn at random.
   *
   * @param cohort the cohort
   * @return an arbitrary of the same members shuffled
   */
  public static Arbitrary<Cohort> shuffled(Cohort cohort) {
    return Arbitraries.shuffle(cohort.members()).map(Cohort::of);
  }
}
