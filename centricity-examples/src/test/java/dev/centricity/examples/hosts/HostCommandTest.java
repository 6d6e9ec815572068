package dev.centricity.examples.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.CentricityException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The argument handling and exit codes every host shares. */
class HostCommandTest {

  @Command(name = "Echo", synopsisHeading = "usage: ")
  static final class Echo extends HostCommand {
    @Option(names = "--times", paramLabel = "N", description = "How often.")
    int times = 1;

    @Parameters(paramLabel = "WORD", description = "The word.")
    String word;

    @Override
    void execute(PrintStream out, PrintStream err) {
      if (word.equals("bad")) {
        throw new CentricityException("bad.csv: line 2: not an answer");
      }
      out.print(word.repeat(times));
      err.print("note");
    }
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        HostCommand.run(
            new Echo(),
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void should_run_the_host_with_its_options_and_exit_0() {
    Run r = run("--times", "3", "ab");
    assertThat(r).isEqualTo(new Run(0, "ababab", "note"));
  }

  @Test
  void should_print_the_usage_on_standard_output_for_help() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("usage: Echo [-h] [--times=N] WORD");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void should_exit_2_with_the_problem_and_the_usage_for_a_bad_argument() {
    Run missing = run();
    Run unknown = run("--colour", "x");
    Run notANumber = run("--times", "many", "ab");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("Missing required parameter: 'WORD'")
        .contains("usage: Echo");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("Unknown option: '--colour'").contains("usage: Echo");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err()).contains("'many' is not an int").contains("usage: Echo");
    assertThat(missing.out() + unknown.out() + notANumber.out()).isEmpty();
  }

  @Test
  void should_exit_2_with_the_message_alone_for_bad_input() {
    Run r = run("bad");
    assertThat(r)
        .isEqualTo(new Run(2, "", "bad.csv: line 2: not an answer" + System.lineSeparator()));
  }
}
