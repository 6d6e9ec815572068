package dev.centricity.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Checks of a command's options taken together, made for every command before it runs, so that no
 * command has to remember them: {@code --out} names none of the command's inputs, and {@code
 * --group-by} names a column that can hold groups.
 */
final class OptionChecks {

  private OptionChecks() {}

  /**
   * Checks the options of the command about to run.
   *
   * @param parseResult the parsed command line
   * @throws ParameterException (exit 2, one line) if {@code --out} is one of the inputs
   */
  static void check(ParseResult parseResult) {
    ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    outIsNoInput(last);
  }

  /**
   * Refuses an {@code --out} file that is also one of the command's inputs (the same file by any
   * name: a link, a relative path, another spelling), which writing the output would replace.
   */
  private static void outIsNoInput(ParseResult command) {
    OptionSpec out = command.matchedOption("--out");
    if (out == null || !(out.getValue() instanceof Path target) || !Files.exists(target)) {
      return;
    }
    for (ArgSpec arg : command.matchedArgs()) {
      if (arg == out) {
        continue;
      }
      for (Path input : paths(arg.getValue())) {
        if (sameFile(target, input)) {
          throw new ParameterException(
              command.commandSpec().commandLine(),
              String.format(
                  Locale.ROOT,
                  "--out %s is also an input (%s %s); the output would replace it, so write it to"
                      + " another file",
                  target,
                  arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel(),
                  input));
        }
      }
    }
  }

  private static List<Path> paths(Object value) {
    List<Path> paths = new ArrayList<>();
    if (value instanceof Path p) {
      paths.add(p);
    } else if (value instanceof Collection<?> c) {
      for (Object o : c) {
        if (o instanceof Path p) {
          paths.add(p);
        }
      }
    }
    return paths;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false; // an input that cannot be looked at is not the output file
    }
  }
}
