package dev.centricity.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.rubric.DefaultRubrics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 works on this module's class path, where Spark brings an older jackson-annotations
 * (2.21) than Jackson 3 needs (2.22, pinned in the parent POM). The enforcer's convergence rule
 * skips Spark's {@code provided} scope, so only running Jackson 3 here shows the pin holds: with
 * 2.21, reading a rubric fails with {@code NoClassDefFoundError}.
 */
class JacksonOnSparkClassPathTest {

  @Test
  void should_write_and_read_a_rubric_with_jackson_3_beside_spark() {
    // GIVEN the default rubric
    Rubric rubric = DefaultRubrics.productCustomer();
    // WHEN written to JSON and read back, and the JSON read by a plain Jackson 3 mapper
    String json = RubricFormat.toJson(rubric);
    Rubric back = RubricFormat.fromJson(json);
    JsonNode tree = JsonMapper.builder().build().readTree(json);
    // THEN the same rubric, and the JSON names it
    assertThat(back).isEqualTo(rubric);
    assertThat(tree.get("id").asString()).isEqualTo(rubric.id());
  }
}
