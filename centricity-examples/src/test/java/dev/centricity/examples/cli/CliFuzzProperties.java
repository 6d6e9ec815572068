package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.examples.cli.CentricityCliTest.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the command-line tool in the surroundings that lost data or misled before (issue 18):
 * hostile text in its inputs, inputs through named pipes, and an output that fails part-way.
 *
 * <ul>
 *   <li><b>Control characters.</b> Response, rubric and cohort files made from templates whose
 *       keys, ids, values and columns are filled with text rich in ESC, NUL, line breaks, tabs,
 *       bidirectional marks and quotes, or from arbitrary bytes, are given to {@code score}, {@code
 *       fit}, {@code validate}, {@code rubric}, {@code cohort} and {@code compare}. The tool exits
 *       0 or 2; what it writes to stderr is at most one line ({@code validate}: one line, then only
 *       indented problem lines), holds no control or format character but the line ends, and names
 *       no Java type.
 *   <li><b>Pipes.</b> A third of those files is given a second time through a named pipe: the exit
 *       code and the message are the file's, the name aside.
 *   <li><b>Failing writers.</b> Standard output fails after any number of characters: the tool
 *       exits 2 with the one line saying so whenever its output did not fit, and what was written
 *       is a beginning of the whole output; it exits 0 with the whole output when it fit.
 * </ul>
 */
class CliFuzzProperties {

  private static Path dir;
  private static final String SURVEY = "src/test/resources/cohorts/team-survey.csv";

  @BeforeContainer
  static void folder() throws IOException {
    dir = Files.createTempDirectory("cli-fuzz");
  }

  @AfterContainer
  static void clean() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Where the hostile text goes, and the commands that read such a file ({@code %s}). */
  enum Template {
    RESPONSE_KEY("{\"answers\": {\"%s\": 3}}", "score %s", "score --policy reject %s"),
    RESPONSE_RUBRIC("{\"rubric\": \"%s\", \"answers\": {}}", "score %s", "compare %s %s"),
    RESPONSE_YAML("answers:\n  rewards.sales-volume: %s\n", "score --format json %s"),
    RUBRIC_ID("id: \"%s\"\nversion: 1.0.0\ntitle: t\n", "validate %s", "rubric --rubric %s"),
    RUBRIC_YAML(
        "%s\n",
        "validate %s",
        "score --rubric %s --sample sales-talk",
        "fit --sample tableware --context-rubric %s"),
    COHORT_COLUMN("respondent,group,%s\nr1,A,3\n", "cohort %s"),
    COHORT_CELL(
        "respondent,group,rewards.launches\n\"%s\",A,9\nr2,\"%s\",x\n", "cohort --format json %s");

    final String text;
    final String[] commands;

    Template(String text, String... commands) {
      this.text = text;
      this.commands = commands;
    }
  }

