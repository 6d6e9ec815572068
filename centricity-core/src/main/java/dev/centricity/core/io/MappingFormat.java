package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.io.internal.MappingTree;
import dev.centricity.core.io.internal.Reading;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes cohort mapping files: YAML (or JSON) that says what {@link CohortReader}'s own
 * matching cannot find in a survey export. Every key is optional:
 *
 * <pre>{@code
 * columns:                      # column header (or its descriptive text) -> trait id
 *   "Q7": rewards.insight
 *   "Wie oft sprechen Sie mit Kunden?": culture.listen
 * labels:                       # cell label -> point
 *   "Trifft voll zu": 5         #   for every scale
 *   agree-5:                    #   or for one scale, by its id
 *     "Eher ja": 4
 * missing: ["weiss nicht", "k.A."]
 * respondent: ResponseId
 * group: Abteilung
 * skipRows: 1
 * delimiter: ";"                # , ; | or "tab"
 * encoding: windows-1252
 * }</pre>
 *
 * <p>The file is validated as a rubric is: every problem is collected and reported at once, each
 * with its JSON Pointer path, in a {@link MappingValidationException}; an unknown key is a problem.
 * Against a rubric ({@link #read(Path, Rubric)}, or when a reader takes the mapping) a column
 * mapped to a trait the rubric does not have, labels for a scale it does not have and a label
 * beyond its scale's points are problems too. The layout is described by the JSON Schema resource
 * {@code /dev/centricity/core/cohort-mapping.schema.json}.
 *
 * <p>All methods are static and thread-safe.
 */
public final class MappingFormat {

  /** The class-path resource of the mapping file's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/dev/centricity/core/cohort-mapping.schema.json";

  private MappingFormat() {}

  /**
   * Reads a mapping file, YAML or JSON by its extension or, failing that, its first character.
   *
   * @param file the file
   * @return the mapping
   * @throws FormatException if the file cannot be read as YAML or JSON
   * @throws MappingValidationException if the mapping breaks a rule, listing every problem
   */
  public static CohortMapping read(Path file) {
    String text = Reading.text(file);
    return MappingTree.read(
        text, Reading.Syntax.guess(file.getFileName().toString(), text), file.toString());
  }

  /**
   * Reads a mapping file and checks it against a rubric.
   *
   * @param file the file
   * @param rubric the rubric the mapping's trait and scale ids must name
   * @return the mapping
   * @throws FormatException if the file cannot be read as YAML or JSON
   * @throws MappingValidationException if the mapping breaks a rule or does not fit the rubric
   */
  public static CohortMapping read(Path file, Rubric rubric) {
    CohortMapping m = read(file);
    check(m, rubric);
    return m;
  }

  /**
   * Reads a mapping from a stream of UTF-8 text.
   *
   * @param in the stream; read to the end but not closed
   * @param source a name for messages
   * @return the mapping
   * @throws FormatException if the text cannot be read as YAML or JSON
   * @throws MappingValidationException if the mapping breaks a rule
   */
  public static CohortMapping read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    String text = Reading.text(in, source);
    return MappingTree.read(text, Reading.Syntax.guess(source, text), source);
  }

  /**
   * Reads a mapping from YAML text.
   *
   * @param yaml the text
   * @param source a name for messages, such as the file it came from
   * @return the mapping
   * @throws FormatException if the text is not YAML
   * @throws MappingValidationException if the mapping breaks a rule
   */
  public static CohortMapping fromYaml(String yaml, String source) {
    return MappingTree.read(
        Objects.requireNonNull(yaml, "yaml"),
        Reading.Syntax.YAML,
        Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes a mapping as YAML in the file layout, leaving out what it does not say.
   *
   * @param mapping the mapping
   * @return the YAML text
   */
  public static String toYaml(CohortMapping mapping) {
    return MappingTree.toYaml(Objects.requireNonNull(mapping, "mapping"));
  }

  /**
   * Checks a mapping against a rubric: every mapped column names a trait of the rubric, every scale
   * of {@code labels} is one of its scales, and every label's point lies on its scale (on the
   * longest scale, for labels of every scale).
   *
   * @param mapping the mapping
   * @param rubric the rubric
   * @throws MappingValidationException listing every problem, with paths in the mapping file
   */
  public static void check(CohortMapping mapping, Rubric rubric) {
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
      if (rubric.trait(e.getValue()).isEmpty()) {
        problems.add(
            new Problem(
                "/columns/" + Problem.escape(e.getKey()),
                "column '"
                    + e.getKey()
                    + "' is mapped to trait '"
                    + e.getValue()
                    + "', which rubric '"
                    + rubric.reference()
                    + "' does not have"));
      }
    }
    int longest = 0;
    for (Scale s : rubric.scales()) {
      longest = Math.max(longest, s.size());
    }
    for (Map.Entry<String, Map<String, Integer>> e : mapping.labels().entrySet()) {
      boolean all = e.getKey().equals(CohortMapping.ALL_SCALES);
      Scale scale = all ? null : rubric.scale(e.getKey()).orElse(null);
      if (!all && scale == null) {
        problems.add(
            new Problem(
                "/labels/" + Problem.escape(e.getKey()),
                "rubric '" + rubric.reference() + "' has no scale '" + e.getKey() + "'"));
        continue;
      }
      int points = all ? longest : scale.size();
      for (Map.Entry<String, Integer> l : e.getValue().entrySet()) {
        if (l.getValue() > points) {
          problems.add(
              new Problem(
                  "/labels/"
                      + (all ? "" : Problem.escape(e.getKey()) + "/")
                      + Problem.escape(l.getKey()),
                  "label '"
                      + l.getKey()
                      + "' is point "
                      + l.getValue()
                      + ", but "
                      + (all ? "the longest scale" : "scale '" + e.getKey() + "'")
                      + " of rubric '"
                      + rubric.reference()
                      + "' has "
                      + points
                      + " points"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new MappingValidationException(mapping.source(), problems);
    }
  }
}
