package dev.centricity.testkit;

import dev.centricity.core.Band;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.Scale;
import dev.centricity.core.Trait;
import dev.centricity.testkit.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;

/**
 * Generators of rubrics, and the variants of a rubric that the invariants of {@code docs/model.md}
 * compare with: without a trait or a dimension, reweighted, reordered, or with two poles' roles
 * swapped.
 *
 * <p>A derived rubric keeps everything of the original (id, version, poles, scales, bands, policy,
 * references, metadata) except what the derivation changes, and carries <b>no worked examples</b>:
 * an example of the original need not hold for a variant, and would make it invalid. Derivations
 * validate the result like any rubric and throw {@link RubricValidationException} when it breaks a
 * rule (for example, removing the last trait of a dimension).
 *
 * <p>All methods are static and thread-safe.
 */
public final class Rubrics {

  private static final List<Band> DEFAULT_BANDS =
      List.of(
          Band.of("Strongly product-centric", -1.0, -0.6),
          Band.of("Product-leaning", -0.6, -0.2),
          Band.of("Balanced", -0.2, 0.2),
          Band.of("Customer-leaning", 0.2, 0.6),
          Band.of("Strongly customer-centric", 0.6, 1.0));

  private Rubrics() {}

  /**
   * An arbitrary of valid rubrics with the defaults described in {@link RubricArbitrary}; configure
   * it with its methods, such as {@code Rubrics.arbitrary().poles(2, 3).traits(5, 40)}.
   *
   * @return the arbitrary
   */
  public static RubricArbitrary arbitrary() {
    return new RubricArbitrary();
  }

  /**
   * Valid ids (matching {@code [A-Za-z0-9][A-Za-z0-9._:-]*}, at most 12 characters), half of them
   * random and half literals that a YAML or JSON writer could mistake for something else: booleans
   * and nulls of YAML 1.1 and 1.2 ({@code no}, {@code null}), numbers in every notation ({@code
   * 1e3}, {@code 0x1F}, {@code 007}, {@code 1.50}), times and dates ({@code 12:30}, {@code
   * 2001-12-14}) and ids using every allowed punctuation mark ({@code a:b}, {@code x:}). They are
   * not unique.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> ids() {
    return Texts.ids();
  }

  /**
   * The default five bands of {@code docs/model.md} (Bands): strongly product-centric [−1, −0.6),
   * product-leaning [−0.6, −0.2), balanced [−0.2, 0.2], customer-leaning (0.2, 0.6], strongly
   * customer-centric (0.6, 1]. They are symmetric about 0: band <i>i</i> of 5 mirrors band 4 −
   * <i>i</i>.
   *
   * @return the bands, in order from −1 to 1
   */
  public static List<Band> defaultBands() {
    return DEFAULT_BANDS;
  }

  /**
   * The rubric without one trait.
   *
   * @param rubric the rubric
   * @param traitId the id of the trait to remove
   * @return the rubric without it
   * @throws IllegalArgumentException if the rubric has no such trait
   * @throws RubricValidationException if the result is invalid, for example a dimension left empty
   */
  public static Rubric withoutTrait(Rubric rubric, String traitId) {
    requireTrait(rubric, traitId);
    return withDimensions(
        rubric,
        mapDimensions(
            rubric,
            d ->
                Dimension.builder()
                    .from(d)
                    .traits(d.traits().stream().filter(t -> !t.id().equals(traitId)).toList())
                    .build()));
  }

  /**
   * The rubric without one dimension and its traits.
   *
   * @param rubric the rubric
   * @param dimensionId the id of the dimension to remove
   * @return the rubric without it
   * @throws IllegalArgumentException if the rubric has no such dimension
   * @throws RubricValidationException if the result is invalid, for example nothing left to score
   */
  public static Rubric withoutDimension(Rubric rubric, String dimensionId) {
    requireDimension(rubric, dimensionId);
    return withDimensions(
        rubric, rubric.dimensions().stream().filter(d -> !d.id().equals(dimensionId)).toList());
  }

