package dev.centricity.testkit;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Warning;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.testkit.internal.Check;
import dev.centricity.testkit.internal.Invariants;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opentest4j.AssertionFailedError;

/**
 * Assertions on a {@link Scorecard} for everyday tests, in the style of AssertJ but with no
 * dependency beyond JUnit's: each method checks one thing, fails with an {@link
 * AssertionFailedError} that says what was expected, what was found and by how much they differ,
 * and returns this assertion for chaining.
 *
 * <pre>{@code
 * import static dev.centricity.testkit.ScorecardAssert.assertThat;
 *
 * assertThat(scorer.score(response))
 *     .isDetermined()
 *     .isInBand("Customer-leaning")
 *     .hasIndexCloseTo(0.4, 1e-9)
 *     .hasContributionsAddingUp();
 * }</pre>
 *
 * <p>Not thread-safe; use one assertion per thread (they are cheap).
 */
public final class ScorecardAssert {

  /** The tolerance of {@link #hasContributionsAddingUp()}: 1e-9, as invariant 4 states. */
  public static final double ADDITIVITY_TOLERANCE = 1e-9;

  private final Scorecard actual;

  private ScorecardAssert(Scorecard actual) {
    this.actual = Objects.requireNonNull(actual, "scorecard");
  }

  /**
   * Starts assertions on a scorecard.
   *
   * @param actual the scorecard
   * @return the assertion
   */
  public static ScorecardAssert assertThat(Scorecard actual) {
    return new ScorecardAssert(actual);
  }

  /**
   * Checks that at least one dimension counted, so the scorecard has a profile.
   *
   * @return this assertion
   * @throws AssertionFailedError if the scorecard is undetermined; the message lists its warnings
   */
  public ScorecardAssert isDetermined() {
    if (!actual.determined()) {
      throw new AssertionFailedError(
          "expected a determined scorecard but it is undetermined: " + warnings());
    }
    return this;
  }

