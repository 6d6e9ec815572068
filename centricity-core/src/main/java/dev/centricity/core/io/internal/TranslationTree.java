package dev.centricity.core.io.internal;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import dev.centricity.core.text.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the translation file layout: {@code translation: { rubric: id@version, language:
 * de }}, then {@code title}, {@code description}, and maps from id to text ({@code poles}, {@code
 * poleDescriptions}, {@code dimensions}, {@code dimensionDescriptions}, {@code traits}, {@code
 * bands}), {@code scales} (id to a list of point labels) and {@code missing} (a list of words). The
 * document is read with the library's bounded, strict mappers as a tree, then walked, so that every
 * wrong shape is reported with its path.
 */
public final class TranslationTree {

  /** The top-level keys, in the order they are written. */
  static final List<String> KEYS =
      List.of(
          "translation",
          "title",
          "description",
          "poles",
          "poleDescriptions",
          "scales",
          "dimensions",
          "dimensionDescriptions",
          "traits",
          "bands",
          "missing");

  private final String source;

  private TranslationTree(String source) {
    this.source = source;
  }

  /**
   * Reads a translation.
   *
   * @param text the document
   * @param syntax JSON or YAML
   * @param source where the text came from, for messages
   * @return the translation, checked on its own
   * @throws FormatException if the document cannot be read or has the wrong shape
   * @throws dev.centricity.core.text.TranslationValidationException if it breaks a rule of
   *     translations
   */
  public static Translation read(String text, Reading.Syntax syntax, String source) {
    JsonNode root = Reading.read(text, syntax, JsonNode.class, source);
    return new TranslationTree(source).translation(root);
  }

  private Translation translation(JsonNode root) {
    if (!root.isObject()) {
      throw error("", "expected a map of keys (a translation) but found " + kind(root));
    }
    unknownKeys(root, "", Set.copyOf(KEYS));
    JsonNode head = root.get("translation");
    if (head == null || head.isNull()) {
      throw error(
          "",
          "missing required key 'translation' (with the rubric as id@version and the language)");
    }
    if (!head.isObject()) {
      throw error(
          "/translation", "expected a map of keys (rubric, language) but found " + kind(head));
    }
    unknownKeys(head, "/translation", Set.of("rubric", "language"));
    String rubric = requiredText(head, "/translation", "rubric");
    String language = requiredText(head, "/translation", "language");
    int at = rubric.lastIndexOf('@');
    if (at <= 0 || at == rubric.length() - 1) {
      throw error(
          "/translation/rubric",
          "expected the rubric as id@version, such as product-customer-centricity@1.0.0, but found '"
              + abbreviate(rubric)
              + "'");
    }
    Translation.Builder b =
        Translation.builder(rubric.substring(0, at), rubric.substring(at + 1), language);
    optionalText(root, "", "title").ifPresent(b::title);
    optionalText(root, "", "description").ifPresent(b::description);
    texts(root, "poles", b::pole);
    texts(root, "poleDescriptions", b::poleDescription);
    JsonNode scales = map(root, "scales");
    if (scales != null) {
      for (Map.Entry<String, JsonNode> e : scales.properties()) {
        String path = "/scales/" + Problem.escape(e.getKey());
        JsonNode labels = e.getValue();
        if (labels.isNull()) {
          continue;
        }
        if (!labels.isArray()) {
          throw error(path, "expected a list of point labels but found " + kind(labels));
        }
        b.scale(e.getKey(), list(labels, path));
      }
    }
    texts(root, "dimensions", b::dimension);
    texts(root, "dimensionDescriptions", b::dimensionDescription);
    texts(root, "traits", b::trait);
    texts(root, "bands", b::band);
    JsonNode missing = root.get("missing");
    if (missing != null && !missing.isNull()) {
      if (!missing.isArray()) {
        throw error("/missing", "expected a list of words but found " + kind(missing));
      }
      b.missing(list(missing, "/missing").toArray(String[]::new));
    }
    return b.build();
  }

  private List<String> list(JsonNode array, String path) {
    List<String> out = new ArrayList<>();
    int i = 0;
    for (JsonNode item : array.values()) {
      out.add(text(item, path + "/" + i++));
    }
    return out;
  }

  private JsonNode map(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      throw error("/" + key, "expected a map of ids to texts but found " + kind(node));
    }
    return node;
  }

  private void texts(JsonNode root, String key, BiConsumer<String, String> put) {
    JsonNode node = map(root, key);
    if (node == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isNull()) {
        put.accept(e.getKey(), text(e.getValue(), "/" + key + "/" + Problem.escape(e.getKey())));
      }
    }
  }

  private java.util.Optional<String> optionalText(JsonNode node, String at, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(text(v, at + "/" + key));
  }

  private String requiredText(JsonNode node, String at, String key) {
    return optionalText(node, at, key)
        .orElseThrow(() -> error(at, "missing required key '" + key + "'"));
  }

  private String text(JsonNode v, String path) {
    // A number stands for its text (a point labelled 1), as in rubric files; true/false do not.
    if (v.isString() || v.isNumber()) {
      return v.asString();
    }
    throw error(path, "expected text but found " + kind(v));
  }

  private void unknownKeys(JsonNode node, String at, Set<String> allowed) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        List<String> sorted = new ArrayList<>(allowed);
        sorted.sort(null);
        throw error(
            at + "/" + Problem.escape(key),
            "unknown key '"
                + abbreviate(key)
                + "'; the keys allowed here are: "
                + String.join(", ", sorted));
      }
    }
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

  private FormatException error(String path, String reason) {
    return new FormatException(source, path, 0, 0, reason, null);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /**
   * Writes a translation as a tree in the file layout, leaving out what it does not have.
   *
   * @param t the translation
   * @return the tree
   */
  public static ObjectNode tree(Translation t) {
    ObjectNode root = JsonSupport.json().createObjectNode();
    ObjectNode head = root.putObject("translation");
    head.put("rubric", t.rubric());
    head.put("language", t.language());
    t.title().ifPresent(x -> root.put("title", x));
    t.description().ifPresent(x -> root.put("description", x));
    putTexts(root, "poles", t.poles());
    putTexts(root, "poleDescriptions", t.poleDescriptions());
    if (!t.scales().isEmpty()) {
      ObjectNode scales = root.putObject("scales");
      t.scales()
          .forEach(
              (id, labels) -> {
                ArrayNode a = scales.putArray(id);
                labels.forEach(a::add);
              });
    }
    putTexts(root, "dimensions", t.dimensions());
    putTexts(root, "dimensionDescriptions", t.dimensionDescriptions());
    putTexts(root, "traits", t.traits());
    putTexts(root, "bands", t.bands());
    if (!t.missing().isEmpty()) {
      ArrayNode a = root.putArray("missing");
      t.missing().forEach(a::add);
    }
    return root;
  }

  private static void putTexts(ObjectNode root, String key, Map<String, String> texts) {
    if (!texts.isEmpty()) {
      ObjectNode node = root.putObject(key);
      texts.forEach(node::put);
    }
  }
}
