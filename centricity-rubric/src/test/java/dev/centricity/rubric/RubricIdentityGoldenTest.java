package dev.centricity.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import org.junit.jupiter.api.Test;

/**
 * Pins the content hashes of the shipped rubrics. Every stored scorecard names the hash of the
 * rubric that produced it, so a hash may change only when a rubric's content does: then this test
 * is updated in the same commit, with the rubric's version. A failure without a content change
 * means the canonical form (docs/model.md, "Identity") has drifted, which must never happen.
 */
class RubricIdentityGoldenTest {

  @Test
  void should_keep_the_hash_of_the_default_rubric() {
    // GIVEN the default rubric as shipped in version 1.0.1 (1.0.0 was
    // 4049948fa464d740714ecf3d4772b752cfa80833a43feb1cd053d7acf305b1a4; 1.0.1 marks one trait
    // actionable: false, which changes its content but no score)
    Rubric rubric = DefaultRubrics.productCustomer();
    // THEN its hash is the one recorded for that version
    assertThat(rubric.reference()).isEqualTo("product-customer-centricity@1.0.1");
    assertThat(rubric.contentHash())
        .isEqualTo("99e0e0ea17d86f7edeca3cb93bcf876eee735519df4cc23f016cfc336165b3d1");
  }

  @Test
  void should_keep_the_hash_of_the_context_rubric() {
    // 1.0.0 was e09dbb9581a157ef171eb29cc8005e18292b3f0fbf203f0fa789e4ac355e1441; 1.0.1 marks
    // every statement actionable: false (they describe the market)
    Rubric rubric = DefaultRubrics.context();
    assertThat(rubric.reference()).isEqualTo("centricity-context@1.0.1");
    assertThat(rubric.contentHash())
        .isEqualTo("f69b94a74efe13c0b2ab19e2c575a95e747488af1a688ebe7d5e6b486fd4d044");
  }
}
