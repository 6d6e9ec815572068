package dev.centricity.core.internal;

import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.WorkedExample;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a rubric's worked examples, as a model verification does: first that each is well formed
 * (a unique name, known traits, poles and bands, something expected), then, when the rest of the
 * rubric is valid, that scoring its answers gives what it expects (index within {@link
 * WorkedExample#TOLERANCE}, band, leading pole).
 */
final class WorkedExampleCheck {

  private final Rubric rubric;
  private final List<Problem> problems;

  /**
   * A check adding its problems to a validator's list.
   *
   * @param rubric the rubric
   * @param problems the problems found so far; the check adds to them
   */
  WorkedExampleCheck(Rubric rubric, List<Problem> problems) {
    this.rubric = rubric;
    this.problems = problems;
  }

  private void problem(String path, String format, Object... args) {
    problems.add(new Problem(path, String.format(Locale.ROOT, format, args)));
  }

  void check(Set<String> poles, Set<String> traits, Set<String> bandLabels) {
    List<WorkedExample> examples = rubric.examples();
    if (examples.isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    boolean wellFormed = problems.isEmpty();
    int before = problems.size();
    for (int i = 0; i < examples.size(); i++) {
      WorkedExample ex = examples.get(i);
      String path = "/examples/" + i;
      if (!names.add(ex.name())) {
        problem(path + "/name", "example name '%s' is used twice", ex.name());
      }
      for (String id : ex.answers().keySet()) {
        if (!traits.contains(id)) {
          problem(
              path + "/answers/" + Problem.escape(id),
              "example '%s' answers unknown trait '%s'",
              ex.name(),
              id);
        }
      }
      WorkedExample.Expectation e = ex.expect();
      if (e.index().isEmpty() && e.band().isEmpty() && e.leadingPole().isEmpty()) {
        problem(
            path + "/expect",
            "example '%s' expects nothing: give an index, band or leadingPole",
            ex.name());
      }
      if (e.index().isPresent() && rubric.poles().size() != 2) {
        problem(
            path + "/expect/index",
            "example '%s' expects an index, but only two-pole rubrics have one",
            ex.name());
      }
      e.band()
          .ifPresent(
              b -> {
                if (!bandLabels.contains(b)) {
                  problem(
                      path + "/expect/band",
                      "example '%s' expects unknown band '%s'",
                      ex.name(),
                      b);
                }
              });
      e.leadingPole()
          .ifPresent(
              p -> {
                if (!poles.contains(p)) {
                  problem(
                      path + "/expect/leadingPole",
                      "example '%s' expects unknown pole '%s'",
                      ex.name(),
                      p);
                }
              });
    }
    if (!wellFormed || problems.size() > before) {
      return; // scoring examples of a broken rubric would only repeat its problems
    }
    CompiledScorer scorer = new CompiledScorer(rubric, rubric.policy());
    for (int i = 0; i < examples.size(); i++) {
      checkExample("/examples/" + i, examples.get(i), scorer);
    }
  }

  private void checkExample(String path, WorkedExample ex, CompiledScorer scorer) {
    Scorecard card;
    try {
      card = scorer.score(Response.builder().answers(ex.answers()).build());
    } catch (ResponseValidationException e) {
      for (Problem p : e.problems()) {
        problems.add(new Problem(path + p.path(), "example '" + ex.name() + "': " + p.message()));
      }
      return;
    }
    WorkedExample.Expectation e = ex.expect();
    if (e.index().isPresent()) {
      double want = e.index().getAsDouble();
      if (card.index().isEmpty()) {
        problem(
            path + "/expect/index",
            "example '%s' expects index %s but is undetermined",
            ex.name(),
            want);
      } else if (!(Math.abs(card.index().getAsDouble() - want) <= WorkedExample.TOLERANCE)) {
        problem(
            path + "/expect/index",
            "example '%s' expects index %s but gives %s",
            ex.name(),
            want,
            card.index().getAsDouble());
      }
    }
    e.band()
        .ifPresent(
            b -> {
              if (!card.band().equals(java.util.Optional.of(b))) {
                problem(
                    path + "/expect/band",
                    "example '%s' expects band '%s' but gives %s",
                    ex.name(),
                    b,
                    card.band().map(x -> "'" + x + "'").orElse("none"));
              }
            });
    e.leadingPole()
        .ifPresent(
            p -> {
              if (!card.leadingPole().equals(java.util.Optional.of(p))) {
                problem(
                    path + "/expect/leadingPole",
                    "example '%s' expects leading pole '%s' but gives %s",
                    ex.name(),
                    p,
                    card.leadingPole().map(x -> "'" + x + "'").orElse("none"));
              }
            });
  }
}
