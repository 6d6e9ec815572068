package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rubric FILE} option of every command that scores: the rubric, or the default. */
final class RubricOption {

  @Option(
      names = "--rubric",
      paramLabel = "FILE",
      description =
          "A rubric file (YAML or JSON), or the id of a bundled rubric:"
              + " product-customer-centricity or centricity-context.")
  Path file;

  /**
   * The rubric given, or the default orientation rubric.
   *
   * @return the rubric read from {@code --rubric}, or the built-in product/customer rubric
   */
  Rubric orientation() {
    return Inputs.orientationRubric(file);
  }
}
