package dev.centricity.core.io;

import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading.Syntax;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The valid documents the fuzz properties start from, smallest first so that jqwik shrinks a
 * counterexample towards the smallest seed that still fails.
 *
 * <p>Rubrics and responses are files under {@code src/test/resources/fuzz/} (the rubrics of core's
 * tests, and copies of the rubric module's rubrics and samples, which are not on core's class
 * path). Each seed is offered in both syntaxes: the file as it is, and the other syntax written by
 * the library's own mappers. Scorecards are computed when the class loads, by scoring every
 * response seed, so that they always match the current scorecard format.
 */
final class FuzzSeeds {

  private FuzzSeeds() {}

  /**
   * A valid document in JSON and, except for scorecards, YAML.
   *
   * @param name the file it came from, or what it was computed from
   * @param texts the document in each syntax it is offered in
   * @param tree the document parsed to a tree, for structure-level mutations; never changed
   * @param rubric the rubric a response or scorecard seed belongs to; for a rubric seed, itself
   * @param weight how often the seed is picked, relative to the others
   */
  record Seed(String name, Map<Syntax, String> texts, JsonNode tree, Rubric rubric, int weight) {
    String text(Syntax syntax) {
      return Objects.requireNonNull(texts.get(syntax), () -> name + " has no " + syntax + " form");
    }

    /** Seeds are told apart by name; jqwik may hash them, and their trees are large. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Seed s && s.name.equals(name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Rubric files, with the responses made for each. */
  private static final Map<String, List<String>> FILES = new LinkedHashMap<>();

  static {
    FILES.put("halves.yaml", List.of("halves-anonymous.json"));
    FILES.put("two-poles.yaml", List.of("two-poles-mixed.json"));
    FILES.put("every-feature.yaml", List.of("every-feature-partial.json"));
    FILES.put("three-poles.yaml", List.of("three-poles-full.json"));
    FILES.put(
        "centricity-context.yaml",
        List.of(
            "tableware-context.json", "online-retailer-context.json", "sales-talk-context.json"));
    FILES.put(
        "product-customer-centricity.yaml",
        List.of(
            "tableware-orientation.json",
            "online-retailer-orientation.json",
            "sales-talk-orientation.json"));
  }

  private static final List<Seed> RUBRICS = new ArrayList<>();
  private static final List<Seed> RESPONSES = new ArrayList<>();
  private static final List<Seed> SCORECARDS = new ArrayList<>();

  static {
    for (Map.Entry<String, List<String>> e : FILES.entrySet()) {
      String yaml = resource("rubrics/" + e.getKey());
      Rubric rubric = RubricFormat.fromYaml(yaml);
      String json = RubricFormat.toJson(rubric) + "\n";
      RUBRICS.add(seed(e.getKey(), json, yaml, rubric));
      for (String file : e.getValue()) {
        String responseJson = resource("responses/" + file);
        Response response = ResponseFormat.fromJson(responseJson);
        JsonNode tree = JsonSupport.json().readTree(responseJson);
        RESPONSES.add(
            seed(file, responseJson, JsonSupport.yaml().writeValueAsString(tree), rubric));
        String card = ScorecardFormat.toPrettyJson(Scorer.of(rubric).score(response)) + "\n";
        SCORECARDS.add(seed("the scorecard of " + file, card, null, rubric));
      }
    }
    // An undetermined scorecard, whose optional figures are absent.
    Rubric twoPoles = RUBRICS.get(1).rubric();
    Response blank = ResponseFormat.fromJson("{\"answers\": {\"focus.aim\": \"n/a\"}}");
    SCORECARDS.add(
        1,
        seed(
            "an undetermined scorecard of two-poles.yaml",
            ScorecardFormat.toPrettyJson(Scorer.of(twoPoles).score(blank)) + "\n",
            null,
            twoPoles));
  }

  /**
   * Small documents get three times the tries of large ones, which take several times as long to
   * read; those of every-feature.yaml get six, as they reach the most code (references, sources,
   * metadata, a policy, worked examples) and hold the only large free-form map of the rubric seeds,
   * where a renamed key may still load.
   */
  private static Seed seed(String name, String json, String yaml, Rubric rubric) {
    Map<Syntax, String> texts = new EnumMap<>(Syntax.class);
    texts.put(Syntax.JSON, json);
    if (yaml != null) {
      texts.put(Syntax.YAML, yaml);
    }
    int weight = rubric.id().equals("every-feature") ? 6 : json.length() < 6_000 ? 3 : 1;
    return new Seed(name, texts, JsonSupport.json().readTree(json), rubric, weight);
  }

  static String resource(String path) {
    String name = "/fuzz/" + path;
    try (InputStream in = FuzzSeeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rubric seeds, smallest first. */
  static List<Seed> rubrics() {
    return List.copyOf(RUBRICS);
  }

  /** The response seeds, each with the rubric it was made for, smallest rubric first. */
  static List<Seed> responses() {
    return List.copyOf(RESPONSES);
  }

  /** The scorecard seeds, each computed with the rubric it names. */
  static List<Seed> scorecards() {
    return List.copyOf(SCORECARDS);
  }
}