  /**
   * The rubric with one trait's weight changed.
   *
   * @param rubric the rubric
   * @param traitId the trait's id
   * @param weight the new weight
   * @return the reweighted rubric
   * @throws IllegalArgumentException if the rubric has no such trait
   * @throws RubricValidationException if the result is invalid, for example nothing left to score
   */
  public static Rubric withTraitWeight(Rubric rubric, String traitId, double weight) {
    requireTrait(rubric, traitId);
    return withTraits(
        rubric, t -> t.id().equals(traitId) ? Trait.builder().from(t).weight(weight).build() : t);
  }

  /**
   * The rubric with one dimension's weight changed.
   *
   * @param rubric the rubric
   * @param dimensionId the dimension's id
   * @param weight the new weight
   * @return the reweighted rubric
   * @throws IllegalArgumentException if the rubric has no such dimension
   * @throws RubricValidationException if the result is invalid, for example nothing left to score
   */
  public static Rubric withDimensionWeight(Rubric rubric, String dimensionId, double weight) {
    requireDimension(rubric, dimensionId);
    return withDimensions(
        rubric,
        mapDimensions(
            rubric,
            d ->
                d.id().equals(dimensionId)
                    ? Dimension.builder().from(d).weight(weight).build()
                    : d));
  }

  /**
   * The rubric with every trait weight of one dimension multiplied by a factor.
   *
   * @param rubric the rubric
   * @param dimensionId the dimension's id
   * @param factor the factor, finite and &gt; 0
   * @return the reweighted rubric
   * @throws IllegalArgumentException if the rubric has no such dimension or the factor is not
   *     positive
   */
  public static Rubric withTraitWeightsScaled(Rubric rubric, String dimensionId, double factor) {
    requireDimension(rubric, dimensionId);
    requireFactor(factor);
    return withDimensions(
        rubric,
        mapDimensions(
            rubric,
            d ->
                d.id().equals(dimensionId)
                    ? Dimension.builder()
                        .from(d)
                        .traits(
                            d.traits().stream()
                                .map(
                                    t ->
                                        Trait.builder().from(t).weight(t.weight() * factor).build())
                                .toList())
                        .build()
                    : d));
  }

  /**
   * The rubric with every dimension weight multiplied by a factor.
   *
   * @param rubric the rubric
   * @param factor the factor, finite and &gt; 0
   * @return the reweighted rubric
   * @throws IllegalArgumentException if the factor is not positive
   */
  public static Rubric withDimensionWeightsScaled(Rubric rubric, double factor) {
    requireFactor(factor);
    return withDimensions(
        rubric,
        mapDimensions(
            rubric, d -> Dimension.builder().from(d).weight(d.weight() * factor).build()));
  }

  /**
   * The rubric with its dimensions replaced, for example reordered or with their traits reordered.
   *
   * @param rubric the rubric
   * @param dimensions the new dimensions, in order
   * @return the rubric with them
   * @throws RubricValidationException if the result is invalid
   */
  public static Rubric withDimensions(Rubric rubric, List<? extends Dimension> dimensions) {
    return Rubric.builder().from(rubric).dimensions(dimensions).examples(List.of()).build();
  }

