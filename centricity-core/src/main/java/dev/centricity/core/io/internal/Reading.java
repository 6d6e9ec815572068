package dev.centricity.core.io.internal;

import dev.centricity.core.CentricityException;
import dev.centricity.core.FormatException;
import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads documents with the library's bounded mappers and turns every failure into a {@link
 * FormatException} naming the source, line, column and path, or passes on the {@link
 * CentricityException} a value type's own validation threw.
 */
public final class Reading {

  private static final Pattern MISSING =
      Pattern.compile("required attributes are not set \\[(.*)]");
  private static final Pattern TYPE =
      Pattern.compile("`(?:[\\w.]+\\.)?(?:Immutable)?(\\w+?)(?:\\$Json)?`");

  private Reading() {}

  /** The syntax of a document. */
  public enum Syntax {
    /** JSON. */
    JSON,
    /** YAML (which also reads most JSON). */
    YAML;

    /**
     * Guesses the syntax of a file from its name, then from its first character.
     *
     * @param fileName the name, may be empty
     * @param text the text
     * @return JSON for {@code .json} or text starting with '{' or '[', else YAML
     */
    public static Syntax guess(String fileName, String text) {
      String name = fileName.toLowerCase(Locale.ROOT);
      if (name.endsWith(".json")) {
        return JSON;
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml")) {
        return YAML;
      }
      String t = text.stripLeading();
      return t.startsWith("{") || t.startsWith("[") ? JSON : YAML;
    }

    ObjectMapper mapper() {
      return this == JSON ? JsonSupport.json() : JsonSupport.yaml();
    }
  }