  /** A file's content and the command line that reads it. */
  record Case(String suffix, byte[] content, String command) {
    @Override
    public String toString() {
      return command + " on " + new String(content, StandardCharsets.UTF_8);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> hostile =
        Arbitraries.strings()
            .withChars("\u001b\u0000\n\r\t\u0007\u0085\u2028\u202e\u200b\"'\\:{}[],#ab3.-")
            .withCharRange('\u0001', '\u001f')
            .ofMaxLength(24);
    Arbitrary<Case> templated =
        Combinators.combine(Arbitraries.of(Template.class), hostile, Arbitraries.integers())
            .as(
                (t, s, i) -> {
                  String command = t.commands[Math.floorMod(i, t.commands.length)];
                  String suffix = t.name().startsWith("COHORT") ? ".csv" : ".yaml";
                  if (t == Template.RESPONSE_KEY || t == Template.RESPONSE_RUBRIC) {
                    suffix = ".json";
                    s = s.replace("\\", "\\\\").replace("\"", "\\\"");
                  }
                  byte[] bytes = t.text.replace("%s", s).getBytes(StandardCharsets.UTF_8);
                  return new Case(suffix, bytes, command);
                });
    Arbitrary<Case> raw =
        Combinators.combine(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                Arbitraries.of(
                    "score %s", "validate %s", "rubric --rubric %s", "cohort %s", "compare %s %s"))
            .as((b, c) -> new Case(c.startsWith("cohort") ? ".csv" : ".json", b, c));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, templated), net.jqwik.api.Tuple.of(1, raw));
  }

  @Property(tries = 150)
  void any_file_gives_exit_0_or_2_and_at_most_one_safe_line(
      @ForAll("cases") Case c, @ForAll @IntRange(min = 0, max = 2) int viaPipe) throws Exception {
    // GIVEN the file
    Path file = Files.createTempFile(dir, "case", c.suffix());
    Files.write(file, c.content());
    // WHEN
    Run r = CentricityCliTest.run(args(c.command(), file));
    // THEN
    Statistics.collect(r.code(), c.command().split(" ")[0]);
    assertSafe(r, c.command().startsWith("validate"));
    // AND through a named pipe the same exit code and message, the name aside
    if (viaPipe == 0 && !c.command().contains("%s %s")) {
      Path fifo = dir.resolve("fifo" + System.nanoTime() + c.suffix());
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assertThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0).as("mkfifo").isTrue();
      Thread writer = feed(fifo, c.content());
      Run piped = CentricityCliTest.run(args(c.command(), fifo));
      if (!opened.get(fifo)) {
        // the tool never opened the pipe, and the writer waits in its open: open it here
        try (var in = Files.newInputStream(fifo)) {
          in.readAllBytes();
        }
      }
      writer.join(10_000);
      assertThat(piped.code()).as("exit code through a pipe; %s", piped.err()).isEqualTo(r.code());
      assertThat(piped.err().replace(fifo.toString(), "F"))
          .isEqualTo(r.err().replace(file.toString(), "F"));
    }
  }

  /** The commands whose output is tried with a failing standard output. */
  @Provide
  Arbitrary<String> outputs() {
    return Arbitraries.of(
        "score --sample sales-talk",
        "score --sample tableware --format json",
        "score --sample online-retailer --format html",
        "rubric",
        "rubric --format markdown --lang de",
        "cohort " + SURVEY,
        "cohort --format json " + SURVEY,
        "fit --sample tableware",
        "validate product-customer-centricity");
  }

  @Property(tries = 60)
  void a_failing_output_is_exit_2_and_never_a_silent_0(
      @ForAll("outputs") String command, @ForAll @IntRange(min = 0, max = 40_000) int room) {
    // GIVEN the whole output, and a standard output that fails once `room` characters are written
    String[] args = command.split(" ");
    Run whole = CentricityCliTest.run(args);
    assertThat(whole.code()).as(whole.err()).isZero();
    StringWriter written = new StringWriter();
    Writer limited =
        new Writer() {
          int left = room;

          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            int n = Math.min(len, left);
            written.write(cbuf, off, n);
            left -= n;
            if (n < len) {
              throw new IOException("No space left on device");
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    // WHEN
    int code = CentricityCli.run(CheckedWriter.of(limited), new PrintWriter(err), args);
    // THEN
    boolean fits = whole.out().length() <= room;
    Statistics.collect(fits ? "fits" : "cut");
    assertThat(whole.out()).startsWith(written.toString());
    if (fits) {
      assertThat(code).isZero();
      assertThat(written.toString()).isEqualTo(whole.out());
    } else {
      assertThat(code).isEqualTo(CentricityCli.BAD_INPUT);
      assertThat(err.toString())
          .isEqualTo("centricity: cannot write to standard output: no space left on device\n");
    }
  }

  private static String[] args(String command, Path file) {
    List<String> args = new ArrayList<>();
    for (String a : command.split(" ")) {
      if (a.equals("%s")) {
        args.add(file.toString());
      } else {
        args.add(a);
      }
    }
    return args.toArray(String[]::new);
  }

  static void assertSafe(Run r, boolean validate) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isIn(0, CentricityCli.BAD_INPUT);
    List<String> lines = r.err().lines().toList();
    if (validate) {
      assertThat(lines.subList(Math.min(1, lines.size()), lines.size()))
          .as("validate's problem lines")
          .allMatch(l -> l.startsWith("  "));
    } else {
      assertThat(lines).as("stderr").hasSizeLessThanOrEqualTo(1);
    }
    assertThat(
            r.err()
                .chars()
                .filter(ch -> ch != '\n')
                .filter(
                    ch ->
                        Character.isISOControl(ch)
                            || Character.getType(ch) == Character.FORMAT
                            || ch == 0x2028
                            || ch == 0x2029))
        .as("control characters in stderr: %s", r.err())
        .isEmpty();
    assertThat(r.err())
        .as("stderr")
        .doesNotContain("Exception", "\tat ")
        .doesNotContainPattern("\\b(java|javax|tools\\.jackson|org\\.snakeyaml)\\.[a-z]+\\.");
  }

  /** Whether the writer of each pipe got past its open, that is, whether a reader opened it. */
  private static final java.util.Map<Path, Boolean> OPENED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final class Opened {
    boolean get(Path fifo) {
      return OPENED.getOrDefault(fifo, false);
    }
  }

  private final Opened opened = new Opened();

  private static Thread feed(Path fifo, byte[] bytes) {
    Thread t =
        new Thread(
            () -> {
              try (var out = Files.newOutputStream(fifo)) {
                OPENED.put(fifo, true);
                out.write(bytes);
              } catch (IOException e) {
                // the reader stopped early, as it may on a bad header
              }
            },
            "fifo-writer");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
