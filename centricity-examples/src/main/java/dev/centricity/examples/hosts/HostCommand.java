package dev.centricity.examples.hosts;

import dev.centricity.core.CentricityException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What the host applications share on the command line: picocli parses the arguments, and every
 * host exits 0 on success, and 2 with one message on standard error for a bad argument (followed by
 * the usage) or bad input. A host declares its options with picocli annotations and implements
 * {@link #execute(PrintStream)}.
 */
abstract class HostCommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  private PrintStream out;
  private PrintStream err;

  /**
   * Does the host's work once the arguments are parsed.
   *
   * @param out where the host's report goes
   * @param err where the host's notes on what it left out go
   */
  abstract void execute(PrintStream out, PrintStream err);

  @Override
  public final Integer call() {
    execute(out, err);
    return 0;
  }

  /**
   * Parses the arguments into the command and runs it.
   *
   * @param command the host's command, with its options declared
   * @param args the arguments
   * @param out where the report and {@code --help} go
   * @param err where usage and error messages go
   * @return the exit code: 0 success, 2 bad arguments or input
   */
  static int run(HostCommand command, String[] args, PrintStream out, PrintStream err) {
    command.out = out;
    command.err = err;
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println(e.getMessage());
          e.getCommandLine().usage(err);
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (e, c, p) -> {
          if (e instanceof CentricityException
              || e instanceof IllegalArgumentException
              || e instanceof UncheckedIOException) {
            err.println(e.getMessage());
            return 2;
          }
          throw e;
        });
    return cli.execute(args);
  }

  /**
   * Runs a host's {@code main}: exits with the code unless it is 0.
   *
   * @param command the host's command
   * @param args the arguments
   */
  static void main(HostCommand command, String[] args) {
    int code = run(command, args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }
}
