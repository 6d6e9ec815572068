package dev.centricity.core.io;

import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.io.internal.JsonSupport;
import dev.centricity.core.io.internal.Reading;
import dev.centricity.core.io.internal.Reading.Syntax;
import dev.centricity.core.io.internal.ResponseJson;
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
   * <p>A plain document (each key at most once, text for the rubric and respondent, answers written
   * as integers, {@code "n/a"} or {@code null}) is read in one pass into a compact response, which
   * is what a web service answering many requests needs: straight from its characters when its
   * texts have no escapes, else over the parser's tokens. Anything else is read by the general
   * reader, so what is accepted and every error message are the same either way.
   *
   * @param json the text
   * @return the response
   * @throws FormatException if the text cannot be read as a response
   */
  public static Response fromJson(String json) {
    Response fast = ResponseJson.read(Objects.requireNonNull(json, "json"));
    if (fast != null && whole(fast)) {
      return fast;
    }
    return Reading.read(json, Syntax.JSON, Response.class, "<json>");
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

  /**
   * Whether the texts of a response are whole characters; if not, the general reader refuses it.
   */
  private static boolean whole(Response r) {
    if (dev.centricity.core.internal.Texts.loneSurrogate(r.respondent().orElse("")) >= 0
        || dev.centricity.core.internal.Texts.loneSurrogate(r.rubric().orElse("")) >= 0) {
      return false;
    }
    for (String trait : r.answers().keySet()) {
      if (dev.centricity.core.internal.Texts.loneSurrogate(trait) >= 0) {
        return false;
      }
    }
    return true;
  }
}
