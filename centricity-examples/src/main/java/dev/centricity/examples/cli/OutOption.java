package dev.centricity.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --out FILE} option: where a command's output goes, standard output if not given. */
final class OutOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path file;

  /**
   * Writes the output to the file given, or to the command's standard output.
   *
   * @param text the whole output
   * @throws CentricityCli.InputException if the file cannot be written
   */
  void write(String text) {
    Inputs.write(file, text, mixee.commandLine().getOut());
  }
}
