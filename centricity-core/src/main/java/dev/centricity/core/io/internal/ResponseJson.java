package dev.centricity.core.io.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.Response;
import dev.centricity.core.internal.CompactResponse;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Reads a response from JSON straight from the parser's tokens into a {@link CompactResponse}: the
 * fast path of {@code ResponseFormat.fromJson} for the documents a host sends, {@code {"rubric":
 * "id@version", "respondent": "r-17", "answers": {"trait": 4, "other": "n/a", "third": null}}}.
 *
 * <p>It reads only what is plainly right: an object with each of the three keys at most once, text
 * for the rubric and the respondent, and answers that are whole numbers written as integers, {@code
 * "n/a"} or {@code null}. For anything else it returns null and the caller reads the text through
 * the data-binding path, which accepts the rest of what a response may be (a whole number written
 * as {@code 4.0}, a number for the respondent) and words every error; so what is read and every
 * error message are the same as before there was a fast path. The parser is the library's JSON
 * parser, with its limits and duplicate-key detection.
 *
 * <p>Before the parser, {@link #readText} reads the plainest of these documents (texts without
 * escapes, the parser's white space, integers without leading zeros) straight from the string's
 * characters, which costs about half of what making a parser and reading its tokens does for a
 * request of 36 answers; it passes anything else on to the parser, never refusing a document
 * itself.
 */
public final class ResponseJson {

  private static final int MAX_TRAITS = 4096;

  /** Reusable arrays for the ids and answers while a document is read (one per thread). */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * The parser's settings are the library's (its limits from the factory), except that duplicate
   * keys are found here: Jackson's detection keeps a set of every name read, which would cost more
   * than the rest of the document. A duplicate sends the text to the data-binding path, which
   * reports it.
   */
  private static final ObjectReadContext CONTEXT =
      new ObjectReadContext.Base() {
        @Override
        public StreamReadConstraints streamReadConstraints() {
          return JsonSupport.json().tokenStreamFactory().streamReadConstraints();
        }

        @Override
        public int getStreamReadFeatures(int defaults) {
          return defaults & ~StreamReadFeature.STRICT_DUPLICATE_DETECTION.getMask();
        }
      };

  static final class Scratch {
    /** The rubric the last request named: a service's requests name the same few. */
    String lastRubric = "";

    String[] ids = new String[64];
    Answer[] answers = new Answer[64];

    /** Open addressing on the ids' hash codes: 1 + the position of an id, 0 for a free slot. */
    int[] slots = new int[128];

    /** The ids of the last request read from its text, by position: requests repeat them. */
    String[] lastIds = new String[64];

    /** The number of answers the text reader found. */
    int count;

    /** The text json[from, to) as a string: the last request's id at this position if equal. */
    String id(String json, int from, int to, int position) {
      if (position >= lastIds.length) {
        lastIds = Arrays.copyOf(lastIds, Math.max(position + 1, lastIds.length * 2));
      }
      String last = lastIds[position];
      int n = to - from;
      if (last != null && last.length() == n && json.regionMatches(from, last, 0, n)) {
        return last;
      }
      String id = json.substring(from, to);
      lastIds[position] = id;
      return id;
    }

    /** The text json[from, to) as a string, the last rubric's string when it is the same text. */
    String rubric(String json, int from, int to) {
      int n = to - from;
      String last = lastRubric;
      if (last.length() == n && json.regionMatches(from, last, 0, n)) {
        return last;
      }
      lastRubric = json.substring(from, to);
      return lastRubric;
    }

    /** Adds the n-th id; false if it is already there. */
    boolean addDistinct(String id, int n) {
      if (2 * (n + 1) > slots.length) {
        slots = new int[slots.length * 2];
        for (int i = 0; i < n; i++) {
          put(ids[i], i);
        }
      }
      return put(id, n);
    }

    private boolean put(String id, int position) {
      int mask = slots.length - 1;
      for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
        int held = slots[i];
        if (held == 0) {
          slots[i] = position + 1;
          return true;
        }
        if (ids[held - 1].equals(id)) {
          return false;
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }

    /** The current text as a string, the last rubric's string when it is the same text. */
    String rubric(JsonParser p) {
      char[] c = p.getTextCharacters();
      int from = p.getTextOffset();
      int n = p.getTextLength();
      String last = lastRubric;
      if (n == last.length()) {
        int i = 0;
        while (i < n && c[from + i] == last.charAt(i)) {
          i++;
        }
        if (i == n) {
          return last;
        }
      }
      lastRubric = new String(c, from, n);
      return lastRubric;
    }

    void clear(int n) {
      Arrays.fill(ids, 0, n, null);
      Arrays.fill(slots, 0);
    }
  }

  private ResponseJson() {}

  /**
   * Writes a {@link Response} of any implementation the same way: the rubric and respondent when
   * present, then the answers in their order.
   */
  public static final class Writer extends ValueSerializer<Response> {
    @Override
    public void serialize(Response response, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(response);
      if (response.rubric().isPresent()) {
        gen.writeStringProperty("rubric", response.rubric().get());
      }
      if (response.respondent().isPresent()) {
        gen.writeStringProperty("respondent", response.respondent().get());
      }
      gen.writeName("answers");
      gen.writeStartObject();
      for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
        gen.writeName(e.getKey());
        AnswerJson.write(e.getValue(), gen);
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }
  }

  /**
   * Reads a response, or returns null when the text is anything but a plain response document.
   *
   * @param json the text
   * @return the response, or null for the data-binding path to read (and word any error)
   */
  public static Response read(String json) {
    if (json.length() > JsonSupport.MAX_DOCUMENT_CHARS || json.startsWith("\uFEFF")) {
      return null;
    }
    Scratch scratch = SCRATCH.get();
    Response plain;
    try {
      plain = readText(json, scratch);
    } finally {
      scratch.clear(scratch.ids.length);
    }
    if (plain != null) {
      return plain;
    }
    TokenStreamFactory factory = JsonSupport.json().tokenStreamFactory();
    try (JsonParser p = factory.createParser(CONTEXT, json)) {
      return read(p);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static Response read(JsonParser p) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    String rubric = null;
    String respondent = null;
    boolean seenRubric = false;
    boolean seenRespondent = false;
    boolean seenAnswers = false;
    String[] ids = null;
    Answer[] answers = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "rubric":
          if (seenRubric || t != JsonToken.VALUE_STRING) {
            return null;
          }
          seenRubric = true;
          rubric = SCRATCH.get().rubric(p);
          break;
        case "respondent":
          if (seenRespondent || t != JsonToken.VALUE_STRING) {
            return null;
          }
          seenRespondent = true;
          respondent = p.getText();
          break;
        case "answers":
          if (seenAnswers || t != JsonToken.START_OBJECT) {
            return null;
          }
          seenAnswers = true;
          Scratch s = SCRATCH.get();
          try {
            int n = readAnswers(p, s);
            if (n < 0) {
              return null;
            }
            ids = Arrays.copyOf(s.ids, n);
            answers = Arrays.copyOf(s.answers, n);
          } finally {
            s.clear(s.ids.length);
          }
          break;
        default:
          return null;
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
      return null;
    }
    if (ids == null) {
      ids = new String[0];
      answers = new Answer[0];
    }
    return new CompactResponse(rubric, respondent, ids, answers);
  }

  // ---- the plainest documents, read from their characters

  /**
   * Reads a response from the characters of the plainest documents, or returns null for the token
   * reader to take: JSON white space, keys and texts without escapes or control characters (each at
   * most {@link JsonSupport#MAX_NAME_CHARS} or {@link JsonSupport#MAX_STRING_CHARS} long), answers
   * written as integers of int range without a sign other than a minus and without leading zeros,
   * {@code null}, or {@code "n/a"} in any case with spaces around; each of the three keys at most
   * once, each trait at most once, nothing after the object. That is a part of what the token
   * reader takes, read to the same response (the ids and texts are the characters between the
   * quotes), and anything else goes on to it. The strings of ids equal to the last request's at the
   * same position are used again.
   */
  static Response readText(String json, Scratch s) {
    int n = json.length();
    int i = space(json, 0);
    if (i >= n || json.charAt(i) != '{') {
      return null;
    }
    String rubric = null;
    String respondent = null;
    boolean seenRubric = false;
    boolean seenRespondent = false;
    boolean seenAnswers = false;
    i = space(json, i + 1);
    if (i < n && json.charAt(i) == '}') {
      i++;
    } else {
      while (true) {
        if (i >= n || json.charAt(i) != '"') {
          return null;
        }
        int key = i + 1;
        int keyEnd = textEnd(json, key, JsonSupport.MAX_NAME_CHARS);
        if (keyEnd < 0) {
          return null;
        }
        i = space(json, keyEnd + 1);
        if (i >= n || json.charAt(i) != ':') {
          return null;
        }
        i = space(json, i + 1);
        if (i >= n) {
          return null;
        }
        int keyLength = keyEnd - key;
        if (keyLength == 6 && json.startsWith("rubric", key)) {
          int end = json.charAt(i) == '"' ? textEnd(json, i + 1, JsonSupport.MAX_STRING_CHARS) : -1;
          if (seenRubric || end < 0) {
            return null;
          }
          seenRubric = true;
          rubric = s.rubric(json, i + 1, end);
          i = end + 1;
        } else if (keyLength == 10 && json.startsWith("respondent", key)) {
          int end = json.charAt(i) == '"' ? textEnd(json, i + 1, JsonSupport.MAX_STRING_CHARS) : -1;
          if (seenRespondent || end < 0) {
            return null;
          }
          seenRespondent = true;
          respondent = json.substring(i + 1, end);
          i = end + 1;
        } else if (keyLength == 7 && json.startsWith("answers", key)) {
          if (seenAnswers || json.charAt(i) != '{') {
            return null;
          }
          seenAnswers = true;
          i = answersText(json, i + 1, s);
          if (i < 0) {
            return null;
          }
        } else {
          return null;
        }
        i = space(json, i);
        if (i >= n) {
          return null;
        }
        char c = json.charAt(i);
        if (c == '}') {
          i++;
          break;
        }
        if (c != ',') {
          return null;
        }
        i = space(json, i + 1);
      }
    }
    if (space(json, i) != n) {
      return null;
    }
    int count = seenAnswers ? s.count : 0;
    return new CompactResponse(
        rubric, respondent, Arrays.copyOf(s.ids, count), Arrays.copyOf(s.answers, count));
  }

  /**
   * Reads the answers' object from after its brace into the scratch arrays ({@code s.count} of
   * them); the position after its closing brace, or −1 for the token reader.
   */
  private static int answersText(String json, int from, Scratch s) {
    int n = json.length();
    int i = space(json, from);
    int count = 0;
    if (i < n && json.charAt(i) == '}') {
      s.count = 0;
      return i + 1;
    }
    while (true) {
      if (i >= n || json.charAt(i) != '"') {
        return -1;
      }
      int id = i + 1;
      int idEnd = textEnd(json, id, JsonSupport.MAX_NAME_CHARS);
      if (idEnd < 0) {
        return -1;
      }
      i = space(json, idEnd + 1);
      if (i >= n || json.charAt(i) != ':') {
        return -1;
      }
      i = space(json, i + 1);
      if (i >= n) {
        return -1;
      }
      char c = json.charAt(i);
      Answer answer;
      if (c == '-' || (c >= '0' && c <= '9')) {
        int j = c == '-' ? i + 1 : i;
        int digits = j;
        long value = 0;
        while (j < n && j - digits <= 10) {
          char d = json.charAt(j);
          if (d < '0' || d > '9') {
            break;
          }
          value = value * 10 + (d - '0');
          j++;
        }
        int length = j - digits;
        if (length == 0 || length > 10 || (length > 1 && json.charAt(digits) == '0')) {
          return -1;
        }
        if (j < n) {
          char d = json.charAt(j);
          if (d == '.' || d == 'e' || d == 'E' || (d >= '0' && d <= '9')) {
            return -1; // a fraction, an exponent or more digits: the token reader decides
          }
        }
        if (c == '-') {
          value = -value;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
          return -1;
        }
        answer = Answer.of((int) value);
        i = j;
      } else if (c == 'n') {
        if (!json.startsWith("null", i)) {
          return -1;
        }
        answer = Answer.blank();
        i += 4;
      } else if (c == '"') {
        int end = textEnd(json, i + 1, JsonSupport.MAX_STRING_CHARS);
        if (end < 0 || !isNotApplicable(json, i + 1, end)) {
          return -1;
        }
        answer = Answer.notApplicable();
        i = end + 1;
      } else {
        return -1;
      }
      if (count == s.ids.length) {
        if (count >= MAX_TRAITS) {
          return -1;
        }
        s.ids = Arrays.copyOf(s.ids, count * 2);
        s.answers = Arrays.copyOf(s.answers, count * 2);
      }
      String key = s.id(json, id, idEnd, count);
      s.ids[count] = key;
      if (!s.addDistinct(key, count)) {
        return -1;
      }
      s.answers[count++] = answer;
      i = space(json, i);
      if (i >= n) {
        return -1;
      }
      c = json.charAt(i);
      if (c == '}') {
        s.count = count;
        return i + 1;
      }
      if (c != ',') {
        return -1;
      }
      i = space(json, i + 1);
    }
  }

  /** The position of the first character from {@code i} that is not JSON white space. */
  private static int space(String json, int i) {
    int n = json.length();
    while (i < n) {
      char c = json.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * The position of the quote that closes a text starting at {@code from}, or −1 if the text has an
   * escape or a control character, is longer than {@code max} or is not closed.
   */
  private static int textEnd(String json, int from, int max) {
    int n = Math.min(json.length(), from + max + 1);
    for (int i = from; i < n; i++) {
      char c = json.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether json[from, to) is {@code n/a} in any case with white space around (as trim strips). */
  private static boolean isNotApplicable(String json, int from, int to) {
    while (from < to && json.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && json.charAt(to - 1) <= ' ') {
      to--;
    }
    return to - from == 3
        && (json.charAt(from) == 'n' || json.charAt(from) == 'N')
        && json.charAt(from + 1) == '/'
        && (json.charAt(from + 2) == 'a' || json.charAt(from + 2) == 'A');
  }

  /** Reads the answers into the scratch arrays; their number, or −1 for the slow path. */
  private static int readAnswers(JsonParser p, Scratch s) {
    int n = 0;
    for (String id = p.nextName(); id != null; id = p.nextName()) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return -1;
      }
      Answer answer;
      switch (t) {
        case VALUE_NUMBER_INT:
          if (p.getNumberType() != JsonParser.NumberType.INT) {
            return -1;
          }
          answer = Answer.of(p.getIntValue());
          break;
        case VALUE_NULL:
          answer = Answer.blank();
          break;
        case VALUE_STRING:
          if (!isNotApplicable(p)) {
            return -1;
          }
          answer = Answer.notApplicable();
          break;
        default:
          return -1;
      }
      if (n == s.ids.length) {
        if (n >= MAX_TRAITS) {
          return -1;
        }
        s.ids = Arrays.copyOf(s.ids, n * 2);
        s.answers = Arrays.copyOf(s.answers, n * 2);
      }
      s.ids[n] = id;
      if (!s.addDistinct(id, n)) {
        return -1;
      }
      s.answers[n++] = answer;
    }
    return p.currentToken() == JsonToken.END_OBJECT ? n : -1;
  }

  /**
   * Whether the current text is {@code n/a} in any case with surrounding white space (as {@link
   * String#trim()} strips it), read from the parser's buffer without making a string.
   */
  private static boolean isNotApplicable(JsonParser p) {
    char[] c = p.getTextCharacters();
    int from = p.getTextOffset();
    int to = from + p.getTextLength();
    while (from < to && c[from] <= ' ') {
      from++;
    }
    while (to > from && c[to - 1] <= ' ') {
      to--;
    }
    return to - from == 3
        && (c[from] == 'n' || c[from] == 'N')
        && c[from + 1] == '/'
        && (c[from + 2] == 'a' || c[from + 2] == 'A');
  }
}
