package dev.centricity.core.cohort.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
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
      into.reject(
          rejection(row.line(), member.response().respondent(), e, member.response(), null));
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
      into.reject(rejection(line, respondent, e, null, points));
      return;
    }
    figures.read(card);
    into.add(figures, points, group);
  }

  /**
   * A row error for a member the scorer rejected, naming the first bad answer's trait, with each
   * problem as a code and values worked out from the answers (given as a response or as points by
   * position); a problem of another kind leaves the codes out, the reason still saying it.
   */
  private RowError rejection(
      long line,
      Optional<String> respondent,
      ResponseValidationException e,
      Response response,
      int[] points) {
    Optional<String> column = Optional.empty();
    List<String> reasons = new ArrayList<>();
    List<RowProblem> coded = new ArrayList<>();
    for (Problem p : e.problems()) {
      Optional<String> trait = Optional.empty();
      if (p.path().startsWith("/answers/")) {
        trait =
            Optional.of(
                p.path().substring("/answers/".length()).replace("~1", "/").replace("~0", "~"));
        if (column.isEmpty()) {
          column = trait;
        }
      }
      reasons.add(p.message());
      RowProblem c = coded(p, trait, response, points);
      if (c != null && coded != null) {
        coded.add(c);
      } else {
        coded = null;
      }
    }
    return RowError.of(
        line,
        respondent,
        column,
        String.join("; ", reasons),
        coded == null ? List.of() : List.copyOf(coded));
  }

  /** A scorer's problem as a code and values, or null when it is of no kind known here. */
  private RowProblem coded(Problem p, Optional<String> trait, Response response, int[] points) {
    if (p.path().equals("/rubric") && response != null && response.rubric().isPresent()) {
      return RowProblem.of(
          RowProblem.Code.WRONG_RUBRIC,
          Optional.empty(),
          List.of(response.rubric().get(), layout.rubric.reference()));
    }
    if (trait.isEmpty()) {
      return null;
    }
    int t = layout.position(trait.get());
    if (t < 0) {
      return RowProblem.of(
          RowProblem.Code.UNKNOWN_TRAIT, trait, List.of(layout.rubric.reference()));
    }
    int given;
    if (response != null) {
      Answer a = response.answers().get(trait.get());
      given = a != null && a.isGiven() ? a.pointValue() : 0;
    } else {
      given = points[t];
    }
    return given == 0
        ? RowProblem.of(RowProblem.Code.UNANSWERED, trait, List.of())
        : RowProblem.of(
            RowProblem.Code.OUT_OF_SCALE,
            trait,
            List.of(Integer.toString(given), Integer.toString(layout.traitPoints[t])));
  }
}
