package dev.centricity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.io.ResponseFormat;
import dev.centricity.examples.cli.CentricityCliTest.Run;
import dev.centricity.rubric.SampleOrganisation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    assertThat(r.out()).as("stdout").isEmpty();
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

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err())
        .as("stderr")
        .doesNotContain("Exception", "Error:", "\tat ", "at dev.", "at java.", "at picocli.");
  }
}
