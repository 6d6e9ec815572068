package dev.centricity.core;

import dev.centricity.core.internal.CanonicalForm;
import dev.centricity.core.internal.RubricValidator;
import dev.centricity.core.internal.ValueStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rubric: the poles an organisation can lean towards, the scales answers are given on, the
 * weighted dimensions with their traits, the bands that name regions of the index, a default {@link
 * ScoringPolicy}, the references its traits cite, and worked examples that any scorer must
 * reproduce.
 *
 * <p>A rubric is validated whenever it is built or read: ids unique, every reference resolving, two
 * or more poles, weights finite and ≥ 0 with at least one positive, scales of two or more points,
 * contrast traits between two different poles, bands that tile [−1, 1], and worked examples that
 * hold. All problems are reported at once in one {@link RubricValidationException}, each with its
 * path in the file layout.
 *
 * <p>Immutable, value-based and thread-safe. Derive a variant with the {@code with*} methods of the
 * generated implementation or with {@code ImmutableRubric.builder().from(rubric)}.
 */
@Value.Immutable
@ValueStyle
public interface Rubric {

  /** The rubric's id, for example {@code product-customer-centricity}. */
  String id();

  /** The rubric's semantic version, for example {@code 1.0.0}. */
  String version();

  /** A human-readable title. */
  Optional<String> title();

  /** What the rubric measures, for people reading it. */
  Optional<String> description();

  /** The poles, in order; with two poles the first is the negative end of the index. */
  List<Pole> poles();

  /** The scales traits are answered on. */
  List<Scale> scales();

  /** The dimensions, each with its traits, in order. */
  List<Dimension> dimensions();

  /** The bands that tile [−1, 1]; empty when the rubric names none. */
  List<Band> bands();

  /**
   * The pole strength above which a pole counts as strong when the quadrant is named; 0.5 by
   * default.
   */
  @Value.Default
  default double strengthThreshold() {
    return 0.5;
  }

  /** The policy a scorer uses unless the host gives another. */
  @Value.Default
  default ScoringPolicy policy() {
    return ScoringPolicy.ofDefaults();
  }

  /** The works the traits cite. */
  List<Reference> references();

  /** Free-form metadata, such as a licence or a language. */
  Map<String, String> metadata();

  /** Responses with the results they must give; checked when the rubric is built. */
  List<WorkedExample> examples();

  /** {@code id@version}, the form a response uses to name the rubric it was made for. */
  default String reference() {
    return id() + "@" + version();
  }

  /**
   * The SHA-256 of the rubric's canonical JSON form (properties sorted, no white space; defined
   * exactly in docs/model.md, "Identity"), as 64 lower-case hex digits. Two rubrics have the same
   * hash exactly when they are equal. The form is written by the library itself, so the hash of a
   * rubric does not change with the version of any other library.
   */
  @Value.Lazy
  default String contentHash() {
    return CanonicalForm.hash(this);
  }

  /**
   * Finds a pole by id.
   *
   * @param poleId the id
   * @return the pole, or empty
   */
  default Optional<Pole> pole(String poleId) {
    return poles().stream().filter(p -> p.id().equals(poleId)).findFirst();
  }

  /**
   * Finds a scale by id.
   *
   * @param scaleId the id
   * @return the scale, or empty
   */
  default Optional<Scale> scale(String scaleId) {
    return scales().stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }

  /**
   * Finds a dimension by id.
   *
   * @param dimensionId the id
   * @return the dimension, or empty
   */
  default Optional<Dimension> dimension(String dimensionId) {
    return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  /**
   * Finds a trait by id, in whichever dimension it is.
   *
   * @param traitId the id
   * @return the trait, or empty
   */
  default Optional<Trait> trait(String traitId) {
    for (Dimension d : dimensions()) {
      Optional<Trait> t = d.trait(traitId);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  /** Every trait of every dimension, in the rubric's order. */
  default List<Trait> allTraits() {
    List<Trait> all = new ArrayList<>();
    for (Dimension d : dimensions()) {
      all.addAll(d.traits());
    }
    return Collections.unmodifiableList(all);
  }

  /** Validates the rubric; see the type's documentation for the rules. */
  @Value.Check
  default void validate() {
    RubricValidator.validate(this);
  }

  /** A builder for a rubric. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Rubric}, checking it when {@code build()} is called. Obtained from {@link
   * Rubric#builder()}; not thread-safe.
   */
  final class Builder extends ImmutableRubric.Builder {
    Builder() {}
  }
}
