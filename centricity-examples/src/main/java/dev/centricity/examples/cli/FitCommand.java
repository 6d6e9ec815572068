package dev.centricity.examples.cli;

import dev.centricity.core.Fit;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.examples.Json;
import dev.centricity.examples.ReportLanguage;
import dev.centricity.rubric.DefaultRubrics;
import dev.centricity.rubric.SampleOrganisation;
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
      "(what its situation calls for), overall and dimension by dimension. --sample NAME",
      "compares a bundled sample organisation's two responses."
    })
final class FitCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--orientation",
      paramLabel = "RESPONSE",
      description = "A response to the orientation rubric.")
  Path orientation;

  @Option(
      names = "--context",
      paramLabel = "RESPONSE",
      description = "A response to the context rubric.")
  Path context;

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      description =
          "Both responses of a bundled sample instead: tableware, online-retailer or sales-talk.")
  String sample;

  @Option(
      names = "--orientation-rubric",
      paramLabel = "FILE",
      description = "A rubric file or the id of a bundled rubric (default: built in).")
  Path orientationRubric;

  @Option(
      names = "--context-rubric",
      paramLabel = "FILE",
      description = "A rubric file or the id of a bundled rubric (default: built in).")
  Path contextRubric;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @picocli.CommandLine.Mixin LanguageOption language;

  @Override
  public Integer call() {
    boolean files = orientation != null || context != null;
    if (sample == null ? orientation == null || context == null : files) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "give --orientation RESPONSE and --context RESPONSE, or --sample NAME");
    }
    Rubric o = Inputs.orientationRubric(orientationRubric);
    Rubric c = Inputs.rubric(contextRubric, DefaultRubrics.context());
    Scorecard oc;
    Scorecard cc;
    if (sample != null) {
      SampleOrganisation s = Inputs.sample(sample);
      oc = score(o, s.orientation(), "--sample " + sample);
      cc = score(c, s.context(), "--sample " + sample);
    } else {
      oc = score(o, orientation);
      cc = score(c, context);
    }
    Fit fit;
    try {
      fit = Fit.of(oc, cc);
    } catch (dev.centricity.core.CentricityException e) {
      String what = sample != null ? "--sample " + sample : orientation + " and " + context;
      throw new CentricityCli.InputException(what + ": " + e.getMessage(), e);
    }
    StringBuilder text = new StringBuilder();
    if (format == Format.json) {
      text.append(Json.write(fit)).append('\n');
    } else {
      ReportLanguage os = language.of(o);
      // the context rubric's band in the same language when it has texts in it, else its own
      ReportLanguage cs;
      try {
        cs = language.of(c);
      } catch (CentricityCli.InputException e) {
        cs = ReportLanguage.of(c);
      }
      text.append(reading(fit, os)).append("\n\n");
      text.append(label(os.get("fit.orientation")))
          .append(os.number("%+.3f", fit.orientationIndex()))
          .append("  (")
          .append(oc.band().map(os::band).orElse("-"))
          .append(")\n")
          .append(label(os.get("fit.recommended")))
          .append(os.number("%+.3f", fit.recommendedIndex()))
          .append("  (")
          .append(cc.band().map(cs::band).orElse("-"))
          .append(")\n")
          .append(label(os.get("fit.gap")))
          .append(os.number("%+.3f", fit.gap()))
          .append('\n');
      text.append('\n').append(os.get("fit.byDimension")).append('\n');
      for (Fit.DimensionGap g : fit.dimensions()) {
        String name = os.rubric().dimension(g.id()).map(d -> d.name()).orElse(g.id());
        text.append(
            String.format(
                Locale.ROOT,
                "  %-32s %s (%s)%n",
                name,
                os.number("%+.3f", g.gap()),
                os.get("fit.indexOf", os.number("%+.3f", g.index()))));
      }
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** A label and its colon, padded to the column of the values. */
  private static String label(String word) {
    String l = word + ":";
    return l.length() < 20 ? l + " ".repeat(20 - l.length()) : l + " ";
  }

  /**
   * Fit's reading, in the report's words: the same verdict and figures as {@link Fit#reading()}.
   */
  private static String reading(Fit fit, ReportLanguage language) {
    if (fit.excessPole().isEmpty()) {
      return language.get(
          "fit.fits", language.number("%.2f", Fit.TOLERANCE), language.number("%+.2f", fit.gap()));
    }
    String pole = fit.excessPole().get();
    if (language.texts().translation().isPresent()) {
      pole = language.rubric().pole(pole).map(p -> p.label()).orElse(pole);
    }
    return language.get(
        "fit.leans",
        language.get(Math.abs(fit.gap()) > Fit.LARGE ? "fit.muchFurther" : "fit.further"),
        pole,
        language.number("%+.2f", fit.gap()));
  }

  private static Scorecard score(Rubric rubric, Path file) {
    return score(rubric, Inputs.response(file), file.toString());
  }

  private static Scorecard score(Rubric rubric, Response r, String source) {
    try {
      return Scorer.of(rubric).score(r);
    } catch (dev.centricity.core.CentricityException e) {
      throw Inputs.prefixed(source, e);
    }
  }
}
