package dev.centricity.core.versions;

/**
 * The parts of a semantic version, as the version rule for rubrics uses them, from no bump to a
 * major one; the order of the constants is their order of size.
 */
public enum VersionBump {
  /** The version may stay as it is: nothing changed. */
  NONE,
  /** Only texts changed (statements, labels, sources, titles): no score can change. */
  PATCH,
  /** Some score can change, but every response valid for the old rubric stays valid. */
  MINOR,
  /**
   * Some response valid for the old rubric is invalid for the new: a trait, pole, scale or scale
   * point removed, an id renamed, or a policy that rejects what was accepted.
   */
  MAJOR;

  /** The larger of two bumps. */
  VersionBump max(VersionBump other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
