package dev.centricity.core.io.internal;

import dev.centricity.core.FormatException;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Checks a YAML document's events before it is bound, for what Jackson's YAML binding would misread
 * or report poorly: aliases (Jackson reads {@code *name} as the text {@code name}, so they are
 * refused), more than one document, and syntax errors (reported with snakeyaml's own problem and
 * mark, such as a tab used for indentation).
 */
final class YamlPrescan {

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setCodePointLimit(JsonSupport.MAX_DOCUMENT_CHARS)
          .setMaxAliasesForCollections(JsonSupport.MAX_YAML_ALIASES)
          .setAllowDuplicateKeys(false)
          .build();

  private YamlPrescan() {}

  static void check(String text, String source) {
    int documents = 0;
    int depth = 0;
    try {
      ParserImpl parser =
          new ParserImpl(SETTINGS, new StreamReader(SETTINGS, new WholeCodePointReader(text)));
      while (parser.hasNext()) {
        Event e = parser.next();
        switch (e.getEventId()) {
          case Alias:
            throw at(
                source,
                e.getStartMark(),
                "YAML aliases (*name) are not supported in these files: write the value out in full");
          case DocumentStart:
            if (++documents > 1) {
              throw at(
                  source,
                  e.getStartMark(),
                  "the file holds more than one YAML document; only one is allowed");
            }
            break;
          case MappingStart:
          case SequenceStart:
            if (++depth > JsonSupport.MAX_NESTING_DEPTH) {
              throw at(
                  source,
                  e.getStartMark(),
                  "the document nests deeper than the limit of " + JsonSupport.MAX_NESTING_DEPTH);
            }
            break;
          case MappingEnd:
          case SequenceEnd:
            depth--;
            break;
          default:
            break;
        }
      }
    } catch (MarkedYamlEngineException e) {
      String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw at(source, e.getProblemMark(), "malformed YAML: " + problem + context, e);
    } catch (ReaderException e) {
      int line = 1;
      int column = 1;
      int end = Math.min(e.getPosition(), text.length());
      for (int i = 0; i < end; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new FormatException(
          source,
          "",
          line,
          column,
          String.format(
              java.util.Locale.ROOT,
              "malformed YAML: special characters are not allowed (U+%04X)",
              e.getCodePoint()),
          e);
    } catch (YamlEngineException e) {
      throw new FormatException(
          source, "", 0, 0, "malformed YAML: " + Reading.firstLine(e.getMessage()), e);
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      // snakeyaml-engine fails this way on some malformed escapes, such as a text cut off inside
      // one
      throw new FormatException(
          source, "", 0, 0, "malformed YAML: the parser could not read it (" + e + ")", e);
    }
  }

  private static FormatException at(String source, Optional<Mark> mark, String reason) {
    return at(source, mark, reason, null);
  }

  private static FormatException at(
      String source, Optional<Mark> mark, String reason, Throwable cause) {
    int line = mark.map(m -> m.getLine() + 1).orElse(0);
    int column = mark.map(m -> m.getColumn() + 1).orElse(0);
    return new FormatException(source, "", line, column, reason, cause);
  }
}
