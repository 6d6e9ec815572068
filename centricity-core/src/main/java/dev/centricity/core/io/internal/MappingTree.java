package dev.centricity.core.io.internal;

import dev.centricity.core.Problem;
import dev.centricity.core.io.CohortMapping;
import dev.centricity.core.io.MappingValidationException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the cohort mapping file layout (see {@link
 * dev.centricity.core.io.MappingFormat}). The document is read with the library's bounded, strict
 * mappers as a tree, then walked; every problem is collected with its path before one {@link
 * MappingValidationException} reports them all.
 */
public final class MappingTree {

  /** The top-level keys, in the order they are written. */
  static final List<String> KEYS =
      List.of(
          "columns",
          "labels",
          "missing",
          "respondent",
          "group",
          "skipRows",
          "delimiter",
          "encoding");

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  private MappingTree(String source) {
    this.source = source;
  }

  /**
   * Reads a mapping.
   *
   * @param text the document
   * @param syntax JSON or YAML
   * @param source where the text came from, for messages
   * @return the mapping
   * @throws dev.centricity.core.FormatException if the document is not JSON or YAML
   * @throws MappingValidationException if it breaks a rule of the layout
   */
  public static CohortMapping read(String text, Reading.Syntax syntax, String source) {
    JsonNode root = Reading.read(text, syntax, JsonNode.class, source);
    return new MappingTree(source).mapping(root);
  }

  private CohortMapping mapping(JsonNode root) {
    CohortMapping.Builder b = CohortMapping.builder().source(source);
    if (root == null || root.isNull() || root.isMissingNode()) {
      return b.build(); // an empty file says nothing
    }
    if (!root.isObject()) {
      fail("", "expected a map of keys (a cohort mapping) but found " + kind(root));
    } else {
      for (String key : root.propertyNames()) {
        if (!KEYS.contains(key)) {
          fail(
              "/" + Problem.escape(key),
              "unknown key '"
                  + abbreviate(key)
                  + "'; the keys allowed here are: "
                  + String.join(", ", KEYS.stream().sorted().toList()));
        }
      }
      columns(root.get("columns"), b);
      labels(root.get("labels"), b);
      missing(root.get("missing"), b);
      text(root, "respondent").ifPresent(v -> apply("/respondent", () -> b.respondent(v)));
      text(root, "group").ifPresent(v -> apply("/group", () -> b.group(v)));
      JsonNode skip = root.get("skipRows");
      if (skip != null && !skip.isNull()) {
        if (!skip.isIntegralNumber() || !skip.canConvertToInt() || skip.asInt() < 0) {
          fail("/skipRows", "expected a whole number of rows, 0 or more, but found " + kind(skip));
        } else {
          b.skipRows(skip.asInt());
        }
      }
      text(root, "delimiter").ifPresent(v -> delimiter(v, b));
      text(root, "encoding").ifPresent(v -> encoding(v, b));
    }
    if (!problems.isEmpty()) {
      throw new MappingValidationException(source, problems);
    }
    return b.build();
  }

