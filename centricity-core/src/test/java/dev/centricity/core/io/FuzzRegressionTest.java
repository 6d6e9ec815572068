package dev.centricity.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.centricity.core.Answer;
import dev.centricity.core.CentricityException;
import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The inputs {@link FuzzProperties} found that break the guarantee "every input either loads or
 * fails with a {@link CentricityException} subtype, never another exception type, never a hang,
 * never NaN in a result", each exactly as the fuzzer reported it after shrinking (and, where that
 * is long, a minimal input of the same class next to it).
 *
 * <p>The five bugs they found (a version pattern recursing per identifier, scorecards read with
 * non-finite figures, weight sums overflowing to NaN coverage, snakeyaml-engine failing on a
 * surrogate pair at its buffer edge and on an escape cut off at the end) are fixed; these tests
 * keep them fixed.
 */
class FuzzRegressionTest {

  /**
   * Calls a reader: a {@link CentricityException} gives empty, a value gives that value, anything
   * else fails the test.
   */
  private static <T> Optional<T> loadsOrRejects(Callable<T> read) {
    try {
      return Optional.of(read.call());
    } catch (CentricityException e) {
      return Optional.empty();
    } catch (Throwable t) {
      throw new AssertionError("expected a value or a CentricityException but got " + t, t);
    }
  }

  // Bug 1 -----------------------------------------------------------------------------------------

  /** halves.yaml, written by the YAML mapper, with the version 1.0.0-a.a.a...a. */
  private static final String VERSION_WITH_20000_IDENTIFIERS =
      "id: halves\n"
          + "version: 1.0.0-"
          + "a.".repeat(20000)
          + "a\n"
          + "title: Bands with boundaries at exactly representable values\n"
          + "poles:\n"
          + "- id: product\n"
          + "  label: product\n"
          + "- id: customer\n"
          + "  label: customer\n"
          + "scales:\n"
          + "- id: agree5\n"
          + "  points:\n"
          + "  - \"1\"\n"
          + "  - \"2\"\n"
          + "  - \"3\"\n"
          + "  - \"4\"\n"
          + "  - \"5\"\n"
          + "dimensions:\n"
          + "- id: only\n"
          + "  name: only\n"
          + "  weight: 1.0\n"
          + "  traits:\n"
          + "  - id: only.customer\n"
          + "    statement: We call customers back within a day.\n"
          + "    keyed: customer\n"
          + "    scale: agree5\n"
          + "    weight: 1.0\n"
          + "    sources: []\n"
          + "  - id: only.product\n"
          + "    statement: We ship on the date marketing set.\n"
          + "    keyed: product\n"
          + "    scale: agree5\n"
          + "    weight: 0.0\n"
          + "    sources: []\n"
          + "bands:\n"
          + "- label: Product\n"
          + "  from: -1.0\n"
          + "  to: -0.5\n"
          + "- label: Middle\n"
          + "  from: -0.5\n"
          + "  to: 0.5\n"
          + "- label: Customer\n"
          + "  from: 0.5\n"
          + "  to: 1.0\n"
          + "strengthThreshold: 0.5\n"
          + "policy:\n"
          + "  missing: skip\n"
          + "  minCoverage: 0.5\n"
          + "  unknownTraits: reject\n"
          + "references: []\n"
          + "metadata: {}\n"
          + "examples: []\n";

  @Test
  void should_read_or_reject_a_version_with_thousands_of_prerelease_identifiers() {
    // GIVEN a rubric whose version has a pre-release part of 20,001 dot-separated identifiers,
    // 40,006 characters, well within the string limit of 100,000
    String yaml = VERSION_WITH_20000_IDENTIFIERS;

    // WHEN it is read, also with the identifiers as build metadata (1.0.0+a.a...a)
    // THEN it loads or fails with a CentricityException, not a StackOverflowError
    loadsOrRejects(() -> RubricFormat.fromYaml(yaml));
    loadsOrRejects(() -> RubricFormat.fromYaml(yaml.replace("version: 1.0.0-", "version: 1.0.0+")));
  }

  // Bug 2 -----------------------------------------------------------------------------------------

