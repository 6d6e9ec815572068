package dev.centricity.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The outcome of running one contract fixture class with jqwik through JUnit Platform's {@link
 * EngineTestKit}: which properties passed, failed or were skipped, and with what throwable.
 */
final class ContractRun {

  private static final Pattern DIMENSION = Pattern.compile("(?m)^  dimension ");
  private static final Pattern TRAIT = Pattern.compile("(?m)^    \\S.*: (keyed|contrast) ");
  private static final Pattern ANSWER = Pattern.compile("\"[^\"]+\":(\\d+|\"n/a\"|null)");

  private final Map<String, TestExecutionResult> results = new LinkedHashMap<>();

  private ContractRun() {}

  /**
   * Runs every property of a fixture class.
   *
   * @param fixture the class
   * @return the outcome, keyed by display name (the property's label)
   */
  static ContractRun of(Class<?> fixture) {
    return run(selectClass(fixture));
  }

  /**
   * Runs one property of the contract on a fixture class.
   *
   * @param fixture the class
   * @param property the property's method name, such as {@code bounds}
   * @return the outcome
   */
  static ContractRun of(Class<?> fixture, String property) {
    java.lang.reflect.Method method =
        java.util.Arrays.stream(InvariantContract.class.getMethods())
            .filter(m -> m.getName().equals(property))
            .findFirst()
            .orElseThrow();
    return run(selectMethod(fixture, method));
  }

  private static ContractRun run(org.junit.platform.engine.DiscoverySelector selector) {
    // Shrinking is bounded by time (10 s by default); on a loaded machine that stopped it halfway
    // and the faulty-scorer tests failed on the size of the counterexample, so allow it longer.
    EngineExecutionResults executed =
        EngineTestKit.engine("jqwik")
            .configurationParameter("jqwik.shrinking.bounded.seconds", "120")
            .selectors(selector)
            .execute();
    ContractRun run = new ContractRun();
    for (Event e : executed.testEvents().finished().list()) {
      run.results.put(
          e.getTestDescriptor().getDisplayName(),
          e.getPayload(TestExecutionResult.class).orElseThrow());
    }
    return run;
  }

  /** Every property run, by display name, with its result. */
  Map<String, TestExecutionResult> results() {
    return results;
  }

  /** The display names of the properties that failed, in the order they finished. */
  java.util.List<String> failed() {
    return results.entrySet().stream()
        .filter(e -> e.getValue().getStatus() == TestExecutionResult.Status.FAILED)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** The throwable a property failed or was aborted with. */
  Optional<Throwable> throwable(String property) {
    TestExecutionResult r = results.get(property);
    return r == null ? Optional.empty() : r.getThrowable();
  }

  /** The number of dimensions of the rubric in a counterexample message. */
  static int dimensions(String message) {
    return count(DIMENSION.matcher(message));
  }

  /** The number of traits of the rubric in a counterexample message. */
  static int traits(String message) {
    return count(TRAIT.matcher(message));
  }

  /** The number of answers, n/a and blank ones included, of the responses in a message. */
  static int answers(String message) {
    return count(ANSWER.matcher(message));
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
