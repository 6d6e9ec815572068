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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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
    return prefixed(file.toString(), e);
  }

  /** The exception with the input named first, unless its message names it already. */
  static CentricityException prefixed(String name, CentricityException e) {
    if (e.getMessage().startsWith(name)) {
      return e;
    }
    return new CentricityException(name + ": " + e.getMessage(), e);
  }

  /**
   * Writes text to a file, or to standard output when no file is given.
   *
   * <p>A regular file is written atomically: the text goes to a temporary file in the same folder,
   * which then replaces the file in one move, so a failure (a full disk, a cut-off run) leaves the
   * file as it was. A file that is not regular, such as {@code /dev/stdout} or a named pipe, is
   * written directly, since replacing it would put a plain file in its place.
   *
   * @param file the file, or null for standard output
   * @param text the whole output
   * @param out standard output
   * @throws CentricityCli.InputException if the file cannot be written, with the reason
   */
  static void write(Path file, String text, PrintWriter out) {
    if (file == null) {
      out.print(text);
      out.flush();
      return;
    }
    if (Files.isDirectory(file)) {
      throw cannotWrite(file, "it is a folder");
    }
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          w.write(text);
        }
        return;
      }
      writeAtomically(file, text);
    } catch (IOException e) {
      throw cannotWrite(file, CheckedWriter.reason(e), e);
    }
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("the folder " + folder + " does not exist");
    }
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      permissions(temp, absolute);
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Gives the temporary file the permissions of the file it replaces, or those of a new file (read
   * and write for the owner, read for others) rather than the temporary file's own, which only the
   * owner may read.
   */
  private static void permissions(Path temp, Path file) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Files.setPosixFilePermissions(
        temp,
        Files.exists(file)
            ? Files.getPosixFilePermissions(file)
            : PosixFilePermissions.fromString("rw-r--r--"));
  }

  private static CentricityCli.InputException cannotWrite(Path file, String reason) {
    return new CentricityCli.InputException("cannot write " + file + ": " + reason);
  }

  private static CentricityCli.InputException cannotWrite(
      Path file, String reason, Throwable cause) {
    return new CentricityCli.InputException("cannot write " + file + ": " + reason, cause);
  }

  static StringWriter buffer() {
    return new StringWriter();
  }
}