  /** The scorecard of halves-anonymous.json with the product share of the profile at 1E+400. */
  private static final String SCORECARD_WITH_A_SHARE_BEYOND_DOUBLE =
      "{\n"
          + "  \"rubric\" : {\n"
          + "    \"id\" : \"halves\",\n"
          + "    \"version\" : \"1.0.0\",\n"
          + "    \"hash\" : \"96d0b86d5357c2dd683e337229340659e5c5443d8e4415ea88ad38e162ffb948\"\n"
          + "  },\n"
          + "  \"policy\" : {\n"
          + "    \"missing\" : \"skip\",\n"
          + "    \"minCoverage\" : 0.5,\n"
          + "    \"unknownTraits\" : \"reject\"\n"
          + "  },\n"
          + "  \"determined\" : true,\n"
          + "  \"profile\" : {\n"
          + "    \"product\" : 1E+400,\n"
          + "    \"customer\" : 1.0\n"
          + "  },\n"
          + "  \"index\" : 1.0,\n"
          + "  \"score\" : 100.0,\n"
          + "  \"band\" : \"Customer\",\n"
          + "  \"leadingPole\" : \"customer\",\n"
          + "  \"margin\" : 1.0,\n"
          + "  \"strengths\" : {\n"
          + "    \"customer\" : 1.0\n"
          + "  },\n"
          + "  \"coverage\" : 1.0,\n"
          + "  \"alignment\" : 1.0,\n"
          + "  \"pullingAgainst\" : [ ],\n"
          + "  \"dimensions\" : [ {\n"
          + "    \"id\" : \"only\",\n"
          + "    \"weight\" : 1.0,\n"
          + "    \"counted\" : true,\n"
          + "    \"coverage\" : 1.0,\n"
          + "    \"profile\" : {\n"
          + "      \"product\" : 0.0,\n"
          + "      \"customer\" : 1.0\n"
          + "    },\n"
          + "    \"index\" : 1.0,\n"
          + "    \"band\" : \"Customer\",\n"
          + "    \"leadingPole\" : \"customer\",\n"
          + "    \"strengths\" : {\n"
          + "      \"customer\" : 1.0\n"
          + "    },\n"
          + "    \"pullsAgainst\" : false\n"
          + "  } ],\n"
          + "  \"contributions\" : [ {\n"
          + "    \"trait\" : \"only.customer\",\n"
          + "    \"dimension\" : \"only\",\n"
          + "    \"answer\" : 5,\n"
          + "    \"value\" : 1.0,\n"
          + "    \"weight\" : 1.0,\n"
          + "    \"vector\" : {\n"
          + "      \"product\" : -0.5,\n"
          + "      \"customer\" : 0.5\n"
          + "    },\n"
          + "    \"index\" : 1.0\n"
          + "  }, {\n"
          + "    \"trait\" : \"only.product\",\n"
          + "    \"dimension\" : \"only\",\n"
          + "    \"answer\" : 1,\n"
          + "    \"value\" : 0.0,\n"
          + "    \"weight\" : 0.0,\n"
          + "    \"vector\" : {\n"
          + "      \"product\" : 0.0,\n"
          + "      \"customer\" : 0.0\n"
          + "    },\n"
          + "    \"index\" : 0.0\n"
          + "  } ],\n"
          + "  \"warnings\" : [ ]\n"
          + "}\n";

  @Test
  void should_reject_a_scorecard_whose_profile_overflows_to_infinity() {
    // GIVEN a scorecard whose profile gives the product pole 1E+400, beyond the largest double
    String json = SCORECARD_WITH_A_SHARE_BEYOND_DOUBLE;

    // WHEN it is read THEN it fails with a CentricityException or has no infinite figure
    loadsOrRejects(() -> ScorecardFormat.fromJson(json))
        .ifPresent(card -> assertThat(FuzzProperties.nonFiniteFigures(card)).isEmpty());
  }

  @Test
  void should_reject_a_scorecard_whose_coverage_is_the_text_NaN() {
    // GIVEN the same scorecard with its coverage written as the text "NaN", which Jackson reads
    // into a double even with scalar coercion off
    String json =
        SCORECARD_WITH_A_SHARE_BEYOND_DOUBLE
            .replace("\"product\" : 1E+400", "\"product\" : 0.0")
            .replace(
                "\"coverage\" : 1.0,\n  \"alignment\"", "\"coverage\" : \"NaN\",\n  \"alignment\"");
    assertThat(json).contains("\"coverage\" : \"NaN\"");

    // WHEN it is read THEN it fails with a CentricityException or has no NaN figure
    loadsOrRejects(() -> ScorecardFormat.fromJson(json))
        .ifPresent(card -> assertThat(FuzzProperties.nonFiniteFigures(card)).isEmpty());
  }

  // Bug 3 -----------------------------------------------------------------------------------------

