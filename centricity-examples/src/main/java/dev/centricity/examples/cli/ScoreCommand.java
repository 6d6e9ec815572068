package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.examples.HtmlReport;
import dev.centricity.examples.TextReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity score}: scores response files against a rubric. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores one or more response files (JSON or YAML) against the default rubric or --rubric.",
      "Text prints a report; JSON prints one scorecard per line; HTML writes one self-contained page."
    })
final class ScoreCommand implements Callable<Integer> {

  enum Format {
    text,
    json,
    html
  }

  enum Policy {
    skip,
    neutral,
    reject
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--rubric", paramLabel = "FILE", description = "A rubric file (YAML or JSON).")
  Path rubricFile;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description = "Missing answers: ${COMPLETION-CANDIDATES} (default: the rubric's own).")
  Policy policy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      description = "Score a bundled sample: tableware, online-retailer or sales-talk.")
  String sample;

  @Parameters(paramLabel = "RESPONSE", arity = "0..*", description = "Response files.")
  List<Path> responses = new ArrayList<>();

  @Override
  public Integer call() {
    if (responses.isEmpty() && sample == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give at least one RESPONSE file, or --sample NAME");
    }
    Rubric rubric = Inputs.orientationRubric(rubricFile);
    ScoringPolicy p =
        policy == null
            ? rubric.policy()
            : ScoringPolicy.from(rubric.policy())
                .missing(ScoringPolicy.MissingAnswers.valueOf(policy.name().toUpperCase()))
                .build();
    Scorer scorer = Scorer.of(rubric, p);
    List<Scorecard> cards = new ArrayList<>();
    if (sample != null) {
      cards.add(scorer.score(Inputs.sample(sample).orientation()));
    }
    for (Path file : responses) {
      Response r = Inputs.response(file);
      try {
        cards.add(scorer.score(r));
      } catch (CentricityException e) {
        throw Inputs.prefixed(file, e);
      }
    }
    StringBuilder text = new StringBuilder();
    switch (format) {
      case json:
        for (Scorecard c : cards) {
          text.append(ScorecardFormat.toJson(c)).append('\n');
        }
        break;
      case html:
        text.append(HtmlReport.render(cards, rubric));
        break;
      default:
        for (int i = 0; i < cards.size(); i++) {
          if (i > 0) {
            text.append('\n').append("=".repeat(72)).append("\n\n");
          }
          text.append(TextReport.render(cards.get(i), rubric));
        }
    }
    Inputs.write(out, text.toString(), spec.commandLine().getOut());
    return 0;
  }
}
