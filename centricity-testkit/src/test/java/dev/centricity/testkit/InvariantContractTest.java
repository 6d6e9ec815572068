package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.testkit.internal.ContractLifecycle;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/** How the contract is put together and run: names, labels, tries, and what does not apply. */
class InvariantContractTest {

  private static List<Method> properties() {
    return java.util.Arrays.stream(InvariantContract.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Property.class))
        .toList();
  }

  @Test
  void should_state_every_invariant_of_design_section_6() {
    // GIVEN the contract's properties
    Set<Invariant> stated = EnumSet.noneOf(Invariant.class);
    for (Method m : properties()) {
      // THEN each is named after an invariant and labelled with its number
      Invariant invariant = ContractLifecycle.invariantOf(m.getName()).orElseThrow();
      assertThat(m.getAnnotation(Label.class).value())
          .as("label of %s", m.getName())
          .startsWith(invariant.toString());
      assertThat(m.getName()).startsWith(invariant.title().replace(' ', '_').split("_")[0]);
      stated.add(invariant);
    }
    // AND together they state invariants 1 to 13
    assertThat(stated).containsExactlyInAnyOrder(Invariant.values());
    assertThat(properties()).hasSize(20);
  }

  @Test
  void should_number_the_invariants_as_design_section_6_does() {
    assertThat(Invariant.withNumber(4)).isEqualTo(Invariant.ADDITIVITY);
    assertThat(Invariant.ADDITIVITY).hasToString("invariant 4 (additivity)");
    for (int n = 1; n <= 13; n++) {
      assertThat(Invariant.withNumber(n).number()).isEqualTo(n);
    }
  }

  @Test
  void should_skip_with_the_reason_what_does_not_apply_to_a_fixed_rubric_and_run_the_rest() {
    // GIVEN a rubric of three poles, keyed traits only, one trait per dimension
    // WHEN the contract runs over it
    ContractRun run = ContractRun.of(NotApplicableFixture.class);
    // THEN three properties are aborted, each saying why
    Map<String, String> skipped =
        Map.of(
            "invariant 10 (extremes)", "it needs exactly two poles and the rubric has 3",
            "invariant 3 (monotonicity): contrast traits", "it has no contrast trait",
            "invariant 9 (skip equals absent)", "no dimension has two or more traits");
    skipped.forEach(
        (property, reason) -> {
          assertThat(run.results().get(property).getStatus())
              .as(property)
              .isEqualTo(TestExecutionResult.Status.ABORTED);
          assertThat(run.throwable(property).orElseThrow())
              .isInstanceOf(TestAbortedException.class)
              .hasMessageContaining("does not apply to rubric 'keyed-three-poles@1.0.0'")
              .hasMessageEndingWith(reason);
        });
    // AND every other property runs and passes, with the tries the fixture asks for
    assertThat(run.results()).hasSize(20);
    run.results()
        .forEach(
            (property, result) -> {
              if (!skipped.containsKey(property)) {
                assertThat(result.getStatus())
                    .as("%s: %s", property, result.getThrowable())
                    .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
              }
            });
  }

  @Test
  void should_run_the_tries_the_contract_asks_for() {
    // GIVEN a contract whose tries(invariant) is 3
    NotApplicableFixture.SCORERS.set(0);
    // WHEN its bounds property runs, which compiles one scorer per try
    ContractRun.of(NotApplicableFixture.class, "bounds");
    // THEN it runs 3 tries
    assertThat(NotApplicableFixture.SCORERS.get()).isEqualTo(3);
  }

  @Test
  void should_let_property_defaults_on_the_test_class_fix_the_tries() {
    // GIVEN @PropertyDefaults(tries = 5) on a contract whose tries(invariant) is 3
    PropertyDefaultsFixture.SCORERS.set(0);
    // WHEN its bounds property runs
    ContractRun.of(PropertyDefaultsFixture.class, "bounds");
    // THEN the class's default wins
    assertThat(PropertyDefaultsFixture.SCORERS.get()).isEqualTo(5);
  }
}
