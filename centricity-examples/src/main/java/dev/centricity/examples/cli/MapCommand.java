package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.CohortColumns;
import dev.centricity.core.io.CohortColumns.Column;
import dev.centricity.core.io.CohortColumns.Match;
import dev.centricity.core.text.RubricTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code centricity map}: what each column of a survey export matched, as a mapping file template
 * for the columns that matched nothing.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the header of a survey export (CSV or .xlsx) and writes a mapping file template:",
      "the columns matched to traits filled in, every column that matched nothing listed as a",
      "comment to complete, and the separator, charset, respondent and group columns found.",
      "Read the export with it: centricity cohort --map MAPPING EXPORT (see docs/survey-tools.md)."
    })
final class MapCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Mixin CohortSource source;

  @Mixin CsvOption csv;

  @Option(
      names = "--write",
      paramLabel = "FILE",
      description = "Write the template to FILE (default: standard output).")
  Path write;

  @Option(
      names = "--translation",
      paramLabel = "FILE",
      description =
          "A translation of the rubric (<rubric-id>.<lang>.yaml) whose statements and labels the"
              + " export may use; may be repeated.")
  List<Path> translations = new java.util.ArrayList<>();

  @Parameters(index = "0", paramLabel = "EXPORT", description = "The survey export: CSV or .xlsx.")
  Path file;

  @Override
  public Integer call() {
    if (write != null) {
      refuseTheExport();
    }
    Rubric rubric = this.rubric.orientation();
    Scorer scorer = Scorer.of(rubric);
    RubricTexts texts = CohortSource.texts(rubric, translations);
    CohortColumns found = source.match(scorer, texts, file, csv);
    String template = template(found, rubric, write, file);
    if (write == null) {
      spec.commandLine().getOut().print(template);
      spec.commandLine().getOut().flush();
    } else {
      try {
        Files.writeString(write, template, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CentricityCli.InputException("cannot write " + write + ": " + e.getMessage(), e);
      }
      long traits = found.traitColumns().size();
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "centricity: wrote %s: %d of %d columns matched a trait, %d listed to complete%n",
              write,
              traits,
              found.columns().size(),
              found.metadataColumns().size());
      spec.commandLine().getErr().flush();
    }
    return 0;
  }

  private void refuseTheExport() {
    try {
      if (Files.exists(write) && Files.exists(file) && Files.isSameFile(write, file)) {
        throw new CentricityCli.InputException(
            "--write " + write + " is the export being read; write the mapping to another file");
      }
    } catch (IOException e) {
      throw new CentricityCli.InputException("cannot write " + write + ": " + e.getMessage(), e);
    }
  }

  /** The mapping file template: YAML that {@code MappingFormat} reads back. */
  static String template(CohortColumns found, Rubric rubric, Path write, Path export) {
    StringBuilder y = new StringBuilder();
    y.append("# Mapping of the survey export ")
        .append(oneLine(export.toString()))
        .append(" to rubric ")
        .append(rubric.reference())
        .append(
            ",\n# written by `centricity map`. Read the export with it:\n#   centricity cohort --map ")
        .append(write == null ? "MAPPING" : oneLine(write.toString()))
        .append(' ')
        .append(oneLine(export.toString()))
        .append("\n# The format is described in docs/survey-tools.md.\n");
    y.append("\ncolumns:\n");
    y.append("  # Matched (header or question text -> trait id):\n");
    boolean any = false;
    for (Column c : found.columns()) {
      if (c.isTrait()) {
        any = true;
        y.append("  ")
            .append(quote(key(c)))
            .append(": ")
            .append(quote(c.traitId().orElseThrow()))
            .append("  # column ")
            .append(c.position())
            .append(", ")
            .append(how(c.match()))
            .append('\n');
      }
    }
    if (!any) {
      y.append("  # (none)\n");
    }
    List<Column> unmatched = found.metadataColumns();
    y.append(
        "  # Not matched: give each column that answers a trait the trait's id and remove the\n"
            + "  # '#'; columns left as they are stay unused (metadata such as times and e-mail).\n");
    for (Column c : unmatched) {
      y.append("  # ")
          .append(quote(key(c)))
          .append(": ")
          .append("  # column ")
          .append(c.position());
      if (!c.description().isEmpty() && !c.header().isBlank()) {
        y.append(", ").append(oneLine(abbreviate(String.join(" / ", c.description()))));
      }
      y.append('\n');
    }
    if (unmatched.isEmpty()) {
      y.append("  # (none)\n");
    }
    if (!found.unansweredTraits().isEmpty()) {
      y.append('\n');
      wrapped(y, "Traits no column answers:", found.unansweredTraits());
    }
    y.append(
        "\n# Cells: a point's label in any of the rubric's languages, or its number 1..n, is read"
            + " as\n# that point. Other words need labels (for every scale, or per scale id):\n"
            + "# labels:\n#   \"Rather agree\": 4\n# Words that mean no answer, besides the usual"
            + " ones (empty, n/a, don't know, no answer):\n# missing: [\"no idea\"]\n");
    y.append('\n');
    for (Column c : found.columns()) {
      if (c.match() == Match.RESPONDENT) {
        y.append("respondent: ").append(quote(key(c))).append('\n');
      } else if (c.match() == Match.GROUP) {
        y.append("group: ").append(quote(key(c))).append('\n');
      }
    }
    if (!found.headerRowLines().isEmpty()) {
      y.append("# Rows under the header read as header rows, not respondents: lines ")
          .append(String.join(", ", found.headerRowLines().stream().map(String::valueOf).toList()))
          .append(" (recognised by content, or skipped)\n");
    }
    found
        .separator()
        .filter(s -> s != ',')
        .ifPresent(
            s ->
                y.append("delimiter: ")
                    .append(quote(s == '\t' ? "tab" : String.valueOf(s)))
                    .append('\n'));
    found
        .charset()
        .filter(c -> !c.equalsIgnoreCase("UTF-8"))
        .ifPresent(c -> y.append("encoding: ").append(quote(c)).append('\n'));
    return y.toString();
  }

  /**
   * The text a mapping entry names a column by: the descriptive text that matched (a Qualtrics or
   * SurveyMonkey statement under a question tag or a matrix question's text), otherwise its header.
   */
  private static String key(Column c) {
    if (c.match() == Match.STATEMENT
        && c.matchedText().isPresent()
        && c.description().contains(c.matchedText().get())) {
      return c.matchedText().get();
    }
    return c.name();
  }

  /** Words after a comment mark, in lines of at most 100 characters. */
  private static void wrapped(StringBuilder y, String head, List<String> words) {
    StringBuilder line = new StringBuilder("# ").append(head);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i) + (i + 1 < words.size() ? "," : "");
      if (line.length() + 1 + word.length() > 100) {
        y.append(line).append('\n');
        line = new StringBuilder("#  ");
      }
      line.append(' ').append(word);
    }
    y.append(line).append('\n');
  }

  private static String how(Match m) {
    switch (m) {
      case MAPPING:
        return "by the mapping given";
      case TRAIT_ID:
        return "by trait id";
      case STATEMENT:
        return "by statement";
      case GRID_ROW:
        return "by grid row";
      default:
        return m.name().toLowerCase(Locale.ROOT);
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? ' ' : c);
    }
    return b.toString();
  }

  /** A YAML double-quoted scalar: JSON's escapes, which YAML reads the same. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}
