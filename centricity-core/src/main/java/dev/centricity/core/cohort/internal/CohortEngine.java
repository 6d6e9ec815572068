package dev.centricity.core.cohort.internal;

import dev.centricity.core.Problem;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.internal.CardFigures;
import dev.centricity.core.internal.CompiledRubric;
import dev.centricity.core.internal.PositionalEngine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cohort analysis: one pass over the rows, scoring each member and adding it to the
 * accumulators of the whole cohort, of its group, and of each dimension's reliability; then the
 * statistics of {@link CohortStatistics} over what they kept.
 *
 * <p>Immutable; each {@code analyse} call keeps its own state, so an instance may be shared.
 */
public final class CohortEngine implements CohortAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(CohortEngine.class);

  private final Scorer scorer;
  private final double level;
  private final CompiledRubric layout;

  /**
   * Creates the analysis.
   *
   * @param scorer the scorer
   * @param level the confidence level, in (0, 1)
   * @throws IllegalArgumentException if the level is out of range
   */
  public CohortEngine(Scorer scorer, double level) {
    this(scorer, level, compiled(Objects.requireNonNull(scorer, "scorer")));
  }

  /** The scorer's own compiled rubric when it has one, so the rubric is compiled once. */
  private static CompiledRubric compiled(Scorer scorer) {
    return scorer instanceof PositionalEngine e ? e.compiled() : CompiledRubric.of(scorer.rubric());
  }

  private CohortEngine(Scorer scorer, double level, CompiledRubric layout) {
    CohortStatistics.checkLevel(level);
    this.scorer = scorer;
    this.level = level;
    this.layout = layout;
  }

  @Override
  public Scorer scorer() {
    return scorer;
  }

  @Override
  public double confidenceLevel() {
    return level;
  }

  @Override
  public CohortAnalysis withConfidenceLevel(double newLevel) {
    return new CohortEngine(scorer, newLevel, layout);
  }

  @Override
  public CohortReport analyse(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort");
    List<CohortMember> members = cohort.members();
    return run(
        () ->
            new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < members.size();
              }

              @Override
              public CohortRow next() {
                CohortMember m = members.get(next++);
                return CohortRow.of(next, m);
              }
            },
        List.of());
  }

  @Override
  public CohortReport analyse(CohortRows rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows instanceof PointRows csv
        && scorer instanceof PositionalEngine
        && csv.traitIds().equals(scorer.traitOrder())) {
      // The file's rows as points by trait position: no Response per row.
      Pass pass = new Pass();
      csv.stream(pass);
      return finish(pass, rows.warnings());
    }
    return run(rows, rows.warnings());
  }

  @Override
  public CohortReport analyse(Iterable<CohortRow> rows) {
    if (rows instanceof CohortRows r) {
      return analyse(r);
    }
    return run(Objects.requireNonNull(rows, "rows"), List.of());
  }

  private CohortReport run(Iterable<CohortRow> rows, List<CohortWarning> headerWarnings) {
    Pass pass = new Pass();
    for (CohortRow row : rows) {
      pass.add(Objects.requireNonNull(row, "row"));
    }
    return finish(pass, headerWarnings);
  }

  private CohortReport finish(Pass pass, List<CohortWarning> headerWarnings) {
    CohortReport report = pass.report(headerWarnings);
    LOG.debug(
        "analysed a cohort of {} rows ({} scored, {} rejected, {} groups) with rubric {}",
        report.rows(),
        report.respondents(),
        report.rejected(),
        report.groups().size(),
        layout.rubric.reference());
    return report;
  }

  /** The state of one analysis. */
  private final class Pass implements PointRows.Sink {
    final GroupAccumulator overall = new GroupAccumulator(Optional.empty(), layout);
    final RowFigures figures = new RowFigures(layout);
    final Map<String, GroupAccumulator> groups = new TreeMap<>();
    final ReliabilityAccumulator[] reliability;
    final List<RowError> errors = new ArrayList<>();
    long rows;
    long rejected;
    long ungrouped;

    Pass() {
      reliability = new ReliabilityAccumulator[layout.twoPoles() ? layout.dimensionCount : 0];
      for (int d = 0; d < reliability.length; d++) {
        reliability[d] = new ReliabilityAccumulator(layout, d);
      }
    }

    void add(CohortRow row) {
      rows++;
      if (row.error().isPresent()) {
        reject(row.error().get());
        return;
      }
      CohortMember member = row.member().orElseThrow();
      Scorecard card;
      try {
        card = scorer.score(member.response());
      } catch (ResponseValidationException e) {
        reject(rejection(row.line(), member.response().respondent(), e));
        return;
      }
      int[] points = card instanceof CardFigures c ? c.points() : layout.points(member.response());
      add(card, points, member.group());
    }

    @Override
    public void member(
        long line, Optional<String> respondent, Optional<String> group, int[] points) {
      rows++;
      Scorecard card;
      try {
        card = scorer.score(respondent.orElse(null), points);
      } catch (ResponseValidationException e) {
        reject(rejection(line, respondent, e));
        return;
      }
      add(card, points, group);
    }

    @Override
    public void error(RowError error) {
      rows++;
      reject(error);
    }

    private void add(Scorecard card, int[] points, Optional<String> group) {
      figures.read(card);
      overall.add(figures, points);
      if (group.isPresent()) {
        groups
            .computeIfAbsent(group.get(), g -> new GroupAccumulator(Optional.of(g), layout))
            .add(figures, points);
      } else {
        ungrouped++;
      }
      for (ReliabilityAccumulator r : reliability) {
        r.add(points);
      }
    }

    void reject(RowError error) {
      rejected++;
      if (errors.size() < CohortReport.MAX_ERRORS_KEPT) {
        errors.add(error);
      }
    }

    CohortReport report(List<CohortWarning> headerWarnings) {
      List<CohortWarning> warnings = new ArrayList<>(headerWarnings);
      if (rejected > 0) {
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.ROWS_REJECTED,
                layout.rubric.id(),
                String.format(
                    Locale.ROOT,
                    "%d of %d rows could not be scored and are listed as errors",
                    rejected,
                    rows)));
      }
      if (overall.undetermined > 0) {
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.RESPONDENTS_UNDETERMINED,
                layout.rubric.id(),
                String.format(
                    Locale.ROOT,
                    "%d of %d respondents had an undetermined scorecard (no dimension counted) and"
                        + " enter no mean",
                    overall.undetermined,
                    overall.respondents)));
      }
      CohortReport.Builder report =
          CohortReport.builder()
              .rubric(RubricIdentity.of(layout.rubric))
              .policy(scorer.policy())
              .confidenceLevel(level)
              .rows(rows)
              .respondents(overall.respondents)
              .rejected(rejected)
              .errors(errors)
              .ungrouped(ungrouped)
              .overall(summary(overall));
      for (GroupAccumulator g : groups.values()) {
        report.addGroups(summary(g));
      }
      if (layout.twoPoles()) {
        List<Moments> byGroup =
            groups.values().stream().map(g -> g.index).collect(Collectors.toList());
        CohortStatistics.intraclass(Optional.empty(), byGroup)
            .ifPresent(report::addIntraclassCorrelations);
        for (int d = 0; d < layout.dimensionCount; d++) {
          final int dim = d;
          List<Moments> dimension =
              groups.values().stream().map(g -> g.dimensionIndex[dim]).collect(Collectors.toList());
          CohortStatistics.intraclass(Optional.of(layout.dimensionIds[d]), dimension)
              .ifPresent(report::addIntraclassCorrelations);
        }
        for (ReliabilityAccumulator r : reliability) {
          report.addReliability(CohortStatistics.reliability(layout, r, warnings));
        }
      }
      return report.warnings(warnings).build();
    }

    private GroupSummary summary(GroupAccumulator g) {
      GroupSummary.Builder s =
          GroupSummary.builder()
              .group(g.label)
              .respondents(g.respondents)
              .undetermined(g.undetermined);
      Optional<Estimate> index = CohortStatistics.estimate(g.index, level);
      index.ifPresent(
          i -> {
            s.index(i).score(CohortStatistics.score(i));
            if (layout.hasBands()) {
              s.band(CohortStatistics.band(layout, i));
            }
          });
      if (layout.hasBands()) {
        s.bandCounts(counts(g.bandCounts));
      }
      s.profile(poles(g.profile));
      s.strengths(poles(g.strengths));
      for (int d = 0; d < layout.dimensionCount; d++) {
        DimensionSummary.Builder ds =
            DimensionSummary.builder().id(layout.dimensionIds[d]).counted(g.dimensionCounted[d]);
        Optional<Estimate> di = CohortStatistics.estimate(g.dimensionIndex[d], level);
        di.ifPresent(
            i -> {
              ds.index(i).score(CohortStatistics.score(i));
              if (layout.hasBands()) {
                ds.band(CohortStatistics.band(layout, i));
              }
            });
        if (layout.hasBands()) {
          ds.bandCounts(counts(g.dimensionBandCounts[d]));
        }
        ds.strengths(poles(g.dimensionStrengths[d]));
        CohortStatistics.agreement(layout, g, d).ifPresent(ds::agreement);
        DimensionSummary built = ds.build();
        s.addDimensions(built);
      }
      return s.build();
    }

    private Map<String, Long> counts(long[] counts) {
      Map<String, Long> m = new LinkedHashMap<>();
      for (int b = 0; b < counts.length; b++) {
        m.put(layout.bands.label(b), counts[b]);
      }
      return m;
    }

    private Map<String, Estimate> poles(Moments[] moments) {
      Map<String, Estimate> m = new LinkedHashMap<>();
      for (int q = 0; q < layout.poleCount; q++) {
        final String pole = layout.poleIds[q];
        CohortStatistics.estimate(moments[q], level).ifPresent(e -> m.put(pole, e));
      }
      return m;
    }
  }

  /** A row error for a member the scorer rejected, naming the first bad answer's trait. */
  private static RowError rejection(
      long line, Optional<String> respondent, ResponseValidationException e) {
    Optional<String> column = Optional.empty();
    List<String> reasons = new ArrayList<>();
    for (Problem p : e.problems()) {
      if (column.isEmpty() && p.path().startsWith("/answers/")) {
        column =
            Optional.of(
                p.path().substring("/answers/".length()).replace("~1", "/").replace("~0", "~"));
      }
      reasons.add(p.message());
    }
    return RowError.of(line, respondent, column, String.join("; ", reasons));
  }
}
