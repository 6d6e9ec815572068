package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.rubric.DefaultRubrics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code centricity} command-line tool: scores responses, validates and prints rubrics, and
 * compares results, for people who are not Java developers.
 *
 * <p>Exit codes: 0 success, 2 bad input (one message on stderr naming the file and the position or
 * path, never a stack trace), 1 an internal error.
 */
@Command(
    name = "centricity",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = "Scores how product-centric or customer-centric an organisation is.",
    subcommands = {
      ScoreCommand.class,
      ValidateCommand.class,
      CohortCommand.class,
      MapCommand.class,
      RubricCommand.class,
      FitCommand.class,
      CompareCommand.class,
      PlanCommand.class,
      DiffCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CentricityCli implements Runnable {

  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;

  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command, for example: score");
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    prefetch(args);
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Starts reading the default rubric on a second thread while the command line is parsed: on a
   * cold JVM, setting up the JSON and YAML readers and binding the rubric takes most of a run's
   * time, and nearly every command needs them. The main thread takes the rubric from {@link
   * DefaultRubrics}, which reads it once (waiting for this thread if it is still at work); a
   * failure here is left for the main thread to meet and report.
   */
  private static void prefetch(String[] args) {
    if (args.length == 0 || args[0].startsWith("-")) {
      return; // help or version
    }
    boolean ownRubric = java.util.Arrays.asList(args).contains("--rubric");
    Thread t =
        new Thread(
            () -> {
              try {
                if (ownRubric) {
                  // set up the readers and the rubric's binding on an empty document
                  dev.centricity.core.io.RubricFormat.fromJson("{}");
                } else {
                  DefaultRubrics.productCustomer();
                }
              } catch (RuntimeException | Error ignored) {
                // the main thread reads the rubric again and reports what went wrong
              }
            },
            "centricity-prefetch");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Runs the tool with the given streams, for tests and host applications.
   *
   * @param out where results go
   * @param err where messages go
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new CentricityCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CentricityException || e instanceof InputException) {
            err.println("centricity: " + oneLine(e.getMessage()));
            err.flush();
            return BAD_INPUT;
          }
          err.println("centricity: internal error: " + e);
          err.flush();
          return INTERNAL_ERROR;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * A message on one line: the library lists several problems on lines of their own, indented under
   * a head line; here they follow the head after a colon, separated by semicolons.
   *
   * @param message the message, possibly of several lines
   * @return the message on one line
   */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    List<String> lines =
        message.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    if (lines.size() <= 1) {
      return lines.isEmpty() ? "" : lines.get(0);
    }
    String head = lines.get(0);
    String rest = String.join("; ", lines.subList(1, lines.size()));
    return head.endsWith(":") ? head + " " + rest : head + ": " + rest;
  }

  /** A bad input the tool itself detects, such as an output file that cannot be written. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }

    InputException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
