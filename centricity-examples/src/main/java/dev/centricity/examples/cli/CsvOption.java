package dev.centricity.examples.cli;

import dev.centricity.core.io.CohortReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --delimiter} and {@code --encoding} options of the commands that read cohort CSV: the
 * separator and charset when detecting them is not enough (see docs/cohorts.md).
 */
final class CsvOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description =
          "The separator of a cohort CSV: ',' ';' '|' or 'tab' (default: the most frequent of the"
              + " four in the header).")
  String delimiter;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "The charset of a cohort CSV, such as windows-1252 or ISO-8859-1 (default: UTF-8, or"
              + " UTF-16 when the file starts with its byte-order mark).")
  String encoding;

  /**
   * The options of this mixin given on the command line, as the command line spells them.
   *
   * @return the options given, in the order they are declared
   */
  java.util.List<String> given() {
    java.util.List<String> given = new java.util.ArrayList<>();
    if (delimiter != null) {
      given.add("--delimiter");
    }
    if (encoding != null) {
      given.add("--encoding");
    }
    return given;
  }

  /**
   * The reader with the separator and charset asked for.
   *
   * @param reader the reader
   * @return the reader, changed only by the options given
   * @throws ParameterException (exit 2) if the separator or charset is not one that exists
   */
  CohortReader apply(CohortReader reader) {
    CohortReader result = reader.withDetectedSeparator();
    if (delimiter != null) {
      String d = delimiter.equalsIgnoreCase("tab") ? "\t" : delimiter;
      if (d.length() != 1 || CohortReader.SEPARATORS.indexOf(d.charAt(0)) < 0) {
        throw new ParameterException(
            mixee.commandLine(),
            String.format(
                Locale.ROOT,
                "--delimiter must be one of ',' ';' '|' 'tab' but was '%s'",
                delimiter));
      }
      result = result.withSeparator(d.charAt(0));
    }
    if (encoding != null) {
      try {
        result = result.withCharset(Charset.forName(encoding));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new ParameterException(
            mixee.commandLine(),
            String.format(
                Locale.ROOT,
                "--encoding names no charset this Java knows: '%s' (try UTF-8, UTF-16,"
                    + " windows-1252 or ISO-8859-1)",
                encoding));
      }
    }
    return result;
  }
}
