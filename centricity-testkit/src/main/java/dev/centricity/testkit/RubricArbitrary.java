package dev.centricity.testkit;

import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Reference;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.testkit.internal.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * A configurable arbitrary of valid {@link Rubric rubrics}; obtain one with {@link
 * Rubrics#arbitrary()}.
 *
 * <p>By default a rubric has 2 to 4 poles, 1 to 4 dimensions of 1 to 5 traits each, keyed and
 * contrast traits (about two keyed to one contrast), scales of 2 to 11 points, weights that are 1,
 * exactly 0, numbers of one or two decimals up to 10 or awkward numbers with many digits, and
 * either the default five bands ({@link Rubrics#defaultBands()}) or none (bands only on rubrics of
 * two poles, as the model requires). Ids are unique and mostly readable ({@code product}, {@code
 * rewards}, {@code rewards.2}); about one in ten is an unusual valid id such as {@code 1e3}, {@code
 * null}, {@code 12:30} or {@code a:b}, and titles, labels, descriptions, statements, references
 * with the sources that cite them, metadata, a strength threshold and a default policy are drawn
 * too, so that rubrics exercise the file formats as well as the engine. {@link #plain()} leaves all
 * of those out.
 *
 * <p>Every generated rubric is valid by construction (no filter discards values): contrast traits
 * run between two different poles, and when no dimension of positive weight has a trait of positive
 * weight, the first dimension is given weight 1 (and its first trait too, if all its traits weigh
 * 0). Rubrics shrink towards fewer poles, dimensions and traits, keyed traits on the smallest
 * scale, weights of 1 and readable ids.
 *
 * <p>Immutable and thread-safe: each configuration method returns a new arbitrary and leaves this
 * one unchanged. For example {@code Rubrics.arbitrary().poles(2, 3).traits(5, 40)}.
 */
public final class RubricArbitrary extends ArbitraryDecorator<Rubric> {

  /** The two kinds of trait ({@code docs/model.md}, "Traits and their directions"). */
  public enum TraitKind {
    /** Keyed to one pole and rated by agreement. */
    KEYED,
    /** A contrast running from one pole to another. */
    CONTRAST
  }

  private enum Bands {
    DEFAULT_OR_NONE,
    DEFAULT,
    NONE
  }

  /** The largest scale size the generator accepts. */
  public static final int MAX_SCALE_SIZE = 101;

  private static final String[] POLE_NAMES = {
    "product", "customer", "channel", "partner", "employee", "investor", "society", "regulator"
  };

  private static final String[] DIMENSION_NAMES = {
    "rewards", "focus", "measures", "structure", "culture", "learning", "leadership", "service"
  };

  private static final List<String> LIKERT =
      List.of("Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree");

  private int minPoles = 2;
  private int maxPoles = 4;
  private int minDimensions = 1;
  private int maxDimensions = 4;
  private int minTraits = 1;
  private int maxTraits = 5;
  private List<Integer> scaleSizes = range(2, 11);
  private Set<TraitKind> kinds = Collections.unmodifiableSet(EnumSet.allOf(TraitKind.class));
  private boolean zeroWeights = true;
  private Bands bands = Bands.DEFAULT_OR_NONE;
  private boolean readableIds = false;
  private boolean plain = false;

  RubricArbitrary() {}

  /**
   * Sets how many poles a rubric has.
   *
   * @param min the fewest, at least 2
   * @param max the most, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code min < 2} or {@code max < min}
   */
  public RubricArbitrary poles(int min, int max) {
    checkRange("poles", min, max, 2);
    RubricArbitrary copy = typedClone();
    copy.minPoles = min;
    copy.maxPoles = max;
    return copy;
  }

  /**
   * Sets how many dimensions a rubric has.
   *
   * @param min the fewest, at least 1
   * @param max the most, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
   */
  public RubricArbitrary dimensions(int min, int max) {
    checkRange("dimensions", min, max, 1);
    RubricArbitrary copy = typedClone();
    copy.minDimensions = min;
    copy.maxDimensions = max;
    return copy;
  }

  /**
   * Sets how many traits each dimension has.
   *
   * @param min the fewest per dimension, at least 1
   * @param max the most per dimension, at least {@code min}
   * @return a new arbitrary
   * @throws IllegalArgumentException if {@code min < 1} or {@code max < min}
   */
  public RubricArbitrary traits(int min, int max) {
    checkRange("traits", min, max, 1);
    RubricArbitrary copy = typedClone();
    copy.minTraits = min;
    copy.maxTraits = max;
    return copy;
  }

  /**
   * Sets the sizes of the scales traits are answered on; each size in the range is equally likely.
   *
   * @param min the smallest number of points, at least 2
   * @param max the largest, from {@code min} to {@value #MAX_SCALE_SIZE}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the range is empty or outside [2, {@value #MAX_SCALE_SIZE}]
   */
  public RubricArbitrary scaleSizes(int min, int max) {
    checkRange("scale sizes", min, max, 2);
    if (max > MAX_SCALE_SIZE) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "scale sizes must be at most %d but the maximum was %d",
              MAX_SCALE_SIZE,
              max));
    }
    RubricArbitrary copy = typedClone();
    copy.scaleSizes = range(min, max);
    return copy;
  }

  /**
   * Keeps only the scale sizes with an odd number of points, whose midpoint is a point of the
   * scale, so that every trait can be answered exactly neutrally.
   *
   * @return a new arbitrary
   * @throws IllegalArgumentException if the current scale sizes include no odd size
   */
  public RubricArbitrary oddScaleSizesOnly() {
    List<Integer> odd = scaleSizes.stream().filter(n -> n % 2 == 1).toList();
    if (odd.isEmpty()) {
      throw new IllegalArgumentException(
          "the scale sizes " + scaleSizes + " include no odd size, so no trait could be neutral");
    }
    RubricArbitrary copy = typedClone();
    copy.scaleSizes = odd;
    return copy;
  }

  /**
   * Makes every trait keyed to a pole.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary keyedOnly() {
    return withKinds(EnumSet.of(TraitKind.KEYED));
  }

  /**
   * Makes every trait a contrast between two poles.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary contrastOnly() {
    return withKinds(EnumSet.of(TraitKind.CONTRAST));
  }

  /**
   * Leaves out weights of exactly 0: every dimension and trait weight is positive.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary withoutZeroWeights() {
    RubricArbitrary copy = typedClone();
    copy.zeroWeights = false;
    return copy;
  }

  /**
   * Gives every rubric the default five bands of {@link Rubrics#defaultBands()}.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary withDefaultBands() {
    RubricArbitrary copy = typedClone();
    copy.bands = Bands.DEFAULT;
    return copy;
  }

  /**
   * Gives no rubric any bands.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary withoutBands() {
    RubricArbitrary copy = typedClone();
    copy.bands = Bands.NONE;
    return copy;
  }

  /**
   * Uses only readable ids ({@code product}, {@code rewards}, {@code rewards.2}), never unusual
   * ones.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary readableIds() {
    RubricArbitrary copy = typedClone();
    copy.readableIds = true;
    return copy;
  }

  /**
   * Leaves out everything that does not affect scoring: titles, labels, descriptions, free-text
   * statements, references, sources and metadata; the strength threshold and policy are the
   * defaults. Ids stay as configured.
   *
   * @return a new arbitrary
   */
  public RubricArbitrary plain() {
    RubricArbitrary copy = typedClone();
    copy.plain = true;
    return copy;
  }

  @Override
  protected Arbitrary<Rubric> arbitrary() {
    Arbitrary<List<PolePlan>> poles = polePlans().list().ofMinSize(minPoles).ofMaxSize(maxPoles);
    Arbitrary<List<DimensionPlan>> dimensions =
        dimensionPlans().list().ofMinSize(minDimensions).ofMaxSize(maxDimensions);
    Arbitrary<Boolean> withBands =
        switch (bands) {
          case DEFAULT -> Arbitraries.just(true);
          case NONE -> Arbitraries.just(false);
          case DEFAULT_OR_NONE -> Arbitraries.of(true, false);
        };
    return Combinators.combine(
            Texts.idHints(readableIds),
            plain ? Arbitraries.just("1.0.0") : Texts.versions(),
            poles,
            dimensions,
            withBands,
            decorations())
        .as(RubricPlan::new)
        .map(RubricArbitrary::build);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RubricArbitrary[poles %d..%d, dimensions %d..%d, traits %d..%d, scale sizes %s, kinds %s,"
            + " zero weights %s, bands %s, readable ids %s, plain %s]",
        minPoles,
        maxPoles,
        minDimensions,
        maxDimensions,
        minTraits,
        maxTraits,
        scaleSizes,
        kinds,
        zeroWeights,
        bands,
        readableIds,
        plain);
  }

  // ---------------------------------------------------------------- plans: what the arbitraries
  // draw

  /** A pole before ids are resolved. */
  private record PolePlan(
      Optional<String> idHint, Optional<String> label, Optional<String> description) {}

  /** A source: a reference and claims, as raw numbers reduced modulo what the rubric has. */
  private record SourcePlan(int reference, List<Integer> claims) {}

  /**
   * A trait before poles are known: {@code first} and {@code second} are raw numbers reduced modulo
   * the number of poles, so that the plan stays valid whatever the pole count shrinks to.
   */
  private record TraitPlan(
      TraitKind kind,
      int first,
      int second,
      int scaleSize,
      double weight,
      Optional<String> idHint,
      Optional<String> statement,
      List<SourcePlan> sources) {}

  /** A dimension before ids are resolved. */
  private record DimensionPlan(
      Optional<String> idHint,
      Optional<String> name,
      Optional<String> description,
      double weight,
      List<TraitPlan> traits) {}

  /** A reference; its id and its claims' ids are given by position (A, A1, A2, B, …). */
  private record ReferencePlan(String title, Optional<String> publisher, List<String> claims) {}

  /** Everything that does not affect scoring, and the rubric's default policy. */
  private record Decorations(
      Optional<String> title,
      Optional<String> description,
      List<ReferencePlan> references,
      Map<String, String> metadata,
      double strengthThreshold,
      ScoringPolicy policy) {}

  private record RubricPlan(
      Optional<String> idHint,
      String version,
      List<PolePlan> poles,
      List<DimensionPlan> dimensions,
      boolean bands,
      Decorations decorations) {}

  private Arbitrary<PolePlan> polePlans() {
    return Combinators.combine(
            Texts.idHints(readableIds), Texts.textHints(plain), Texts.textHints(plain))
        .as(PolePlan::new);
  }

  private Arbitrary<DimensionPlan> dimensionPlans() {
    return Combinators.combine(
            Texts.idHints(readableIds),
            Texts.textHints(plain),
            Texts.textHints(plain),
            weights(),
            traitPlans().list().ofMinSize(minTraits).ofMaxSize(maxTraits))
        .as(DimensionPlan::new);
  }

  private Arbitrary<TraitPlan> traitPlans() {
    Arbitrary<TraitKind> kind =
        kinds.size() == 1
            ? Arbitraries.just(kinds.iterator().next())
            : Arbitraries.frequency(Tuple.of(2, TraitKind.KEYED), Tuple.of(1, TraitKind.CONTRAST));
    Arbitrary<Integer> pole = Arbitraries.integers().between(0, 9_999);
    Arbitrary<List<SourcePlan>> sources =
        plain
            ? Arbitraries.just(List.of())
            : Combinators.combine(
                    Arbitraries.integers().between(0, 99),
                    Arbitraries.integers().between(0, 99).list().ofMaxSize(2))
                .as(SourcePlan::new)
                .list()
                .ofMaxSize(2);
    return Combinators.combine(
            kind,
            pole,
            pole,
            Arbitraries.of(scaleSizes),
            weights(),
            Texts.idHints(readableIds),
            Texts.textHints(plain),
            sources)
        .as(TraitPlan::new);
  }

  /**
   * Weights: 1, exactly 0 (unless left out), one-decimal numbers in [0.1, 5] (whose sums often make
   * a coverage land exactly on a minimum such as 0.5), two-decimal numbers in (0, 10], and numbers
   * with many digits from 0.001 to 1000 that test how weights are written and read.
   */
  private Arbitrary<Double> weights() {
    List<Tuple.Tuple2<Integer, Arbitrary<Double>>> choices = new ArrayList<>();
    choices.add(Tuple.of(4, Arbitraries.just(1.0)));
    if (zeroWeights) {
      choices.add(Tuple.of(1, Arbitraries.just(0.0)));
    }
    choices.add(Tuple.of(2, Arbitraries.doubles().between(0.1, 5.0).ofScale(1)));
    choices.add(Tuple.of(2, Arbitraries.doubles().between(0.01, 10.0).ofScale(2)));
    choices.add(Tuple.of(1, Arbitraries.doubles().between(0.001, 1000.0).ofScale(12)));
    return Arbitraries.frequencyOf(choices);
  }

  private Arbitrary<Decorations> decorations() {
    if (plain) {
      return Arbitraries.just(
          new Decorations(
              Optional.empty(),
              Optional.empty(),
              List.of(),
              Map.of(),
              0.5,
              ScoringPolicy.ofDefaults()));
    }
    Arbitrary<ReferencePlan> reference =
        Combinators.combine(
                Texts.text(), Texts.text().optional(0.5), Texts.text().list().ofMaxSize(3))
            .as(ReferencePlan::new);
    return Combinators.combine(
            Texts.text().optional(0.5),
            Texts.text().optional(0.3),
            reference.list().ofMaxSize(2),
            Arbitraries.maps(Texts.ids(), Texts.text()).ofMaxSize(3),
            Texts.mostly(0.5, 3, Arbitraries.doubles().between(0.0, 1.0).ofScale(2), 1),
            Texts.mostly(ScoringPolicy.ofDefaults(), 3, ScoringPolicies.arbitrary(), 1))
        .as(Decorations::new);
  }

  // ---------------------------------------------------------------- building a rubric from a plan

  private static Rubric build(RubricPlan plan) {
    Texts.Registry poleIds = new Texts.Registry();
    List<Pole> poles = new ArrayList<>();
    for (int i = 0; i < plan.poles().size(); i++) {
      PolePlan p = plan.poles().get(i);
      String readable = i < POLE_NAMES.length ? POLE_NAMES[i] : "pole-" + (i + 1);
      poles.add(
          Pole.builder()
              .id(poleIds.claim(p.idHint(), readable))
              .label(
                  p.label()
                      .orElse(
                          readable.substring(0, 1).toUpperCase(Locale.ROOT)
                              + readable.substring(1)))
              .description(p.description())
              .build());
    }
    int k = poles.size();

    List<Reference> references = new ArrayList<>();
    List<ReferencePlan> referencePlans = plan.decorations().references();
    for (int r = 0; r < referencePlans.size(); r++) {
      ReferencePlan rp = referencePlans.get(r);
      String id = String.valueOf((char) ('A' + r));
      List<Reference.Claim> claims = new ArrayList<>();
      for (int c = 0; c < rp.claims().size(); c++) {
        claims.add(Reference.Claim.of(id + (c + 1), rp.claims().get(c)));
      }
      references.add(
          Reference.builder()
              .id(id)
              .title(rp.title())
              .publisher(rp.publisher())
              .claims(claims)
              .build());
    }

    // Weights first, so that a rubric with nothing to score can be repaired before anything is
    // built.
    List<DimensionPlan> dims = plan.dimensions();
    double[] dimensionWeights = new double[dims.size()];
    double[][] traitWeights = new double[dims.size()][];
    boolean scorable = false;
    for (int d = 0; d < dims.size(); d++) {
      dimensionWeights[d] = dims.get(d).weight();
      List<TraitPlan> traits = dims.get(d).traits();
      traitWeights[d] = new double[traits.size()];
      boolean positiveTrait = false;
      for (int t = 0; t < traits.size(); t++) {
        traitWeights[d][t] = traits.get(t).weight();
        positiveTrait |= traitWeights[d][t] > 0;
      }
      scorable |= dimensionWeights[d] > 0 && positiveTrait;
    }
    if (!scorable) {
      if (!(dimensionWeights[0] > 0)) {
        dimensionWeights[0] = 1.0;
      }
      if (Arrays.stream(traitWeights[0]).noneMatch(w -> w > 0)) {
        traitWeights[0][0] = 1.0;
      }
    }

    Texts.Registry dimensionIds = new Texts.Registry();
    Texts.Registry traitIds = new Texts.Registry();
    Map<Integer, Scale> scales = new LinkedHashMap<>();
    List<Dimension> dimensions = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      DimensionPlan dp = dims.get(d);
      String readable = d < DIMENSION_NAMES.length ? DIMENSION_NAMES[d] : "dimension-" + (d + 1);
      String dimensionId = dimensionIds.claim(dp.idHint(), readable);
      List<Trait> traits = new ArrayList<>();
      for (int t = 0; t < dp.traits().size(); t++) {
        TraitPlan tp = dp.traits().get(t);
        String traitId = traitIds.claim(tp.idHint(), dimensionId + "." + (t + 1));
        Scale scale = scales.computeIfAbsent(tp.scaleSize(), RubricArbitrary::scaleOfSize);
        var trait =
            Trait.builder()
                .id(traitId)
                .statement(tp.statement().orElse("Statement " + traitId + "."))
                .scale(scale.id())
                .weight(traitWeights[d][t])
                .sources(sources(tp.sources(), references));
        int from = Math.floorMod(tp.first(), k);
        if (tp.kind() == TraitKind.KEYED) {
          trait.keyed(poles.get(from).id());
        } else {
          int to = (from + 1 + Math.floorMod(tp.second(), k - 1)) % k;
          trait.contrast(Contrast.of(poles.get(from).id(), poles.get(to).id()));
        }
        traits.add(trait.build());
      }
      dimensions.add(
          Dimension.builder()
              .id(dimensionId)
              .name(dp.name().orElse(dimensionId))
              .description(dp.description())
              .weight(dimensionWeights[d])
              .traits(traits)
              .build());
    }

    Decorations deco = plan.decorations();
    return Rubric.builder()
        .id(plan.idHint().orElse("generated"))
        .version(plan.version())
        .title(deco.title())
        .description(deco.description())
        .poles(poles)
        .scales(scales.values())
        .dimensions(dimensions)
        .bands(plan.bands() && poles.size() == 2 ? Rubrics.defaultBands() : List.of())
        .strengthThreshold(deco.strengthThreshold())
        .policy(deco.policy())
        .references(references)
        .metadata(deco.metadata())
        .build();
  }

  private static List<Source> sources(List<SourcePlan> plans, List<Reference> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    List<Source> sources = new ArrayList<>();
    for (SourcePlan sp : plans) {
      Reference ref = references.get(sp.reference() % references.size());
      Set<String> claims = new LinkedHashSet<>();
      if (!ref.claims().isEmpty()) {
        for (int c : sp.claims()) {
          claims.add(ref.claims().get(c % ref.claims().size()).id());
        }
      }
      sources.add(Source.of(ref.id(), claims.toArray(String[]::new)));
    }
    return sources;
  }

  private static Scale scaleOfSize(int n) {
    if (n == 2) {
      return Scale.of("yesno", "No", "Yes");
    }
    if (n == 5) {
      return Scale.of("agree5", LIKERT);
    }
    return Scale.of("points" + n, IntStream.rangeClosed(1, n).mapToObj(String::valueOf).toList());
  }

  private RubricArbitrary withKinds(Set<TraitKind> kinds) {
    RubricArbitrary copy = typedClone();
    copy.kinds = Collections.unmodifiableSet(kinds);
    return copy;
  }

  private static List<Integer> range(int min, int max) {
    return IntStream.rangeClosed(min, max).boxed().toList();
  }

  private static void checkRange(String what, int min, int max, int least) {
    if (min < least || max < min) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must be a range with %d <= min <= max but was [%d, %d]",
              what,
              least,
              min,
              max));
    }
  }
}
