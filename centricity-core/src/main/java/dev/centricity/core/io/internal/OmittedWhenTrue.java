package dev.centricity.core.io.internal;

/**
 * A Jackson inclusion filter that leaves a boolean property out when it is {@code true}, its
 * default: Jackson calls {@link #equals(Object)} with the value and omits the property when it
 * answers true. Used for {@code Trait.actionable()}, so that rubrics that never set it keep the
 * same files and the same content hash.
 */
public final class OmittedWhenTrue {

  /** Creates the filter; Jackson instantiates it reflectively. */
  public OmittedWhenTrue() {}

  @Override
  public boolean equals(Object value) {
    return Boolean.TRUE.equals(value);
  }

  @Override
  public int hashCode() {
    return OmittedWhenTrue.class.hashCode();
  }
}
