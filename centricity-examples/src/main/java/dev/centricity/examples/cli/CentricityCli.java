package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.rubric.DefaultRubrics;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code centricity} command-line tool: scores responses, validates and prints rubrics, and
 * compares results, for people who are not Java developers.
 *
 * <p>Exit codes: 0 success; 2 bad input, a usage error or an output that cannot be written (one
 * line on stderr naming the file and the position or path, never a stack trace, with control
 * characters escaped); 1 an internal error or running out of memory (one line).
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
    // straight to the file descriptors: System.out is a PrintStream, which swallows write errors
    CheckedWriter out = CheckedWriter.of(new FileOutputStream(FileDescriptor.out));
    CheckedWriter err = CheckedWriter.of(new FileOutputStream(FileDescriptor.err));
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
   * <p>Whatever the command did, a write to {@code out} that failed (a full disk, a closed pipe)
   * makes the run fail with exit code 2 and one line on {@code err} saying so; with a {@link
   * CheckedWriter} the line gives the system's reason.
   *
   * @param out where results go
   * @param given where messages go
   * @param args the command line
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter given, String... args) {
    // whatever a command writes to stderr reaches the terminal with its control characters escaped
    PrintWriter err = new PrintWriter(Printable.terminal(given), true);
    CommandLine cli = new CommandLine(new CentricityCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CentricityCli::commands);
    cli.setExecutionStrategy(
        parseResult -> {
          OptionChecks.check(parseResult);
          return new CommandLine.RunLast().execute(parseResult);
        });
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine c = e.getCommandLine();
          err.println(usageError(e, c.getCommandSpec().qualifiedName()));
          err.flush();
          return c.getCommandSpec().exitCodeOnInvalidInput();
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CentricityException || e instanceof InputException) {
            boolean json = jsonFormat(parseResult);
            err.println("centricity: " + summary(e.getMessage(), json));
            err.flush();
            if (json) {
              out.println(ErrorJson.of(e));
              out.flush();
            }
            return BAD_INPUT;
          }
          err.println("centricity: internal error, please report it: " + internal(e));
          err.flush();
          return INTERNAL_ERROR;
        });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "centricity: out of memory: the input needs more than the "
              + Runtime.getRuntime().maxMemory() / (1 << 20)
              + " MiB Java may use here (give it more with java -Xmx, such as -Xmx4g)");
      err.flush();
      return INTERNAL_ERROR;
    } catch (StackOverflowError e) {
      err.println("centricity: internal error, please report it: the input nests too deeply");
      err.flush();
      return INTERNAL_ERROR;
    }
    out.flush();
    if (out.checkError()) {
      String reason =
          out instanceof CheckedWriter c
              ? c.failure().orElse("the output stream failed")
              : "the output stream failed";
      err.println("centricity: cannot write to standard output: " + reason);
      err.flush();
      return BAD_INPUT;
    }
    err.flush();
    return code;
  }

  /** The most a one-line message lists of several problems; the rest are counted. */
  static final int PROBLEMS_SHOWN = 3;

  /**
   * A usage error on one line, with a hint where to read more, instead of the whole usage.
   *
   * @param e the error
   * @param command the command's name, such as {@code centricity score}
   * @return the line
   */
  static String usageError(CommandLine.ParameterException e, String command) {
    String message = Printable.safe(oneLine(e.getMessage()));
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      message +=
          " (did you mean "
              + u.getSuggestions().stream()
                  .limit(3)
                  .map(Printable::safe)
                  .collect(Collectors.joining(" or "))
              + "?)";
    }
    return "centricity: " + message + "; see '" + command + " --help'";
  }

  /** Whether the command asked for JSON output: then an error is also written as JSON. */
  private static boolean jsonFormat(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    CommandLine.Model.OptionSpec format = last.commandSpec().findOption("--format");
    return format != null && "json".equalsIgnoreCase(String.valueOf((Object) format.getValue()));
  }

  /** An unexpected failure in words: its message, without the name of its Java type. */
  private static String internal(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "an unexpected failure with no message" : summary(m, false);
  }

  /**
   * A message on one line, made safe for a terminal, with a long list of problems summarised: the
   * first {@value #PROBLEMS_SHOWN} and a count of the others.
   *
   * @param message the message, possibly of several lines
   * @param jsonLists whether the output in JSON lists every problem (said in the line when some are
   *     left out)
   * @return one line
   */
  static String summary(String message, boolean jsonLists) {
    List<String> lines = lines(message);
    if (lines.size() <= 1 + PROBLEMS_SHOWN) {
      return Printable.safe(oneLine(message));
    }
    int more = lines.size() - 1 - PROBLEMS_SHOWN;
    List<String> shown = new ArrayList<>(lines.subList(0, 1 + PROBLEMS_SHOWN));
    shown.add(
        String.format(
            Locale.ROOT,
            "and %d more (%s)",
            more,
            jsonLists ? "every one is in the JSON on standard output" : "--format json lists all"));
    return Printable.safe(oneLine(String.join("\n", shown)));
  }

  private static List<String> lines(String message) {
    if (message == null) {
      return List.of();
    }
    return message
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  /**
   * A message on one line: the library lists several problems on lines of their own, indented under
   * a head line; here they follow the head after a colon, separated by semicolons. Control
   * characters are escaped ({@link Printable#safe}).
   *
   * @param message the message, possibly of several lines
   * @return the message on one line
   */
  static String oneLine(String message) {
    List<String> lines = lines(message);
    if (lines.size() <= 1) {
      return lines.isEmpty() ? "" : Printable.safe(lines.get(0));
    }
    String head = lines.get(0);
    String rest = String.join("; ", lines.subList(1, lines.size()));
    return Printable.safe(head.endsWith(":") ? head + " " + rest : head + ": " + rest);
  }

  /**
   * The list of commands in the top-level help, each with the whole first sentence of its
   * description (picocli's own list shows only the first line, which cut sentences in half).
   */
  private static String commands(CommandLine.Help help) {
    Map<String, CommandLine.Help> commands = help.subcommands();
    if (commands.isEmpty()) {
      return "";
    }
    int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table =
        CommandLine.Help.TextTable.forColumns(
            help.colorScheme(),
            new CommandLine.Help.Column(nameWidth, 2, CommandLine.Help.Column.Overflow.SPAN),
            new CommandLine.Help.Column(
                width - nameWidth, 2, CommandLine.Help.Column.Overflow.WRAP));
    for (Map.Entry<String, CommandLine.Help> c : commands.entrySet()) {
      CommandLine.Model.UsageMessageSpec usage = c.getValue().commandSpec().usageMessage();
      String[] text = usage.header().length > 0 ? usage.header() : usage.description();
      table.addRowValues(c.getKey(), firstSentence(String.join(" ", text)));
    }
    return table.toString();
  }

  /**
   * The first sentence of a description: up to the first full stop followed by a space, or all of
   * it.
   */
  static String firstSentence(String text) {
    String t = text.replace("%n", " ").strip().replaceAll("\\s+", " ");
    int end = t.indexOf(". ");
    return end < 0 ? t : t.substring(0, end + 1);
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
