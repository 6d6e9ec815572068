package dev.centricity.core.versions;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two versions of a rubric: what part of it ({@link #element()}, {@link
 * #id()}), whether it was added, removed or changed ({@link #kind()}), for a change which field and
 * its values before and after, whether it can change a score, and the version bump it needs. See
 * {@link RubricDiff} for the rule. Immutable and value-based.
 */
public final class RubricChange {

  /** The part of a rubric a change concerns. */
  public enum Element {
    /** The rubric itself: its id, texts, references, metadata, examples, strength threshold. */
    RUBRIC,
    /** A pole. */
    POLE,
    /** A scale. */
    SCALE,
    /** A dimension. */
    DIMENSION,
    /** A trait. */
    TRAIT,
    /** A band, matched by its label. */
    BAND,
    /** The rubric's default scoring policy. */
    POLICY
  }

  /** What happened to the element. */
  public enum Kind {
    /** It is in the new rubric only. */
    ADDED,
    /** It is in the old rubric only. */
    REMOVED,
    /** It is in both, with a field changed. */
    CHANGED
  }

  private final Element element;
  private final Kind kind;
  private final String id;
  private final String field;
  private final String before;
  private final String after;
  private final boolean affectsScores;
  private final VersionBump bump;

  private RubricChange(
      Element element,
      Kind kind,
      String id,
      String field,
      String before,
      String after,
      boolean affectsScores,
      VersionBump bump) {
    this.element = element;
    this.kind = kind;
    this.id = id;
    this.field = field;
    this.before = before;
    this.after = after;
    this.affectsScores = affectsScores;
    this.bump = bump;
  }

  static RubricChange added(Element element, String id, VersionBump bump, boolean affects) {
    return new RubricChange(element, Kind.ADDED, id, null, null, null, affects, bump);
  }

  static RubricChange removed(Element element, String id, VersionBump bump, boolean affects) {
    return new RubricChange(element, Kind.REMOVED, id, null, null, null, affects, bump);
  }

  static RubricChange changed(
      Element element,
      String id,
      String field,
      Object before,
      Object after,
      VersionBump bump,
      boolean affects) {
    return new RubricChange(
        element,
        Kind.CHANGED,
        id,
        field,
        String.valueOf(before),
        String.valueOf(after),
        affects,
        bump);
  }

  /** The part of the rubric. */
  public Element element() {
    return element;
  }

  /** Added, removed or changed. */
  public Kind kind() {
    return kind;
  }

  /**
   * The element's id (a band's label; the rubric's id for {@link Element#RUBRIC}; {@code policy}
   * for {@link Element#POLICY}).
   */
  public String id() {
    return id;
  }

  /**
   * For a change, the field that changed: {@code statement}, {@code weight}, {@code keying}, {@code
   * scale}, {@code dimension}, {@code sources}, {@code actionable}, {@code label}, {@code points},
   * {@code position}, {@code from}, {@code to}, {@code missing}, {@code minCoverage}, {@code
   * unknownTraits}, {@code id}, {@code title}, {@code description}, {@code references}, {@code
   * metadata}, {@code examples}, {@code strengthThreshold}, {@code name}.
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** For a change, the field's old value as text. */
  public Optional<String> before() {
    return Optional.ofNullable(before);
  }

  /** For a change, the field's new value as text. */
  public Optional<String> after() {
    return Optional.ofNullable(after);
  }

  /** Whether the change can change some score (texts and sources cannot). */
  public boolean affectsScores() {
    return affectsScores;
  }

  /** The smallest version bump this change needs. */
  public VersionBump bump() {
    return bump;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RubricChange c
        && element == c.element
        && kind == c.kind
        && id.equals(c.id)
        && Objects.equals(field, c.field)
        && Objects.equals(before, c.before)
        && Objects.equals(after, c.after)
        && affectsScores == c.affectsScores
        && bump == c.bump;
  }

  @Override
  public int hashCode() {
    return Objects.hash(element, kind, id, field, before, after, affectsScores, bump);
  }

  /** One line: for example {@code trait 'focus.aim' weight changed: 1.0 → 2.0 (minor)}. */
  @Override
  public String toString() {
    String what = element.name().toLowerCase(Locale.ROOT) + " '" + id + "'";
    String detail =
        kind == Kind.CHANGED
            ? " " + field + " changed: " + before + " → " + after
            : " " + kind.name().toLowerCase(Locale.ROOT);
    return what + detail + " (" + bump.name().toLowerCase(Locale.ROOT) + ")";
  }
}
