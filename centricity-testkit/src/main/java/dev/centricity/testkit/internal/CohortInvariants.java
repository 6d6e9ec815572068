package dev.centricity.testkit.internal;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.testkit.Assessment;
import dev.centricity.testkit.CohortAssessment;
import dev.centricity.testkit.Invariant;
import dev.centricity.testkit.internal.Invariants.ScorerFactory;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The checks of invariant 12 (cohorts), on the cohort analysis of {@code
 * dev.centricity.core.cohort} run with the scorer under test.
 */
public final class CohortInvariants {

  /** Means of identical values are exact (Welford); only the last bit may differ. */
  static final double IDENTICAL = 1e-12;

  /** Sums in another order differ by rounding only; spreads and intervals amplify it a little. */
  static final double ORDER = 1e-9;

  private CohortInvariants() {}

  /**
   * Invariant 12: a cohort of n identical responses aggregates to that response's scorecard: every
   * respondent counts, the mean index, profile, strengths and dimension indices are the response's,
   * their spread is 0, and the band is the response's band.
   */
  public static void identicalResponses(
      ScorerFactory scorers, Assessment a, ScoringPolicy policy, int n) {
    Scorer scorer = scorers.apply(a.rubric(), policy);
    Scorecard card = scorer.score(a.response());
    CohortReport report =
        CohortAnalysis.of(scorer)
            .analyse(Cohort.of(Collections.nCopies(n, CohortMember.of(a.response()))));
    Check check =
        new Check(
            Invariant.COHORTS,
            String.format(Locale.ROOT, "for a cohort of %d identical responses", n),
            IDENTICAL);
    GroupSummary all = report.overall();
    check.that(report.respondents() == n, "%d respondents scored, not %d", report.respondents(), n);
    check.that(report.rejected() == 0, "%d respondents rejected", report.rejected());
    check.that(
        all.undetermined() == (card.determined() ? 0 : n),
        "%d respondents undetermined, but the scorecard is %s",
        all.undetermined(),
        card.determined() ? "determined" : "undetermined");
    if (card.determined()) {
      card.index()
          .ifPresent(
              i -> {
                check.that(all.index().isPresent(), "the mean index is absent");
                all.index().ifPresent(e -> same(check, "index", i, e));
              });
      card.profile()
          .forEach(
              (pole, share) -> {
                Estimate e = all.profile().get(pole);
                check.that(e != null, "the mean share of '%s' is absent", pole);
                if (e != null) {
                  same(check, "share of '" + pole + "'", share, e);
                }
              });
      card.strengths()
          .forEach(
              (pole, s) -> {
                Estimate e = all.strengths().get(pole);
                check.that(e != null, "the mean strength of '%s' is absent", pole);
                if (e != null) {
                  same(check, "strength of '" + pole + "'", s, e);
                }
              });
      card.band().ifPresent(band -> sameBand(check, "band", band, all.band()));
    }
    for (DimensionScore d : card.dimensions()) {
      Optional<DimensionSummary> summary = all.dimension(d.id());
      check.that(summary.isPresent(), "dimension '%s' has no summary", d.id());
      if (summary.isEmpty()) {
        continue;
      }
      DimensionSummary s = summary.get();
      String where = "dimension '" + d.id() + "'";
      check.that(
          s.counted() == (d.counted() ? n : 0),
          "%s counted for %d respondents, but %s for the response",
          where,
          s.counted(),
          d.counted() ? "counts" : "does not count");
      if (d.counted()) {
        d.index().ifPresent(i -> s.index().ifPresent(e -> same(check, where + " index", i, e)));
        d.band().ifPresent(band -> sameBand(check, where + " band", band, s.band()));
      }
    }
    check.done(a, Invariants.policy(policy), "  " + n + " respondents gave this response");
  }

  /**
   * Invariant 12: the members of a cohort in another order give the same report: the same counts,
   * and the same means, spreads and intervals to rounding (1e-9), overall and per group.
   */
  public static void respondentOrder(
      ScorerFactory scorers, CohortAssessment a, Cohort shuffled, ScoringPolicy policy) {
    CohortAnalysis analysis = CohortAnalysis.of(scorers.apply(a.rubric(), policy));
    CohortReport expected = analysis.analyse(a.cohort());
    CohortReport actual = analysis.analyse(shuffled);
    Check check = new Check(Invariant.COHORTS, "with the respondents in another order", ORDER);
    check.that(
        expected.respondents() == actual.respondents()
            && expected.rejected() == actual.rejected()
            && expected.ungrouped() == actual.ungrouped(),
        "respondents, rejected and ungrouped changed from %d, %d, %d to %d, %d, %d",
        expected.respondents(),
        expected.rejected(),
        expected.ungrouped(),
        actual.respondents(),
        actual.rejected(),
        actual.ungrouped());
    sameSummary(check, "overall", expected.overall(), actual.overall());
    List<GroupSummary> groups = expected.groups();
    check.that(
        groups.size() == actual.groups().size(),
        "%d groups became %d",
        groups.size(),
        actual.groups().size());
    for (GroupSummary g : groups) {
      String label = g.group().orElse("");
      Optional<GroupSummary> other = actual.group(label);
      check.that(other.isPresent(), "group '%s' is missing", label);
      other.ifPresent(o -> sameSummary(check, "group '" + label + "'", g, o));
    }
    check.done(a, Invariants.policy(policy), "  shuffled: " + a.withCohort(shuffled));
  }

