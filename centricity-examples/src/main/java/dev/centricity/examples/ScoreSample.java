package dev.centricity.examples;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.rubric.SampleOrganisation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The main job until the command-line tool lands: scores a response against the default rubric and
 * prints a readable report followed by the scorecard as JSON.
 *
 * <pre>
 * java -jar centricity-examples/target/centricity.jar            # the bundled sample organisation
 * java -jar centricity-examples/target/centricity.jar FILE.json  # a response file of your own
 * </pre>
 *
 * <p>Exit codes: 0 success, 2 bad input (one line on stderr), 1 an internal error.
 */
public final class ScoreSample {

  private ScoreSample() {}

  /**
   * Runs the job.
   *
   * @param args an optional response file (JSON or YAML)
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Rubric rubric = DefaultRubrics.productCustomer();
      Response response =
          args.length > 0
              ? ResponseFormat.read(Path.of(args[0]))
              : SampleOrganisation.SALES_TALK.orientation();
      Scorecard card = Scorer.of(rubric).score(response);
      out.print(TextReport.render(card, rubric));
      out.println();
      out.println("Scorecard as JSON:");
      out.println(ScorecardFormat.toPrettyJson(card));
      return 0;
    } catch (CentricityException e) {
      err.println("centricity: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      err.println("centricity: internal error: " + e);
      return 1;
    }
  }
}