  /**
   * Checks that no dimension counted.
   *
   * @return this assertion
   * @throws AssertionFailedError if the scorecard is determined
   */
  public ScorecardAssert isUndetermined() {
    if (actual.determined()) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT,
              "expected an undetermined scorecard but it has profile %s",
              actual.profile()));
    }
    return this;
  }

  /**
   * Checks the band the index falls in.
   *
   * @param label the band's label
   * @return this assertion
   * @throws AssertionFailedError if the scorecard has another band or none; the message gives the
   *     index
   */
  public ScorecardAssert isInBand(String label) {
    if (!actual.band().equals(Optional.of(label))) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT,
              "expected the scorecard in band '%s' but it is %s (index %s)",
              label,
              actual.band().map(b -> "in band '" + b + "'").orElse("in no band"),
              actual.index().isPresent() ? actual.index().getAsDouble() : "absent"),
          label,
          actual.band().orElse(null));
    }
    return this;
  }

  /**
   * Checks the index, I = P<sub>second</sub> − P<sub>first</sub> of a two-pole rubric.
   *
   * @param expected the index expected
   * @param tolerance how far it may be off
   * @return this assertion
   * @throws AssertionFailedError if the index is absent or further off than the tolerance
   */
  public ScorecardAssert hasIndexCloseTo(double expected, double tolerance) {
    if (actual.index().isEmpty()) {
      throw new AssertionFailedError(
          String.format(Locale.ROOT, "expected index %s but the scorecard has none", expected));
    }
    double index = actual.index().getAsDouble();
    if (!(Math.abs(index - expected) <= tolerance)) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT,
              "expected index %s but was %s (off by %.3e, tolerance %.0e)",
              expected,
              index,
              Math.abs(index - expected),
              tolerance),
          expected,
          index);
    }
    return this;
  }

  /**
   * Checks one pole's share of the profile.
   *
   * @param pole the pole's id
   * @param expected the share expected, in [0, 1]
   * @param tolerance how far it may be off
   * @return this assertion
   * @throws AssertionFailedError if the share is absent or further off than the tolerance
   */
  public ScorecardAssert hasShareCloseTo(String pole, double expected, double tolerance) {
    Double share = actual.profile().get(pole);
    if (share == null || !(Math.abs(share - expected) <= tolerance)) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT,
              "expected the share of '%s' to be %s but was %s%s",
              pole,
              expected,
              share,
              share == null
                  ? " (the profile is " + actual.profile() + ")"
                  : String.format(
                      Locale.ROOT,
                      " (off by %.3e, tolerance %.0e)",
                      Math.abs(share - expected),
                      tolerance)),
          expected,
          share);
    }
    return this;
  }

  /**
   * Checks the pole with the largest share.
   *
   * @param pole the pole's id
   * @return this assertion
   * @throws AssertionFailedError if another pole leads, or none does
   */
  public ScorecardAssert leansTowards(String pole) {
    if (!actual.leadingPole().equals(Optional.of(pole))) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT,
              "expected the scorecard to lean towards '%s' but it leans towards %s (profile %s)",
              pole,
              actual.leadingPole().map(p -> "'" + p + "'").orElse("no pole"),
              actual.profile()),
          pole,
          actual.leadingPole().orElse(null));
    }
    return this;
  }

  /**
   * Checks that the profile, overall and of every counted dimension, lies in the simplex of a
   * rubric's poles: shares in the rubric's order, each ≥ 0, summing to 1 within 1e-9 (invariant 1).
   *
   * @param rubric the rubric the scorecard was computed with
   * @return this assertion
   * @throws AssertionFailedError naming every share out of range
   */
  public ScorecardAssert liesInSimplex(Rubric rubric) {
    Check check = Check.assertion("profiles in the simplex of " + poles(rubric), 1e-9);
    if (actual.determined()) {
      Invariants.simplex(check, "profile", actual.profile(), rubric);
    }
    for (DimensionScore d : actual.dimensions()) {
      if (d.counted()) {
        Invariants.simplex(check, "dimension '" + d.id() + "' profile", d.profile(), rubric);
      }
    }
    check.done();
    return this;
  }

  /**
   * Checks that the contributions add up to P − u for every pole, their weights to 1, and with two
   * poles their indices to the index, within {@value #ADDITIVITY_TOLERANCE} (invariant 4).
   *
   * @return this assertion
   * @throws AssertionFailedError naming each sum that is off, and by how much
   */
  public ScorecardAssert hasContributionsAddingUp() {
    isDetermined();
    Check check = Check.assertion("contributions adding up to P − u", ADDITIVITY_TOLERANCE);
    double u = 1.0 / actual.profile().size();
    Map<String, Double> sums = new LinkedHashMap<>();
    double weights = 0;
    double index = 0;
    for (Contribution c : actual.contributions()) {
      c.vector().forEach((p, x) -> sums.merge(p, x, Double::sum));
      weights += c.weight();
      index += c.index().orElse(0.0);
    }
    actual
        .profile()
        .forEach(
            (p, share) ->
                check.close(
                    "sum of the contributions to '" + p + "' against P − u",
                    share - u,
                    sums.getOrDefault(p, 0.0)));
    check.close("sum of the contributions' weights", 1.0, weights);
    if (actual.index().isPresent()) {
      check.close(
          "sum of the contributions' indices against the index",
          actual.index().getAsDouble(),
          index);
    }
    check.done();
    return this;
  }

  /**
   * Checks that two scorecards agree figure by figure within a tolerance, comparing dimensions and
   * contributions by id: determination, profile, index, score, margin, alignment, coverage,
   * strengths, leading pole (unless the margin is within the tolerance), band, quadrant, and every
   * dimension's and contribution's figures.
   *
   * @param expected the scorecard expected
   * @param tolerance how far any number may be off
   * @return this assertion
   * @throws AssertionFailedError naming every figure that differs, and by how much
   */
  public ScorecardAssert isCloseTo(Scorecard expected, double tolerance) {
    Check check =
        Check.assertion(
            String.format(Locale.ROOT, "scorecards equal within %.0e", tolerance), tolerance);
    Invariants.sameFigures(check, expected, actual, List.of());
    check.that(
        expected.quadrant().equals(actual.quadrant()),
        "quadrant changed from %s to %s",
        expected.quadrant(),
        actual.quadrant());
    check.done();
    return this;
  }

  /**
   * Checks that the scorecard is exactly equal to another, as when the same response is scored
   * twice, and shows where their JSON forms first differ if not.
   *
   * @param expected the scorecard expected
   * @return this assertion
   * @throws AssertionFailedError if they differ
   */
  public ScorecardAssert isEqualTo(Scorecard expected) {
    if (!expected.equals(actual)) {
      String e = ScorecardFormat.toJson(expected);
      String a = ScorecardFormat.toJson(actual);
      throw new AssertionFailedError(
          "expected equal scorecards but they differ "
              + dev.centricity.testkit.internal.Differences.between(e, a),
          e,
          a);
    }
    return this;
  }

  /**
   * Checks that the scorecard carries a warning of a kind.
   *
   * @param code the kind of warning
   * @return this assertion
   * @throws AssertionFailedError if it carries none of that kind
   */
  public ScorecardAssert hasWarning(Warning.Code code) {
    if (actual.warnings().stream().noneMatch(w -> w.code() == code)) {
      throw new AssertionFailedError(
          String.format(
              Locale.ROOT, "expected a warning %s but the warnings are %s", code, warnings()));
    }
    return this;
  }

  /**
   * Checks that the scorecard carries no warning.
   *
   * @return this assertion
   * @throws AssertionFailedError listing the warnings
   */
  public ScorecardAssert hasNoWarnings() {
    if (!actual.warnings().isEmpty()) {
      throw new AssertionFailedError("expected no warnings but there are " + warnings());
    }
    return this;
  }

  private String warnings() {
    List<String> list = new ArrayList<>();
    for (Warning w : actual.warnings()) {
      list.add(w.code() + ": " + w.message());
    }
    return list.isEmpty() ? "[none]" : list.toString();
  }

  private static List<String> poles(Rubric rubric) {
    return rubric.poles().stream().map(Pole::id).toList();
  }
}
