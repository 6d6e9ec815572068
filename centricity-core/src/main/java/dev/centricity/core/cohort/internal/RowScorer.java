package dev.centricity.core.cohort.internal;

import dev.centricity.core.Problem;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.internal.CardFigures;
import dev.centricity.core.internal.CompiledRubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores rows and adds them to an accumulator: a member is scored and added, a member the scorer
 * rejects and an error row are added as errors. Holds a buffer for the figures of one scorecard, so
 * one thread uses an instance at a time.
 */
final class RowScorer {

  private final Scorer scorer;
  private final CompiledRubric layout;
  private final RowFigures figures;

  RowScorer(Scorer scorer, CompiledRubric layout) {
    this.scorer = scorer;
    this.layout = layout;
    this.figures = new RowFigures(layout);
  }

  /** Adds a row as read or built by a host. */
  void add(CohortAccumulator into, CohortRow row) {
    Objects.requireNonNull(row, "row");
    if (row.error().isPresent()) {
      into.reject(row.error().get());
      return;
    }
    CohortMember member = row.member().orElseThrow();
    Scorecard card;
    try {
      card = scorer.score(member.response());
    } catch (ResponseValidationException e) {
      into.reject(rejection(row.line(), member.response().respondent(), e));
      return;
    }
    int[] points = card instanceof CardFigures c ? c.points() : layout.points(member.response());
    figures.read(card);
    into.add(figures, points, member.group());
  }

  /** Adds a member given as points by trait position in the scorer's order. */
  void add(
      CohortAccumulator into,
      long line,
      Optional<String> respondent,
      Optional<String> group,
      int[] points) {
    Scorecard card;
    try {
      card = scorer.score(respondent.orElse(null), points);
    } catch (ResponseValidationException e) {
      into.reject(rejection(line, respondent, e));
      return;
    }
    figures.read(card);
    into.add(figures, points, group);
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
