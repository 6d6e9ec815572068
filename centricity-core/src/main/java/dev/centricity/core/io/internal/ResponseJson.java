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

  private static final class Scratch {
    /** The rubric the last request named: a service's requests name the same few. */
    String lastRubric = "";

    String[] ids = new String[64];
    Answer[] answers = new Answer[64];

    /** Open addressing on the ids' hash codes: 1 + the position of an id, 0 for a free slot. */
    int[] slots = new int[128];

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