  /** two-poles.yaml, written by the YAML mapper, with every weight 1E+308. */
  private static final String EVERY_WEIGHT_1E308 =
      "id: two-poles\n"
          + "version: 1.0.0\n"
          + "title: A small two-pole rubric for hand-computed examples\n"
          + "poles:\n"
          + "- id: product\n"
          + "  label: Product-centric\n"
          + "- id: customer\n"
          + "  label: Customer-centric\n"
          + "scales:\n"
          + "- id: agree5\n"
          + "  points:\n"
          + "  - Strongly disagree\n"
          + "  - Disagree\n"
          + "  - Neither\n"
          + "  - Agree\n"
          + "  - Strongly agree\n"
          + "- id: yesno\n"
          + "  points:\n"
          + "  - \"No\"\n"
          + "  - \"Yes\"\n"
          + "dimensions:\n"
          + "- id: rewards\n"
          + "  name: Rewards\n"
          + "  weight: 1.0E308\n"
          + "  traits:\n"
          + "  - id: rewards.volume\n"
          + "    statement: Bonuses follow units sold.\n"
          + "    keyed: product\n"
          + "    scale: agree5\n"
          + "    weight: 1.0E308\n"
          + "    sources: []\n"
          + "  - id: rewards.insight\n"
          + "    statement: Recognition goes to customer insight.\n"
          + "    keyed: customer\n"
          + "    scale: agree5\n"
          + "    weight: 1.0E308\n"
          + "    sources: []\n"
          + "- id: focus\n"
          + "  name: Focus\n"
          + "  weight: 1.0E308\n"
          + "  traits:\n"
          + "  - id: focus.aim\n"
          + "    statement: Which do we pursue?\n"
          + "    contrast:\n"
          + "      from: product\n"
          + "      to: customer\n"
          + "    scale: agree5\n"
          + "    weight: 1.0E308\n"
          + "    sources: []\n"
          + "  - id: focus.churn\n"
          + "    statement: We track churn monthly.\n"
          + "    keyed: customer\n"
          + "    scale: yesno\n"
          + "    weight: 1.0E308\n"
          + "    sources: []\n"
          + "bands:\n"
          + "- label: Strongly product-centric\n"
          + "  from: -1.0\n"
          + "  to: -0.6\n"
          + "- label: Product-leaning\n"
          + "  from: -0.6\n"
          + "  to: -0.2\n"
          + "- label: Balanced\n"
          + "  from: -0.2\n"
          + "  to: 0.2\n"
          + "- label: Customer-leaning\n"
          + "  from: 0.2\n"
          + "  to: 0.6\n"
          + "- label: Strongly customer-centric\n"
          + "  from: 0.6\n"
          + "  to: 1.0\n"
          + "strengthThreshold: 0.5\n"
          + "policy:\n"
          + "  missing: skip\n"
          + "  minCoverage: 0.5\n"
          + "  unknownTraits: reject\n"
          + "references: []\n"
          + "metadata: {}\n"
          + "examples: []\n";

  @Test
  void should_score_a_rubric_whose_weights_add_up_beyond_the_largest_double() {
    // GIVEN a rubric whose weights are each 1E+308, finite, but add up to Infinity in each
    // dimension and over the dimensions
    String yaml = EVERY_WEIGHT_1E308;
    // AND the response the fuzzer made for it (answer pattern 1: floorMod(31 + 17i, n + 1) for
    // trait i of a scale of n points, 0 meaning n/a)
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("rewards.volume", Answer.of(1));
    answers.put("rewards.insight", Answer.notApplicable());
    answers.put("focus.aim", Answer.of(5));
    answers.put("focus.churn", Answer.of(1));
    Response response = Response.builder().answers(answers).build();

    // WHEN it is read and scored THEN the rubric is rejected, or the scorecard has no NaN
    Optional<Rubric> rubric = loadsOrRejects(() -> RubricFormat.fromYaml(yaml));
    Optional<Scorecard> card =
        rubric.flatMap(r -> loadsOrRejects(() -> Scorer.of(r).score(response)));
    card.ifPresent(c -> assertThat(FuzzProperties.nonFiniteFigures(c)).isEmpty());
  }

  // Bug 4 -----------------------------------------------------------------------------------------

