package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.ResponseFormat;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import dev.centricity.rubric.SampleOrganisation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every command that reads a file meets bad input the way the tool promises: exit code 2 and one
 * line on stderr that names the file, never a stack trace, an exception's class name or a line of
 * the tool's own code.
 *
 * <p>The bad files are those of the core's tests ({@code centricity-core/src/test/resources/bad},
 * read from there so that a bad file added to the core's tests is tried here too) and files made
 * here: an empty file, binary bytes, a directory, a file that is not there, a file over the 16 MiB
 * limit, a truncated response, answers that are NaN, huge, negative, zero, off the scale,
 * fractional or boolean, responses for another rubric id or version, a response with several
 * problems, an invalid rubric, and cohort CSV files with a bad header or unreadable text. Each
 * response file is given to {@code score}, to {@code fit} (as orientation and as context) and to
 * {@code compare} (first and second); each rubric file to {@code validate}, {@code rubric}, {@code
 * score}, {@code cohort}, {@code fit} (both rubrics) and {@code compare}; each CSV file to {@code
 * cohort} and {@code compare}, with a good file in every other place.
 *
 * <p>{@code validate} is the one command that lists a rubric's problems on lines of their own, by
 * design: after the line naming the file, each further line is one problem, indented, with its
 * path.
 */
class CliBadInputTest {

  private static final Path BAD = Path.of("../centricity-core/src/test/resources/bad");
  private static final Path SURVEY = Path.of("src/test/resources/cohorts/team-survey.csv");

  @TempDir static Path dir;

  static Path orientation;
  static Path context;

