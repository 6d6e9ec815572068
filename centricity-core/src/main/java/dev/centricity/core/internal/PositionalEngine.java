package dev.centricity.core.internal;

import dev.centricity.core.Scorer;

/**
 * A scorer of the library's own, for the cohort engine's fast path: its positional form {@link
 * Scorer#score(String, int[])} scores exactly as the keyed form does for the same answers, and the
 * scorecards it returns are {@link CardFigures}.
 */
public interface PositionalEngine extends Scorer {

  /** The compiled rubric this scorer works on, for others to share. */
  CompiledRubric compiled();
}