  /** two-poles.yaml with U+10000 inserted in a band label, its high surrogate at index 1024. */
  private static final String RUBRIC_WITH_U10000_AT_INDEX_1024 =
      "id: two-poles\n"
          + "version: 1.0.0\n"
          + "title: A small two-pole rubric for hand-computed examples\n"
          + "poles:\n"
          + "  - { id: product, label: Product-centric }\n"
          + "  - { id: customer, label: Customer-centric }\n"
          + "scales:\n"
          + "  - { id: agree5, points: [Strongly disagree, Disagree, Neither, Agree, Strongly agree] }\n"
          + "  - { id: yesno, points: [No, Yes] }\n"
          + "dimensions:\n"
          + "  - id: rewards\n"
          + "    name: Rewards\n"
          + "    weight: 2.0\n"
          + "    traits:\n"
          + "      - { id: rewards.volume, statement: Bonuses follow units sold., keyed: product, scale: agree5, weight: 3.0 }\n"
          + "      - { id: rewards.insight, statement: Recognition goes to customer insight., keyed: customer, scale: agree5 }\n"
          + "  - id: focus\n"
          + "    name: Focus\n"
          + "    traits:\n"
          + "      - { id: focus.aim, statement: Which do we pursue?, contrast: { from: product, to: customer }, scale: agree5 }\n"
          + "      - { id: focus.churn, statement: We track churn monthly., keyed: customer, scale: yesno, weight: 0.5 }\n"
          + "bands:\n"
          + "  - { label: Strongly product-centric, from: -1.0, to: -0.6 }\n"
          + "  - { label: Product-leaning, from: -0.6, to: -0.2 }\n"
          + "  - { label: Ba\uD800\uDC00lanced, from: -0.2, to: 0.2 }\n"
          + "  - { label: Customer-leaning, from: 0.2, to: 0.6 }\n"
          + "  - { label: Strongly customer-centric, from: 0.6, to: 1.0 }\n";

  /**
   * online-retailer-orientation.json written as YAML, an answer renamed to U+FFFE and U+10000
   * inserted in another answer's key, its high surrogate at index 1024.
   */
  private static final String RESPONSE_WITH_U10000_AT_INDEX_1024 =
      "rubric: product-customer-centricity@1.0.0\n"
          + "respondent: online-retailer\n"
          + "answers:\n"
          + "  focus.market-share: 2\n"
          + "  focus.product-plan: 1\n"
          + "  focus.feature-view: 2\n"
          + "  focus.customer-first: 5\n"
          + "  focus.customer-success: 4\n"
          + "  focus.customer-growth: 5\n"
          + "  focus.aim: 5\n"
          + "  measures.volume-year: 2\n"
          + "  measures.product-reports: 2\n"
          + "  measures.won-and-lost: 5\n"
          + "  measures.portfolio: 5\n"
          + "  measures.proof: 5\n"
          + "  rewards.sales-volume: 2\n"
          + "  rewards.launches: 1\n"
          + "  rewards.new-customers: 4\n"
          + "  rewards.insight: 5\n"
          + "  rewards.recognition: 5\n"
          + "  innovation.feedback-overruled: 1\n"
          + "  innovation.quality-to-win: 2\n"
          + "  innovation.feedback-changes: 5\n"
          + "  innovation.new-ground: 4\n"
          + "  innovation.origin: 5\n"
          + "  selling.close-fast: 2\n"
          + "  selling.one-message: 1\n"
          + "  selling.open-information: 5\n"
          + "  selling.targeted-plans: 5\n"
          + "  selling.route: 4\n"
          + "  service.ends-at-sale: 1\n"
          + "  service.support-cost: 3\n"
          + "  service.spec-promise: 2\n"
          + "  service.experience: 5\n"
          + "  service.fully-resolved: 5\n"
          + "  service.advocacy: 5\n"
          + "  economics.unit-cost: 4\n"
          + "  economics.scale: 4\n"
          + "  economics.loyalty-investment: 5\n"
          + "  economics.lifetime-v\uD800\uDC00alue: 5\n"
          + "  \"\\ufffe\": 5\n"
          + "  treatment.same-for-all: 2\n"
          + "  treatment.one-version: 1\n"
          + "  treatment.preferential: 4\n"
          + "  treatment.personalised: 5\n"
          + "  treatment.effort: 4\n"
          + "  organisation.product-lines: 2\n"
          + "  organisation.standard-output: 3\n"
          + "  organisation.staff-apart: 1\n"
          + "  organisation.customer-teams: 5\n"
          + "  organisation.experience: 5\n"
          + "  organisation.staff-and-customers: 4\n";

  @Test
  void should_read_a_yaml_rubric_with_an_emoji_at_index_1024() {
    // GIVEN a valid rubric with U+10000 (a surrogate pair) in a band label, at index 1024
    String yaml = RUBRIC_WITH_U10000_AT_INDEX_1024;
    assertThat(yaml.indexOf("\uD800\uDC00")).isEqualTo(1024);

    // WHEN it is read THEN it loads, as it does with the character anywhere else
    Rubric rubric = RubricFormat.fromYaml(yaml);
    assertThat(rubric.bands().get(2).label()).isEqualTo("Ba\uD800\uDC00lanced");
  }