  /**
   * Reads a file's text as UTF-8, refusing files larger than the document limit. The limit holds
   * while reading, so a pipe, a device such as {@code /dev/zero} or a file that grows as it is read
   * costs at most the limit and one byte; the size a regular file reports is only used to refuse it
   * before reading.
   *
   * @param file the file
   * @return its text
   * @throws FormatException if it cannot be read, is too large or is not UTF-8
   */
  public static String text(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new FormatException(source, "", 0, 0, "is a directory, not a file", null);
    }
    try {
      if (Files.isRegularFile(file)) {
        long size = Files.size(file);
        if (size > JsonSupport.MAX_DOCUMENT_CHARS) {
          throw tooLarge(source, "the file has " + size + " bytes");
        }
      }
      try (InputStream in = Files.newInputStream(file)) {
        return bounded(in, source);
      }
    } catch (NoSuchFileException e) {
      throw new FormatException(source, "", 0, 0, "no such file", e);
    } catch (IOException e) {
      throw new FormatException(source, "", 0, 0, "cannot read the file: " + reason(e), e);
    }
  }

  /**
   * Reads a stream's text as UTF-8, refusing streams longer than the document limit. The limit
   * holds while reading: an endless stream is read to the limit and one byte, no further.
   *
   * @param in the stream; read to the end of the limit, not closed
   * @param source a name for messages
   * @return its text
   * @throws FormatException if it cannot be read, is too large or is not UTF-8
   */
  public static String text(InputStream in, String source) {
    try {
      return bounded(in, source);
    } catch (IOException e) {
      throw new FormatException(source, "", 0, 0, "cannot read: " + reason(e), e);
    }
  }

  private static String bounded(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes(JsonSupport.MAX_DOCUMENT_CHARS + 1);
    if (bytes.length > JsonSupport.MAX_DOCUMENT_CHARS) {
      throw new FormatException(
          source,
          "",
          0,
          0,
          String.format(
              Locale.ROOT,
              "the input is longer than the limit of %d bytes; reading stopped there",
              JsonSupport.MAX_DOCUMENT_CHARS),
          null);
    }
    return decode(bytes, source);
  }

  /** What went wrong, in words for people rather than a Java class name. */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? "an input/output error" : m;
  }

  private static FormatException tooLarge(String source, String what) {
    return new FormatException(
        source,
        "",
        0,
        0,
        String.format(
            Locale.ROOT, "%s, more than the limit of %d", what, JsonSupport.MAX_DOCUMENT_CHARS),
        null);
  }

  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new FormatException(source, "", 0, 0, "the file is not UTF-8 text", e);
    }
  }

  /**
   * Reads a document into a value type.
   *
   * @param text the document
   * @param syntax JSON or YAML
   * @param type the value type
   * @param source where the text came from, for messages
   * @param <T> the value type
   * @return the value
   * @throws FormatException if the document cannot be read
   * @throws CentricityException the value type's own validation failure, such as a {@link
   *     dev.centricity.core.RubricValidationException}
   */
  public static <T> T read(String text, Syntax syntax, Class<T> type, String source) {
    if (text.length() > JsonSupport.MAX_DOCUMENT_CHARS) {
      throw new FormatException(
          source,
          "",
          0,
          0,
          String.format(
              Locale.ROOT,
              "the document has %d characters, more than the limit of %d",
              text.length(),
              JsonSupport.MAX_DOCUMENT_CHARS),
          null);
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      throw new FormatException(source, "", 0, 0, "the document is empty", null);
    }
    if (syntax == Syntax.YAML) {
      YamlPrescan.check(body, source);
    } else if (type == Rubric.class || type == Response.class) {
      // Files people write. What the library writes (scorecards, reports) may quote a bad CSV cell
      // holding half a character, and must read back equal.
      WholeCharacters.checkJson(body, source);
    }
    try {
      T value =
          syntax == Syntax.YAML
              ? syntax.mapper().readValue(new WholeCodePointReader(body), type)
              : syntax.mapper().readValue(body, type);
      if (value == null) {
        throw new FormatException(source, "", 0, 0, "the document is null", null);
      }
      return value;
    } catch (JacksonException e) {
      CentricityException own = ownCause(e);
      if (own != null) {
        throw own;
      }
      throw translate(e, source, body);
    } catch (YamlEngineException e) {
      throw new FormatException(source, "", 0, 0, firstLine(e.getMessage()), e);
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      // Only the YAML parser fails this way, on malformed escapes the pre-scan lets through.
      throw new FormatException(
          source, "", 0, 0, "malformed document: the parser could not read it", e);
    }
  }

  private static CentricityException ownCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CentricityException c) {
        return c;
      }
    }
    return null;
  }

  static FormatException translate(JacksonException e, String source) {
    return translate(e, source, null);
  }

  /**
   * Turns a Jackson failure into a {@link FormatException}. A syntax error is placed at the key the
   * parser was reading (such as {@code /answers/rewards.volume}, where the data binding knows only
   * {@code /answers}) and said in words, with the text it found when the document is at hand.
   */
  static FormatException translate(JacksonException e, String source, String text) {
    String path = pointer(e.getPath());
    TokenStreamLocation loc = e.getLocation();
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    String reason = reason(e);
    if (e instanceof StreamReadException r
        && !(e instanceof StreamConstraintsException)
        && !String.valueOf(e.getOriginalMessage()).startsWith("Duplicate Object property")
        && r.processor() != null) {
      String precise = parserPath(r.processor());
      if (precise.length() > path.length() && precise.startsWith(path)) {
        path = precise;
      }
      String words = JsonSyntax.describe(firstLine(e.getOriginalMessage()), text, loc);
      reason = words == null ? reason : words;
      Matcher trait = ANSWER.matcher(path);
      if (trait.find()) {
        reason = "answer to trait '" + unescape(trait.group(1)) + "': " + reason;
      }
    }
    return new FormatException(source, path, line, column, withoutJavaNames(reason), e);
  }

  /**
   * A last guard for messages passed on from a parser: the names of Java classes (such as {@code
   * (java.lang.NumberFormatException)}) mean nothing to the people who read them.
   */
  static String withoutJavaNames(String reason) {
    String words = JAVA_NAME.matcher(reason).replaceAll("").replaceAll("  +", " ").strip();
    return words.isEmpty() ? "malformed document" : words;
  }

  private static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\(?\\b(?:java|javax|tools\\.jackson|com\\.fasterxml|org\\.snakeyaml)"
              + "(?:\\.[A-Za-z_$][\\w$]*)+\\)?:?");

  private static final Pattern ANSWER = Pattern.compile("/answers/([^/]+)$");

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  private static String parserPath(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static String reason(JacksonException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      TreeSet<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      }
      return String.format(
          Locale.ROOT,
          "unknown key '%s'; the keys allowed here are: %s",
          u.getPropertyName(),
          String.join(", ", known));
    }
    if (e instanceof StreamConstraintsException) {
      return "the document exceeds a limit: " + firstLine(e.getOriginalMessage());
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalStateException && cause.getMessage() != null) {
      Matcher m = MISSING.matcher(cause.getMessage());
      if (m.find()) {
        return "missing required key(s): " + m.group(1);
      }
    }
    if (e instanceof tools.jackson.databind.exc.InvalidNullException
        || cause instanceof NullPointerException) {
      return "a required value is null";
    }
    if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
      return firstLine(cause.getMessage());
    }
    if (cause instanceof YamlEngineException) {
      return firstLine(cause.getMessage());
    }
    String raw = firstLine(e.getOriginalMessage());
    if (raw.contains("FAIL_ON_TRAILING_TOKENS")) {
      return "unexpected content after the end of the document";
    }
    if (raw.startsWith("Cannot map `null` into type")) {
      return "expected a number but found null";
    }
    if (raw.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
      return "expected a finite number but found " + quoted(raw);
    }
    if (raw.startsWith("Duplicate Object property")) {
      return "the key " + quoted(raw) + " appears twice";
    }
    Matcher m = ENUM.matcher(raw);
    if (m.find()) {
      return "expected one of [" + m.group(2) + "] but found \"" + m.group(1) + "\"";
    }
    String msg = TYPE.matcher(raw).replaceAll("$1");
    m = NO_CREATOR.matcher(msg);
    if (m.find()) {
      Matcher v = VALUE.matcher(msg);
      return "expected "
          + kind(m.group(1))
          + " but found "
          + found(m.group(2))
          + (v.find() ? " '" + v.group(1) + "'" : "");
    }
    m = DESERIALIZE.matcher(msg);
    if (m.find()) {
      return "expected " + kind(m.group(1)) + " but found " + found(m.group(2));
    }
    m = COERCE.matcher(msg);
    if (m.find()) {
      return "expected "
          + kind(m.group(3))
          + " but found the "
          + lower(m.group(1))
          + " "
          + m.group(2);
    }
    return msg;
  }

  private static final Pattern ENUM =
      Pattern.compile(
          "from String \"(.*)\": not one of the values accepted for Enum class: \\[(.*)]");
  private static final Pattern NO_CREATOR =
      Pattern.compile("^Cannot construct instance of (\\S+).*no (\\w+)-argument constructor");
  private static final Pattern VALUE = Pattern.compile("value \\('(.{0,60})");
  private static final Pattern QUOTED = Pattern.compile("[\"'](.*?)[\"']");

  private static String quoted(String s) {
    Matcher m = QUOTED.matcher(s);
    return m.find() ? "'" + m.group(1) + "'" : "a value";
  }

  private static final Pattern DESERIALIZE =
      Pattern.compile("^Cannot deserialize value of type (\\S+) from (\\w+) value");
  private static final Pattern COERCE =
      Pattern.compile("^Cannot coerce (\\w+) value \\((.*)\\) to (\\S+) value");

  private static String kind(String rawType) {
    String type = rawType.replace("`", "");
    if (type.matches("(java\\.util\\.)?\\w*List(<.*)?")) {
      return "a list";
    }
    if (type.matches("(java\\.util\\.)?\\w*Map(<.*)?")) {
      return "a map of keys to values";
    }
    switch (type) {
      case "String":
        return "text";
      case "double":
      case "Double":
      case "int":
      case "Integer":
        return "a number";
      case "boolean":
      case "Boolean":
        return "true or false";
      default:
        if (type.startsWith("List") || type.startsWith("java.util.List")) {
          return "a list";
        }
        if (type.startsWith("Map") || type.startsWith("java.util.Map")) {
          return "a map of keys to values";
        }
        return "a map of keys (" + type.replaceAll(".*\\.", "").replace("Immutable", "") + ")";
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String found(String jsonKind) {
    switch (jsonKind) {
      case "Array":
        return "a list";
      case "Object":
        return "a map";
      case "String":
        return "text";
      case "Integer":
      case "Float":
        return "a number";
      case "Boolean":
        return "true or false";
      default:
        return lower(jsonKind) + " value";
    }
  }

  static String firstLine(String s) {
    if (s == null || s.isBlank()) {
      return "malformed document";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }

  static String pointer(List<JacksonException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    if (refs == null) {
      return "";
    }
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        sb.append('/').append(Problem.escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }
}
