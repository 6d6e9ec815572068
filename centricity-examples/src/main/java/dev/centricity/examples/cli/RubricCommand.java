package dev.centricity.examples.cli;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.RubricFormat;
import dev.centricity.examples.Questionnaire;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file (YAML or JSON).")
  Path rubricFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    Rubric rubric = Inputs.orientationRubric(rubricFile);
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
    Inputs.write(out, text, spec.commandLine().getOut());
    return 0;
  }
}
