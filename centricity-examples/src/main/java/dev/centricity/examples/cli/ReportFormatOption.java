package dev.centricity.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --format} option of the commands that write a report: text for a person, JSON for a
 * program, or one self-contained HTML page.
 */
final class ReportFormatOption {

  /** The report formats. */
  enum Format {
    text,
    json,
    html
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  /**
   * The format chosen.
   *
   * @return the format given, text by default
   */
  Format get() {
    return format;
  }
}
