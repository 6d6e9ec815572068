package dev.centricity.releasecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A committed API signature file: a comment header (lines starting with {@code #}) and the sorted
 * signature lines of {@link ApiSignatures}. {@link #compare} says what changed against the classes;
 * {@link #write} records them.
 */
public final class ApiFile {

  /** The command that regenerates every signature file, named in the files and in failures. */
  public static final String REGENERATE =
      "./mvnw -B -q test -pl centricity-release-check -am -Dtest=PublishedApiTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dapi.regenerate=true";

  private ApiFile() {}

  /**
   * The signature lines recorded in a file, comments and blank lines left out.
   *
   * @param file the signature file
   * @return its lines in file order; empty if the file does not exist
   */
  public static List<String> read(Path file) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Writes the signature lines with a header naming the module and the command that regenerates the
   * file.
   *
   * @param file the signature file, created or replaced
   * @param module the module's name, for the header
   * @param lines the sorted signature lines
   */
  public static void write(Path file, String module, List<String> lines) {
    StringBuilder text = new StringBuilder();
    text.append("# The public API of module ").append(module).append(", one line per exported\n");
    text.append(
        "# type and per public or protected member, generated from the compiled classes.\n");
    text.append("# The build fails when the classes differ from this file. After a deliberate\n");
    text.append("# API change, regenerate every signature file with:\n");
    text.append("#   ").append(REGENERATE).append('\n');
    for (String line : lines) {
      text.append(line).append('\n');
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * The difference between the recorded lines and the classes' lines. A changed signature shows as
   * one line removed and one added.
   *
   * @param recorded the lines of the signature file
   * @param actual the lines of the compiled classes
   * @return what was added and what was removed; empty when they agree
   */
  public static Diff compare(List<String> recorded, List<String> actual) {
    Set<String> added = new LinkedHashSet<>(actual);
    recorded.forEach(added::remove);
    Set<String> removed = new LinkedHashSet<>(recorded);
    actual.forEach(removed::remove);
    return new Diff(List.copyOf(added), List.copyOf(removed), !recorded.equals(actual));
  }

  /**
   * What differs between a signature file and the classes.
   *
   * @param added lines the classes have and the file does not
   * @param removed lines the file has and the classes do not
   * @param differs whether the lines differ at all, including their order or duplicates
   */
  public record Diff(List<String> added, List<String> removed, boolean differs) {

    /**
     * A report of the difference for a build failure.
     *
     * @param file the signature file, named in the report
     * @return the lines removed ({@code -}) and added ({@code +}), and how to record the change
     */
    public String describe(Path file) {
      StringBuilder s = new StringBuilder();
      s.append(file).append(": the public API differs from the recorded signatures");
      s.append(String.format(" (%d added, %d removed)%n", added.size(), removed.size()));
      removed.forEach(l -> s.append("  - ").append(l).append(System.lineSeparator()));
      added.forEach(l -> s.append("  + ").append(l).append(System.lineSeparator()));
      if (added.isEmpty() && removed.isEmpty()) {
        s.append("  the same lines, out of order or repeated").append(System.lineSeparator());
      }
      s.append("If the change is deliberate, regenerate the signature files and commit them:");
      s.append(System.lineSeparator()).append("  ").append(REGENERATE);
      return s.toString();
    }
  }
}
