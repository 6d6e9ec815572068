package dev.centricity.core.io;

import java.util.Locale;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets the command line set the tries and the seed of the properties of a class: {@code
 * -Dcentricity.fuzz.tries=N} runs every property of the class N times instead of the {@code tries}
 * its {@code @Property} annotation gives, and {@code -Dcentricity.fuzz.seed=S} replays the random
 * sequence jqwik reported as {@code seed = S}.
 *
 * <p>The hook changes the property's attributes before jqwik starts generating, so generation, edge
 * cases, statistics and shrinking are exactly those of a property with that many tries. Surefire
 * passes {@code -D} options of the Maven command line on to the test JVM.
 */
public final class FuzzTries implements AroundPropertyHook {

  /** The system property that sets the tries of each property. */
  public static final String TRIES = "centricity.fuzz.tries";

  /** The system property that sets the random seed. */
  public static final String SEED = "centricity.fuzz.seed";

  /** Creates the hook; jqwik calls this. */
  public FuzzTries() {}

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty(TRIES);
    if (tries != null && !tries.isBlank()) {
      context.attributes().setTries(parseTries(tries.strip()));
    }
    String seed = System.getProperty(SEED);
    if (seed != null && !seed.isBlank()) {
      context.attributes().setSeed(seed.strip());
    }
    return property.execute();
  }

  /** Applies to the properties of the class the hook is added to. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  /** Runs before jqwik's own hooks read the attributes. */
  @Override
  public int aroundPropertyProximity() {
    return -100;
  }

  private static int parseTries(String value) {
    try {
      int n = Integer.parseInt(value.replace("_", ""));
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "-D%s must be a whole number of at least 1 but was '%s'", TRIES, value),
          e);
    }
  }
}
