package dev.centricity.examples;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the library's value types as JSON for the examples (absent values left out). */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .changeDefaultPropertyInclusion(
              incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT))
          .disable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Json() {}

  /**
   * Writes a value as compact JSON.
   *
   * @param value an Immutables value of the library, such as a {@code Fit}
   * @return the JSON text
   */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }
}
