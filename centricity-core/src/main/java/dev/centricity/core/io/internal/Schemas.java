package dev.centricity.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schemas the library publishes, read from its own resources. */
public final class Schemas {

  private Schemas() {}

  /**
   * A schema's text.
   *
   * @param name the resource's name in {@code /dev/centricity/core/}, such as {@code
   *     rubric.schema.json}
   * @return its text
   * @throws IllegalStateException if the resource is not in the library, which a build would have
   *     caught
   */
  public static String text(String name) {
    String resource = "/dev/centricity/core/" + name;
    // Class.getResourceAsStream reads a resource of the caller's own module whatever it opens
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the library");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
