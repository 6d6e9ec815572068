package dev.centricity.core.io.internal;

import java.util.Locale;
import java.util.OptionalDouble;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.ext.jdk8.OptionalDoubleDeserializer;

/**
 * Reads numbers into {@code double}s only when the double holds what the file says: a number that
 * is not zero in the file but too small for a double (such as {@code 1e-400}, which would read as
 * 0), or too large for one (such as {@code 1e400}, which would read as infinity), is refused with
 * the number as written. Everything else is read as Jackson reads it.
 */
final class FiniteNumbers {

  private FiniteNumbers() {}

  /**
   * Checks the number the parser is on, if it is on one.
   *
   * @return null when it is fine, else the reason to refuse it
   */
  static String problem(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      return null;
    }
    double d = p.getDoubleValue();
    if (d == 0 && hasNonZeroDigit(p.getString())) {
      return String.format(
          Locale.ROOT,
          "the number %s is too small to be held (it would read as 0): write 0, or a number of"
              + " at least about 4.9e-324",
          p.getString());
    }
    if (Double.isInfinite(d) && !p.getString().toLowerCase(Locale.ROOT).contains("inf")) {
      return String.format(
          Locale.ROOT,
          "the number %s is too large to be held (it would read as infinity): the largest is"
              + " about 1.8e308",
          p.getString());
    }
    return null;
  }

  /** Whether the digits before any exponent of a number as written include one that is not 0. */
  static boolean hasNonZeroDigit(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
      if (c >= '1' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Reads a {@code double} or a {@code Double}. */
  static final class DoubleReader extends NumberDeserializers.DoubleDeserializer {
    DoubleReader(Class<java.lang.Double> type, java.lang.Double nullValue) {
      super(type, nullValue);
    }

    @Override
    public java.lang.Double deserialize(JsonParser p, DeserializationContext ctxt) {
      String problem = problem(p);
      if (problem != null) {
        return ctxt.reportInputMismatch(this, "%s", problem);
      }
      return super.deserialize(p, ctxt);
    }
  }

  /** Reads an {@link OptionalDouble}. */
  static final class OptionalReader extends OptionalDoubleDeserializer {
    @Override
    public OptionalDouble deserialize(JsonParser p, DeserializationContext ctxt) {
      String problem = problem(p);
      if (problem != null) {
        return ctxt.reportInputMismatch(this, "%s", problem);
      }
      return super.deserialize(p, ctxt);
    }
  }
}
