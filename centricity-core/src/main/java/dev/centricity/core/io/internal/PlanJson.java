package dev.centricity.core.io.internal;

import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scorecard;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.plan.GroupPlan;
import dev.centricity.core.plan.ImprovementPlan;
import dev.centricity.core.plan.PlanChange;
import dev.centricity.core.plan.Target;
import dev.centricity.core.plan.TraitGain;
import dev.centricity.core.versions.BandTransition;
import dev.centricity.core.versions.RespondentImpact;
import dev.centricity.core.versions.RubricChange;
import dev.centricity.core.versions.RubricDiff;
import dev.centricity.core.versions.RubricImpact;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON trees of improvement plans, group plans, rubric diffs and impacts, in the layouts
 * {@code docs/plans.md} and {@code docs/versions.md} describe. Absent values are left out.
 */
public final class PlanJson {

  private static final JsonMapper MAPPER = JsonSupport.prettyJson();

  private PlanJson() {}

  /** Writes a tree as indented JSON. */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /** The tree of one improvement plan. */
  public static ObjectNode plan(ImprovementPlan plan) {
    ObjectNode n = MAPPER.createObjectNode();
    Scorecard current = plan.current();
    n.set("rubric", identity(current.rubric()));
    current.respondent().ifPresent(r -> n.put("respondent", r));
    n.set("target", target(plan.target()));
    n.put("reached", plan.reached());
    n.set("current", summary(current));
    ArrayNode changes = n.putArray("changes");
    for (PlanChange c : plan.changes()) {
      ObjectNode o = changes.addObject();
      o.put("trait", c.trait());
      o.put("dimension", c.dimension());
      c.from().ifPresent(f -> o.put("from", f));
      o.put("to", c.to());
      o.put("gain", c.gain());
    }
    n.set("predicted", MAPPER.valueToTree(plan.predicted()));
    return n;
  }

  /** The tree of the group plans of one cohort. */
  public static ObjectNode groups(
      RubricIdentity rubric, List<GroupPlan> plans, List<RowError> errors) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("rubric", identity(rubric));
    ArrayNode groups = n.putArray("groups");
    for (GroupPlan g : plans) {
      ObjectNode o = groups.addObject();
      g.group().ifPresent(label -> o.put("group", label));
      o.set("target", target(g.target()));
      o.put("members", g.members());
      o.put("undetermined", g.undetermined());
      o.put("inTarget", g.inTarget());
      ArrayNode traits = o.putArray("traits");
      for (TraitGain t : g.traits()) {
        ObjectNode x = traits.addObject();
        x.put("trait", t.trait());
        x.put("dimension", t.dimension());
        x.put("meanGain", t.meanGain());
        x.put("members", t.members());
      }
    }
    n.set("rowErrors", rowErrors(errors));
    return n;
  }

  private static ArrayNode rowErrors(List<RowError> errors) {
    ArrayNode bad = MAPPER.createArrayNode();
    for (RowError e : errors) {
      ObjectNode o = bad.addObject();
      o.put("line", e.line());
      e.respondent().ifPresent(r -> o.put("respondent", r));
      e.column().ifPresent(c -> o.put("column", c));
      o.put("reason", e.reason());
    }
    return bad;
  }

  /** The tree of a rubric diff, with the impact on a cohort when one is given. */
  public static ObjectNode diff(
      RubricDiff diff, Optional<RubricImpact> impact, List<RowError> rowErrors) {
    ObjectNode n = MAPPER.createObjectNode();
    n.set("before", identity(diff.before()));
    n.set("after", identity(diff.after()));
    n.put("required", name(diff.required()));
    n.put("actual", name(diff.actual()));
    n.put("versionLowered", diff.versionLowered());
    n.put("bumpedEnough", diff.bumpedEnough());
    n.put("affectsScores", diff.affectsScores());
    ArrayNode changes = n.putArray("changes");
    for (RubricChange c : diff.changes()) {
      ObjectNode o = changes.addObject();
      o.put("element", name(c.element()));
      o.put("kind", name(c.kind()));
      o.put("id", c.id());
      c.field().ifPresent(f -> o.put("field", f));
      c.before().ifPresent(f -> o.put("before", f));
      c.after().ifPresent(f -> o.put("after", f));
      o.put("affectsScores", c.affectsScores());
      o.put("bump", name(c.bump()));
    }
    impact.ifPresent(
        i -> {
          ObjectNode o = impact(i);
          o.set("rowErrors", rowErrors(rowErrors));
          n.set("impact", o);
        });
    return n;
  }

  private static ObjectNode impact(RubricImpact impact) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("respondents", impact.respondents().size());
    n.put("confidence", impact.confidence());
    impact.meanChange().ifPresent(e -> n.set("meanChange", estimate(e)));
    ArrayNode transitions = n.putArray("transitions");
    for (BandTransition t : impact.transitions()) {
      ObjectNode o = transitions.addObject();
      t.before().ifPresent(b -> o.put("before", b));
      t.after().ifPresent(b -> o.put("after", b));
      o.put("count", t.count());
    }
    ArrayNode changed = n.putArray("bandChanged");
    for (RespondentImpact r : impact.bandChanged()) {
      changed.add(r.position());
    }
    ArrayNode rows = n.putArray("changes");
    for (RespondentImpact r : impact.respondents()) {
      ObjectNode o = rows.addObject();
      o.put("position", r.position());
      r.respondent().ifPresent(x -> o.put("respondent", x));
      put(o, "before", r.before());
      put(o, "after", r.after());
      put(o, "change", r.change());
      r.bandBefore().ifPresent(b -> o.put("bandBefore", b));
      r.bandAfter().ifPresent(b -> o.put("bandAfter", b));
      o.put("droppedAnswers", r.droppedAnswers());
      r.problem().ifPresent(p -> o.put("problem", p));
    }
    return n;
  }

  private static ObjectNode estimate(Estimate e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("n", e.n());
    o.put("mean", e.mean());
    put(o, "standardDeviation", e.standardDeviation());
    put(o, "standardError", e.standardError());
    put(o, "lower", e.lower());
    put(o, "upper", e.upper());
    return o;
  }

  private static ObjectNode summary(Scorecard card) {
    ObjectNode o = MAPPER.createObjectNode();
    put(o, "index", card.index());
    put(o, "score", card.score());
    card.band().ifPresent(b -> o.put("band", b));
    return o;
  }

  private static ObjectNode target(Target target) {
    ObjectNode o = MAPPER.createObjectNode();
    target.band().ifPresent(b -> o.put("band", b));
    put(o, "index", target.index());
    return o;
  }

  private static ObjectNode identity(RubricIdentity id) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", id.id());
    o.put("version", id.version());
    o.put("hash", id.hash());
    return o;
  }

  private static void put(ObjectNode o, String name, OptionalDouble value) {
    if (value.isPresent()) {
      o.put(name, value.getAsDouble());
    }
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
