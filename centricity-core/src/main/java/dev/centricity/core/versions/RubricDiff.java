package dev.centricity.core.versions;

import dev.centricity.core.Band;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Reference;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.ScoringPolicy.MissingAnswers;
import dev.centricity.core.ScoringPolicy.UnknownTraits;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.core.versions.RubricChange.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two versions of a rubric, matched by id, and whether the new version's
 * number is bumped enough.
 *
 * <p><b>What is compared.</b> Poles, scales, dimensions and traits by id, bands by label: each is
 * added, removed or changed. A change names its field: a trait's {@code statement}, {@code weight},
 * {@code keying} (keyed pole or contrast), {@code scale}, {@code dimension} (moved to another),
 * {@code sources}, {@code actionable}; a pole's {@code label}, {@code description} or {@code
 * position}; a scale's {@code points} (their labels, or their number); a dimension's {@code name},
 * {@code description} or {@code weight}; a band's {@code from} or {@code to}; the policy's {@code
 * missing}, {@code minCoverage} or {@code unknownTraits}; and the rubric's {@code id}, {@code
 * title}, {@code description}, {@code strengthThreshold}, {@code references}, {@code metadata} and
 * {@code examples}. The order of dimensions and of traits within one is not compared: it changes no
 * score.
 *
 * <p><b>The version rule.</b> Each change needs a bump ({@link RubricChange#bump()}):
 *
 * <ul>
 *   <li>{@link VersionBump#PATCH} when it cannot change a score: texts (statements, labels, names,
 *       descriptions, titles), sources, references, metadata, worked examples, {@code actionable},
 *       a scale added, a scale's labels reworded or a trait moved to another scale of as many
 *       points;
 *   <li>{@link VersionBump#MINOR} when it can change a score but every response valid for the old
 *       rubric stays valid: a pole, dimension or trait added, a weight, keying, dimension, strength
 *       threshold or band changed, a pole moved (with two poles, the index changes sign), a scale
 *       given more points, the policy's minimum coverage or its handling of missing answers changed
 *       between skipping and neutral, or relaxed from rejecting;
 *   <li>{@link VersionBump#MAJOR} when some old response becomes invalid: a pole, scale, dimension
 *       or trait removed (a renamed id is a removal and an addition), a scale given fewer points,
 *       the rubric's id changed, or the policy made to reject missing answers or unknown traits.
 * </ul>
 *
 * <p>{@link #required()} is the largest of them; {@link #actual()} compares the two version numbers
 * (major, minor and patch; pre-release and build labels are not compared), and {@link
 * #bumpedEnough()} holds when the new version is not lower and its bump is at least the required
 * one.
 *
 * <p>Immutable and thread-safe.
 */
public final class RubricDiff {

  private static final Pattern CORE = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*");

  private final RubricIdentity before;
  private final RubricIdentity after;
  private final List<RubricChange> changes;
  private final VersionBump required;
  private final VersionBump actual;
  private final boolean lower;

  private RubricDiff(Rubric old, Rubric neu, List<RubricChange> changes) {
    this.before = RubricIdentity.of(old);
    this.after = RubricIdentity.of(neu);
    this.changes = List.copyOf(changes);
    VersionBump r = VersionBump.NONE;
    for (RubricChange c : changes) {
      r = r.max(c.bump());
    }
    this.required = r;
    long[] o = parts(old.version());
    long[] n = parts(neu.version());
    int cmp = 0;
    int first = 3;
    for (int i = 0; i < 3 && cmp == 0; i++) {
      cmp = Long.compare(n[i], o[i]);
      first = i;
    }
    this.lower = cmp < 0;
    this.actual =
        cmp <= 0
            ? VersionBump.NONE
            : first == 0 ? VersionBump.MAJOR : first == 1 ? VersionBump.MINOR : VersionBump.PATCH;
  }

  /**
   * Compares two rubrics.
   *
   * @param old the earlier version
   * @param neu the later version
   * @return the differences, in the order rubric, poles, scales, dimensions, traits, bands, policy;
   *     within each, the old rubric's order, then what was added in the new one's
   */
  public static RubricDiff between(Rubric old, Rubric neu) {
    List<RubricChange> out = new ArrayList<>();
    rubric(old, neu, out);
    poles(old, neu, out);
    scales(old, neu, out);
    dimensions(old, neu, out);
    traits(old, neu, out);
    bands(old, neu, out);
    policy(old.policy(), neu.policy(), out);
    return new RubricDiff(old, neu, out);
  }

  /** The old rubric's id, version and content hash. */
  public RubricIdentity before() {
    return before;
  }

  /** The new rubric's id, version and content hash. */
  public RubricIdentity after() {
    return after;
  }

  /** Every difference; empty when the two rubrics have the same content. */
  public List<RubricChange> changes() {
    return changes;
  }

  /** Whether some change can change a score. */
  public boolean affectsScores() {
    return changes.stream().anyMatch(RubricChange::affectsScores);
  }

  /** The bump the changes need: the largest of theirs, {@link VersionBump#NONE} when none. */
  public VersionBump required() {
    return required;
  }

  /**
   * The bump from the old version number to the new: the first of major, minor and patch that grew;
   * {@link VersionBump#NONE} when the numbers are equal or the new one is lower.
   */
  public VersionBump actual() {
    return actual;
  }

  /** Whether the new version number is lower than the old. */
  public boolean versionLowered() {
    return lower;
  }

  /**
   * Whether the new version is not lower than the old and bumped at least as {@link #required()}.
   */
  public boolean bumpedEnough() {
    return !lower && actual.compareTo(required) >= 0;
  }

  private static long[] parts(String version) {
    Matcher m = CORE.matcher(version);
    if (!m.matches()) {
      // Rubrics are validated to carry semantic versions, so this is a broken invariant.
      throw new IllegalStateException("not a semantic version: " + version);
    }
    return new long[] {
      Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))
    };
  }

  private static void rubric(Rubric old, Rubric neu, List<RubricChange> out) {
    if (!old.id().equals(neu.id())) {
      out.add(
          RubricChange.changed(
              Element.RUBRIC, neu.id(), "id", old.id(), neu.id(), VersionBump.MAJOR, false));
    }
    String id = neu.id();
    text(out, Element.RUBRIC, id, "title", old.title().orElse(""), neu.title().orElse(""));
    text(
        out,
        Element.RUBRIC,
        id,
        "description",
        old.description().orElse(""),
        neu.description().orElse(""));
    if (Double.compare(old.strengthThreshold(), neu.strengthThreshold()) != 0) {
      out.add(
          RubricChange.changed(
              Element.RUBRIC,
              id,
              "strengthThreshold",
              old.strengthThreshold(),
              neu.strengthThreshold(),
              VersionBump.MINOR,
              true));
    }
    if (!old.references().equals(neu.references())) {
      out.add(
          RubricChange.changed(
              Element.RUBRIC,
              id,
              "references",
              summary(old.references(), Reference::id),
              summary(neu.references(), Reference::id),
              VersionBump.PATCH,
              false));
    }
    text(out, Element.RUBRIC, id, "metadata", old.metadata(), neu.metadata());
    if (!old.examples().equals(neu.examples())) {
      out.add(
          RubricChange.changed(
              Element.RUBRIC,
              id,
              "examples",
              summary(old.examples(), WorkedExample::name),
              summary(neu.examples(), WorkedExample::name),
              VersionBump.PATCH,
              false));
    }
  }

  private static void poles(Rubric old, Rubric neu, List<RubricChange> out) {
    Map<String, Pole> before = byId(old.poles(), Pole::id);
    Map<String, Pole> after = byId(neu.poles(), Pole::id);
    List<String> oldOrder = new ArrayList<>(before.keySet());
    List<String> newOrder = new ArrayList<>(after.keySet());
    for (Pole p : old.poles()) {
      Pole q = after.get(p.id());
      if (q == null) {
        out.add(RubricChange.removed(Element.POLE, p.id(), VersionBump.MAJOR, true));
        continue;
      }
      text(out, Element.POLE, p.id(), "label", p.label(), q.label());
      text(
          out,
          Element.POLE,
          p.id(),
          "description",
          p.description().orElse(""),
          q.description().orElse(""));
      int i = oldOrder.indexOf(p.id()) + 1;
      int j = newOrder.indexOf(p.id()) + 1;
      if (i != j) {
        out.add(
            RubricChange.changed(Element.POLE, p.id(), "position", i, j, VersionBump.MINOR, true));
      }
    }
    for (Pole q : neu.poles()) {
      if (!before.containsKey(q.id())) {
        out.add(RubricChange.added(Element.POLE, q.id(), VersionBump.MINOR, true));
      }
    }
  }

  private static void scales(Rubric old, Rubric neu, List<RubricChange> out) {
    Map<String, Scale> before = byId(old.scales(), Scale::id);
    Map<String, Scale> after = byId(neu.scales(), Scale::id);
    for (Scale s : old.scales()) {
      Scale t = after.get(s.id());
      if (t == null) {
        out.add(RubricChange.removed(Element.SCALE, s.id(), VersionBump.MAJOR, true));
      } else if (s.size() != t.size()) {
        boolean fewer = t.size() < s.size();
        out.add(
            RubricChange.changed(
                Element.SCALE,
                s.id(),
                "points",
                s.points(),
                t.points(),
                fewer ? VersionBump.MAJOR : VersionBump.MINOR,
                true));
      } else {
        text(out, Element.SCALE, s.id(), "points", s.points(), t.points());
      }
    }
    for (Scale t : neu.scales()) {
      if (!before.containsKey(t.id())) {
        out.add(RubricChange.added(Element.SCALE, t.id(), VersionBump.PATCH, false));
      }
    }
  }

  private static void dimensions(Rubric old, Rubric neu, List<RubricChange> out) {
    Map<String, Dimension> before = byId(old.dimensions(), Dimension::id);
    Map<String, Dimension> after = byId(neu.dimensions(), Dimension::id);
    for (Dimension d : old.dimensions()) {
      Dimension e = after.get(d.id());
      if (e == null) {
        out.add(RubricChange.removed(Element.DIMENSION, d.id(), VersionBump.MAJOR, true));
        continue;
      }
      text(out, Element.DIMENSION, d.id(), "name", d.name(), e.name());
      text(
          out,
          Element.DIMENSION,
          d.id(),
          "description",
          d.description().orElse(""),
          e.description().orElse(""));
      if (Double.compare(d.weight(), e.weight()) != 0) {
        out.add(
            RubricChange.changed(
                Element.DIMENSION,
                d.id(),
                "weight",
                d.weight(),
                e.weight(),
                VersionBump.MINOR,
                true));
      }
    }
    for (Dimension e : neu.dimensions()) {
      if (!before.containsKey(e.id())) {
        out.add(RubricChange.added(Element.DIMENSION, e.id(), VersionBump.MINOR, true));
      }
    }
  }

  private static void traits(Rubric old, Rubric neu, List<RubricChange> out) {
    Map<String, String> oldDim = dimensionOf(old);
    Map<String, String> newDim = dimensionOf(neu);
    Map<String, Trait> after = byId(neu.allTraits(), Trait::id);
    for (Trait t : old.allTraits()) {
      Trait u = after.get(t.id());
      String id = t.id();
      if (u == null) {
        out.add(RubricChange.removed(Element.TRAIT, id, VersionBump.MAJOR, true));
        continue;
      }
      text(out, Element.TRAIT, id, "statement", t.statement(), u.statement());
      if (Double.compare(t.weight(), u.weight()) != 0) {
        out.add(
            RubricChange.changed(
                Element.TRAIT, id, "weight", t.weight(), u.weight(), VersionBump.MINOR, true));
      }
      if (!keying(t).equals(keying(u))) {
        out.add(
            RubricChange.changed(
                Element.TRAIT, id, "keying", keying(t), keying(u), VersionBump.MINOR, true));
      }
      if (!t.scale().equals(u.scale())) {
        int from = old.scale(t.scale()).orElseThrow().size();
        int to = neu.scale(u.scale()).orElseThrow().size();
        VersionBump bump =
            to < from ? VersionBump.MAJOR : to > from ? VersionBump.MINOR : VersionBump.PATCH;
        out.add(
            RubricChange.changed(
                Element.TRAIT, id, "scale", t.scale(), u.scale(), bump, to != from));
      }
      if (!oldDim.get(id).equals(newDim.get(id))) {
        out.add(
            RubricChange.changed(
                Element.TRAIT,
                id,
                "dimension",
                oldDim.get(id),
                newDim.get(id),
                VersionBump.MINOR,
                true));
      }
      if (!t.sources().equals(u.sources())) {
        out.add(
            RubricChange.changed(
                Element.TRAIT,
                id,
                "sources",
                summary(t.sources(), RubricDiff::source),
                summary(u.sources(), RubricDiff::source),
                VersionBump.PATCH,
                false));
      }
      if (t.actionable() != u.actionable()) {
        out.add(
            RubricChange.changed(
                Element.TRAIT,
                id,
                "actionable",
                t.actionable(),
                u.actionable(),
                VersionBump.PATCH,
                false));
      }
    }
    for (Trait u : neu.allTraits()) {
      if (!oldDim.containsKey(u.id())) {
        out.add(RubricChange.added(Element.TRAIT, u.id(), VersionBump.MINOR, true));
      }
    }
  }

  private static void bands(Rubric old, Rubric neu, List<RubricChange> out) {
    Map<String, Band> before = byId(old.bands(), Band::label);
    Map<String, Band> after = byId(neu.bands(), Band::label);
    for (Band b : old.bands()) {
      Band c = after.get(b.label());
      if (c == null) {
        out.add(RubricChange.removed(Element.BAND, b.label(), VersionBump.MINOR, true));
        continue;
      }
      if (Double.compare(b.from(), c.from()) != 0) {
        out.add(
            RubricChange.changed(
                Element.BAND, b.label(), "from", b.from(), c.from(), VersionBump.MINOR, true));
      }
      if (Double.compare(b.to(), c.to()) != 0) {
        out.add(
            RubricChange.changed(
                Element.BAND, b.label(), "to", b.to(), c.to(), VersionBump.MINOR, true));
      }
    }
    for (Band c : neu.bands()) {
      if (!before.containsKey(c.label())) {
        out.add(RubricChange.added(Element.BAND, c.label(), VersionBump.MINOR, true));
      }
    }
  }

  private static void policy(ScoringPolicy old, ScoringPolicy neu, List<RubricChange> out) {
    if (old.missing() != neu.missing()) {
      VersionBump bump =
          neu.missing() == MissingAnswers.REJECT ? VersionBump.MAJOR : VersionBump.MINOR;
      out.add(
          RubricChange.changed(
              Element.POLICY,
              "policy",
              "missing",
              name(old.missing()),
              name(neu.missing()),
              bump,
              true));
    }
    if (Double.compare(old.minCoverage(), neu.minCoverage()) != 0) {
      out.add(
          RubricChange.changed(
              Element.POLICY,
              "policy",
              "minCoverage",
              old.minCoverage(),
              neu.minCoverage(),
              VersionBump.MINOR,
              true));
    }
    if (old.unknownTraits() != neu.unknownTraits()) {
      VersionBump bump =
          neu.unknownTraits() == UnknownTraits.REJECT ? VersionBump.MAJOR : VersionBump.MINOR;
      out.add(
          RubricChange.changed(
              Element.POLICY,
              "policy",
              "unknownTraits",
              name(old.unknownTraits()),
              name(neu.unknownTraits()),
              bump,
              true));
    }
  }

  /**
   * A list shown by the names of its items (the full items are compared; a reworded reference or
   * example shows the same names before and after).
   */
  private static <T> String summary(List<T> items, Function<T, String> name) {
    List<String> names = new ArrayList<>();
    for (T item : items) {
      names.add(name.apply(item));
    }
    return names.toString();
  }

  private static String source(Source s) {
    return s.article() + " " + s.claims();
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** A text-only field: a patch when it differs. */
  private static void text(
      List<RubricChange> out, Element element, String id, String field, Object old, Object neu) {
    if (!Objects.equals(old, neu)) {
      out.add(RubricChange.changed(element, id, field, old, neu, VersionBump.PATCH, false));
    }
  }

  private static String keying(Trait t) {
    return t.keyed()
        .map(p -> "keyed " + p)
        .orElseGet(
            () ->
                "contrast "
                    + t.contrast().orElseThrow().from()
                    + " → "
                    + t.contrast().orElseThrow().to());
  }

  private static Map<String, String> dimensionOf(Rubric rubric) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Dimension d : rubric.dimensions()) {
      for (Trait t : d.traits()) {
        out.put(t.id(), d.id());
      }
    }
    return out;
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T item : items) {
      out.put(id.apply(item), item);
    }
    return out;
  }

  @Override
  public String toString() {
    return "RubricDiff{"
        + before
        + " → "
        + after
        + ", required="
        + required
        + ", changes="
        + changes
        + "}";
  }
}
