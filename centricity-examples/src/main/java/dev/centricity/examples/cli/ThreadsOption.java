package dev.centricity.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --threads N} option of the commands that analyse cohorts: how many threads score and
 * summarise rows, every core if not given. The report does not depend on it beyond rounding.
 */
final class ThreadsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Score and summarise cohorts on N threads (default: every core). The report does not"
              + " depend on N beyond rounding.")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * The number of threads.
   *
   * @return at least 1
   * @throws ParameterException (exit 2) if below 1
   */
  int get() {
    if (threads < 1) {
      throw new ParameterException(
          mixee.commandLine(),
          String.format(Locale.ROOT, "--threads must be at least 1 but was %d", threads));
    }
    return threads;
  }
}
