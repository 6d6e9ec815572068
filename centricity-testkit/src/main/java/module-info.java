/**
 * Centricity testkit: jqwik generators of rubrics, responses and policies, the invariant contract
 * of {@code docs/model.md} for anyone's rubric, and assertions on scorecards.
 *
 * <p>Exports {@code dev.centricity.testkit} only. {@code dev.centricity.testkit.internal} is not
 * exported but open, because jqwik creates the contract's lifecycle hook by reflection.
 */
module dev.centricity.testkit {
  requires transitive dev.centricity.core;
  requires static org.immutables.value; // to read the annotations on core's classes
  requires transitive net.jqwik.api;
  requires transitive org.junit.jupiter.api;

  exports dev.centricity.testkit;

  opens dev.centricity.testkit.internal;
}
