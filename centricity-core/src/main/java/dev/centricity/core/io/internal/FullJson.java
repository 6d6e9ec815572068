package dev.centricity.core.io.internal;

import dev.centricity.core.Scorecard;
import dev.centricity.core.Warning;
import dev.centricity.core.internal.CardFigures;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the full form of a scorecard made by the library's own scorer ({@link CardFigures}) as
 * text into a per-thread {@link StringBuilder}: the text {@link ScorecardJson.ScorecardWriter}
 * writes through Jackson, character for character, without a generator, without a view and a map
 * per contribution, and without working out the same text twice.
 *
 * <p>The contributions are most of the answer (five numbers each, for two poles), and their figures
 * depend only on the trait, its answer and the counted weights of the dimensions: the same for
 * every complete response that gives the trait the same answer, and for every response that leaves
 * the same answers out of the trait's dimension. So the text of each contribution is kept per
 * scorer, by trait, answer and weight (four places per trait and answer, at most 8,192 texts),
 * beside the bits of the figures it was written from, and used again only when the figures worked
 * out for the next scorecard have the same bits; otherwise it is written afresh and kept instead.
 * Texts are therefore exactly what writing the figures gives. The rubric's identity and the policy
 * are written once per scorer by the library's mapper. Everything else (the overall and
 * per-dimension figures, which change from response to response) is written for each scorecard:
 * numbers as {@link Double#toString(double)}, strings with the generator's escapes ({@link
 * SummaryJson#string}).
 *
 * <p>{@code FullJsonProperties} (testkit) holds this writer to the Jackson writer's text on
 * generated rubrics and responses.
 */
public final class FullJson {

  /** A builder grown past this many characters is not kept for the next answer. */
  private static final int KEEP = 1 << 18;

  /** The most contribution texts kept per scorer. */
  private static final int MAX_KEPT = 8192;

  /** Slots per trait in the table of kept texts: answers 0 (missing, counted neutral) to 15. */
  private static final int ANSWERS = 16;

  /** Places per trait and answer, as a power of two: four weights of it kept at once. */
  private static final int WAY_BITS = 2;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** What one thread reuses from answer to answer. */
  private static final class Scratch {
    StringBuilder text = new StringBuilder(16384);
    double[] figures = new double[8];
    long[] bits = new long[8];
    double[] values = new double[2];
    double[] weights = new double[2];

    /** Two arrays of one slot per pole: {@code values} (returned) and {@code weights}. */
    double[] values(int poles) {
      if (values.length != poles) {
        values = new double[poles];
        weights = new double[poles];
      }
      return values;
    }
  }

  /** What is kept per scorer: the texts of its identity, policy and contributions. */
  private static final class Parts {
    final Object identity;
    final String identityText;
    final Object policy;
    final String policyText;
    final String[] traitIds;
    final int mask;

    /** Kept contribution texts by trait and answer; read and written without locks. */
    final KeptText[] kept;

    Parts(Scorecard card, String[] traitIds) {
      this.identity = card.rubric();
      this.identityText = JsonSupport.json().writeValueAsString(card.rubric());
      this.policy = card.policy();
      this.policyText = JsonSupport.json().writeValueAsString(card.policy());
      this.traitIds = traitIds;
      int wanted = Math.min(MAX_KEPT, traitIds.length * ANSWERS << WAY_BITS);
      int size = Integer.highestOneBit(Math.max(1, wanted));
      if (size < wanted) {
        size <<= 1;
      }
      this.mask = size - 1;
      this.kept = new KeptText[size];
    }
  }

  /**
   * The text of one contribution and what it was written from: the trait's id (by reference), the
   * answer, and the bits of its figures.
   */
  private static final class KeptText {
    final String trait;
    final int answer;
    final long[] bits;
    final String text;

    KeptText(String trait, int answer, long[] bits, int n, String text) {
      this.trait = trait;
      this.answer = answer;
      this.bits = Arrays.copyOf(bits, n);
      this.text = text;
    }

    boolean writtenFrom(String trait, int answer, long[] bits, int n) {
      if (this.trait != trait || this.answer != answer || this.bits.length != n) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (this.bits[i] != bits[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private FullJson() {}

  /**
   * The full form of a scorecard made by the library's scorer, as JSON text on one line.
   *
   * @param card the scorecard; a {@link CardFigures}
   * @return the text
   */
  public static String of(Scorecard card) {
    CardFigures figures = (CardFigures) card;
    Scratch scratch = SCRATCH.get();
    StringBuilder out = scratch.text;
    out.setLength(0);
    write(card, figures, parts(card, figures), out, scratch);
    String text = out.toString();
    if (out.capacity() > KEEP) {
      scratch.text = new StringBuilder(16384);
    }
    return text;
  }

  private static Parts parts(Scorecard card, CardFigures figures) {
    Object state = figures.writerState();
    if (state instanceof Parts) {
      Parts parts = (Parts) state;
      if (parts.identity == card.rubric()
          && parts.policy == card.policy()
          && parts.traitIds == figures.traitIds()) {
        return parts;
      }
    }
    Parts parts = new Parts(card, figures.traitIds());
    figures.writerState(parts);
    return parts;
  }

  private static void write(
      Scorecard card, CardFigures figures, Parts parts, StringBuilder out, Scratch scratch) {
    out.append("{\"rubric\":").append(parts.identityText);
    optional(out, "respondent", card.respondent());
    out.append(",\"policy\":").append(parts.policyText);
    out.append(",\"determined\":").append(card.determined());
    String[] poles = figures.poleIds();
    double[] values = scratch.values(poles.length);
    double[] weights = scratch.weights;
    boolean determined = figures.determined();
    out.append(",\"profile\":{");
    if (determined) {
      for (int q = 0; q < poles.length; q++) {
        values[q] = figures.share(q);
      }
      figures(out, poles, values);
    }
    out.append('}');
    optional(out, "index", card.index());
    optional(out, "score", card.score());
    optional(out, "band", card.band());
    optional(out, "leadingPole", card.leadingPole());
    optional(out, "margin", card.margin());
    out.append(",\"strengths\":{");
    figures.strengthsInto(values, weights);
    figures(out, poles, values);
    out.append('}');
    optional(out, "quadrant", card.quadrant());
    out.append(",\"coverage\":");
    SummaryJson.number(out, card.coverage());
    optional(out, "alignment", card.alignment());
    out.append(",\"pullingAgainst\":[");
    List<String> against = card.pullingAgainst();
    for (int i = 0; i < against.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      SummaryJson.string(out, against.get(i));
    }
    out.append("],\"dimensions\":[");
    String[] ids = figures.dimensionIds();
    for (int d = 0; d < ids.length; d++) {
      if (d > 0) {
        out.append(',');
      }
      dimension(card, figures, d, out, values, weights);
    }
    out.append("],\"contributions\":[");
    contributions(figures, parts, out, scratch);
    out.append("],\"warnings\":");
    List<Warning> warnings = card.warnings();
    if (warnings.isEmpty()) {
      out.append("[]");
    } else {
      out.append(JsonSupport.json().writeValueAsString(warnings));
    }
    out.append('}');
  }

  private static void dimension(
      Scorecard card,
      CardFigures figures,
      int d,
      StringBuilder out,
      double[] values,
      double[] weights) {
    String[] poles = figures.poleIds();
    boolean counted = figures.dimensionCounted(d);
    out.append("{\"id\":");
    SummaryJson.string(out, figures.dimensionIds()[d]);
    out.append(",\"weight\":");
    SummaryJson.number(out, figures.dimensionWeight(d));
    out.append(",\"counted\":").append(counted);
    if (!counted) {
      // Why it does not count, in words: rare, so from the dimension's view.
      optional(out, "exclusion", card.dimensions().get(d).exclusion());
    }
    out.append(",\"coverage\":");
    SummaryJson.number(out, figures.dimensionCoverage(d));
    out.append(",\"profile\":{");
    if (counted) {
      int lead = figures.dimensionProfileInto(d, values);
      figures(out, poles, values);
      out.append('}');
      if (poles.length == 2) {
        out.append(",\"index\":");
        SummaryJson.number(out, figures.dimensionIndexValue(d));
        String band = figures.dimensionBand(d);
        if (band != null) {
          out.append(",\"band\":");
          SummaryJson.string(out, band);
        }
      }
      out.append(",\"leadingPole\":");
      SummaryJson.string(out, poles[lead]);
      out.append(",\"strengths\":{");
      figures.dimensionStrengthsInto(d, values, weights);
      figures(out, poles, values);
    } else {
      out.append("},\"strengths\":{");
    }
    out.append("},\"pullsAgainst\":").append(figures.dimensionPulls(d)).append('}');
  }

  /** The poles' figures as the properties of an object, leaving out those that are NaN. */
  private static void figures(StringBuilder out, String[] poles, double[] values) {
    boolean first = true;
    for (int q = 0; q < poles.length; q++) {
      if (Double.isNaN(values[q])) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      SummaryJson.string(out, poles[q]);
      out.append(':');
      SummaryJson.number(out, values[q]);
    }
  }

  /** The contributions, in trait order, each from the kept text when its figures are the same. */
  private static void contributions(
      CardFigures figures, Parts parts, StringBuilder out, Scratch scratch) {
    String[] traits = figures.traitIds();
    String[] poles = figures.poleIds();
    int n = 2 + poles.length + (poles.length == 2 ? 1 : 0);
    if (scratch.figures.length < n + 1) {
      scratch.figures = new double[n + 1];
      scratch.bits = new long[n + 1];
    }
    double[] values = scratch.figures;
    long[] bits = scratch.bits;
    int[] points = figures.points();
    boolean first = true;
    for (int t = 0; t < traits.length; t++) {
      if (!figures.contributes(t)) {
        continue;
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      figures.contributionInto(t, values);
      for (int i = 0; i < n; i++) {
        bits[i] = Double.doubleToRawLongBits(values[i]);
      }
      int answer = points[t];
      // A few places per trait and answer, one picked by the bits of the weight: a contribution's
      // weight changes with the answers left out of its dimension, and a service meets the same
      // few patterns again and again.
      int way = (int) ((bits[1] * 0x9E3779B97F4A7C15L) >>> (64 - WAY_BITS));
      int slot = (((t * ANSWERS + Math.min(answer, ANSWERS - 1)) << WAY_BITS) + way) & parts.mask;
      KeptText kept = parts.kept[slot];
      if (kept != null && kept.writtenFrom(traits[t], answer, bits, n)) {
        out.append(kept.text);
        continue;
      }
      int from = out.length();
      contribution(out, figures, t, answer, values, poles);
      parts.kept[slot] = new KeptText(traits[t], answer, bits, n, out.substring(from));
    }
  }

  private static void contribution(
      StringBuilder out, CardFigures figures, int t, int answer, double[] values, String[] poles) {
    out.append("{\"trait\":");
    SummaryJson.string(out, figures.traitIds()[t]);
    out.append(",\"dimension\":");
    SummaryJson.string(out, figures.dimensionIds()[figures.traitDimension(t)]);
    if (answer > 0) {
      out.append(",\"answer\":").append(answer);
    }
    out.append(",\"value\":");
    SummaryJson.number(out, values[0]);
    out.append(",\"weight\":");
    SummaryJson.number(out, values[1]);
    out.append(",\"vector\":{");
    for (int q = 0; q < poles.length; q++) {
      if (q > 0) {
        out.append(',');
      }
      SummaryJson.string(out, poles[q]);
      out.append(':');
      SummaryJson.number(out, values[2 + q]);
    }
    out.append('}');
    if (poles.length == 2) {
      out.append(",\"index\":");
      SummaryJson.number(out, values[2 + poles.length]);
    }
    out.append('}');
  }

  private static void optional(StringBuilder out, String name, Optional<String> value) {
    if (value.isPresent()) {
      out.append(",\"").append(name).append("\":");
      SummaryJson.string(out, value.get());
    }
  }

  private static void optional(StringBuilder out, String name, OptionalDouble value) {
    if (value.isPresent()) {
      out.append(",\"").append(name).append("\":");
      SummaryJson.number(out, value.getAsDouble());
    }
  }
}
