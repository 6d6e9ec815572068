package dev.centricity.testkit;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The rubrics of this module's test resources. */
final class TestRubrics {

  private TestRubrics() {}

  /** Two poles, two dimensions, keyed and contrast traits, bands. */
  static final Rubric TWO_POLES = read("two-poles.yaml");

  /** Three poles, keyed and contrast traits. */
  static final Rubric THREE_POLES = read("three-poles.yaml");

  /** Three poles, keyed traits only, one per dimension, on an even scale. */
  static final Rubric KEYED_THREE_POLES = read("keyed-three-poles.yaml");

  private static Rubric read(String name) {
    try (InputStream in = TestRubrics.class.getResourceAsStream(name)) {
      return RubricFormat.read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
