package dev.centricity.core.internal;

import dev.centricity.core.Band;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Problem;
import dev.centricity.core.Reference;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricValidationException;
import dev.centricity.core.Scale;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks every rule a rubric must keep and reports all problems at once, each with its JSON Pointer
 * path in the rubric file layout.
 */
public final class RubricValidator {

  /**
   * Ids: an ASCII letter or digit, then ASCII letters, digits, '.', '_', '-' or ':'. ASCII only, so
   * that an id is written the same in every file, CSV header and URL, and never in two ways that
   * look alike (docs/model.md, Identity).
   */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

  /** Semantic versions, as semver.org defines them. */
  static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  private final Rubric rubric;
  private final List<Problem> problems = new ArrayList<>();

  private RubricValidator(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * Validates a rubric.
   *
   * @param rubric the rubric
   * @throws RubricValidationException listing every problem, if there is any
   */
  public static void validate(Rubric rubric) {
    List<Problem> problems = problems(rubric);
    if (!problems.isEmpty()) {
      throw new RubricValidationException(rubric.id(), problems);
    }
  }

  /**
   * Lists every problem of a rubric.
   *
   * @param rubric the rubric
   * @return the problems, in file order; empty when the rubric is valid
   */
  public static List<Problem> problems(Rubric rubric) {
    RubricValidator v = new RubricValidator(rubric);
    v.checkAll();
    List<Problem> sorted = new ArrayList<>(v.problems);
    sorted.sort(
        ProblemOrder
            .IN_FILE_ORDER); // stable: problems at the same path keep the order they were found
    return sorted;
  }

  private void problem(String path, String format, Object... args) {
    problems.add(new Problem(path, String.format(Locale.ROOT, format, args)));
  }

  private void checkAll() {
    checkId("/id", "rubric id", rubric.id());
    if (rubric.version().length() > 100) {
      // the pattern would recurse once per dot-separated part of a long version
      problem(
          "/version",
          "version must be at most 100 characters but has %d",
          rubric.version().length());
    } else if (!SEMVER.matcher(rubric.version()).matches()) {
      problem(
          "/version",
          "version must be a semantic version such as 1.0.0 but was '%s'",
          Texts.abbreviate(rubric.version(), 60));
    }
    Set<String> poles = checkPoles();
    Map<String, Integer> scales = checkScales();
    Map<String, Set<String>> claims = checkReferences();
    Set<String> traits = checkDimensions(poles, scales, claims);
    checkBands();
    checkTexts();
    double threshold = rubric.strengthThreshold();
    if (!(threshold >= 0 && threshold <= 1)) {
      problem("/strengthThreshold", "strengthThreshold must be in [0, 1] but was %s", threshold);
    }
    Set<String> bandLabels = new HashSet<>();
    rubric.bands().forEach(b -> bandLabels.add(b.label()));
    new WorkedExampleCheck(rubric, problems).check(poles, traits, bandLabels);
  }

  private void checkId(String path, String what, String id) {
    if (!ID.matcher(id).matches()) {
      problem(
          path,
          "%s must start with an ASCII letter (A-Z, a-z) or digit and use only ASCII letters,"
              + " digits, '.', '_', '-' or ':' (at most 200 characters) but was '%s'",
          what,
          Texts.abbreviate(id, 60));
    }
  }

  private Set<String> checkPoles() {
    Set<String> ids = new HashSet<>();
    List<Pole> poles = rubric.poles();
    if (poles.size() < 2) {
      problem("/poles", "a rubric needs 2 or more poles but has %d", poles.size());
    }
    for (int i = 0; i < poles.size(); i++) {
      String id = poles.get(i).id();
      checkId("/poles/" + i + "/id", "pole id", id);
      if (!ids.add(id)) {
        problem("/poles/" + i + "/id", "pole id '%s' is used twice", id);
      }
    }
    return ids;
  }

  private Map<String, Integer> checkScales() {
    Map<String, Integer> ids = new HashMap<>();
    List<Scale> scales = rubric.scales();
    if (scales.isEmpty()) {
      problem("/scales", "a rubric needs at least 1 scale but has none");
    }
    for (int i = 0; i < scales.size(); i++) {
      Scale s = scales.get(i);
      checkId("/scales/" + i + "/id", "scale id", s.id());
      if (ids.put(s.id(), s.size()) != null) {
        problem("/scales/" + i + "/id", "scale id '%s' is used twice", s.id());
      }
      if (s.size() < 2) {
        problem(
            "/scales/" + i + "/points",
            "scale '%s' needs 2 or more points but has %d",
            s.id(),
            s.size());
      }
      checkPoints(i, s);
    }
    return ids;
  }

  /** A questionnaire shows the labels, so each must be there and tell its point apart. */
  private void checkPoints(int scale, Scale s) {
    Map<String, Integer> seen = new HashMap<>();
    for (int j = 0; j < s.points().size(); j++) {
      String label = s.points().get(j);
      String path = "/scales/" + scale + "/points/" + j;
      if (label.isBlank()) {
        problem(path, "point %d of scale '%s' needs a label but it is blank", j + 1, s.id());
        continue;
      }
      Integer earlier = seen.putIfAbsent(label.strip(), j);
      if (earlier != null) {
        problem(
            path,
            "point %d of scale '%s' has the label '%s' of point %d: each point needs its own label",
            j + 1,
            s.id(),
            Texts.abbreviate(label, 60),
            earlier + 1);
      }
    }
  }

  private Map<String, Set<String>> checkReferences() {
    Map<String, Set<String>> claims = new HashMap<>();
    List<Reference> refs = rubric.references();
    for (int i = 0; i < refs.size(); i++) {
      Reference r = refs.get(i);
      Set<String> ids = new HashSet<>();
      if (claims.containsKey(r.id())) {
        problem("/references/" + i + "/id", "reference id '%s' is used twice", r.id());
        // Keep the claims of both, so that a citation is not also reported as unknown.
        claims.get(r.id()).addAll(r.claims().stream().map(Reference.Claim::id).toList());
        continue;
      }
      claims.put(r.id(), ids);
      for (int j = 0; j < r.claims().size(); j++) {
        String c = r.claims().get(j).id();
        if (!ids.add(c)) {
          problem(
              "/references/" + i + "/claims/" + j + "/id",
              "claim id '%s' is used twice in reference '%s'",
              c,
              r.id());
        }
      }
    }
    return claims;
  }

  private Set<String> checkDimensions(
      Set<String> poles, Map<String, Integer> scales, Map<String, Set<String>> claims) {
    Map<String, String> traitPaths = new HashMap<>();
    Set<String> dimensionIds = new HashSet<>();
    List<Dimension> dimensions = rubric.dimensions();
    boolean anyPositive = false;
    double dimensionSum = 0;
    if (dimensions.isEmpty()) {
      problem("/dimensions", "a rubric needs at least 1 dimension but has none");
    }
    for (int i = 0; i < dimensions.size(); i++) {
      Dimension d = dimensions.get(i);
      String path = "/dimensions/" + i;
      checkId(path + "/id", "dimension id", d.id());
      if (!dimensionIds.add(d.id())) {
        problem(path + "/id", "dimension id '%s' is used twice", d.id());
      }
      checkWeight(path + "/weight", "dimension '" + d.id() + "'", d.weight());
      if (d.traits().isEmpty()) {
        problem(path + "/traits", "dimension '%s' needs at least 1 trait but has none", d.id());
      }
      boolean positiveTrait = false;
      for (int j = 0; j < d.traits().size(); j++) {
        Trait t = d.traits().get(j);
        String tp = path + "/traits/" + j;
        checkTrait(tp, t, poles, scales, claims);
        String earlier = traitPaths.putIfAbsent(t.id(), tp);
        if (earlier != null) {
          problem(tp + "/id", "trait id '%s' is already used at %s", t.id(), earlier);
        }
        positiveTrait |= t.weight() > 0;
      }
      anyPositive |= d.weight() > 0 && positiveTrait;
      double traitSum = 0;
      for (Trait t : d.traits()) {
        traitSum += Double.isFinite(t.weight()) ? t.weight() : 0; // a bad weight is reported alone
      }
      if (Double.isInfinite(traitSum)) {
        problem(
            path + "/traits",
            "the trait weights of dimension '%s' add up to more than the largest finite number;"
                + " scale them down",
            d.id());
      }
      dimensionSum += Double.isFinite(d.weight()) ? d.weight() : 0;
    }
    if (Double.isInfinite(dimensionSum)) {
      problem(
          "/dimensions",
          "the dimension weights add up to more than the largest finite number; scale them down");
    }
    if (!dimensions.isEmpty() && !anyPositive) {
      problem(
          "/dimensions",
          "at least one dimension of positive weight needs a trait of positive weight, or nothing"
              + " can ever be scored");
    }
    return traitPaths.keySet();
  }

  private void checkTrait(
      String path,
      Trait t,
      Set<String> poles,
      Map<String, Integer> scales,
      Map<String, Set<String>> claims) {
    checkId(path + "/id", "trait id", t.id());
    if (t.statement().isBlank()) {
      problem(path + "/statement", "trait '%s' needs a statement but it is blank", t.id());
    }
    checkWeight(path + "/weight", "trait '" + t.id() + "'", t.weight());
    if (t.keyed().isPresent() == t.contrast().isPresent()) {
      problem(
          path,
          "trait '%s' must be either keyed to a pole or a contrast between two poles, %s",
          t.id(),
          t.keyed().isPresent() ? "not both" : "but is neither");
    }
    t.keyed()
        .ifPresent(
            p -> {
              if (!poles.contains(p)) {
                problem(path + "/keyed", "trait '%s' is keyed to unknown pole '%s'", t.id(), p);
              }
            });
    if (t.contrast().isPresent()) {
      Contrast c = t.contrast().get();
      if (!poles.contains(c.from())) {
        problem(
            path + "/contrast/from", "trait '%s' runs from unknown pole '%s'", t.id(), c.from());
      }
      if (!poles.contains(c.to())) {
        problem(path + "/contrast/to", "trait '%s' runs to unknown pole '%s'", t.id(), c.to());
      }
      if (c.from().equals(c.to())) {
        problem(
            path + "/contrast",
            "contrast trait '%s' must run between two different poles but runs from '%s' to itself",
            t.id(),
            c.from());
      }
    }
    if (!scales.containsKey(t.scale())) {
      problem(path + "/scale", "trait '%s' uses unknown scale '%s'", t.id(), t.scale());
    }
    if (!claims.isEmpty()) {
      for (int s = 0; s < t.sources().size(); s++) {
        Source src = t.sources().get(s);
        Set<String> known = claims.get(src.article());
        String sp = path + "/sources/" + s;
        if (known == null) {
          problem(
              sp + "/article", "trait '%s' cites unknown reference '%s'", t.id(), src.article());
          continue;
        }
        for (int c = 0; c < src.claims().size(); c++) {
          if (!known.contains(src.claims().get(c))) {
            problem(
                sp + "/claims/" + c,
                "trait '%s' cites claim '%s', which reference '%s' does not list",
                t.id(),
                src.claims().get(c),
                src.article());
          }
        }
      }
    }
  }

  /**
   * Every text of the rubric must be whole characters: a lone surrogate is written as '?', so two
   * different texts would be written, and hashed, alike.
   */
  private void checkTexts() {
    text("/title", rubric.title().orElse(""));
    text("/description", rubric.description().orElse(""));
    for (int i = 0; i < rubric.poles().size(); i++) {
      Pole p = rubric.poles().get(i);
      text("/poles/" + i + "/label", p.label());
      text("/poles/" + i + "/description", p.description().orElse(""));
    }
    for (int i = 0; i < rubric.scales().size(); i++) {
      List<String> points = rubric.scales().get(i).points();
      for (int j = 0; j < points.size(); j++) {
        text("/scales/" + i + "/points/" + j, points.get(j));
      }
    }
    for (int i = 0; i < rubric.dimensions().size(); i++) {
      Dimension d = rubric.dimensions().get(i);
      String path = "/dimensions/" + i;
      text(path + "/name", d.name());
      text(path + "/description", d.description().orElse(""));
      for (int j = 0; j < d.traits().size(); j++) {
        Trait t = d.traits().get(j);
        text(path + "/traits/" + j + "/statement", t.statement());
        for (int s = 0; s < t.sources().size(); s++) {
          Source src = t.sources().get(s);
          text(path + "/traits/" + j + "/sources/" + s + "/article", src.article());
          for (int c = 0; c < src.claims().size(); c++) {
            text(path + "/traits/" + j + "/sources/" + s + "/claims/" + c, src.claims().get(c));
          }
        }
      }
    }
    for (int i = 0; i < rubric.bands().size(); i++) {
      text("/bands/" + i + "/label", rubric.bands().get(i).label());
    }
    for (int i = 0; i < rubric.references().size(); i++) {
      Reference r = rubric.references().get(i);
      String path = "/references/" + i;
      text(path + "/id", r.id());
      text(path + "/title", r.title());
      text(path + "/publisher", r.publisher().orElse(""));
      for (int c = 0; c < r.claims().size(); c++) {
        text(path + "/claims/" + c + "/id", r.claims().get(c).id());
        text(path + "/claims/" + c + "/summary", r.claims().get(c).summary());
      }
    }
    rubric
        .metadata()
        .forEach(
            (key, value) -> {
              text("/metadata", key);
              text("/metadata/" + Problem.escape(key), value);
            });
    for (int i = 0; i < rubric.examples().size(); i++) {
      var e = rubric.examples().get(i);
      text("/examples/" + i + "/name", e.name());
      text("/examples/" + i + "/description", e.description().orElse(""));
    }
  }

  private void text(String path, String text) {
    int lone = Texts.loneSurrogate(text);
    if (lone >= 0) {
      problem(
          path,
          "the text holds half of a character, a lone surrogate U+%04X (written \\u%04X): only"
              + " whole Unicode characters are allowed",
          lone,
          lone);
    }
  }

  private void checkWeight(String path, String what, double w) {
    if (!Double.isFinite(w) || w < 0) {
      problem(path, "weight of %s must be finite and >= 0 but was %s", what, w);
    }
  }

  private void checkBands() {
    List<Band> bands = rubric.bands();
    if (bands.isEmpty()) {
      return;
    }
    if (rubric.poles().size() > 2) {
      problem(
          "/bands",
          "bands name ranges of the index, which only a rubric of two poles has; this rubric has %d"
              + " poles, so its bands would never be used: remove them",
          rubric.poles().size());
    }
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      String path = "/bands/" + i;
      if (b.label().isBlank()) {
        problem(path + "/label", "band %d needs a label but it is blank", i);
      } else if (!labels.add(b.label())) {
        problem(path + "/label", "band label '%s' is used twice", b.label());
      }
      if (!Double.isFinite(b.from()) || !Double.isFinite(b.to()) || !(b.from() < b.to())) {
        problem(
            path,
            "band '%s' must have from < to, both finite, but runs from %s to %s",
            b.label(),
            b.from(),
            b.to());
      } else if (b.to() - b.from() <= 2 * Band.BOUNDARY_TOLERANCE) {
        // every value in it would lie within the tolerance of a boundary and go to a neighbour
        problem(
            path,
            "band '%s' runs from %s to %s, but a band must be wider than %s (twice the boundary"
                + " tolerance of %s), or no index could fall in it",
            b.label(),
            b.from(),
            b.to(),
            2 * Band.BOUNDARY_TOLERANCE,
            Band.BOUNDARY_TOLERANCE);
      }
      if (i == 0 && b.from() != -1.0) {
        problem(path + "/from", "the first band must start at -1 but starts at %s", b.from());
      }
      if (i > 0 && b.from() != bands.get(i - 1).to()) {
        problem(
            path + "/from",
            "bands must tile [-1, 1] in order: band '%s' starts at %s but the band before it ends"
                + " at %s",
            b.label(),
            b.from(),
            bands.get(i - 1).to());
      }
      if (i > 0 && b.from() == 0.0) {
        problem(
            path + "/from",
            "a band boundary at 0 is ambiguous (a boundary belongs to the band nearer 0): put 0"
                + " inside band '%s' or '%s'",
            bands.get(i - 1).label(),
            b.label());
      } else if (i > 0 && Math.abs(b.from()) <= Band.BOUNDARY_TOLERANCE) {
        // 0 would count as on this boundary, and so fall on one side of it only
        problem(
            path + "/from",
            "the band boundary %s lies within %s of 0 and is as ambiguous as 0 itself (a value"
                + " within %s of a boundary is on it, and a boundary belongs to the band nearer"
                + " 0): put 0 inside band '%s' or '%s'",
            b.from(),
            Band.BOUNDARY_TOLERANCE,
            Band.BOUNDARY_TOLERANCE,
            bands.get(i - 1).label(),
            b.label());
      }
      if (i == bands.size() - 1 && b.to() != 1.0) {
        problem(path + "/to", "the last band must end at 1 but ends at %s", b.to());
      }
    }
  }
}
