package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes response files: {@code {"rubric": "id@version", "respondent": "r-17", "answers":
 * {"trait-id": 4, "other-trait": "n/a"}}}, in JSON or YAML. An answer is a whole number, {@code
 * "n/a"} or {@code null}; anything else is rejected with a {@link FormatException} naming its path.
 * Whether an answer fits its trait's scale is checked when the response is scored.
 *
 * <p>All methods are static and thread-safe.
 */
public final class ResponseFormat {

  private ResponseFormat() {}

  /**
   * Reads a response file, JSON or YAML by its extension or first character.
   *
   * @param file the file
   * @return the response
   * @throws FormatException if the file cannot be read as a response
   */
  public static Response read(Path file) {
    String text = Reading.text(file);
    return Reading.read(
        text, Syntax.guess(file.getFileName().toString(), text), Response.class, file.toString());
  }

  /**
   * Reads a response from JSON text.
   *
   * @param json the text
   * @return the response
   * @throws FormatException if the text cannot be read as a response
   */
  public static Response fromJson(String json) {
    return Reading.read(
        Objects.requireNonNull(json, "json"), Syntax.JSON, Response.class, "<json>");
  }

  /**
   * Reads a response from YAML text.
   *
   * @param yaml the text
   * @return the response
   * @throws FormatException if the text cannot be read as a response
   */
  public static Response fromYaml(String yaml) {
    return Reading.read(
        Objects.requireNonNull(yaml, "yaml"), Syntax.YAML, Response.class, "<yaml>");
  }

  /**
   * Writes a response as compact JSON.
   *
   * @param response the response
   * @return the JSON text
   */
  public static String toJson(Response response) {
    return JsonSupport.json().writeValueAsString(response);
  }
}