  @BeforeAll
  static void writeGoodAndBadFiles() throws IOException {
    orientation = dir.resolve("good-orientation.json");
    Files.writeString(
        orientation, ResponseFormat.toJson(SampleOrganisation.SALES_TALK.orientation()));
    context = dir.resolve("good-context.json");
    Files.writeString(context, ResponseFormat.toJson(SampleOrganisation.SALES_TALK.context()));

    Path made = Files.createDirectories(dir.resolve("made"));
    // responses (to the default rubric product-customer-centricity@1.0.1)
    write(made, "response-empty.json", "");
    write(made, "response-blank.yaml", "  \n\n\t\n");
    Files.write(made.resolve("response-binary.json"), binary());
    write(made, "response-nul-bytes.json", "{\"answers\": {\u0000\u0000}}");
    write(
        made,
        "response-truncated.json",
        "{\"rubric\": \"product-customer-centricity@1.0.1\", \"ans");
    write(made, "response-truncated-value.json", "{\"answers\": {\"rewards.sales-volume\": 4");
    write(made, "response-nan.json", "{\"answers\": {\"rewards.sales-volume\": NaN}}");
    write(made, "response-nan-text.yaml", "answers: {rewards.sales-volume: .nan}\n");
    write(made, "response-infinity.yaml", "answers: {rewards.sales-volume: .inf}\n");
    write(made, "response-huge-exponent.json", "{\"answers\": {\"rewards.sales-volume\": 1e400}}");
    write(made, "response-huge-long.json", "{\"answers\": {\"rewards.sales-volume\": 4294967300}}");
    write(made, "response-boolean.yaml", "answers: {rewards.sales-volume: yes}\n");
    write(made, "response-fraction.json", "{\"answers\": {\"rewards.sales-volume\": 4.5}}");
    write(made, "response-negative.json", "{\"answers\": {\"rewards.sales-volume\": -3}}");
    write(made, "response-zero.json", "{\"answers\": {\"rewards.sales-volume\": 0}}");
    write(made, "response-off-scale.json", "{\"answers\": {\"rewards.sales-volume\": 6}}");
    write(
        made,
        "response-several-problems.json",
        "{\"answers\": {\"rewards.sales-volume\": 9, \"rewards.launches\": 0, \"no.such\": 3}}");
    write(made, "response-unknown-trait.json", "{\"answers\": {\"rewards.sales-volumes\": 3}}");
    write(
        made,
        "response-wrong-rubric-id.json",
        "{\"rubric\": \"other-rubric@1.0.0\", \"answers\": {\"rewards.sales-volume\": 3}}");
    write(
        made,
        "response-wrong-rubric-version.json",
        "{\"rubric\": \"product-customer-centricity@9.9.9\", \"answers\": {}}");
    write(made, "response-malformed-rubric-reference.json", "{\"rubric\": \"@\", \"answers\": {}}");
    write(
        made,
        "response-deep-nesting.json",
        "{\"answers\": " + "[".repeat(200) + "]".repeat(200) + "}");
    write(made, "response-long-text.json", "{\"respondent\": \"" + "x".repeat(200_000) + "\"}");
    write(made, "response-tab-indent.yaml", "answers:\n\trewards.sales-volume: 3\n");
    write(made, "response-list.yaml", "- 1\n- 2\n");
    // rubrics
    write(made, "rubric-empty.yaml", "");
    Files.write(made.resolve("rubric-binary.json"), binary());
    write(made, "rubric-truncated.yaml", "id: cut\nversion: 1.0.0\npoles:\n  - { id: prod");
    write(
        made,
        "rubric-a-response.json",
        ResponseFormat.toJson(SampleOrganisation.SALES_TALK.orientation()));
    // cohorts
    write(made, "cohort-empty.csv", "");
    write(made, "cohort-blank-lines.csv", "\n\r\n\n");
    Files.write(made.resolve("cohort-binary.csv"), binary());
    // a column that matches no trait is metadata, not an error; two columns for one trait are
    write(
        made,
        "cohort-two-columns-one-trait.csv",
        "respondent,group,rewards.insight,rewards.insight\nr1,A,4,4\n");
    write(made, "cohort-unknown-column.csv", "respondent,group,colour\nr1,A,blue\n");
    // no column is a trait of the rubric (a column that is not one is metadata, so one real trait
    // column would make the file good)
    write(
        made, "cohort-wrong-rubric-columns.csv", "respondent,rewards.volume,focus.aims\nr1,3,3\n");
    write(made, "cohort-repeated-column.csv", "group,rewards.launches,GROUP\nA,3,B\n");
    write(made, "cohort-nameless-column.csv", "respondent,,rewards.launches\nr1,x,3\n");
    write(made, "cohort-unclosed-quote-header.csv", "respondent,\"group\nr1,A\n");
    write(made, "cohort-unclosed-quote-row.csv", "respondent,rewards.launches\nr1,3\n\"r2,4\n");
    write(
        made,
        "cohort-long-field.csv",
        "respondent,rewards.launches\n" + "y".repeat(100_001) + ",3\n");
    Files.write(
        made.resolve("cohort-latin1.csv"),
        "group,rewards.launches\nR\u00e9seau,3\n".getBytes(StandardCharsets.ISO_8859_1));
    // anything: a directory, a file that is not there, a file beyond the size limit
    Files.createDirectories(dir.resolve("a-directory.json"));
    Files.createDirectories(dir.resolve("a-directory.csv"));
    try (RandomAccessFile sparse =
        new RandomAccessFile(dir.resolve("too-large.json").toFile(), "rw")) {
      sparse.setLength(17L << 20);
    }
  }

