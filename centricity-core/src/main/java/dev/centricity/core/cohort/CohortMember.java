package dev.centricity.core.cohort;

import dev.centricity.core.Response;
import dev.centricity.core.internal.ValueStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One respondent of a {@link Cohort}: their response and, optionally, the group they belong to (a
 * team, a department, an account). Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface CohortMember {

  /** The respondent's answers. */
  @Value.Parameter
  Response response();

  /** The group label, when the respondent belongs to one; never blank. */
  @Value.Parameter
  Optional<String> group();

  /** Checks that a group label is not blank. */
  @Value.Check
  default void check() {
    if (group().isPresent() && group().get().isBlank()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "the group label of a cohort member must not be blank but was '%s'; leave it out"
                  + " for a respondent without a group",
              group().get()));
    }
  }

  /**
   * A member without a group.
   *
   * @param response the answers
   * @return the member
   */
  static CohortMember of(Response response) {
    return ImmutableCohortMember.of(response, Optional.empty());
  }

  /**
   * A member of a group.
   *
   * @param response the answers
   * @param group the group label, not blank
   * @return the member
   * @throws IllegalArgumentException if the label is blank
   */
  static CohortMember of(Response response, String group) {
    return ImmutableCohortMember.of(response, Optional.of(group));
  }

  /**
   * A builder for a {@link CohortMember}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CohortMember}, checking it when {@code build()} is called. Obtained from {@link
   * CohortMember#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableCohortMember.Builder {
    Builder() {}
  }
}
