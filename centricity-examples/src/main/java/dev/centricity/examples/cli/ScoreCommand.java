package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.io.ScorecardFormat;
import dev.centricity.examples.HtmlReport;
import dev.centricity.examples.TextReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin RubricOption rubric;

  @Mixin PolicyOption policy;

  @Mixin ReportFormatOption format;

  @Mixin OutOption out;

  @Mixin LanguageOption language;

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
    Rubric rubric = this.rubric.orientation();
    Scorer scorer = Scorer.of(rubric, policy.applyTo(rubric));
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
    switch (format.get()) {
      case json:
        for (Scorecard c : cards) {
          text.append(ScorecardFormat.toJson(c)).append('\n');
        }
        break;
      case html:
        text.append(HtmlReport.render(cards, language.of(rubric)));
        break;
      default:
        dev.centricity.examples.ReportLanguage shown = language.of(rubric);
        for (int i = 0; i < cards.size(); i++) {
          if (i > 0) {
            text.append('\n').append("=".repeat(72)).append("\n\n");
          }
          text.append(TextReport.render(cards.get(i), shown));
        }
    }
    out.write(text.toString());
    return 0;
  }
}
