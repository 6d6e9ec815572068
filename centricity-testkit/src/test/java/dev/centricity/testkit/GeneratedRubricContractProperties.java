package dev.centricity.testkit;

/**
 * The contract over generated rubrics with the library's own scorer: the invariants of {@code
 * docs/model.md} for rubrics of 2 to 4 poles, 1 to 4 dimensions and 1 to 5 traits each, with twice
 * the default tries, since this is where the library itself is checked on the widest range of
 * rubrics.
 */
class GeneratedRubricContractProperties implements GeneratedRubricContract {

  @Override
  public int tries(Invariant invariant) {
    return 2 * invariant.defaultTries();
  }
}
