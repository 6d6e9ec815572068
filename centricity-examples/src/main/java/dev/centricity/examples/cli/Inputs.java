package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.core.text.RubricTexts;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.rubric.SampleOrganisation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Reading the tool's inputs and writing its outputs, with messages that name the file. */
final class Inputs {

  private Inputs() {}

  static Rubric rubric(Path file, Rubric fallback) {
    if (file == null) {
      return fallback;
    }
    Optional<Rubric> bundled = bundled(file);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    try {
      return RubricFormat.read(requireFile(file));
    } catch (CentricityException e) {
      // a rubric that reads but is invalid is reported without its file name
      throw prefixed(file, e);
    }
  }

  /**
   * A bundled rubric named by its id ({@code centricity-context}) where a file was expected, when
   * no file of that name exists.
   */
  static Optional<Rubric> bundled(Path file) {
    return bundledTexts(file).map(RubricTexts::rubric);
  }

  /** A bundled rubric's texts named by its id, when no file of that name exists. */
  static Optional<RubricTexts> bundledTexts(Path file) {
    if (file.getNameCount() != 1 || Files.exists(file)) {
      return Optional.empty();
    }
    return DefaultRubrics.texts(file.toString());
  }

  static Rubric orientationRubric(Path file) {
    return rubric(file, DefaultRubrics.productCustomer());
  }

  static Response response(Path file) {
    try {
      return ResponseFormat.read(requireFile(file));
    } catch (CentricityException e) {
      throw prefixed(file, e);
    }
  }

  /**
   * The file, checked to be something a reader can open: the library's own message for a directory
   * names the Java exception it caught, which is not for the tool's users.
   *
   * @throws CentricityException if the path is a directory or cannot be read; a missing file is
   *     left to the reader, which says so
   */
  static Path requireFile(Path file) {
    if (Files.isDirectory(file)) {
      throw new CentricityException(file + ": is a directory, not a file");
    }
    if (Files.exists(file) && !Files.isReadable(file)) {
      throw new CentricityException(file + ": cannot be read (permission denied)");
    }
    return file;
  }

  /** A bundled sample's orientation or context response, by name. */
  static SampleOrganisation sample(String name) {
    for (SampleOrganisation s : SampleOrganisation.values()) {
      if (s.name().replace('_', '-').equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new CentricityCli.InputException(
        String.format(
            Locale.ROOT,
            "no bundled sample '%s'; the samples are tableware, online-retailer and sales-talk",
            name));
  }

  /** The exception with the file named first, unless its message names it already. */
  static CentricityException prefixed(Path file, CentricityException e) {
    String name = file.toString();
    if (e.getMessage().startsWith(name)) {
      return e;
    }
    return new CentricityException(name + ": " + e.getMessage(), e);
  }

  /** Writes text to a file, or to standard output when no file is given. */
  static void write(Path file, String text, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CentricityCli.InputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  static StringWriter buffer() {
    return new StringWriter();
  }
}
