package dev.centricity.examples;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.testkit.RubricContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A host's own rubric checked against every invariant of {@code docs/model.md}: the three-pole
 * {@code team-focus} rubric this module ships as {@code team-rubric.yaml}. One dependency ({@code
 * centricity-testkit}, test scope) and this class are all it takes.
 *
 * <p>The rubric has three poles, so invariant 10 (extremes), which needs two, is reported as
 * skipped with its reason; every other property runs, the mirror swapping pairs of poles.
 */
class TeamRubricContractTest implements RubricContract {

  private static final String RESOURCE = "/dev/centricity/examples/team-rubric.yaml";

  private static final Rubric RUBRIC = read();

  @Override
  public Rubric rubric() {
    return RUBRIC;
  }

  private static Rubric read() {
    try (InputStream in = TeamRubricContractTest.class.getResourceAsStream(RESOURCE)) {
      return RubricFormat.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
