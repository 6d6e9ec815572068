package dev.centricity.core.internal;

import static dev.centricity.core.internal.CompiledScorer.COUNTED_WEIGHT;
import static dev.centricity.core.internal.CompiledScorer.COVERAGE;
import static dev.centricity.core.internal.CompiledScorer.percent;

import dev.centricity.core.Warning;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The warnings of a scorecard, worked out when read from what the scorecard keeps: answers to
 * unknown traits that were ignored, unanswered traits skipped or counted at the midpoint,
 * dimensions that did not count and why, and an undetermined result.
 */
final class CardWarnings {

  private CardWarnings() {}

  /**
   * The warnings of a scorecard.
   *
   * @param card the scorecard
   * @return its warnings, in a fixed order
   */
  static List<Warning> of(ScoredCard card) {
    List<Warning> warnings = new ArrayList<>();
    if (card.ignored != null) {
      for (String id : card.ignored) {
        warnings.add(
            Warning.of(
                Warning.Code.UNKNOWN_TRAIT_IGNORED,
                id,
                String.format(
                    Locale.ROOT,
                    "the answer to '%s' was ignored: rubric '%s' has no such trait",
                    id,
                    card.s.rubric.reference()),
                List.of(card.s.rubric.reference())));
      }
    }
    for (int d = 0; d < card.s.dimensionCount; d++) {
      double w = card.dims[d * card.s.stride + COUNTED_WEIGHT];
      double cov = card.dims[d * card.s.stride + COVERAGE];
      if (!(w > 0)) {
        // a dimension whose traits all weigh 0 never counts; one whose weighted traits were not
        // answered (under SKIP) is missing answers, which the warning must say, not "no weight"
        warnings.add(
            Warning.of(
                card.dimensionUnanswered(d)
                    ? Warning.Code.DIMENSION_UNANSWERED
                    : Warning.Code.DIMENSION_NO_WEIGHT,
                card.s.dimensionIds[d],
                String.format(
                    Locale.ROOT,
                    "dimension '%s' does not count: %s",
                    card.s.dimensionIds[d],
                    card.noWeightReason(d))));
      } else if (!card.s.counts(w, cov)) {
        warnings.add(
            Warning.of(
                Warning.Code.DIMENSION_LOW_COVERAGE,
                card.s.dimensionIds[d],
                String.format(
                    Locale.ROOT,
                    "dimension '%s' does not count: %s of its trait weight is answered, below the"
                        + " minimum of %s",
                    card.s.dimensionIds[d],
                    percent(cov),
                    percent(card.s.minCoverage)),
                List.of(Double.toString(cov), Double.toString(card.s.minCoverage))));
      }
    }
    if (card.missing > 0 && !card.s.rejectMissing) {
      warnings.add(
          Warning.of(
              card.s.neutral ? Warning.Code.ANSWERS_NEUTRAL : Warning.Code.ANSWERS_SKIPPED,
              card.s.rubric.id(),
              String.format(
                  Locale.ROOT,
                  card.s.neutral
                      ? "%d of %d traits are unanswered and count at the midpoint of their scale"
                      : "%d of %d traits are unanswered and do not count",
                  card.missing,
                  card.s.traitCount),
              List.of(Integer.toString(card.missing), Integer.toString(card.s.traitCount))));
    }
    if (!(card.omega > 0)) {
      warnings.add(
          Warning.of(
              Warning.Code.UNDETERMINED,
              card.s.rubric.id(),
              "no dimension counts, so the scorecard is undetermined"));
    }
    return Collections.unmodifiableList(warnings);
  }
}
