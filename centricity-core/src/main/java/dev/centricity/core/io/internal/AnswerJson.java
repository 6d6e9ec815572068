package dev.centricity.core.io.internal;

import dev.centricity.core.Answer;
import dev.centricity.core.internal.Texts;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/** Reads and writes an {@link Answer} as a whole number, {@code "n/a"} or {@code null}. */
public final class AnswerJson {

  /** The text of the explicit not-applicable answer. */
  public static final String NOT_APPLICABLE = Answer.NOT_APPLICABLE_TEXT;

  private AnswerJson() {}

  /** Writes an answer. */
  public static final class Writer extends ValueSerializer<Answer> {
    @Override
    public void serialize(Answer value, JsonGenerator gen, SerializationContext ctxt) {
      write(value, gen);
    }
  }

  /** Writes an answer as a whole number, {@code "n/a"} or {@code null}. */
  static void write(Answer value, JsonGenerator gen) {
    if (value.isGiven()) {
      gen.writeNumber(value.pointValue());
    } else if (value.isNotApplicable()) {
      gen.writeString(NOT_APPLICABLE);
    } else {
      gen.writeNull();
    }
  }

  /**
   * Reads an answer, rejecting fractions, booleans, text other than {@code "n/a"} and huge numbers.
   */
  public static final class Reader extends ValueDeserializer<Answer> {
    @Override
    public Answer deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        if (p.getNumberType() != JsonParser.NumberType.INT) {
          return ctxt.reportInputMismatch(
              Answer.class, "answer %s is far outside any scale", p.getText());
        }
        return Answer.of(p.getIntValue());
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        double d = p.getDoubleValue();
        if (d == 0 && FiniteNumbers.hasNonZeroDigit(p.getText())) {
          // 1e-400 reads as 0, which is not what the file says
          return ctxt.reportInputMismatch(
              Answer.class, "answer must be a whole number of the scale but was %s", p.getText());
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e6) {
          return Answer.of((int) d);
        }
        if (d == Math.rint(d)) {
          return ctxt.reportInputMismatch(
              Answer.class, "answer %s is far outside any scale", p.getText());
        }
        return ctxt.reportInputMismatch(
            Answer.class, "answer must be a whole number of the scale but was %s", p.getText());
      }
      if (t == JsonToken.VALUE_STRING) {
        String s = p.getText().trim();
        if (s.equalsIgnoreCase(NOT_APPLICABLE)) {
          return Answer.notApplicable();
        }
        return ctxt.reportInputMismatch(
            Answer.class,
            "answer must be a whole number of the scale or \"n/a\" but was the text \"%s\"",
            Texts.abbreviate(p.getText(), 40));
      }
      return ctxt.reportInputMismatch(
          Answer.class,
          "answer must be a whole number of the scale or \"n/a\" but was %s",
          describe(t));
    }

    @Override
    public Answer getNullValue(DeserializationContext ctxt) {
      return Answer.blank();
    }
  }

  static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    switch (t) {
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_EMBEDDED_OBJECT:
        return "binary data";
      default:
        return t.toString();
    }
  }
}
