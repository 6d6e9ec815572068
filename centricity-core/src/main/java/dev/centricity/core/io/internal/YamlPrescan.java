package dev.centricity.core.io.internal;

import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Checks a YAML document's events before it is bound, for what Jackson's YAML binding would misread
 * or report poorly: aliases (Jackson reads {@code *name} as the text {@code name}, so they are
 * refused), more than one document, a {@code %YAML} directive of another version than 1.2 (the
 * files are read by the rules of YAML 1.2 only), tags such as {@code !!null} (Jackson reads {@code
 * !!null ""} as the text ""), texts holding half of a character (a lone surrogate, which would be
 * written as '?'), and syntax errors (reported with snakeyaml's own problem and mark, such as a tab
 * used for indentation, or in words where snakeyaml fails with a Java exception).
 */
final class YamlPrescan {

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setCodePointLimit(JsonSupport.MAX_DOCUMENT_CHARS)
          .setMaxAliasesForCollections(JsonSupport.MAX_YAML_ALIASES)
          .setAllowDuplicateKeys(false)
          // every version is let through here, to be refused below in words
          .setVersionFunction(version -> version)
          .build();

  private static final String CORE_TAG = "tag:yaml.org,2002:";

  private YamlPrescan() {}

  static void check(String text, String source) {
    int documents = 0;
    int depth = 0;
    Deque<Node> path = new ArrayDeque<>();
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
            checkVersion(source, (DocumentStartEvent) e);
            break;
          case MappingStart:
          case SequenceStart:
            if (++depth > JsonSupport.MAX_NESTING_DEPTH) {
              throw at(
                  source,
                  e.getStartMark(),
                  "the document nests deeper than the limit of " + JsonSupport.MAX_NESTING_DEPTH);
            }
            String here = pointer(path, true);
            checkTag(source, ((CollectionStartEvent) e).getTag(), here, e);
            advance(path);
            path.push(new Node(e.getEventId() == Event.ID.MappingStart));
            break;
          case MappingEnd:
          case SequenceEnd:
            depth--;
            path.pop();
            break;
          case Scalar:
            ScalarEvent scalar = (ScalarEvent) e;
            boolean isKey = !path.isEmpty() && path.peek().mapping && !path.peek().expectValue;
            String at = isKey ? pointer(path, false) : pointer(path, true);
            checkTag(source, scalar.getTag(), at, e);
            checkCharacters(source, scalar.getValue(), at, e);
            if (isKey) {
              path.peek().key = scalar.getValue();
            }
            advance(path);
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
      int[] lineColumn = lineColumn(text, Math.min(e.getPosition(), text.length()));
      throw new FormatException(
          source,
          "",
          lineColumn[0],
          lineColumn[1],
          String.format(
              Locale.ROOT,
              "malformed YAML: special characters are not allowed (U+%04X)",
              e.getCodePoint()),
          e);
    } catch (YamlEngineException e) {
      throw new FormatException(
          source, "", 0, 0, "malformed YAML: " + Reading.firstLine(e.getMessage()), e);
    } catch (NumberFormatException e) {
      // snakeyaml-engine parses the digits of \U escapes as an int, which fails from \U80000000
      throw badEscape(text, source, e);
    } catch (IndexOutOfBoundsException e) {
      // snakeyaml-engine fails this way on some malformed escapes, such as a text cut off inside
      // one
      throw new FormatException(
          source,
          "",
          0,
          0,
          "malformed YAML: a text in double quotes ends inside an escape sequence (\\x, \\u or"
              + " \\U must be followed by 2, 4 or 8 hexadecimal digits)",
          e);
    }
  }

  private static final Pattern DIGITS = Pattern.compile("For input string: \"([0-9A-Fa-f]*)\"");

  private static FormatException badEscape(String text, String source, NumberFormatException e) {
    Matcher m = DIGITS.matcher(String.valueOf(e.getMessage()));
    String digits = m.find() ? m.group(1) : "";
    if (digits.isEmpty()) {
      return new FormatException(
          source,
          "",
          0,
          0,
          "malformed YAML: a text in double quotes ends inside an escape sequence (\\x, \\u or"
              + " \\U must be followed by 2, 4 or 8 hexadecimal digits)",
          e);
    }
    String escape = "\\U" + digits;
    int at = text.indexOf(escape);
    int[] lineColumn = at < 0 ? new int[] {0, 0} : lineColumn(text, at);
    return new FormatException(
        source,
        "",
        lineColumn[0],
        lineColumn[1],
        "malformed YAML: the escape "
            + escape
            + " is not a Unicode character; the largest is \\U0010FFFF",
        e);
  }

  private static void checkVersion(String source, DocumentStartEvent e) {
    Optional<SpecVersion> version = e.getSpecVersion();
    if (version.isPresent() && (version.get().getMajor() != 1 || version.get().getMinor() != 2)) {
      throw at(
          source,
          e.getStartMark(),
          String.format(
              Locale.ROOT,
              "the file declares %%YAML %d.%d, but these files are read by the rules of YAML 1.2"
                  + " only (where, for example, yes and no are text, not booleans): remove the"
                  + " directive or write %%YAML 1.2",
              version.get().getMajor(),
              version.get().getMinor()));
    }
  }

  private static void checkTag(String source, Optional<String> tag, String path, Event e) {
    if (tag.isEmpty()) {
      return;
    }
    String written =
        tag.get().startsWith(CORE_TAG) ? "!!" + tag.get().substring(CORE_TAG.length()) : tag.get();
    String hint =
        written.equals("!!null")
            ? "; for no value write null or leave the key out"
            : "; write the value without it";
    throw new FormatException(
        source,
        path,
        e.getStartMark().map(m -> m.getLine() + 1).orElse(0),
        e.getStartMark().map(m -> m.getColumn() + 1).orElse(0),
        "the value is tagged "
            + written
            + ", but YAML tags are not supported in these files"
            + hint,
        null);
  }

  private static void checkCharacters(String source, String value, String path, Event e) {
    int lone = WholeCharacters.loneSurrogate(value);
    if (lone >= 0) {
      throw new FormatException(
          source,
          path,
          e.getStartMark().map(m -> m.getLine() + 1).orElse(0),
          e.getStartMark().map(m -> m.getColumn() + 1).orElse(0),
          WholeCharacters.reason(lone),
          null);
    }
  }

  /** Where the parser is: a mapping (whose next scalar is a key or a value) or a sequence. */
  private static final class Node {
    final boolean mapping;
    boolean expectValue;
    String key = "";
    int index = -1;

    Node(boolean mapping) {
      this.mapping = mapping;
    }
  }

  /** Moves past one key, value or element of the innermost mapping or sequence. */
  private static void advance(Deque<Node> path) {
    Node top = path.peek();
    if (top == null) {
      return;
    }
    if (top.mapping) {
      top.expectValue = !top.expectValue;
    } else {
      top.index++;
    }
  }

  /** The JSON Pointer of the next value (or, with {@code value} false, of the mapping itself). */
  private static String pointer(Deque<Node> path, boolean value) {
    StringBuilder sb = new StringBuilder();
    var nodes = path.descendingIterator();
    while (nodes.hasNext()) {
      Node n = nodes.next();
      boolean innermost = !nodes.hasNext();
      if (n.mapping) {
        if (!innermost || (value && n.expectValue)) {
          sb.append('/').append(Problem.escape(n.key));
        }
      } else {
        sb.append('/').append(innermost ? n.index + 1 : n.index);
      }
    }
    return sb.toString();
  }

  private static int[] lineColumn(String text, int end) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
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
