package dev.centricity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A browser test without its browser: said in the build's output, and a failure in CI. */
class BrowsersTest {

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);

  @Test
  void should_skip_saying_so_in_the_build_output_without_chromium_on_a_developer_machine() {
    // WHEN Chromium is missing and CI is not set
    Throwable t =
        catchThrowable(
            () -> Browsers.require("SomeTest", "Chromium", Optional.empty(), Map.of(), print));
    // THEN the test is skipped, and a line of the build's output says which and why
    assertThat(t).isInstanceOf(TestAbortedException.class);
    assertThat(output.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "[WARNING] SomeTest: Chromium is not installed, so this browser test is SKIPPED"
                + " (.ci/run installs it)\n");
  }

  @Test
  void should_fail_without_chromium_where_ci_is_set() {
    // WHEN Chromium is missing and CI is set, as .ci/run sets it
    Throwable t =
        catchThrowable(
            () ->
                Browsers.require(
                    "SomeTest", "Chromium", Optional.empty(), Map.of("CI", "true"), print));
    // THEN the test fails rather than skip
    assertThat(t)
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("SomeTest: Chromium is not installed");
  }

  @Test
  void should_give_the_tool_found() {
    // GIVEN a tool that is installed
    Path chromium = Path.of("/usr/bin/chromium");
    // WHEN
    Path p = Browsers.require("SomeTest", "Chromium", Optional.of(chromium), Map.of(), print);
    // THEN it is used, and nothing is said
    assertThat(p).isEqualTo(chromium);
    assertThat(output.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
