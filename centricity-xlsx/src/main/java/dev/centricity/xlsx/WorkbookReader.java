package dev.centricity.xlsx;

import dev.centricity.core.CohortFormatException;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.io.CohortColumns;
import dev.centricity.core.io.CohortReader;
import dev.centricity.xlsx.internal.SheetRows;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the first sheet of an {@code .xlsx} workbook as a cohort, as Microsoft Forms (whose only
 * export is a workbook) and SurveyMonkey write them: the first row with a filled cell is the
 * header, every later row with one is a respondent, read by a {@link CohortReader} with exactly its
 * rules for header rows, columns and cells (its separator and charset settings do not apply).
 *
 * <pre>{@code
 * CohortReader csv = CohortReader.of(scorer).withGroupColumn("Team");
 * try (CohortRows rows = WorkbookReader.of(csv).open(Path.of("Forms export.xlsx"))) {
 *   CohortReport report = CohortAnalysis.of(scorer).analyse(rows);
 * }
 * }</pre>
 *
 * <p>Cells are taken as the sheet stores them: text as it is; a number as its shortest decimal
 * ({@code 4}, not {@code 4.0}); a date or time as the serial number the sheet stores (such columns
 * are metadata to the reader); a formula as its last computed value; a boolean as {@code TRUE} or
 * {@code FALSE}. A sheet keeps only filled cells, so a row that ends early is read as if its
 * missing cells were empty. A row's {@link CohortRow#line()} is its row number in the sheet.
 *
 * <p>The sheet is streamed (FastExcel reads it from the file as the rows are iterated): one row is
 * held at a time, besides the workbook's table of shared texts. Immutable and thread-safe; each
 * {@code open} gives its own rows, read by one thread.
 */
public final class WorkbookReader {

  /** The first bytes of every {@code .xlsx} file: a ZIP archive's local file header. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private final CohortReader reader;

  private WorkbookReader(CohortReader reader) {
    this.reader = reader;
  }

  /**
   * A workbook reader that reads rows with the given reader's rules and settings (rubric, policy,
   * respondent and group columns, and whatever else it was configured with).
   *
   * @param reader the CSV reader whose rules apply
   * @return the workbook reader
   */
  public static WorkbookReader of(CohortReader reader) {
    return new WorkbookReader(Objects.requireNonNull(reader, "reader"));
  }

  /**
   * Whether a file is, by its content, a ZIP archive such as an {@code .xlsx} workbook, whatever
   * its name.
   *
   * @param file the file
   * @return true if the file starts with a ZIP archive's signature
   * @throws CohortFormatException if the file cannot be read
   */
  public static boolean isWorkbook(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(ZIP.length);
      return java.util.Arrays.equals(head, ZIP);
    } catch (NoSuchFileException e) {
      throw new CohortFormatException(file.toString(), 0, 0, "", "no such file", e);
    } catch (IOException e) {
      throw new CohortFormatException(
          file.toString(), 0, 0, "", "cannot open the file: " + e.getMessage(), e);
    }
  }

  /**
   * Opens a workbook and reads its first sheet's header.
   *
   * @param file the {@code .xlsx} file
   * @return the rows, to iterate once and close (closing closes the workbook)
   * @throws CohortFormatException if the file is not a workbook that can be read, or its header is
   *     not acceptable to the reader
   */
  public CohortRows open(Path file) {
    String source = file.toString();
    if (!Files.exists(file)) {
      throw new CohortFormatException(source, 0, 0, "", "no such file", null);
    }
    SheetRows sheet = SheetRows.open(file.toFile(), source);
    try {
      return reader.open(sheet, source);
    } catch (RuntimeException e) {
      sheet.close();
      throw e;
    }
  }

  /**
   * Reads a workbook's header and the rows that describe its columns, and says what each column
   * matched, without reading any respondent (see {@link CohortReader#match(Path)}).
   *
   * @param file the {@code .xlsx} file
   * @return the columns found
   * @throws CohortFormatException if the file is not a workbook that can be read, or its header is
   *     not acceptable to the reader
   */
  public CohortColumns match(Path file) {
    String source = file.toString();
    if (!Files.exists(file)) {
      throw new CohortFormatException(source, 0, 0, "", "no such file", null);
    }
    try (SheetRows sheet = SheetRows.open(file.toFile(), source)) {
      return reader.match(sheet, source);
    }
  }
}
