package dev.centricity.core.io.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonGeneratorBase;

/**
 * Writes doubles to a generator in exactly the text of {@link Double#toString(double)} (the
 * shortest decimal that reads back to the same bits on current JDKs), without making a string per
 * number: the digits go through a per-thread {@link StringBuilder} and character buffer. A
 * scorecard in JSON is mostly numbers, so this is where writing one spent most of its time and
 * garbage.
 */
final class JsonNumbers {

  private static final ThreadLocal<Digits> DIGITS = ThreadLocal.withInitial(Digits::new);

  private static final class Digits {
    final StringBuilder text = new StringBuilder(32);
    char[] chars = new char[32];
  }

  private JsonNumbers() {}

  /** Writes a number as a property's value. */
  static void property(JsonGenerator gen, String name, double value) {
    gen.writeName(name);
    write(gen, value);
  }

  /**
   * Writes a number; NaN and the infinities, and numbers to generators other than the JSON text
   * ones (a tree, YAML), as the generator itself writes them.
   */
  static void write(JsonGenerator gen, double value) {
    if (!Double.isFinite(value) || !(gen instanceof JsonGeneratorBase)) {
      gen.writeNumber(value);
      return;
    }
    Digits d = DIGITS.get();
    StringBuilder text = d.text;
    text.setLength(0);
    text.append(value);
    int n = text.length();
    if (n > d.chars.length) {
      d.chars = new char[n];
    }
    text.getChars(0, n, d.chars, 0);
    gen.writeNumber(d.chars, 0, n);
  }
}
