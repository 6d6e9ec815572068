package dev.centricity.core.versions;

import dev.centricity.core.Answer;
import dev.centricity.core.CentricityException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.internal.StudentT;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a new version of a rubric does to the scores of responses collected under the old one.
 *
 * <p>Each response is scored under both: as it is with the old rubric, and with the new rubric
 * after dropping the answers it cannot take (to traits it no longer has, or points beyond its
 * scale) and leaving its new traits unanswered; each with its own rubric's default policy unless
 * the scorers say otherwise. The impact gives:
 *
 * <ul>
 *   <li>each respondent's index before and after and the change d<sub>i</sub> = I<sub>new</sub> −
 *       I<sub>old</sub> ({@link #respondents()});
 *   <li>the mean change with a paired t interval ({@link #meanChange()}): over the n respondents
 *       with an index under both, d̄ = Σ d<sub>i</sub>/n, s = √(Σ (d<sub>i</sub> − d̄)²/(n − 1))
 *       and d̄ ± t<sub>1−α/2, n−1</sub> s/√n at confidence 1 − α, as R's {@code t.test(new, old,
 *       paired = TRUE)} computes it; the interval when n ≥ 2;
 *   <li>the band transition matrix, old band × new band counts ({@link #transitions()}), and the
 *       respondents whose band changed ({@link #bandChanged()}).
 * </ul>
 *
 * <p>A response that one version cannot score (its policy rejects it) is kept with the reason in
 * {@link RespondentImpact#problem()}, so there is one respondent impact per response given. The
 * index needs two poles: with more, only bands and problems are compared.
 *
 * <p>Immutable and thread-safe.
 */
public final class RubricImpact {

  private final List<RespondentImpact> respondents;
  private final Optional<Estimate> meanChange;
  private final double confidence;
  private final List<BandTransition> transitions;

  private RubricImpact(
      List<RespondentImpact> respondents,
      Optional<Estimate> meanChange,
      double confidence,
      List<BandTransition> transitions) {
    this.respondents = List.copyOf(respondents);
    this.meanChange = meanChange;
    this.confidence = confidence;
    this.transitions = List.copyOf(transitions);
  }

  /**
   * The impact at 95% confidence.
   *
   * @param old a scorer of the old rubric
   * @param neu a scorer of the new rubric
   * @param responses responses collected under the old rubric
   * @return the impact
   */
  public static RubricImpact of(Scorer old, Scorer neu, Iterable<Response> responses) {
    return of(old, neu, responses, 0.95);
  }

  /**
   * The impact at a chosen confidence.
   *
   * @param old a scorer of the old rubric
   * @param neu a scorer of the new rubric
   * @param responses responses collected under the old rubric
   * @param confidence the confidence level of the mean change's interval, in (0, 1)
   * @return the impact
   * @throws IllegalArgumentException if the confidence is not in (0, 1)
   */
  public static RubricImpact of(
      Scorer old, Scorer neu, Iterable<Response> responses, double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "the confidence level must be in (0, 1) but was " + confidence);
    }
    Rubric next = neu.rubric();
    Map<String, Integer> points = new HashMap<>();
    for (Trait t : next.allTraits()) {
      points.put(t.id(), next.scale(t.scale()).orElseThrow().size());
    }
    List<RespondentImpact> out = new ArrayList<>();
    List<Double> changes = new ArrayList<>();
    long position = 0;
    for (Response response : responses) {
      position++;
      Map<String, Answer> kept = new LinkedHashMap<>();
      int dropped = 0;
      for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
        Integer n = points.get(e.getKey());
        Answer a = e.getValue();
        if (n == null || (a.point().isPresent() && a.point().getAsInt() > n)) {
          dropped++;
        } else {
          kept.put(e.getKey(), a);
        }
      }
      Response carried = Response.builder().respondent(response.respondent()).answers(kept).build();
      List<String> problems = new ArrayList<>();
      Scorecard before = score(old, response, "old", problems);
      Scorecard after = score(neu, carried, "new", problems);
      RespondentImpact r =
          new RespondentImpact(
              position,
              response.respondent(),
              before == null ? OptionalDouble.empty() : before.index(),
              after == null ? OptionalDouble.empty() : after.index(),
              before == null ? Optional.empty() : before.band(),
              after == null ? Optional.empty() : after.band(),
              dropped,
              problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems)));
      out.add(r);
      r.change().ifPresent(changes::add);
    }
    return new RubricImpact(
        out, paired(changes, confidence), confidence, transitions(old.rubric(), next, out));
  }

  private static Scorecard score(
      Scorer scorer, Response response, String which, List<String> problems) {
    try {
      return scorer.score(response);
    } catch (CentricityException e) {
      problems.add("the " + which + " rubric cannot score it: " + e.getMessage());
      return null;
    }
  }

  private static Optional<Estimate> paired(List<Double> d, double confidence) {
    int n = d.size();
    if (n == 0) {
      return Optional.empty();
    }
    double sum = 0;
    for (double x : d) {
      sum += x;
    }
    double mean = sum / n;
    var estimate = Estimate.builder().n(n).mean(mean);
    if (n >= 2) {
      double squares = 0;
      for (double x : d) {
        squares += (x - mean) * (x - mean);
      }
      double sd = Math.sqrt(squares / (n - 1));
      double se = sd / Math.sqrt(n);
      double t = StudentT.quantile(1 - (1 - confidence) / 2, n - 1);
      estimate.standardDeviation(sd).standardError(se).lower(mean - t * se).upper(mean + t * se);
    }
    return Optional.of(estimate.build());
  }

  private static List<BandTransition> transitions(
      Rubric old, Rubric neu, List<RespondentImpact> respondents) {
    List<Optional<String>> rows = new ArrayList<>();
    old.bands().forEach(b -> rows.add(Optional.of(b.label())));
    rows.add(Optional.empty());
    List<Optional<String>> columns = new ArrayList<>();
    neu.bands().forEach(b -> columns.add(Optional.of(b.label())));
    columns.add(Optional.empty());
    long[][] counts = new long[rows.size()][columns.size()];
    for (RespondentImpact r : respondents) {
      counts[rows.indexOf(r.bandBefore())][columns.indexOf(r.bandAfter())]++;
    }
    List<BandTransition> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        if (counts[i][j] > 0) {
          out.add(new BandTransition(rows.get(i), columns.get(j), counts[i][j]));
        }
      }
    }
    return out;
  }

  /** One impact per response, in the order given. */
  public List<RespondentImpact> respondents() {
    return respondents;
  }

  /**
   * The mean change in index with its paired t interval (see the type's documentation); empty when
   * no respondent has an index under both rubrics.
   */
  public Optional<Estimate> meanChange() {
    return meanChange;
  }

  /** The confidence level of {@link #meanChange()}'s interval. */
  public double confidence() {
    return confidence;
  }

  /**
   * The non-zero cells of the band transition matrix: rows in the old rubric's band order then no
   * band, and within a row the new rubric's band order then no band.
   */
  public List<BandTransition> transitions() {
    return transitions;
  }

  /** The respondents whose band differs between the two versions, in the order given. */
  public List<RespondentImpact> bandChanged() {
    List<RespondentImpact> out = new ArrayList<>();
    for (RespondentImpact r : respondents) {
      if (r.bandChanged()) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RubricImpact{respondents=%d, meanChange=%s, transitions=%s}",
        respondents.size(),
        meanChange,
        transitions);
  }
}
