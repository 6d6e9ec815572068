package dev.centricity.core.io.internal;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.internal.CardFigures;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the summary form of a scorecard ({@code docs/model.md}, "The summary form"): the rubric's
 * identity, the respondent, whether it is determined, index, score, band, strengths, quadrant,
 * coverage, alignment, and each dimension's id, index and band; absent figures left out, as in the
 * full form.
 *
 * <p>The summary has a fixed shape and is what a service writes for every request, so it is written
 * as text into a per-thread {@link StringBuilder} rather than through a Jackson generator, whose
 * set-up costs more than the rest of the answer: the only string made is the answer. It writes what
 * the library's generator writes: numbers as {@link Double#toString(double)} (by {@link
 * DoubleText}, which finds the same text faster for most of a scorecard's figures), strings with
 * the same escapes ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters as
 * {@code \}{@code u00XX} in upper-case hex; everything else as it is). {@code
 * SummaryJsonProperties} holds the two writers to the same text.
 */
public final class SummaryJson {

  /** A builder grown past this many characters is not kept for the next answer. */
  private static final int KEEP = 1 << 16;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** What one thread reuses from answer to answer. */
  private static final class Scratch {
    StringBuilder text = new StringBuilder(2048);
    double[] strengths = new double[2];
    double[] weights = new double[2];

    /** The last rubric identity written, by reference, and its text. */
    RubricIdentity identity;

    String identityText;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private SummaryJson() {}

  /**
   * The summary of a scorecard as JSON text on one line.
   *
   * @param card the scorecard
   * @return the text
   */
  public static String of(Scorecard card) {
    Scratch scratch = SCRATCH.get();
    StringBuilder out = scratch.text;
    out.setLength(0);
    write(card, out, scratch);
    String text = out.toString();
    if (out.capacity() > KEEP) {
      scratch.text = new StringBuilder(2048);
    }
    return text;
  }

  private static void write(Scorecard card, StringBuilder out, Scratch scratch) {
    RubricIdentity rubric = card.rubric();
    if (rubric != scratch.identity || !(card instanceof CardFigures)) {
      // A service answers for the same few rubrics: the identity of the library's own scorecards
      // (an immutable value the scorer holds) is written once per thread and scorer.
      StringBuilder identity = new StringBuilder("{\"rubric\":{\"id\":");
      string(identity, rubric.id());
      identity.append(",\"version\":");
      string(identity, rubric.version());
      identity.append(",\"hash\":");
      string(identity, rubric.hash());
      identity.append('}');
      scratch.identityText = identity.toString();
      scratch.identity = rubric;
    }
    out.append(scratch.identityText);
    optional(out, "respondent", card.respondent());
    out.append(",\"determined\":").append(card.determined());
    optional(out, "index", card.index());
    optional(out, "score", card.score());
    optional(out, "band", card.band());
    out.append(",\"strengths\":{");
    if (card instanceof CardFigures figures) {
      // The library's own scorecard: the same figures read as numbers, without a map.
      String[] poles = figures.poleIds();
      if (scratch.strengths.length != poles.length) {
        scratch.strengths = new double[poles.length];
        scratch.weights = new double[poles.length];
      }
      double[] strengths = scratch.strengths;
      figures.strengthsInto(strengths, scratch.weights);
      boolean first = true;
      for (int q = 0; q < poles.length; q++) {
        if (!Double.isNaN(strengths[q])) {
          first = property(out, first, poles[q], strengths[q]);
        }
      }
    } else {
      boolean first = true;
      for (Map.Entry<String, Double> e : card.strengths().entrySet()) {
        first = property(out, first, e.getKey(), e.getValue());
      }
    }
    out.append('}');
    optional(out, "quadrant", card.quadrant());
    out.append(",\"coverage\":");
    number(out, card.coverage());
    optional(out, "alignment", card.alignment());
    out.append(",\"dimensions\":[");
    if (card instanceof CardFigures figures) {
      String[] ids = figures.dimensionIds();
      boolean twoPoles = figures.poleIds().length == 2;
      for (int d = 0; d < ids.length; d++) {
        out.append(d == 0 ? "{\"id\":" : ",{\"id\":");
        string(out, ids[d]);
        if (twoPoles && figures.dimensionCounted(d)) {
          out.append(",\"index\":");
          number(out, figures.dimensionIndexValue(d));
          String band = figures.dimensionBand(d);
          if (band != null) {
            out.append(",\"band\":");
            string(out, band);
          }
        }
        out.append('}');
      }
    } else {
      boolean first = true;
      for (DimensionScore d : card.dimensions()) {
        out.append(first ? "{\"id\":" : ",{\"id\":");
        first = false;
        string(out, d.id());
        optional(out, "index", d.index());
        optional(out, "band", d.band());
        out.append('}');
      }
    }
    out.append("]}");
  }

  private static boolean property(StringBuilder out, boolean first, String name, double value) {
    if (!first) {
      out.append(',');
    }
    string(out, name);
    out.append(':');
    number(out, value);
    return false;
  }

  private static void optional(StringBuilder out, String name, Optional<String> value) {
    if (value.isPresent()) {
      out.append(",\"").append(name).append("\":");
      string(out, value.get());
    }
  }

  private static void optional(StringBuilder out, String name, OptionalDouble value) {
    if (value.isPresent()) {
      out.append(",\"").append(name).append("\":");
      number(out, value.getAsDouble());
    }
  }

  /** A number as the library's generator writes it: NaN and the infinities as strings. */
  static void number(StringBuilder out, double value) {
    if (Double.isFinite(value)) {
      DoubleText.append(out, value);
    } else {
      out.append('"').append(value).append('"');
    }
  }

  /** A JSON string, escaped as the library's generator escapes it. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    int from = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.append(s, from, i);
      from = i + 1;
      out.append('\\');
      switch (c) {
        case '"':
          out.append('"');
          break;
        case '\\':
          out.append('\\');
          break;
        case '\b':
          out.append('b');
          break;
        case '\t':
          out.append('t');
          break;
        case '\n':
          out.append('n');
          break;
        case '\f':
          out.append('f');
          break;
        case '\r':
          out.append('r');
          break;
        default:
          out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    out.append(s, from, n).append('"');
  }
}