  @Test
  void should_read_or_reject_a_yaml_response_with_an_emoji_at_index_1024() {
    // GIVEN a response with U+10000 in a key at index 1024
    String yaml = RESPONSE_WITH_U10000_AT_INDEX_1024;
    assertThat(yaml.indexOf("\uD800\uDC00")).isEqualTo(1024);

    // WHEN it is read THEN it loads or fails with a CentricityException
    loadsOrRejects(() -> ResponseFormat.fromYaml(yaml));
  }

  @Test
  void should_read_a_minimal_yaml_rubric_with_an_emoji_at_index_1024() {
    // GIVEN YAML whose only emoji starts at index 1024 (4 + 1020), the first of the indices
    // 1024 + 1025k where the window ends
    String yaml = "id: " + "x".repeat(1020) + "\uD83D\uDE00\n";

    // WHEN it is read THEN it fails for the missing keys, with a FormatException
    assertThat(catchThrowable(() -> RubricFormat.fromYaml(yaml)))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("version");
  }

  // Bug 5 -----------------------------------------------------------------------------------------

  /** two-poles.yaml after several mutations, cut short right after a \\u escape. */
  private static final String YAML_ENDING_IN_A_UNICODE_ESCAPE =
      "id: \"\u0800\uFFFD\uFFFD\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "title: A small two-pole rubric for hand-computed examples\n"
          + "poles:\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  label: Product-centric\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  label: Product-centric\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  label: Customer-centric\n"
          + "scales:\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  points:\n"
          + "  - Strongly disagree\n"
          + "  - Disagree\n"
          + "  - Neither\n"
          + "  - Agree\n"
          + "  - Strongly agree\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  points:\n"
          + "  - \"No\"\n"
          + "  - \"Yes\"\n"
          + "dimensions:\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  name: Rewards\n"
          + "  weight: 2.0\n"
          + "  traits:\n"
          + "  - id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "    statement: Bonuses follow units sold.\n"
          + "    keyed: product\n"
          + "    scale: agree5\n"
          + "    weight: 3.0\n"
          + "    sources: []\n"
          + "  - id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "    statement: Recognition goes to customer insight.\n"
          + "    keyed: customer\n"
          + "    scale: agree5\n"
          + "    weight: 1.0\n"
          + "    sources: []\n"
          + "- id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\ud800\"\n"
          + "  name: Focus\n"
          + "  weight: 1.0\n"
          + "  traits:\n"
          + "  - id: \"\u0800\u0800\u0800\u0800\u0800\u0800\u0800\\udc00\\u";

  @Test
  void should_reject_a_yaml_text_that_ends_in_a_unicode_escape() {
    // GIVEN YAML that ends inside a double-quoted scalar, right after the escape \\u
    String yaml = YAML_ENDING_IN_A_UNICODE_ESCAPE;
    assertThat(yaml).endsWith("\\u");

    // WHEN it is read THEN it fails with a FormatException
    assertThat(catchThrowable(() -> RubricFormat.fromYaml(yaml)))
        .isInstanceOf(FormatException.class);
  }

  @Test
  void should_reject_a_yaml_response_that_ends_in_a_unicode_escape() {
    // GIVEN the response the fuzzer shrank to (halves-anonymous.json as YAML, cut short)
    String yaml = "answers: \"\\u";

    // WHEN it is read THEN it fails with a FormatException
    assertThat(catchThrowable(() -> ResponseFormat.fromYaml(yaml)))
        .isInstanceOf(FormatException.class);
  }

  @Test
  void should_reject_the_three_characters_quote_backslash_u() {
    // GIVEN the shortest such texts: a quote, a backslash and u, x or U (the one with x is the
    // rubric the fuzzer shrank to: halves.yaml replaced by the text U+0001, cut short)
    for (String yaml : new String[] {"\"\\u", "\"\\x", "\"\\U"}) {
      // WHEN each is read as a rubric or a response THEN it fails with a FormatException
      assertThat(catchThrowable(() -> RubricFormat.fromYaml(yaml)))
          .as(yaml)
          .isInstanceOf(FormatException.class);
      assertThat(catchThrowable(() -> ResponseFormat.fromYaml(yaml)))
          .as(yaml)
          .isInstanceOf(FormatException.class);
    }
  }
}
