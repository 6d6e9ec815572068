package dev.centricity.core.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CohortReader} found in a survey export before reading any respondent: each column and
 * what it was matched to (and how), the rows under the header that describe the columns rather than
 * answer, the separator and the charset. {@link CohortReader#match} gives it, so that a tool can
 * show the matches or write a mapping file template ({@link MappingFormat}) for the columns it
 * could not match.
 *
 * <p>Immutable and thread-safe.
 */
public final class CohortColumns {

  /** How a column was matched. */
  public enum Match {
    /** By an entry of the mapping file's {@code columns}. */
    MAPPING,
    /** Its header is a trait id. */
    TRAIT_ID,
    /**
     * Its header, or the text of a descriptive row under it, is a trait's statement in one of the
     * rubric's languages (compared after normalising).
     */
    STATEMENT,
    /** Its header (or descriptive text) has the grid form {@code Question [Row text]}. */
    GRID_ROW,
    /** It names each respondent. */
    RESPONDENT,
    /** It gives each respondent's group. */
    GROUP,
    /** It matched nothing: unused metadata such as a timestamp or an e-mail address. */
    METADATA
  }

  /**
   * One column.
   *
   * @param position its 1-based position in the header
   * @param header its header as the file gives it (may be empty for a column a descriptive row
   *     names)
   * @param description the texts of the descriptive rows in this column (such as Qualtrics'
   *     question text), empty cells left out
   * @param match how it was matched
   * @param traitId the trait it answers, for the first four kinds of match
   * @param matchedText the text that matched (the header, a descriptive text, or a grid's row text)
   */
  public record Column(
      int position,
      String header,
      List<String> description,
      Match match,
      Optional<String> traitId,
      Optional<String> matchedText) {

    /** Creates a column; the lists are copied. */
    public Column {
      Objects.requireNonNull(header, "header");
      description = List.copyOf(description);
      Objects.requireNonNull(match, "match");
      Objects.requireNonNull(traitId, "traitId");
      Objects.requireNonNull(matchedText, "matchedText");
    }

    /** Whether the column answers a trait. */
    public boolean isTrait() {
      return traitId.isPresent();
    }

    /** The name the reader uses for the column in messages: its header, or its description. */
    public String name() {
      return !header.isBlank() || description.isEmpty() ? header : description.get(0);
    }
  }

  private final String source;
  private final List<Column> columns;
  private final List<Long> headerRowLines;
  private final Optional<Character> separator;
  private final Optional<String> charset;
  private final List<String> unansweredTraits;

  /**
   * Creates the description of a file's columns.
   *
   * @param source the file's name, for messages
   * @param columns every column, in order
   * @param headerRowLines the 1-based lines of the rows under the header that were not read as
   *     respondents (recognised by content or skipped by count)
   * @param separator the separator, empty for rows that were split already
   * @param charset the charset's name, empty for rows that were decoded already
   * @param unansweredTraits the rubric's traits that no column answers, in rubric order
   */
  public CohortColumns(
      String source,
      List<Column> columns,
      List<Long> headerRowLines,
      Optional<Character> separator,
      Optional<String> charset,
      List<String> unansweredTraits) {
    this.source = Objects.requireNonNull(source, "source");
    this.columns = List.copyOf(columns);
    this.headerRowLines = List.copyOf(headerRowLines);
    this.separator = Objects.requireNonNull(separator, "separator");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.unansweredTraits = List.copyOf(unansweredTraits);
  }

  /** The file's name, for messages. */
  public String source() {
    return source;
  }

  /** Every column, in the order of the header. */
  public List<Column> columns() {
    return columns;
  }

  /** The columns that answer traits. */
  public List<Column> traitColumns() {
    return columns.stream().filter(Column::isTrait).toList();
  }

  /** The columns not used: metadata. */
  public List<Column> metadataColumns() {
    return columns.stream().filter(c -> c.match() == Match.METADATA).toList();
  }

  /**
   * The 1-based lines of the rows under the header that describe the columns or were skipped, none
   * of which is a respondent.
   */
  public List<Long> headerRowLines() {
    return headerRowLines;
  }

  /** The separator between fields; empty for rows given already split. */
  public Optional<Character> separator() {
    return separator;
  }

  /** The name of the charset the file was decoded from; empty for rows given already split. */
  public Optional<String> charset() {
    return charset;
  }

  /** The rubric's traits that no column answers, in the rubric's order. */
  public List<String> unansweredTraits() {
    return unansweredTraits;
  }

  @Override
  public String toString() {
    return "CohortColumns[" + source + ": " + columns + "]";
  }
}
