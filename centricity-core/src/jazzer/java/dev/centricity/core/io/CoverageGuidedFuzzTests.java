package dev.centricity.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Coverage-guided fuzz targets for Jazzer, built only with {@code -Pjazzer}: the readers of rubrics
 * (YAML, which reads JSON too), responses (JSON) and cohorts (CSV, then analysed), fed raw bytes. A
 * JSON rubric target was tried and left out: with no JSON rubric to start from it reached a tenth
 * of the branches the YAML target reaches in three minutes, and {@link FuzzProperties} mutates
 * every rubric seed written as JSON. Each target holds the guarantee of {@link FuzzProperties} and
 * {@link CohortFuzzProperties}: a {@link CentricityException} is an answer, anything else a
 * finding, and whatever loads scores without NaN.
 *
 * <p>Without {@code JAZZER_FUZZ} set, each target runs once per seed input (regression mode): the
 * files of {@code src/test/resources/fuzz/}, which the profile copies to {@code
 * CoverageGuidedFuzzTestsInputs/<target>/}. To fuzz one target for five minutes:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -Pjazzer test -pl centricity-core \
 *     -Dtest=CoverageGuidedFuzzTests#cohortCsv -Djazzer.max_duration=5m \
 *     -Djazzer.instrument='dev.centricity.**'
 * </pre>
 */
class CoverageGuidedFuzzTests {

  private static final Rubric TWO_POLES =
      RubricFormat.fromYaml(FuzzSeeds.resource("rubrics/two-poles.yaml"));

  private static final Scorer SCORER = Scorer.of(TWO_POLES);

  /** Unknown columns are skipped, so that the cohort seeds of other rubrics get past the header. */
  private static final Scorer IGNORING_SCORER =
      Scorer.of(TWO_POLES, ScoringPolicy.custom().unknownTraits(UnknownTraits.IGNORE).build());

  @FuzzTest(maxDuration = "10m")
  void rubricYaml(byte[] data) {
    try {
      Rubric rubric = RubricFormat.read(new ByteArrayInputStream(data), "fuzz.yaml");
      score(Scorer.of(rubric), Response.builder().build());
    } catch (CentricityException expected) {
      // an answer, not a finding
    }
  }

  @FuzzTest(maxDuration = "10m")
  void responseJson(byte[] data) {
    try {
      score(SCORER, ResponseFormat.fromJson(new String(data, StandardCharsets.UTF_8)));
    } catch (CentricityException expected) {
      // an answer, not a finding
    }
  }

  @FuzzTest(maxDuration = "10m")
  void cohortCsv(byte[] data) {
    try (CohortRows rows =
        CohortReader.of(IGNORING_SCORER).open(new ByteArrayInputStream(data), "fuzz")) {
      CohortReport report = CohortAnalysis.of(IGNORING_SCORER).analyse(rows);
      List<String> bad = CohortFuzzProperties.nonFiniteFigures(report);
      if (!bad.isEmpty()) {
        throw new AssertionError("non-finite figures " + bad);
      }
    } catch (CentricityException expected) {
      // an answer, not a finding
    }
  }

  private static void score(Scorer scorer, Response response) {
    try {
      Scorecard card = scorer.score(response);
      List<String> bad = FuzzProperties.nonFiniteFigures(card);
      if (!bad.isEmpty()) {
        throw new AssertionError("non-finite figures " + bad);
      }
    } catch (CentricityException expected) {
      // an answer, not a finding
    }
  }
}