  private static void write(Path folder, String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** A PNG signature, then every byte value: not UTF-8 text. */
  private static byte[] binary() {
    byte[] bytes = new byte[8 + 256];
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(png, 0, bytes, 0, png.length);
    for (int b = 0; b < 256; b++) {
      bytes[8 + b] = (byte) (255 - b);
    }
    return bytes;
  }

  /** The files of a kind, by name prefix, from the copied core files and those made here. */
  private static List<Path> files(String prefix) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(BAD, dir.resolve("made"))) {
      try (Stream<Path> s = Files.list(folder)) {
        s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().forEach(files::add);
      }
    }
    return files;
  }

  static Stream<Arguments> responseCases() throws IOException {
    List<Path> bad = new ArrayList<>(files("response-"));
    bad.add(dir.resolve("a-directory.json"));
    bad.add(dir.resolve("not-there.json"));
    bad.add(dir.resolve("too-large.json"));
    bad.add(Path.of("/"));
    List<Arguments> cases = new ArrayList<>();
    for (Path f : bad) {
      String s = f.toString();
      cases.add(bad(f, "score", s));
      cases.add(bad(f, "score", "--format", "json", "--policy", "neutral", s));
      cases.add(bad(f, "fit", "--orientation", s, "--context", context.toString()));
      cases.add(bad(f, "fit", "--orientation", orientation.toString(), "--context", s));
      cases.add(bad(f, "compare", s, orientation.toString()));
      cases.add(bad(f, "compare", orientation.toString(), s));
    }
    return cases.stream();
  }

  static Stream<Arguments> rubricCases() throws IOException {
    List<Path> bad = new ArrayList<>(files("rubric-"));
    bad.add(dir.resolve("a-directory.json"));
    bad.add(dir.resolve("not-there.yaml"));
    bad.add(dir.resolve("too-large.json"));
    List<Arguments> cases = new ArrayList<>();
    String o = orientation.toString();
    String c = context.toString();
    for (Path f : bad) {
      String s = f.toString();
      cases.add(bad(f, "rubric", "--rubric", s));
      cases.add(bad(f, "rubric", "--format", "markdown", "--rubric", s));
      cases.add(bad(f, "score", "--rubric", s, o));
      cases.add(bad(f, "cohort", "--rubric", s, SURVEY.toString()));
      cases.add(bad(f, "fit", "--orientation-rubric", s, "--orientation", o, "--context", c));
      cases.add(bad(f, "fit", "--context-rubric", s, "--orientation", o, "--context", c));
      cases.add(bad(f, "compare", "--rubric", s, o, o));
    }
    return cases.stream();
  }

  static Stream<Arguments> validateCases() throws IOException {
    List<Path> bad = new ArrayList<>(files("rubric-"));
    bad.add(dir.resolve("a-directory.json"));
    bad.add(dir.resolve("not-there.yaml"));
    bad.add(dir.resolve("too-large.json"));
    return bad.stream().map(f -> bad(f, "validate", f.toString()));
  }

  static Stream<Arguments> cohortCases() throws IOException {
    List<Path> bad = new ArrayList<>(files("cohort-"));
    bad.add(dir.resolve("a-directory.csv"));
    bad.add(dir.resolve("not-there.csv"));
    List<Arguments> cases = new ArrayList<>();
    for (Path f : bad) {
      String s = f.toString();
      cases.add(bad(f, "cohort", s));
      cases.add(bad(f, "cohort", "--format", "json", "--group-by", "team", s));
      cases.add(bad(f, "compare", s, SURVEY.toString()));
      cases.add(bad(f, "compare", SURVEY.toString(), s));
    }
    return cases.stream();
  }

  private static Arguments bad(Path file, String... args) {
    return Arguments.of(String.join(" ", args).replace(dir.toString(), "<tmp>"), file, args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"responseCases", "rubricCases", "cohortCases"})
  void should_exit_2_with_one_line_naming_the_file(String title, Path file, String[] args) {
    // WHEN
    Run r = CentricityCliTest.run(args);
    // THEN
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).as("stderr").singleElement();
    assertNoStackTrace(r);
    assertThat(r.err()).as("stderr").startsWith("centricity: ").contains(file.toString());
    if (String.join(" ", args).contains("--format json")) {
      // a program asking for JSON gets the error as one JSON line, naming the file too
      assertThat(r.out().lines()).as("stdout").singleElement();
      JsonNode error = JsonMapper.builder().build().readTree(r.out()).get("error");
      assertThat(error.get("message").asString()).contains(file.toString());
    } else {
      assertThat(r.out()).as("stdout").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validateCases")
  void should_exit_2_naming_the_file_and_list_only_problems_after_it(
      String title, Path file, String[] args) {
    // WHEN
    Run r = CentricityCliTest.run(args);
    // THEN the first line names the file; any further line is one problem with its path
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(CentricityCli.BAD_INPUT);
    List<String> lines = r.err().lines().collect(Collectors.toList());
    assertThat(lines).as("stderr").isNotEmpty();
    assertThat(lines.get(0)).as("first line").startsWith(file.toString());
    assertThat(lines.subList(1, lines.size()))
        .as("problem lines")
        .allMatch(l -> l.startsWith("  /"));
    assertNoStackTrace(r);
    assertThat(r.out()).as("stdout").isEmpty();
  }

  @Test
  void should_exit_2_with_one_line_for_a_response_compared_with_a_cohort() {
    Run r = CentricityCliTest.run("compare", orientation.toString(), SURVEY.toString());
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err()).contains(orientation.toString(), SURVEY.toString());
    assertNoStackTrace(r);
  }

  @Test
  void should_put_a_response_with_several_problems_on_one_line() {
    // GIVEN three problems, which the library lists on lines of their own
    Path several = dir.resolve("made/response-several-problems.json");
    // WHEN
    Run r = CentricityCliTest.run("score", several.toString());
    // THEN they follow the head line's colon, separated by semicolons
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err().strip())
        .isEqualTo(
            "centricity: "
                + several
                + ": response does not fit the rubric: 3 problems:"
                + " /answers/rewards.sales-volume: answer to trait 'rewards.sales-volume' must be a"
                + " whole number from 1 to 5 but was 9;"
                + " /answers/rewards.launches: answer to trait 'rewards.launches' must be a whole"
                + " number from 1 to 5 but was 0;"
                + " /answers/no.such: rubric 'product-customer-centricity@1.0.1' has no trait"
                + " 'no.such'");
  }

  // --- endless and special inputs (issue 18): limits hold while reading, whatever the source ---

  @Test
  @EnabledOnOs(OS.LINUX)
  void should_read_a_cohort_from_a_fifo_as_from_the_file() throws Exception {
    // GIVEN the team survey through a named pipe, and the same file read directly
    Path fifo = fifo("survey.csv");
    feed(fifo, Files.readAllBytes(SURVEY), false);
    // WHEN
    Run piped = CentricityCliTest.run("cohort", "--format", "json", fifo.toString());
    Run direct = CentricityCliTest.run("cohort", "--format", "json", SURVEY.toString());
    // THEN the same report, but for the source's name
    assertThat(piped.code()).as("stderr: %s", piped.err()).isZero();
    assertThat(piped.out().replace(fifo.toString(), "X"))
        .isEqualTo(direct.out().replace(SURVEY.toString(), "X"));
  }

  // --- writes that fail (issue 18): exit 2 with one line, never a silent 0 ---

  @Test
  void should_exit_2_saying_why_when_standard_output_fails() {
    // GIVEN standard output on a writer that fails as a full disk does
    Writer full =
        new Writer() {
          @Override
          public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    // WHEN
    int code =
        CentricityCli.run(
            CheckedWriter.of(full), new PrintWriter(err), "score", "--sample", "sales-talk");
    // THEN
    assertThat(code).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(err.toString())
        .isEqualTo("centricity: cannot write to standard output: no space left on device\n");
  }

  @Test
  void should_exit_2_when_a_plain_print_writer_swallowed_an_error() {
    // GIVEN a PrintWriter (which keeps only a flag) over a writer that is already closed
    PrintWriter out =
        new PrintWriter(
            new Writer() {
              @Override
              public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("Stream closed");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });
    StringWriter err = new StringWriter();
    // WHEN
    int code = CentricityCli.run(out, new PrintWriter(err), "rubric");
    // THEN
    assertThat(code).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(err.toString()).startsWith("centricity: cannot write to standard output");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void should_exit_2_when_standard_output_is_dev_full() throws Exception {
    // WHEN the report goes to /dev/full, where every write fails with ENOSPC
    Tool t = Tool.run("-Xmx128m", "score --sample sales-talk > /dev/full");
    // THEN
    assertThat(t.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(t.err())
        .isEqualTo("centricity: cannot write to standard output: no space left on device\n");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void should_exit_2_when_standard_output_is_closed() throws Exception {
    // WHEN standard output is closed before the tool starts
    Tool t = Tool.run("-Xmx128m", "rubric >&-");
    // THEN
    assertThat(t.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(t.err().lines()).singleElement();
    assertThat(t.err()).startsWith("centricity: cannot write to standard output: ");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void should_exit_2_naming_the_reason_when_the_out_file_cannot_be_written() {
    // WHEN --out names /dev/full, which is written in place (it is no regular file)
    Run r = CentricityCliTest.run("score", "--sample", "sales-talk", "--out", "/dev/full");
    // THEN the file and the system's reason, not the file's name twice
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo("centricity: cannot write /dev/full: no space left on device");
  }

  @Test
  void should_exit_2_naming_the_missing_folder_of_an_out_file() {
    // GIVEN a folder that does not exist
    Path out = dir.resolve("no-such-folder/report.txt");
    // WHEN
    Run r = CentricityCliTest.run("rubric", "--out", out.toString());
    // THEN
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err())
        .startsWith("centricity: cannot write " + out + ": ")
        .contains("does not exist");
  }

  @Test
  void should_exit_2_when_the_out_file_is_a_folder() throws IOException {
    // GIVEN an empty folder, which a move could replace
    Path folder = Files.createDirectories(dir.resolve("out-folder"));
    // WHEN
    Run r = CentricityCliTest.run("rubric", "--out", folder.toString());
    // THEN refused, and the folder is still a folder
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().strip())
        .isEqualTo("centricity: cannot write " + folder + ": it is a folder");
    assertThat(folder).isDirectory();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void should_leave_the_previous_out_file_as_it_was_when_writing_fails() throws Exception {
    // GIVEN an output file from an earlier run, and a limit of 1 KiB on the size of files the
    // tool may write (ulimit -f), far less than the rubric's 30 KiB of YAML
    Path out = dir.resolve("earlier-output.yaml");
    Files.writeString(out, "the earlier output\n");
    // WHEN
    Tool t = Tool.run("-Xmx128m", "rubric --out " + out, "ulimit -f 1");
    // THEN exit 2 with the reason, the earlier output whole, and no temporary file left behind
    assertThat(t.code()).as("stderr: %s", t.err()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(t.err()).isEqualTo("centricity: cannot write " + out + ": file too large\n");
    assertThat(out).hasContent("the earlier output");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void should_replace_an_out_file_whole_and_keep_its_permissions() throws IOException {
    // GIVEN an earlier output that others may read
    Path out = dir.resolve("replaced.yaml");
    Files.writeString(out, "earlier");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
    // WHEN
    Run r = CentricityCliTest.run("rubric", "--out", out.toString());
    // THEN the new output, readable as before
    assertThat(r.code()).as("stderr: %s", r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("id: product-customer-centricity");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void should_print_nothing_but_the_report_from_a_fresh_jvm() throws Exception {
    // WHEN the tool runs in a JVM of its own, logging set up by nothing but its class path
    Tool t = Tool.run("-Xmx128m", "score --sample sales-talk");
    // THEN no SLF4J warning (no provider found) or any other line on stderr
    assertThat(t.code()).isZero();
    assertThat(t.err()).isEmpty();
    assertThat(t.out()).contains("Band:");
  }

  // --- --out naming an input (issue 18) ---

  static Stream<Arguments> outIsAnInputCases() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("out-is-input"));
    Path survey = folder.resolve("survey.csv");
    Files.copy(SURVEY, survey, StandardCopyOption.REPLACE_EXISTING);
    Path response = folder.resolve("response.json");
    Files.copy(orientation, response, StandardCopyOption.REPLACE_EXISTING);
    Path rubric = folder.resolve("rubric.yaml");
    Files.writeString(
        rubric,
        dev.centricity.core.io.RubricFormat.toYaml(
            dev.centricity.rubric.DefaultRubrics.productCustomer()));
    Path link = folder.resolve("link-to-survey.csv");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, survey.getFileName());
    String s = survey.toString();
    String viaDots = folder.resolve("../out-is-input/survey.csv").toString();
    return Stream.of(
        Arguments.of(survey, new String[] {"cohort", "--out", s, s}),
        Arguments.of(survey, new String[] {"cohort", "--out", viaDots, s}),
        Arguments.of(survey, new String[] {"cohort", "--out", link.toString(), s}),
        Arguments.of(
            response, new String[] {"score", "--out", response.toString(), response.toString()}),
        Arguments.of(
            rubric,
            new String[] {
              "score",
              "--rubric",
              rubric.toString(),
              "--out",
              rubric.toString(),
              response.toString()
            }),
        Arguments.of(
            rubric,
            new String[] {"rubric", "--rubric", rubric.toString(), "--out", rubric.toString()}),
        Arguments.of(survey, new String[] {"plan", "--cohort", s, "--out", s}));
  }

  @ParameterizedTest
  @MethodSource("outIsAnInputCases")
  void should_refuse_an_out_file_that_is_one_of_the_inputs(Path input, String[] args)
      throws IOException {
    // GIVEN an input and its content
    byte[] before = Files.readAllBytes(input);
    // WHEN --out names the same file, by any name
    Run r = CentricityCliTest.run(args);
    // THEN refused in one line, and the input is untouched
    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err()).contains("is also an input");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  // --- options that do something else (issue 18) ---

  static Stream<Arguments> groupByCases() {
    String s = SURVEY.toString();
    return Stream.of(
        Arguments.of("respondent", new String[] {"cohort", "--group-by", "respondent", s}),
        Arguments.of("RESPONDENT", new String[] {"cohort", "--group-by", "RESPONDENT", s}),
        Arguments.of("", new String[] {"cohort", "--group-by", "", s}),
        Arguments.of(" ", new String[] {"cohort", "--group-by", " ", s}),
        Arguments.of("respondent", new String[] {"compare", "--group-by", "respondent", s, s}),
        Arguments.of("", new String[] {"compare", "--group-by", "", s, s}),
        Arguments.of(
            "respondent", new String[] {"plan", "--cohort", s, "--group-by", "respondent"}),
        Arguments.of("", new String[] {"plan", "--cohort", s, "--group-by", ""}));
  }

  @ParameterizedTest
  @MethodSource("groupByCases")
  void should_refuse_a_group_column_that_cannot_hold_groups(String column, String[] args) {
    // WHEN --group-by is blank or the respondent column
    Run r = CentricityCliTest.run(args);
    // THEN a usage error naming the column, not an internal error
    assertThat(r.code()).as("stderr: %s", r.err()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err())
        .contains("--group-by")
        .contains("'" + column + "'")
        .doesNotContain("internal");
    assertNoStackTrace(r);
  }

  @Test
  void should_print_a_usage_error_on_one_line_with_a_hint() {
    // WHEN
    Run r = CentricityCliTest.run("score", "--formt", "json");
    // THEN one line: what is wrong, a suggestion and where to read more; not the whole usage
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err())
        .contains("'--formt'")
        .contains("did you mean --format")
        .endsWith("see 'centricity score --help'\n")
        .doesNotContain("Usage:");
  }

  // --- the terminal (issue 18): control characters from a file are escaped in every message ---

  @Test
  void should_escape_control_characters_of_a_file_in_the_message() throws IOException {
    // GIVEN a response whose unknown trait holds ESC (a terminal colour code), NUL and a line break
    Path f = dir.resolve("control-characters.json");
    Files.writeString(
        f, "{\"answers\": {\"x\\u001b[31mred\\u0000\\nforged line\": 3}}", StandardCharsets.UTF_8);
    // WHEN
    Run r = CentricityCliTest.run("score", f.toString());
    // THEN one line, with the characters shown as escapes
    assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(r.err().lines()).singleElement();
    assertThat(r.err().strip()).doesNotContain("\u001b", "\u0000", "\r");
    assertThat(r.err()).contains("\\u001b[31mred");
  }

  @Test
  void should_escape_control_characters_of_a_file_name_and_an_argument() throws IOException {
    // GIVEN a file whose name holds ESC and a line break, and an option value with ESC
    Path f = dir.resolve("name\u001b[2J\nforged.json");
    Files.writeString(f, "{\"answers\": {\"rewards.sales-volume\": 9}}");
    // WHEN
    Run file = CentricityCliTest.run("score", f.toString());
    Run option = CentricityCliTest.run("score", "--format", "\u001b[31mred", "--sample", "x");
    Run validate = CentricityCliTest.run("validate", f.toString());
    // THEN
    for (Run r : List.of(file, option, validate)) {
      assertThat(r.code()).isEqualTo(CentricityCli.BAD_INPUT);
      assertThat(r.err().lines()).as(r.err()).singleElement();
      assertThat(r.err()).doesNotContain("\u001b").contains("\\u001b");
    }
  }

  // --- messages for people (issue 17): long lists summarised, the whole list in JSON ---

  @Test
  void should_summarise_a_long_list_of_problems_and_give_all_of_them_in_json() throws Exception {
    // GIVEN one answer of the default rubric's 49 traits, scored under --policy reject: 48 problems
    Path f = dir.resolve("one-answer.json");
    Files.writeString(f, "{\"answers\": {\"rewards.sales-volume\": 3}}");
    // WHEN
    Run text = CentricityCliTest.run("score", "--policy", "reject", f.toString());
    Run json =
        CentricityCliTest.run("score", "--policy", "reject", "--format", "json", f.toString());
    // THEN one short line: the first 3 problems and a count of the other 45 (48 - 3)
    assertThat(text.code()).isEqualTo(CentricityCli.BAD_INPUT);
    assertThat(text.err().lines()).singleElement();
    assertThat(text.err())
        .contains("48 problems")
        .contains("/answers/focus.market-share")
        .contains("and 45 more (--format json lists all)")
        .doesNotContain("/answers/organisation.staff-and-customers");
    assertThat(text.err().length()).isLessThan(600);
    // and in JSON the whole list, every problem with its path
    assertThat(json.code()).isEqualTo(CentricityCli.BAD_INPUT);
    JsonNode error = JsonMapper.builder().build().readTree(json.out()).get("error");
    assertThat(error.get("problems")).hasSize(48);
    assertThat(error.get("problems").get(47).get("path").asString())
        .isEqualTo("/answers/organisation.staff-and-customers");
    assertThat(json.err()).contains("and 45 more");
  }

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err())
        .as("stderr")
        .doesNotContain("Exception", "Error:", "\tat ", "at dev.", "at java.", "at picocli.")
        .doesNotContainPattern("\\b(java|javax|tools\\.jackson|org\\.snakeyaml)\\.[a-z]+\\.");
  }

  /** A named pipe in the test folder. */
  private static Path fifo(String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve("fifo-" + name);
    Files.deleteIfExists(fifo);
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).as("mkfifo").isZero();
    return fifo;
  }

  /**
   * Writes bytes to a named pipe on a thread of its own: once, or over and over until the reader
   * closes the pipe.
   */
  private static Thread feed(Path fifo, byte[] bytes, boolean endless) {
    Thread t =
        new Thread(
            () -> {
              try (var out = Files.newOutputStream(fifo)) {
                do {
                  out.write(bytes);
                } while (endless);
              } catch (IOException e) {
                // the reader closed the pipe: what an endless writer waits for
              }
            },
            "fifo-writer");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** One run of the tool in a Java process of its own, started by a shell. */
  record Tool(int code, String out, String err) {

    /**
     * Runs {@code centricity} with the test's class path.
     *
     * @param heap the JVM's heap option, such as -Xmx128m
     * @param arguments the tool's arguments and redirections, as a shell reads them
     * @param setup shell commands run first, such as a ulimit
     */
    static Tool run(String heap, String arguments, String... setup) throws Exception {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String command =
          String.join("; ", setup)
              + (setup.length > 0 ? "; " : "")
              + "exec '"
              + java
              + "' "
              + heap
              + " -cp \"$CP\" dev.centricity.examples.cli.CentricityCli "
              + arguments;
      ProcessBuilder b = new ProcessBuilder("bash", "-c", command);
      b.environment().put("CP", System.getProperty("java.class.path"));
      Path out = Files.createTempFile(dir, "tool-out", ".txt");
      Path err = Files.createTempFile(dir, "tool-err", ".txt");
      b.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = b.start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the tool finished").isTrue();
      return new Tool(p.exitValue(), Files.readString(out), Files.readString(err));
    }
  }
}
