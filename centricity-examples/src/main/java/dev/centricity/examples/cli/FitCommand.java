package dev.centricity.examples.cli;

import dev.centricity.core.Fit;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.examples.Json;
import dev.centricity.rubric.DefaultRubrics;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code centricity fit}: compares where an organisation stands with what its situation calls for.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = {
      "Compares an orientation response (where the organisation stands) with a context response",
      "(what its situation calls for), overall and dimension by dimension."
    })
final class FitCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--orientation",
      required = true,
      paramLabel = "RESPONSE",
      description = "A response to the orientation rubric.")
  Path orientation;

  @Option(
      names = "--context",
      required = true,
      paramLabel = "RESPONSE",
      description = "A response to the context rubric.")
  Path context;

  @Option(names = "--orientation-rubric", paramLabel = "FILE", description = "Default: built in.")
  Path orientationRubric;

  @Option(names = "--context-rubric", paramLabel = "FILE", description = "Default: built in.")
  Path contextRubric;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Rubric o = Inputs.orientationRubric(orientationRubric);
    Rubric c = Inputs.rubric(contextRubric, DefaultRubrics.context());
    Scorecard oc = score(o, orientation);
    Scorecard cc = score(c, context);
    Fit fit;
    try {
      fit = Fit.of(oc, cc);
    } catch (dev.centricity.core.CentricityException e) {
      throw new CentricityCli.InputException(
          orientation + " and " + context + ": " + e.getMessage(), e);
    }
    StringBuilder text = new StringBuilder();
    if (format == Format.json) {
      text.append(Json.write(fit)).append('\n');
    } else {
      text.append(fit.reading()).append("\n\n");
      text.append(
          String.format(
              Locale.ROOT,
              "Orientation index:  %+.3f  (%s)%nRecommended index:  %+.3f  (%s)%nGap:                %+.3f%n",
              fit.orientationIndex(),
              oc.band().orElse("-"),
              fit.recommendedIndex(),
              cc.band().orElse("-"),
              fit.gap()));
      text.append("\nGap by dimension of the orientation\n");
      for (Fit.DimensionGap g : fit.dimensions()) {
        String name = o.dimension(g.id()).map(d -> d.name()).orElse(g.id());
        text.append(
            String.format(Locale.ROOT, "  %-32s %+.3f (index %+.3f)%n", name, g.gap(), g.index()));
      }
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static Scorecard score(Rubric rubric, Path file) {
    Response r = Inputs.response(file);
    try {
      return Scorer.of(rubric).score(r);
    } catch (dev.centricity.core.CentricityException e) {
      throw Inputs.prefixed(file, e);
    }
  }
}
