package dev.centricity.examples;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * Where the browser tests find Chromium and its driver, and what they do without them: on a
 * developer's machine the test is skipped with a line in the build's output saying so (an
 * assumption alone is only counted among the skipped tests); where the environment variable {@code
 * CI} is set, as {@code .ci/run} sets it, the test fails instead.
 */
final class Browsers {

  /** Where Debian, Ubuntu and Google install Chromium. */
  static final List<Path> CHROMIUM =
      List.of(
          Path.of("/usr/bin/chromium"),
          Path.of("/usr/bin/chromium-browser"),
          Path.of("/usr/bin/google-chrome"));

  /** Debian's {@code chromium-driver}. */
  static final List<Path> CHROMEDRIVER = List.of(Path.of("/usr/bin/chromedriver"));

  private Browsers() {}

  /**
   * Chromium, for a browser test.
   *
   * @param test the test's name, for the line in the build's output
   * @return Chromium's executable
   */
  static Path chromium(String test) {
    return require(test, "Chromium", find(CHROMIUM), System.getenv(), System.out);
  }

  /**
   * Debian's chromium-driver, for a test driving Chromium through Selenium.
   *
   * @param test the test's name, for the line in the build's output
   * @return the driver's executable
   */
  static Path chromedriver(String test) {
    return require(test, "chromium-driver", find(CHROMEDRIVER), System.getenv(), System.out);
  }

  /** The first of the candidates that can be run. */
  static Optional<Path> find(List<Path> candidates) {
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /**
   * The tool found, or a skip that says so in the build's output, or a failure where {@code CI} is
   * set.
   *
   * @param test the test's name
   * @param tool the tool's name
   * @param found the tool, if found
   * @param environment the environment variables
   * @param output where the build's output goes
   * @return the tool
   */
  static Path require(
      String test,
      String tool,
      Optional<Path> found,
      Map<String, String> environment,
      PrintStream output) {
    if (found.isPresent()) {
      return found.get();
    }
    if (environment.get("CI") != null) {
      throw new AssertionFailedError(
          test + ": " + tool + " is not installed, and where CI is set the browser tests must run");
    }
    String message =
        test
            + ": "
            + tool
            + " is not installed, so this browser test is SKIPPED (.ci/run installs it)";
    output.println("[WARNING] " + message);
    output.flush();
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }
}
