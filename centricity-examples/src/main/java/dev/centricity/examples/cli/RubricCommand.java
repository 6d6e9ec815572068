package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.examples.Questionnaire;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code centricity rubric}: prints a rubric. */
@Command(
    name = "rubric",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a rubric (the default if none is given).",
      "Markdown is a questionnaire a person can read, fill in or print."
    })
final class RubricCommand implements Callable<Integer> {

  enum Format {
    yaml,
    json,
    markdown
  }

  @Mixin RubricOption rubric;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin OutOption out;

  @Override
  public Integer call() {
    Rubric rubric = this.rubric.orientation();
    String text;
    switch (format) {
      case json:
        text = RubricFormat.toJson(rubric) + "\n";
        break;
      case markdown:
        text = Questionnaire.markdown(rubric);
        break;
      default:
        text = RubricFormat.toYaml(rubric);
    }
    out.write(text);
    return 0;
  }
}
