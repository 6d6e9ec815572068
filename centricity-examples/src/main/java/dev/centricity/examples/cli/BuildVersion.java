package dev.centricity.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The tool's version, as the build wrote it: {@code version.properties} beside this class is
 * filtered by Maven with the project's version, so {@code centricity --version} always names the
 * build that made the jar.
 */
final class BuildVersion implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  /**
   * The version of this build.
   *
   * @return the project version the build filtered in, such as {@code 0.1.0}
   * @throws IllegalStateException if the resource is missing or was not filtered
   */
  static String version() {
    try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * The version in a {@code version.properties} stream.
   *
   * @param in the resource's content, or null when the resource is missing
   * @return the value of its {@code version} key
   * @throws IllegalStateException if the stream is missing, or its version is empty or still the
   *     unfiltered placeholder
   * @throws IOException if the stream cannot be read
   */
  static String read(InputStream in) throws IOException {
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is missing from the build");
    }
    Properties p = new Properties();
    p.load(in);
    String v = p.getProperty("version", "");
    if (v.isEmpty() || v.contains("${")) {
      throw new IllegalStateException(RESOURCE + " was not filtered by the build: '" + v + "'");
    }
    return v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"centricity " + version()};
  }
}
