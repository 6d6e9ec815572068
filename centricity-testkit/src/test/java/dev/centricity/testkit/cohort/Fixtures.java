package dev.centricity.testkit.cohort;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.RubricFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rubrics, files and responses shared by the cohort tests. */
final class Fixtures {

  static final Path COHORTS = Path.of("src/test/resources/cohorts");

  /**
   * small.yaml: poles [product, customer]; dimension culture (ω = 1) with culture.listen and
   * culture.visit (keyed customer) and culture.ship (keyed product), all agree5; dimension focus (ω
   * = 1) with focus.aim (contrast product → customer, agree5) and focus.churn (keyed customer,
   * yesno). The default five bands.
   *
   * <p>On the index, an agree5 answer v to a customer-keyed trait or the contrast counts (v − 3)/2,
   * to a product-keyed trait (3 − v)/2, and churn counts −1 (No) or +1 (Yes); a dimension's index
   * is the mean over its answered traits (all weights 1), the overall index the mean of the two
   * dimensions.
   */
  static Rubric small() {
    return RubricFormat.read(COHORTS.resolve("small.yaml"));
  }

  /** The default rubric, read from the rubric module's resources (core cannot depend on it). */
  static Rubric defaultRubric() {
    return RubricFormat.read(
        Path.of(
            "../centricity-rubric/src/main/resources/dev/centricity/rubric/"
                + "product-customer-centricity.yaml"));
  }

  /** Trait ids and points (Integer) or "n/a" or null, alternately, in order. */
  static Response answers(String respondent, Object... idsAndPoints) {
    Map<String, Answer> m = new LinkedHashMap<>();
    for (int i = 0; i < idsAndPoints.length; i += 2) {
      Object v = idsAndPoints[i + 1];
      m.put(
          (String) idsAndPoints[i],
          v instanceof Integer p
              ? Answer.of(p)
              : "n/a".equals(v) ? Answer.notApplicable() : Answer.blank());
    }
    return Response.builder().respondent(respondent).answers(m).build();
  }

  /** A small.yaml response with the five answers in rubric order. */
  static Response small(
      String respondent, Object listen, Object visit, Object ship, Object aim, Object churn) {
    return answers(
        respondent,
        "culture.listen",
        listen,
        "culture.visit",
        visit,
        "culture.ship",
        ship,
        "focus.aim",
        aim,
        "focus.churn",
        churn);
  }

  /** Every row of a string of CSV for small.yaml. */
  static List<CohortRow> rows(String csv) {
    return rows(CohortReader.of(small()), csv);
  }

  static List<CohortRow> rows(CohortReader reader, String csv) {
    List<CohortRow> rows = new ArrayList<>();
    try (CohortRows r = reader.fromString(csv)) {
      r.forEach(rows::add);
    }
    return rows;
  }

  private Fixtures() {}
}
