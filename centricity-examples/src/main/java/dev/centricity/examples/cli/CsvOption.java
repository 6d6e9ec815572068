package dev.centricity.examples.cli;

import dev.centricity.core.CentricityException;
import dev.centricity.core.io.CohortReader;
import dev.centricity.core.io.MappingFormat;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of the commands that read cohort CSV and workbooks: the separator and charset when
 * detecting them is not enough, rows to skip, a mapping file and strict columns (see
 * docs/survey-tools.md).
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

  @Option(
      names = "--skip-rows",
      paramLabel = "N",
      description =
          "Rows under the header that are not respondents, besides the header rows recognised by"
              + " their content (default: 0).")
  Integer skipRows;

  @Option(
      names = "--map",
      paramLabel = "FILE",
      description =
          "A mapping file (YAML): columns, labels and words for no answer that matching cannot"
              + " find; 'centricity map --write FILE EXPORT' writes a template.")
  Path map;

  @Option(
      names = "--strict-columns",
      description =
          "A column that answers no trait and is neither the respondent nor the group column is"
              + " an error, instead of metadata left unused.")
  boolean strictColumns;

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
    if (skipRows != null) {
      given.add("--skip-rows");
    }
    if (map != null) {
      given.add("--map");
    }
    if (strictColumns) {
      given.add("--strict-columns");
    }
    return given;
  }

  /**
   * The reader with the separator, charset, rows to skip, mapping and strictness asked for.
   *
   * @param reader the reader
   * @return the reader, changed only by the options given
   * @throws ParameterException (exit 2) if the separator or charset is not one that exists, or the
   *     rows to skip are negative
   * @throws CentricityException (exit 2) if the mapping file cannot be read or is invalid, naming
   *     the file
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
    if (skipRows != null) {
      if (skipRows < 0) {
        throw new ParameterException(
            mixee.commandLine(),
            String.format(Locale.ROOT, "--skip-rows must be 0 or more but was %d", skipRows));
      }
      result = result.withSkipRows(skipRows);
    }
    if (map != null) {
      try {
        result = result.withMapping(MappingFormat.read(Inputs.requireFile(map)));
      } catch (CentricityException e) {
        throw Inputs.prefixed(map, e);
      }
    }
    if (strictColumns) {
      result = result.withStrictColumns();
    }
    return result;
  }
}
