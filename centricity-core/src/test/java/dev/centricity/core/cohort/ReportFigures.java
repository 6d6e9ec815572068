package dev.centricity.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Two reports compared figure by figure through their JSON. */
final class ReportFigures {

  private ReportFigures() {}

  /**
   * Asserts that the two JSON texts have the same paths, every whole number and text equal, and
   * every other number x within {@code tolerance} · max(1, |x|) of the expected.
   */
  static void assertClose(String actualJson, String expectedJson, double tolerance) {
    Map<String, Object> actual = flatten(actualJson);
    Map<String, Object> expected = flatten(expectedJson);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (path, value) -> {
          Object other = actual.get(path);
          if (value instanceof Double x && other instanceof Double y) {
            assertThat(y).as(path).isCloseTo(x, within(tolerance * Math.max(1, Math.abs(x))));
          } else {
            assertThat(other).as(path).isEqualTo(value);
          }
        });
  }

  private static Map<String, Object> flatten(String json) {
    Map<String, Object> out = new TreeMap<>();
    flatten("", JsonMapper.builder().build().readTree(json), out);
    return out;
  }

  private static void flatten(String path, JsonNode node, Map<String, Object> out) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(path + "/" + e.getKey(), e.getValue(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "/" + i, node.get(i), out);
      }
    } else if (node.isIntegralNumber()) {
      out.put(path, node.asLong());
    } else if (node.isNumber()) {
      out.put(path, node.asDouble());
    } else {
      out.put(path, node.asString());
    }
  }
}