  private void columns(JsonNode node, CohortMapping.Builder b) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      fail("/columns", "expected a map of column headers to trait ids but found " + kind(node));
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = "/columns/" + Problem.escape(e.getKey());
      JsonNode v = e.getValue();
      if (e.getKey().isBlank()) {
        fail(path, "a column header must not be blank");
      } else if (!v.isString() || v.asString().isBlank()) {
        fail(path, "expected a trait id but found " + kind(v));
      } else {
        b.column(e.getKey(), v.asString().strip());
      }
    }
  }

  private void labels(JsonNode node, CohortMapping.Builder b) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      fail(
          "/labels",
          "expected a map of labels to points (or of scale ids to such maps) but found "
              + kind(node));
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = "/labels/" + Problem.escape(e.getKey());
      JsonNode v = e.getValue();
      if (v.isObject()) {
        for (Map.Entry<String, JsonNode> l : v.properties()) {
          label(path + "/" + Problem.escape(l.getKey()), e.getKey(), l.getKey(), l.getValue(), b);
        }
      } else {
        label(path, CohortMapping.ALL_SCALES, e.getKey(), v, b);
      }
    }
  }

  private void label(
      String path, String scale, String label, JsonNode point, CohortMapping.Builder b) {
    if (label.isBlank()) {
      fail(path, "a label must not be blank");
    } else if (!point.isIntegralNumber() || !point.canConvertToInt() || point.asInt() < 1) {
      fail(
          path,
          "expected the point of label '"
              + abbreviate(label)
              + "' as a whole number from 1 (or, under a scale id, a map of labels to points) but"
              + " found "
              + kind(point));
    } else {
      b.label(scale, label, point.asInt());
    }
  }

  private void missing(JsonNode node, CohortMapping.Builder b) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isArray()) {
      fail("/missing", "expected a list of words but found " + kind(node));
      return;
    }
    int i = 0;
    for (JsonNode w : node.values()) {
      String path = "/missing/" + i++;
      if (!(w.isString() || w.isNumber()) || w.asString().isBlank()) {
        fail(path, "expected a word but found " + kind(w));
      } else {
        b.missing(w.asString());
      }
    }
  }

  private void delimiter(String v, CohortMapping.Builder b) {
    String d = v.equalsIgnoreCase("tab") || v.equals("\\t") ? "\t" : v;
    if (d.length() != 1 || ",;\t|".indexOf(d.charAt(0)) < 0) {
      fail("/delimiter", "expected one of ',' ';' '|' or 'tab' but found '" + abbreviate(v) + "'");
    } else {
      b.delimiter(d.charAt(0));
    }
  }

  private void encoding(String v, CohortMapping.Builder b) {
    boolean known;
    try {
      known = Charset.isSupported(v);
    } catch (IllegalCharsetNameException e) {
      known = false;
    }
    if (!known) {
      fail(
          "/encoding",
          "unknown charset '" + abbreviate(v) + "'; give a name such as UTF-8 or windows-1252");
    } else {
      b.encoding(v);
    }
  }

  private java.util.Optional<String> text(JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      return java.util.Optional.empty();
    }
    if (!v.isString() || v.asString().isBlank()) {
      fail("/" + key, "expected text but found " + kind(v));
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(v.asString());
  }

  private void apply(String path, Runnable set) {
    try {
      set.run();
    } catch (IllegalArgumentException e) {
      fail(path, e.getMessage());
    }
  }

  private void fail(String path, String message) {
    problems.add(new Problem(path, message));
  }

  private static String kind(JsonNode v) {
    if (v.isObject()) {
      return "a map";
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isBoolean()) {
      return "true or false";
    }
    if (v.isNull()) {
      return "null";
    }
    return "'" + abbreviate(v.asString()) + "'";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /**
   * Writes a mapping as YAML in the file layout.
   *
   * @param m the mapping
   * @return the text
   */
  public static String toYaml(CohortMapping m) {
    ObjectNode root = JsonSupport.yaml().createObjectNode();
    if (!m.columns().isEmpty()) {
      ObjectNode columns = root.putObject("columns");
      m.columns().forEach(columns::put);
    }
    if (!m.labels().isEmpty()) {
      ObjectNode labels = root.putObject("labels");
      Map<String, Integer> all = m.labels().get(CohortMapping.ALL_SCALES);
      if (all != null) {
        all.forEach(labels::put);
      }
      m.labels()
          .forEach(
              (scale, points) -> {
                if (!scale.equals(CohortMapping.ALL_SCALES)) {
                  ObjectNode s = labels.putObject(scale);
                  points.forEach(s::put);
                }
              });
    }
    if (!m.missing().isEmpty()) {
      m.missing().forEach(root.putArray("missing")::add);
    }
    m.respondent().ifPresent(v -> root.put("respondent", v));
    m.group().ifPresent(v -> root.put("group", v));
    if (m.skipRows() > 0) {
      root.put("skipRows", m.skipRows());
    }
    m.delimiter().ifPresent(d -> root.put("delimiter", d == '\t' ? "tab" : String.valueOf(d)));
    m.encoding().ifPresent(v -> root.put("encoding", v));
    return JsonSupport.yaml().writeValueAsString(root);
  }
}
