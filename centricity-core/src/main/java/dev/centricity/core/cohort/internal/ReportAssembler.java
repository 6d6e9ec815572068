package dev.centricity.core.cohort.internal;

import dev.centricity.core.RubricIdentity;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.internal.CompiledRubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report of what an accumulator kept: each group's estimates, bands and agreement ({@link
 * Estimates}, {@link Agreement}), the intraclass correlations across groups ({@link Intraclass}),
 * each dimension's reliability ({@link ReliabilityAnalysis}), and the warnings. Reads the
 * accumulator without changing it. Stateless.
 */
final class ReportAssembler {

  private ReportAssembler() {}

  /** The report, after the header's warnings. */
  static CohortReport report(
      CohortAccumulator acc,
      ScoringPolicy policy,
      double level,
      List<CohortWarning> headerWarnings) {
    CompiledRubric layout = acc.layout;
    List<CohortWarning> warnings = new ArrayList<>(headerWarnings);
    if (acc.rejected > 0) {
      // the report keeps the first MAX_ERRORS_KEPT error rows: say so when it kept fewer than all
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.ROWS_REJECTED,
              layout.rubric.id(),
              acc.errors.size() < acc.rejected
                  ? String.format(
                      Locale.ROOT,
                      "%d of %d rows could not be scored; the first %d are listed as errors, the"
                          + " other %d are counted only",
                      acc.rejected,
                      acc.rows,
                      acc.errors.size(),
                      acc.rejected - acc.errors.size())
                  : String.format(
                      Locale.ROOT,
                      "%d of %d rows could not be scored and are listed as errors",
                      acc.rejected,
                      acc.rows),
              acc.errors.size() < acc.rejected
                  ? List.of(
                      Long.toString(acc.rejected),
                      Long.toString(acc.rows),
                      Integer.toString(acc.errors.size()))
                  : List.of(Long.toString(acc.rejected), Long.toString(acc.rows))));
    }
    if (acc.overall.undetermined > 0) {
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.RESPONDENTS_UNDETERMINED,
              layout.rubric.id(),
              String.format(
                  Locale.ROOT,
                  "%d of %d respondents had an undetermined scorecard (no dimension counted) and"
                      + " enter no mean",
                  acc.overall.undetermined,
                  acc.overall.respondents),
              List.of(
                  Long.toString(acc.overall.undetermined),
                  Long.toString(acc.overall.respondents))));
    }
    CohortReport.Builder report =
        CohortReport.builder()
            .rubric(RubricIdentity.of(layout.rubric))
            .policy(policy)
            .confidenceLevel(level)
            .rows(acc.rows)
            .respondents(acc.overall.respondents)
            .rejected(acc.rejected)
            .errors(acc.errors)
            .ungrouped(acc.ungrouped)
            .overall(summary(layout, acc.overall, level));
    for (GroupAccumulator g : acc.groups.values()) {
      report.addGroups(summary(layout, g, level));
    }
    if (layout.twoPoles()) {
      List<Moments> byGroup =
          acc.groups.values().stream().map(g -> g.index).collect(Collectors.toList());
      Intraclass.of(Optional.empty(), byGroup).ifPresent(report::addIntraclassCorrelations);
      for (int d = 0; d < layout.dimensionCount; d++) {
        final int dim = d;
        List<Moments> dimension =
            acc.groups.values().stream()
                .map(g -> g.dimensionIndex[dim])
                .collect(Collectors.toList());
        Intraclass.of(Optional.of(layout.dimensionIds[d]), dimension)
            .ifPresent(report::addIntraclassCorrelations);
      }
      for (ReliabilityAccumulator r : acc.reliability) {
        report.addReliability(ReliabilityAnalysis.of(layout, r, warnings));
      }
      for (int d = 0; d < layout.dimensionCount; d++) {
        int traits = layout.dimensionEnd[d] - layout.dimensionStart[d];
        if (traits > CohortReport.MAX_RELIABILITY_TRAITS) {
          warnings.add(
              dev.centricity.core.cohort.CohortWarning.of(
                  dev.centricity.core.cohort.CohortWarning.Code.RELIABILITY_UNAVAILABLE,
                  layout.dimensionIds[d],
                  String.format(
                      java.util.Locale.ROOT,
                      "the reliability of dimension '%s' is not computed: it has %d traits, more"
                          + " than the %d whose pairs an analysis keeps sums for",
                      layout.dimensionIds[d],
                      traits,
                      CohortReport.MAX_RELIABILITY_TRAITS)));
        }
      }
    }
    return report.warnings(warnings).build();
  }

  private static GroupSummary summary(CompiledRubric layout, GroupAccumulator g, double level) {
    GroupSummary.Builder s =
        GroupSummary.builder()
            .group(g.label)
            .respondents(g.respondents)
            .undetermined(g.undetermined);
    Estimates.estimate(g.index, level)
        .ifPresent(
            i -> {
              s.index(i).score(Estimates.score(i));
              if (layout.hasBands()) {
                s.band(Estimates.band(layout, i));
              }
            });
    if (layout.hasBands()) {
      s.bandCounts(counts(layout, g.bandCounts));
    }
    s.profile(poles(layout, g.profile, level));
    s.strengths(poles(layout, g.strengths, level));
    for (int d = 0; d < layout.dimensionCount; d++) {
      DimensionSummary.Builder ds =
          DimensionSummary.builder().id(layout.dimensionIds[d]).counted(g.dimensionCounted[d]);
      Estimates.estimate(g.dimensionIndex[d], level)
          .ifPresent(
              i -> {
                ds.index(i).score(Estimates.score(i));
                if (layout.hasBands()) {
                  ds.band(Estimates.band(layout, i));
                }
              });
      if (layout.hasBands()) {
        ds.bandCounts(counts(layout, g.dimensionBandCounts[d]));
      }
      ds.strengths(poles(layout, g.dimensionStrengths[d], level));
      Agreement.of(layout, g, d).ifPresent(ds::agreement);
      s.addDimensions(ds.build());
    }
    return s.build();
  }

  private static Map<String, Long> counts(CompiledRubric layout, long[] counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int b = 0; b < counts.length; b++) {
      m.put(layout.bands.label(b), counts[b]);
    }
    return m;
  }

  private static Map<String, Estimate> poles(
      CompiledRubric layout, Moments[] moments, double level) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    for (int q = 0; q < layout.poleCount; q++) {
      final String pole = layout.poleIds[q];
      Estimates.estimate(moments[q], level).ifPresent(e -> m.put(pole, e));
    }
    return m;
  }
}
