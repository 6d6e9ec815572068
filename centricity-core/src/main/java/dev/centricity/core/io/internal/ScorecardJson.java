package dev.centricity.core.io.internal;

import dev.centricity.core.Contribution;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Scorecard;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes scorecards, dimension results and contributions as JSON through their accessors, so that
 * every implementation (scored, read back, or built) is written the same way: properties in
 * declaration order, absent figures left out, maps and lists always written.
 */
public final class ScorecardJson {

  private ScorecardJson() {}

  /** Writes a {@link Scorecard}. */
  public static final class ScorecardWriter extends ValueSerializer<Scorecard> {
    @Override
    public void serialize(Scorecard card, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(card);
      gen.writeName("rubric");
      ctxt.writeValue(gen, card.rubric());
      optional(gen, "respondent", card.respondent());
      gen.writeName("policy");
      ctxt.writeValue(gen, card.policy());
      gen.writeBooleanProperty("determined", card.determined());
      map(gen, "profile", card.profile());
      optional(gen, "index", card.index());
      optional(gen, "score", card.score());
      optional(gen, "band", card.band());
      optional(gen, "leadingPole", card.leadingPole());
      optional(gen, "margin", card.margin());
      map(gen, "strengths", card.strengths());
      optional(gen, "quadrant", card.quadrant());
      JsonNumbers.property(gen, "coverage", card.coverage());
      optional(gen, "alignment", card.alignment());
      strings(gen, "pullingAgainst", card.pullingAgainst());
      gen.writeName("dimensions");
      gen.writeStartArray();
      for (DimensionScore d : card.dimensions()) {
        writeDimension(d, gen);
      }
      gen.writeEndArray();
      gen.writeName("contributions");
      gen.writeStartArray();
      for (Contribution c : card.contributions()) {
        writeContribution(c, gen);
      }
      gen.writeEndArray();
      gen.writeName("warnings");
      ctxt.writeValue(gen, card.warnings());
      gen.writeEndObject();
    }
  }

  /** Writes a {@link DimensionScore}. */
  public static final class DimensionScoreWriter extends ValueSerializer<DimensionScore> {
    @Override
    public void serialize(DimensionScore d, JsonGenerator gen, SerializationContext ctxt) {
      writeDimension(d, gen);
    }
  }

  /** Writes a {@link Contribution}. */
  public static final class ContributionWriter extends ValueSerializer<Contribution> {
    @Override
    public void serialize(Contribution c, JsonGenerator gen, SerializationContext ctxt) {
      writeContribution(c, gen);
    }
  }

  private static void writeDimension(DimensionScore d, JsonGenerator gen) {
    gen.writeStartObject(d);
    gen.writeStringProperty("id", d.id());
    JsonNumbers.property(gen, "weight", d.weight());
    gen.writeBooleanProperty("counted", d.counted());
    optional(gen, "exclusion", d.exclusion());
    JsonNumbers.property(gen, "coverage", d.coverage());
    map(gen, "profile", d.profile());
    optional(gen, "index", d.index());
    optional(gen, "band", d.band());
    optional(gen, "leadingPole", d.leadingPole());
    map(gen, "strengths", d.strengths());
    gen.writeBooleanProperty("pullsAgainst", d.pullsAgainst());
    gen.writeEndObject();
  }

  private static void writeContribution(Contribution c, JsonGenerator gen) {
    gen.writeStartObject(c);
    gen.writeStringProperty("trait", c.trait());
    gen.writeStringProperty("dimension", c.dimension());
    OptionalInt answer = c.answer();
    if (answer.isPresent()) {
      gen.writeNumberProperty("answer", answer.getAsInt());
    }
    JsonNumbers.property(gen, "value", c.value());
    JsonNumbers.property(gen, "weight", c.weight());
    map(gen, "vector", c.vector());
    optional(gen, "index", c.index());
    gen.writeEndObject();
  }

  private static void optional(JsonGenerator gen, String name, Optional<String> value) {
    if (value.isPresent()) {
      gen.writeStringProperty(name, value.get());
    }
  }

  private static void optional(JsonGenerator gen, String name, OptionalDouble value) {
    if (value.isPresent()) {
      JsonNumbers.property(gen, name, value.getAsDouble());
    }
  }

  private static void map(JsonGenerator gen, String name, Map<String, Double> values) {
    gen.writeName(name);
    gen.writeStartObject();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      JsonNumbers.property(gen, e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }

  private static void strings(JsonGenerator gen, String name, List<String> values) {
    gen.writeName(name);
    gen.writeStartArray();
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }
}
