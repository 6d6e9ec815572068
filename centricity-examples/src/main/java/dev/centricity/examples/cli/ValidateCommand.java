package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.Problem;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.io.RubricFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code centricity validate}: checks rubric files. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks rubric files (or bundled rubrics by id) and lists every problem with its path, or"
            + " says each is valid.")
final class ValidateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "RUBRIC",
      arity = "1..*",
      description = "Rubric files (YAML or JSON), or ids of bundled rubrics.")
  List<Path> rubrics;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    for (Path file : rubrics) {
      try {
        Rubric r =
            Inputs.bundled(file).orElseGet(() -> RubricFormat.read(Inputs.requireFile(file)));
        out.printf(
            Locale.ROOT,
            "%s: valid (%s, %d dimensions, %d traits, %d worked examples hold)%n",
            Printable.safe(file.toString()),
            r.reference(),
            r.dimensions().size(),
            r.allTraits().size(),
            r.examples().size());
      } catch (RubricValidationException e) {
        invalid++;
        err.printf(
            Locale.ROOT,
            "%s: invalid, %d problem%s%n",
            Printable.safe(file.toString()),
            e.problems().size(),
            e.problems().size() == 1 ? "" : "s");
        for (Problem p : e.problems()) {
          err.println("  " + Printable.safe(p.toString()));
        }
      } catch (CentricityException e) {
        invalid++;
        err.println(CentricityCli.summary(Inputs.prefixed(file, e).getMessage(), false));
      }
    }
    out.flush();
    err.flush();
    return invalid == 0 ? 0 : CentricityCli.BAD_INPUT;
  }
}