  private static void same(Check check, String what, double value, Estimate e) {
    check.close("mean " + what, value, e.mean());
    e.standardDeviation().ifPresent(sd -> check.close("standard deviation of " + what, 0.0, sd));
  }

  private static void sameBand(
      Check check, String what, String band, Optional<BandEstimate> estimate) {
    check.that(
        estimate.isPresent(), "the %s estimate is absent, the response's is '%s'", what, band);
    estimate.ifPresent(
        e ->
            check.that(
                e.candidates().contains(band),
                "the %s estimate is %s, which does not include the response's '%s'",
                what,
                e.describe(),
                band));
  }

  private static void sameSummary(
      Check check, String where, GroupSummary expected, GroupSummary actual) {
    check.that(
        expected.respondents() == actual.respondents()
            && expected.undetermined() == actual.undetermined(),
        "%s respondents and undetermined changed from %d, %d to %d, %d",
        where,
        expected.respondents(),
        expected.undetermined(),
        actual.respondents(),
        actual.undetermined());
    sameEstimate(check, where + " index", expected.index(), actual.index());
    sameEstimate(check, where + " score", expected.score(), actual.score());
    sameEstimates(check, where + " share", expected.profile(), actual.profile());
    sameEstimates(check, where + " strength", expected.strengths(), actual.strengths());
    check.that(
        expected.bandCounts().equals(actual.bandCounts()),
        "%s band counts changed from %s to %s",
        where,
        expected.bandCounts(),
        actual.bandCounts());
    for (DimensionSummary d : expected.dimensions()) {
      String dim = where + " dimension '" + d.id() + "'";
      Optional<DimensionSummary> o = actual.dimension(d.id());
      check.that(o.isPresent(), "%s is missing", dim);
      o.ifPresent(
          other -> {
            check.that(
                d.counted() == other.counted(),
                "%s counted changed from %d to %d",
                dim,
                d.counted(),
                other.counted());
            sameEstimate(check, dim + " index", d.index(), other.index());
            sameEstimates(check, dim + " strength", d.strengths(), other.strengths());
            check.that(
                d.bandCounts().equals(other.bandCounts()),
                "%s band counts changed from %s to %s",
                dim,
                d.bandCounts(),
                other.bandCounts());
          });
    }
  }

  private static void sameEstimates(
      Check check, String what, Map<String, Estimate> expected, Map<String, Estimate> actual) {
    check.that(
        expected.keySet().equals(actual.keySet()),
        "%s has keys %s, expected %s",
        what,
        actual.keySet(),
        expected.keySet());
    expected.forEach(
        (key, e) -> sameEstimate(check, what + " of '" + key + "'", e, actual.get(key)));
  }

  private static void sameEstimate(
      Check check, String what, Optional<Estimate> expected, Optional<Estimate> actual) {
    check.that(
        expected.isPresent() == actual.isPresent(),
        "%s changed from %s to %s",
        what,
        expected.map(e -> "present").orElse("absent"),
        actual.map(e -> "present").orElse("absent"));
    if (expected.isPresent() && actual.isPresent()) {
      sameEstimate(check, what, expected.get(), actual.get());
    }
  }

  private static void sameEstimate(Check check, String what, Estimate expected, Estimate actual) {
    if (actual == null) {
      return;
    }
    check.that(
        expected.n() == actual.n(), "%s n changed from %d to %d", what, expected.n(), actual.n());
    check.close(what + " mean", expected.mean(), actual.mean());
    optional(
        check,
        what + " standard deviation",
        expected.standardDeviation(),
        actual.standardDeviation());
    optional(check, what + " lower end", expected.lower(), actual.lower());
    optional(check, what + " upper end", expected.upper(), actual.upper());
  }

  private static void optional(
      Check check, String what, OptionalDouble expected, OptionalDouble actual) {
    check.optional(what, expected, actual);
  }
}