  /**
   * The rubric with the roles of two poles swapped on every trait: a trait keyed to one is keyed to
   * the other, and a contrast's ends are exchanged wherever they are one of the two. The poles keep
   * their order, so with two poles the index of every response is negated (invariant 8) and with
   * more poles the two poles' shares are exchanged.
   *
   * @param rubric the rubric
   * @param first the id of one pole
   * @param second the id of the other
   * @return the rubric with their roles swapped
   * @throws IllegalArgumentException if either pole is not a pole of the rubric
   */
  public static Rubric withPoleRolesSwapped(Rubric rubric, String first, String second) {
    for (String p : List.of(first, second)) {
      if (rubric.pole(p).isEmpty()) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT, "rubric '%s' has no pole '%s'", rubric.reference(), p));
      }
    }
    UnaryOperator<String> swap = p -> p.equals(first) ? second : p.equals(second) ? first : p;
    return withTraits(
        rubric,
        t -> {
          var b = Trait.builder().from(t);
          t.keyed().ifPresent(p -> b.keyed(swap.apply(p)));
          t.contrast()
              .ifPresent(c -> b.contrast(Contrast.of(swap.apply(c.from()), swap.apply(c.to()))));
          return b.build();
        });
  }

  /**
   * The mirror image of a two-pole rubric: every trait keyed to one pole is keyed to the other, and
   * every contrast runs the other way. The poles keep their order, so every index is negated
   * (invariant 8).
   *
   * @param rubric a rubric with exactly two poles
   * @return the mirrored rubric
   * @throws IllegalArgumentException if the rubric does not have exactly two poles
   */
  public static Rubric mirrored(Rubric rubric) {
    if (rubric.poles().size() != 2) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "only a rubric with 2 poles can be mirrored, but '%s' has %d",
              rubric.reference(),
              rubric.poles().size()));
    }
    return withPoleRolesSwapped(rubric, rubric.poles().get(0).id(), rubric.poles().get(1).id());
  }

  /**
   * A compact description of what a rubric scores with, one line per dimension and trait, for the
   * counterexamples a failing property reports.
   *
   * @param rubric the rubric
   * @return the description
   */
  public static String describe(Rubric rubric) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "rubric %s, poles %s, %s, %s, %s, policy %s/%s",
            rubric.reference(),
            rubric.poles().stream().map(Pole::id).toList(),
            count(rubric.dimensions().size(), "dimension"),
            count(rubric.allTraits().size(), "trait"),
            rubric.bands().isEmpty() ? "no bands" : rubric.bands().size() + " bands",
            rubric.policy().missing(),
            rubric.policy().minCoverage()));
    for (Dimension d : rubric.dimensions()) {
      sb.append(String.format(Locale.ROOT, "%n  dimension %s (weight %s)", d.id(), d.weight()));
      for (Trait t : d.traits()) {
        String kind =
            t.keyed()
                .map(p -> "keyed " + p)
                .orElseGet(
                    () ->
                        "contrast " + t.contrast().get().from() + " -> " + t.contrast().get().to());
        int points = rubric.scale(t.scale()).map(Scale::size).orElse(0);
        sb.append(
            String.format(
                Locale.ROOT,
                "%n    %s: %s, %d points, weight %s",
                t.id(),
                kind,
                points,
                t.weight()));
      }
    }
    return sb.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Rubric withTraits(Rubric rubric, UnaryOperator<Trait> change) {
    return withDimensions(
        rubric,
        mapDimensions(
            rubric,
            d ->
                Dimension.builder()
                    .from(d)
                    .traits(d.traits().stream().map(change).toList())
                    .build()));
  }

  private static List<Dimension> mapDimensions(Rubric rubric, UnaryOperator<Dimension> change) {
    List<Dimension> dims = new ArrayList<>();
    for (Dimension d : rubric.dimensions()) {
      dims.add(change.apply(d));
    }
    return dims;
  }

  private static void requireTrait(Rubric rubric, String traitId) {
    Objects.requireNonNull(traitId, "traitId");
    if (rubric.trait(traitId).isEmpty()) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "rubric '%s' has no trait '%s'", rubric.reference(), traitId));
    }
  }

  private static void requireDimension(Rubric rubric, String dimensionId) {
    Objects.requireNonNull(dimensionId, "dimensionId");
    if (rubric.dimension(dimensionId).isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "rubric '%s' has no dimension '%s'", rubric.reference(), dimensionId));
    }
  }

  private static void requireFactor(double factor) {
    if (!(factor > 0) || !Double.isFinite(factor)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "factor must be finite and > 0 but was %s", factor));
    }
  }
}
