package dev.centricity.testkit.internal;

import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import dev.centricity.testkit.Invariant;
import dev.centricity.testkit.InvariantContract;
import dev.centricity.testkit.RubricContract;
import dev.centricity.testkit.Rubrics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.opentest4j.TestAbortedException;

/**
 * The jqwik hook around every property of {@link InvariantContract}: sets its tries from {@link
 * InvariantContract#tries(Invariant)} (unless the test class fixes them, with {@code
 * PropertyDefaults}), and for a {@link RubricContract} reports a property that does not apply to
 * the rubric as aborted, with the reason, after a single try that the property's own {@code Assume}
 * discards.
 *
 * <p>jqwik creates it by reflection, hence public with a public constructor.
 */
public final class ContractLifecycle implements AroundPropertyHook {

  /** Each property of the contract and its invariant. */
  static final Map<String, Invariant> PROPERTIES =
      Map.ofEntries(
          Map.entry("bounds", Invariant.BOUNDS),
          Map.entry("neutrality", Invariant.NEUTRALITY),
          Map.entry("monotonicity_keyed", Invariant.MONOTONICITY),
          Map.entry("monotonicity_contrast", Invariant.MONOTONICITY),
          Map.entry("additivity", Invariant.ADDITIVITY),
          Map.entry("order_independence_traits", Invariant.ORDER_INDEPENDENCE),
          Map.entry("order_independence_dimensions", Invariant.ORDER_INDEPENDENCE),
          Map.entry("order_independence_answers", Invariant.ORDER_INDEPENDENCE),
          Map.entry("scale_invariance_traits", Invariant.SCALE_INVARIANCE),
          Map.entry("scale_invariance_dimensions", Invariant.SCALE_INVARIANCE),
          Map.entry("zero_weight_trait", Invariant.ZERO_WEIGHT),
          Map.entry("zero_weight_dimension", Invariant.ZERO_WEIGHT),
          Map.entry("mirror", Invariant.MIRROR),
          Map.entry("skip_equals_absent", Invariant.SKIP_EQUALS_ABSENT),
          Map.entry("extremes", Invariant.EXTREMES),
          Map.entry("round_trip_rubric", Invariant.ROUND_TRIP),
          Map.entry("round_trip_scorecard", Invariant.ROUND_TRIP),
          Map.entry("cohorts_of_identical_responses", Invariant.COHORTS),
          Map.entry("cohorts_in_any_order", Invariant.COHORTS),
          Map.entry("concurrency", Invariant.CONCURRENCY));

  /** Creates the hook; jqwik does. */
  public ContractLifecycle() {}

  /**
   * The invariant a property of the contract states.
   *
   * @param property the property's method name
   * @return the invariant, or empty for a method that is not a property of the contract
   */
  public static Optional<Invariant> invariantOf(String property) {
    return Optional.ofNullable(PROPERTIES.get(property));
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    Optional<Invariant> invariant = invariantOf(context.targetMethod().getName());
    if (invariant.isEmpty() || !(context.testInstance() instanceof InvariantContract contract)) {
      return property.execute();
    }
    if (contract instanceof RubricContract fixed) {
      Rubric rubric = fixed.rubric();
      Optional<String> reason = whyNotApplicable(context.targetMethod().getName(), rubric);
      if (reason.isPresent()) {
        // One try, which the property's own Assume discards, and the result reported as aborted.
        context.attributes().setTries(1);
        return property
            .execute()
            .mapToAborted(
                new TestAbortedException(
                    String.format(
                        Locale.ROOT,
                        "%s does not apply to rubric '%s': %s",
                        invariant.get(),
                        rubric.reference(),
                        reason.get())));
      }
    }
    if (context.attributes().tries().isEmpty()) {
      context.attributes().setTries(Math.max(1, contract.tries(invariant.get())));
    }
    return property.execute();
  }

  /** Runs around the properties after jqwik's own hooks that resolve the test instance. */
  @Override
  public int aroundPropertyProximity() {
    return -10;
  }

  /**
   * Why a property of the contract cannot be checked on a rubric at all.
   *
   * @param property the property's method name
   * @param rubric the rubric
   * @return the reason, or empty when it applies
   */
  public static Optional<String> whyNotApplicable(String property, Rubric rubric) {
    switch (property) {
      case "monotonicity_keyed":
        return unless(
            rubric.allTraits().stream().anyMatch(Trait::keyedToPole), "it has no keyed trait");
      case "monotonicity_contrast":
        return unless(
            rubric.allTraits().stream().anyMatch(t -> t.contrast().isPresent()),
            "it has no contrast trait");
      case "zero_weight_trait":
        return unless(
            any(rubric.allTraits(), t -> Rubrics.withTraitWeight(rubric, t.id(), 0.0)),
            "no trait's weight can be set to 0 with the rubric still valid");
      case "zero_weight_dimension":
        return unless(
            any(rubric.dimensions(), d -> Rubrics.withDimensionWeight(rubric, d.id(), 0.0)),
            "no dimension's weight can be set to 0 with the rubric still valid");
      case "skip_equals_absent":
        return unless(
            rubric.dimensions().stream().anyMatch(d -> d.traits().size() > 1),
            "no dimension has two or more traits");
      case "extremes":
        return unless(
            rubric.poles().size() == 2,
            String.format(
                Locale.ROOT,
                "it needs exactly two poles and the rubric has %d",
                rubric.poles().size()));
      default:
        return Optional.empty();
    }
  }

  private static Optional<String> unless(boolean applies, String reason) {
    return applies ? Optional.empty() : Optional.of(reason);
  }

  private static <T> boolean any(List<T> items, Function<T, Rubric> derive) {
    for (T item : items) {
      if (Invariants.valid(() -> derive.apply(item)).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
