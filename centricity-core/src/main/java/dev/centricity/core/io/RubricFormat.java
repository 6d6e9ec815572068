package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import dev.centricity.core.io.internal.Schemas;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes rubric files in YAML or JSON, in the layout of {@code docs/model.md} ("Files":
 * traits nested in their dimensions). The JSON Schema of that layout is the resource {@code
 * /dev/centricity/core/rubric.schema.json}.
 *
 * <p>Reading is strict and bounded: unknown or repeated keys, wrong types, trailing content and
 * documents beyond the limits (16 MiB, nesting depth 64, strings of 100,000 characters, 50 YAML
 * aliases) are rejected with a {@link FormatException} naming the line, column and path; a document
 * that reads but breaks a rule of the model fails with a {@link RubricValidationException} listing
 * every problem. Writing then reading gives an equal rubric.
 *
 * <p>All methods are static and thread-safe.
 */
public final class RubricFormat {

  private RubricFormat() {}

  /**
   * The JSON Schema (draft 2020-12) of rubric files, as text: for editors and validators that check
   * files before the library reads them. It is also the resource {@code
   * /dev/centricity/core/rubric.schema.json}, but a resource of a named module cannot be read from
   * outside it (the package is opened to Jackson only), so read it through this method.
   *
   * @return the schema, a JSON document in UTF-8
   */
  public static String jsonSchema() {
    return Schemas.text("rubric.schema.json");
  }

  /**
   * Reads a rubric file, YAML or JSON by its extension ({@code .json}, {@code .yaml}, {@code .yml})
   * or, failing that, by its first character.
   *
   * @param file the file
   * @return the validated rubric
   * @throws FormatException if the file cannot be read as a rubric
   * @throws RubricValidationException if the rubric breaks a rule of the model
   */
  public static Rubric read(Path file) {
    String text = Reading.text(file);
    return Reading.read(
        text, Syntax.guess(file.getFileName().toString(), text), Rubric.class, file.toString());
  }

  /**
   * Reads a rubric from a stream of UTF-8 text, such as a class-path resource.
   *
   * @param in the stream; it is read to the end but not closed
   * @param source a name for messages, such as the resource's path
   * @return the validated rubric
   * @throws FormatException if the text cannot be read as a rubric
   * @throws RubricValidationException if the rubric breaks a rule of the model
   */
  public static Rubric read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    String text = Reading.text(in, source);
    return Reading.read(text, Syntax.guess(source, text), Rubric.class, source);
  }

  /**
   * Reads a rubric from YAML text.
   *
   * @param yaml the text
   * @return the validated rubric
   * @throws FormatException if the text cannot be read as a rubric
   * @throws RubricValidationException if the rubric breaks a rule of the model
   */
  public static Rubric fromYaml(String yaml) {
    return Reading.read(Objects.requireNonNull(yaml, "yaml"), Syntax.YAML, Rubric.class, "<yaml>");
  }

  /**
   * Reads a rubric from JSON text.
   *
   * @param json the text
   * @return the validated rubric
   * @throws FormatException if the text cannot be read as a rubric
   * @throws RubricValidationException if the rubric breaks a rule of the model
   */
  public static Rubric fromJson(String json) {
    return Reading.read(Objects.requireNonNull(json, "json"), Syntax.JSON, Rubric.class, "<json>");
  }

  /**
   * Writes a rubric as YAML.
   *
   * @param rubric the rubric
   * @return the YAML text
   */
  public static String toYaml(Rubric rubric) {
    return JsonSupport.yaml().writeValueAsString(rubric);
  }

  /**
   * Writes a rubric as indented JSON.
   *
   * @param rubric the rubric
   * @return the JSON text
   */
  public static String toJson(Rubric rubric) {
    return JsonSupport.prettyJson().writeValueAsString(rubric);
  }
}
