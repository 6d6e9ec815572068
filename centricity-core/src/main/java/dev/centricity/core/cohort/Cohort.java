package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * Many respondents' responses about one organisation (an HR survey) or about many (a validation
 * study), each with an optional group label. A cohort held in memory; a cohort too large for that
 * is read from CSV as {@link CohortRows} and analysed as it streams.
 *
 * <p>Immutable and value-based. The order of the members is kept, but no result of a {@link
 * CohortAnalysis} depends on it.
 */
@Value.Immutable
@ValueStyle
public interface Cohort {

  /** The members, in the order they were given. */
  List<CohortMember> members();

  /** The number of members. */
  default int size() {
    return members().size();
  }

  /** The distinct group labels, sorted. */
  default List<String> groups() {
    TreeSet<String> labels = new TreeSet<>();
    for (CohortMember m : members()) {
      m.group().ifPresent(labels::add);
    }
    return List.copyOf(labels);
  }

  /**
   * The members of one group, in order.
   *
   * @param label the group label
   * @return the members; empty when no member has that label
   */
  default List<CohortMember> group(String label) {
    return members().stream().filter(m -> m.group().equals(Optional.of(label))).toList();
  }

  /**
   * A cohort of the given members.
   *
   * @param members the members, in order
   * @return the cohort
   */
  static Cohort of(Collection<? extends CohortMember> members) {
    return new Builder().addAllMembers(members).build();
  }

  /**
   * A cohort of the given members.
   *
   * @param members the members, in order
   * @return the cohort
   */
  static Cohort of(CohortMember... members) {
    return new Builder().addMembers(members).build();
  }

  /**
   * A builder for a {@link Cohort}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Cohort}, checking it when {@code build()} is called. Obtained from {@link
   * Cohort#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableCohort.Builder {
    Builder() {}
  }
}
