package dev.centricity.examples.hosts;

import dev.centricity.core.Answer;
import dev.centricity.core.CentricityException;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorer;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortAnalysis;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.core.io.CohortReader;
import dev.centricity.rubric.DefaultRubrics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

/**
 * Host application 3, a research extension: adds a third pole, {@code channel}, to the default
 * rubric in code, profiles a cohort per group, and reports reliability where the library defines
 * it.
 *
 * <pre>
 * java -cp centricity-examples/target/centricity.jar dev.centricity.examples.hosts.ChannelExtension \
 *     [--group-by COLUMN] [COHORT.csv | --write-sample FILE]
 * </pre>
 *
 * <p><b>The rubric</b> ({@link #rubric()}). Claim A16 of the default rubric's references notes that
 * a business may centre on its channels — distributors, resellers, stores, marketplaces — as well
 * as on its products or its customers. The extension adds the pole {@value #CHANNEL} and a tenth
 * dimension, {@value #DIMENSION} (<i>Routes to market</i>, weight 1 like the others), of four
 * statements keyed to {@code channel} and one question running from {@code channel} to {@code
 * customer}, all in our own words and all citing A16. The nine default dimensions stay exactly as
 * they are, so the two rubrics share those 49 traits. With three poles a scorecard has a profile (a
 * share per pole), the leading pole and its margin, and a strength per pole, but no index, bands or
 * quadrant, so the extension carries no bands and its worked examples expect a leading pole.
 *
 * <p>Design note: each default dimension holds equal product- and customer-keyed weight, but the
 * new dimension holds channel-keyed weight only. A respondent who agrees with every statement
 * therefore leans a little towards {@code channel}; the channel <i>strength</i> (the mean agreement
 * with the channel statements) is the cleaner measure of how firmly a group holds that orientation,
 * and the report shows it next to the profile.
 *
 * <p><b>The cohort.</b> Without a file the program generates a small cohort of fictional
 * respondents ({@link #sampleCohort()}): twelve staff of each of three invented organisations, one
 * built around its retail and marketplace partners, one around its subscribers, one around its
 * engineered products. {@code --write-sample FILE} writes the same cohort as CSV, the format a
 * survey tool would export; give a file of your own to analyse that instead.
 *
 * <p><b>Reliability, and its limit.</b> The library's cohort reliability ({@link Reliability},
 * Cronbach's alpha as R's {@code psych::alpha}) keys every item of a dimension towards the rubric's
 * second pole, reversing items keyed to the first. That is defined for two-pole rubrics only: with
 * three poles a channel statement is neither "towards customer" nor "away from it", so {@link
 * CohortReport#reliability()} is empty for the extended rubric (and so are its intraclass
 * correlations, which are taken over the two-pole index). What the library does give for three
 * poles — mean profiles and strengths with intervals, and r<sub>wg(J)</sub> agreement — is reported
 * per group. For reliability the study ({@link #analyse(Cohort)}) also scores the same answers with
 * the two-pole default rubric under a policy that ignores the channel traits, and reports alpha for
 * the nine shared dimensions. The channel dimension has no two-pole alpha; its four keyed
 * statements all point the same way, so {@code psych::alpha} on those columns, with the question
 * reversed, gives it.
 *
 * <p>The extended rubric is checked against every invariant of the model by the testkit ({@code
 * ChannelExtensionContractTest}).
 *
 * <p>Thread safety: the methods are stateless and the results immutable.
 */
public final class ChannelExtension {

  /** The id of the third pole. */
  public static final String CHANNEL = "channel";

  /** The id of the new dimension. */
  public static final String DIMENSION = "channels";

  /** The id of the question running from channel to customer. */
  public static final String FIRST_ASK = "channels.first-ask";

  /** The seed of the generated cohort, so that every run gives the same respondents. */
  public static final long SAMPLE_SEED = 16L;

  /** How many respondents each organisation of the generated cohort has. */
  public static final int SAMPLE_GROUP_SIZE = 12;

  private ChannelExtension() {}

  private static final class Holder {
    static final Rubric RUBRIC = build();
  }

  /**
   * The extended rubric, {@code product-customer-channel-centricity} 0.1.0: the default rubric with
   * the pole {@value #CHANNEL} and the dimension {@value #DIMENSION} added, no bands, and worked
   * examples that expect a leading pole.
   *
   * @return the validated rubric, the same instance on every call
   */
  public static Rubric rubric() {
    return Holder.RUBRIC;
  }

  private static Rubric build() {
    Rubric base = DefaultRubrics.productCustomer();
    Source a16 = Source.of("A", "A16");
    Dimension channels =
        Dimension.builder()
            .id(DIMENSION)
            .name("Routes to market")
            .description(
                "How far the organisation is built around the intermediaries that carry its"
                    + " offers to buyers: distributors, resellers, stores and online marketplaces.")
            .weight(1.0)
            .addTraits(
                channelTrait(
                    "channels.partner-targets",
                    "Our yearly plan is written largely as volume and growth targets agreed with"
                        + " distributors, resellers or marketplaces.",
                    a16),
                channelTrait(
                    "channels.partners-first",
                    "When a new offer is ready, the partners who will sell it hear about it before"
                        + " any end buyer does.",
                    a16),
                channelTrait(
                    "channels.listings",
                    "We judge a launch partly by how many outlets, stores or platforms stock or"
                        + " list it.",
                    a16),
                channelTrait(
                    "channels.partner-incentives",
                    "Sales staff earn more for signing up a new reseller than for winning a new end"
                        + " buyer.",
                    a16),
                Trait.builder()
                    .id(FIRST_ASK)
                    .statement("When we want to find out what buyers need, whom do we ask first?")
                    .contrast(Contrast.of(CHANNEL, "customer"))
                    .scale("first-ask5")
                    .addSources(a16)
                    .build())
            .build();
    List<Dimension> dimensions = new ArrayList<>(base.dimensions());
    dimensions.add(channels);
    Rubric draft =
        Rubric.builder()
            .from(base)
            .id("product-customer-channel-centricity")
            .version("0.1.0")
            .title("Product-, customer- or channel-centricity (research variant)")
            .description(
                "The default rubric with a third orientation: an organisation built around the"
                    + " distributors, resellers and platforms that sell for it. Ten dimensions; the"
                    + " result is a share for each of the three poles and the leading one.")
            .addPoles(
                Pole.builder()
                    .id(CHANNEL)
                    .label("Channel-centric")
                    .description(
                        "Organised around its routes to market: success means being carried,"
                            + " stocked and pushed by the intermediaries that reach buyers.")
                    .build())
            .addScales(
                Scale.of(
                    "first-ask5",
                    "Our distributors and resellers",
                    "Mostly our partners",
                    "Both about equally",
                    "Mostly buyers themselves",
                    "The buyers themselves"))
            .dimensions(dimensions)
            .bands(List.of())
            .putMetadata("derived-from", base.reference())
            .examples(List.of())
            .build();
    Map<String, Answer> channelOnly = new LinkedHashMap<>();
    for (Trait t : channels.traits()) {
      channelOnly.put(t.id(), Answer.of(t.keyedToPole() ? 5 : 1));
    }
    return Rubric.builder()
        .from(draft)
        .examples(
            List.of(
                WorkedExample.builder()
                    .name("channel-led")
                    .description(
                        "Only the routes-to-market dimension answered, every statement fully agreed"
                            + " and the question at the partners' end: the profile is (1/15, 0,"
                            + " 14/15) for product, customer and channel.")
                    .answers(channelOnly)
                    .expect(WorkedExample.Expectation.builder().leadingPole(CHANNEL).build())
                    .build(),
                WorkedExample.builder()
                    .name("customer-led")
                    .description(
                        "Every answer at the customer end, channel statements fully rejected:"
                            + " customer leads.")
                    .answers(allTowards(draft, "customer"))
                    .expect(WorkedExample.Expectation.builder().leadingPole("customer").build())
                    .build()))
        .build();
  }

  private static Trait channelTrait(String id, String statement, Source source) {
    return Trait.builder()
        .id(id)
        .statement(statement)
        .keyed(CHANNEL)
        .scale("agree5")
        .addSources(source)
        .build();
  }

  /** Every trait of a rubric answered fully towards one pole, or fully away from other poles. */
  private static Map<String, Answer> allTowards(Rubric rubric, String pole) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Trait t : rubric.allTraits()) {
      int last = rubric.scale(t.scale()).orElseThrow().size();
      boolean high =
          t.keyed().map(p -> p.equals(pole)).orElseGet(() -> t.contrast().get().to().equals(pole));
      answers.put(t.id(), Answer.of(high ? last : 1));
    }
    return answers;
  }

  /**
   * The two-pole default rubric's scorer for the same answers: its policy ignores answers to traits
   * it does not have (the channel traits) instead of rejecting the response.
   *
   * @return the scorer
   */
  public static Scorer twoPoleScorer() {
    Rubric base = DefaultRubrics.productCustomer();
    return Scorer.of(
        base,
        ScoringPolicy.from(base.policy())
            .unknownTraits(ScoringPolicy.UnknownTraits.IGNORE)
            .build());
  }

  /**
   * A study's results: the cohort analysed with the extended rubric, and the same answers analysed
   * with the two-pole default rubric for its reliability.
   *
   * @param extended the three-pole report: profiles, strengths and agreement per group; no
   *     reliability
   * @param twoPole the two-pole report of the shared traits, with reliability per dimension
   */
  public record Study(CohortReport extended, CohortReport twoPole) {

    /**
     * The pole with the largest mean share in a group's profile (on a tie, the first in the
     * rubric's order, as a scorecard names its leading pole).
     *
     * @param group the group label
     * @return the pole id; empty when the group has no determined respondent
     */
    public Optional<String> leadingPole(String group) {
      return extended.group(group).flatMap(ChannelExtension::leadingPole);
    }
  }

  /**
   * The pole with the largest mean share of a summary's profile.
   *
   * @param g a group's or the cohort's summary
   * @return the pole id; empty when the summary has no profile
   */
  public static Optional<String> leadingPole(GroupSummary g) {
    String best = null;
    double share = Double.NEGATIVE_INFINITY;
    for (Map.Entry<String, Estimate> e : g.profile().entrySet()) {
      if (e.getValue().mean() > share) {
        best = e.getKey();
        share = e.getValue().mean();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Analyses a cohort held in memory with the extended rubric, and its answers to the shared traits
   * with the two-pole default rubric.
   *
   * @param cohort respondents with a group each, answering the extended rubric's traits
   * @return the study
   */
  public static Study analyse(Cohort cohort) {
    CohortReport extended = CohortAnalysis.of(Scorer.of(rubric())).analyse(cohort);
    CohortReport twoPole = CohortAnalysis.of(twoPoleScorer()).analyse(cohort);
    return new Study(extended, twoPole);
  }

  /**
   * Analyses a cohort file twice as it streams: with the extended rubric, and with the two-pole
   * default rubric, whose reader skips the channel columns with a warning.
   *
   * @param csv the cohort file: respondent, group and a column per trait of the extended rubric
   * @param groupColumn the column that names each respondent's group
   * @return the study
   * @throws dev.centricity.core.CohortFormatException if the file cannot be read
   */
  public static Study analyse(Path csv, String groupColumn) {
    return new Study(
        analyseFile(Scorer.of(rubric()), csv, groupColumn),
        analyseFile(twoPoleScorer(), csv, groupColumn));
  }

  private static CohortReport analyseFile(Scorer scorer, Path csv, String groupColumn) {
    try (CohortRows rows = CohortReader.of(scorer).withGroupColumn(groupColumn).open(csv)) {
      return CohortAnalysis.of(scorer).analyse(rows);
    }
  }

  /**
   * A fictional cohort: {@value #SAMPLE_GROUP_SIZE} staff of each of three invented organisations
   * answer the extended rubric, drawn with a fixed seed ({@value #SAMPLE_SEED}) so that every run
   * gives the same answers.
   *
   * <ul>
   *   <li><i>Alder Appliances</i> sells through retailers and online marketplaces: it agrees with
   *       channel statements (tendency 0.85) and is lukewarm on product (0.45) and customer (0.40);
   *   <li><i>Birch Analytics</i> sells subscriptions direct: customer 0.80, product 0.35, channel
   *       0.20;
   *   <li><i>Cedar Components</i> makes engineered parts to a catalogue: product 0.80, customer
   *       0.35, channel 0.40.
   * </ul>
   *
   * <p>A respondent agrees with a statement keyed to pole p with a = t<sub>p</sub> + their own view
   * + noise, answered on five points as 1 + round(4a), clipped to 1…5; their own view tilts product
   * against customer (standard deviation 0.10) and moves channel (0.10), and the noise per answer
   * has standard deviation 0.15. A question from p to q is answered at a = ½ + 0.6(t<sub>q</sub> −
   * t<sub>p</sub>) + noise. About one answer in thirty is {@code n/a}.
   *
   * @return the cohort, 36 members, groups in the order above
   */
  public static Cohort sampleCohort() {
    Rubric rubric = rubric();
    Random random = new Random(SAMPLE_SEED);
    String[] groups = {"Alder Appliances", "Birch Analytics", "Cedar Components"};
    double[][] tendency = { // product, customer, channel
      {0.45, 0.40, 0.85}, {0.35, 0.80, 0.20}, {0.80, 0.35, 0.40}
    };
    List<String> poles = rubric.poles().stream().map(Pole::id).toList();
    List<CohortMember> members = new ArrayList<>();
    int n = 0;
    for (int g = 0; g < groups.length; g++) {
      for (int i = 0; i < SAMPLE_GROUP_SIZE; i++) {
        double tilt = 0.10 * random.nextGaussian();
        double channelView = 0.10 * random.nextGaussian();
        double[] t = {tendency[g][0] - tilt, tendency[g][1] + tilt, tendency[g][2] + channelView};
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Trait trait : rubric.allTraits()) {
          double a;
          if (trait.keyed().isPresent()) {
            a = t[poles.indexOf(trait.keyed().get())];
          } else {
            double from = t[poles.indexOf(trait.contrast().get().from())];
            double to = t[poles.indexOf(trait.contrast().get().to())];
            a = 0.5 + 0.6 * (to - from);
          }
          a += 0.15 * random.nextGaussian();
          boolean missing = random.nextDouble() < 1.0 / 30;
          int point = (int) Math.max(1, Math.min(5, Math.round(1 + 4 * a)));
          answers.put(trait.id(), missing ? Answer.notApplicable() : Answer.of(point));
        }
        n++;
        Response response =
            Response.builder()
                .respondent(String.format(Locale.ROOT, "r-%02d", n))
                .answers(answers)
                .build();
        members.add(CohortMember.of(response, groups[g]));
      }
    }
    return Cohort.of(members);
  }

  /**
   * A cohort as CSV, the way a survey tool exports it: {@code respondent}, {@code group} and a
   * column per trait of the extended rubric; {@code n/a} for an answer not given.
   *
   * @param cohort the cohort
   * @return the text, lines ending in {@code '\n'}
   */
  public static String toCsv(Cohort cohort) {
    List<Trait> traits = rubric().allTraits();
    StringBuilder out = new StringBuilder();
    out.append("respondent,group");
    for (Trait t : traits) {
      out.append(',').append(t.id());
    }
    out.append('\n');
    for (CohortMember m : cohort.members()) {
      out.append(csvField(m.response().respondent().orElse("")))
          .append(',')
          .append(csvField(m.group().orElse("")));
      for (Trait t : traits) {
        Answer a = m.response().answers().get(t.id());
        out.append(',');
        if (a != null && a.isGiven()) {
          out.append(a.pointValue());
        } else if (a != null && a.isNotApplicable()) {
          out.append("n/a");
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** A CSV field, quoted when it holds a comma, a quote or a line break. */
  private static String csvField(String s) {
    return s.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
        ? '"' + s.replace("\"", "\"\"") + '"'
        : s;
  }

  /**
   * Renders a study as plain text: per group the mean profile with intervals, the leading pole and
   * agreement; the mean strength of each pole; reliability of the shared dimensions from the
   * two-pole analysis, with a note on why the extended rubric has none.
   *
   * @param study the study
   * @return the text, lines ending in {@code '\n'}
   */
  public static String render(Study study) {
    Rubric rubric = rubric();
    CohortReport ext = study.extended();
    List<String> poles = rubric.poles().stream().map(Pole::id).toList();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Research extension: %s (%s)%n",
            rubric.title().orElse(rubric.id()),
            rubric.reference()));
    out.append(
        String.format(
            Locale.ROOT,
            "poles %s; %d rows: %d respondents in %d groups, %d set aside%n",
            String.join(", ", poles),
            ext.rows(),
            ext.respondents(),
            ext.groups().size(),
            ext.rejected()));
    List<GroupSummary> summaries = new ArrayList<>(ext.groups());
    summaries.add(ext.overall());
    int width = 12;
    for (GroupSummary g : summaries) {
      width = Math.max(width, label(g).length());
    }
    out.append("\nMean profile: share of each pole, 95% interval\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s %4s", "Group", "n"));
    for (String p : poles) {
      out.append(String.format(Locale.ROOT, "  %-21s", p));
    }
    out.append(String.format(Locale.ROOT, "  %-9s %5s%n", "leads", "r_wg"));
    for (GroupSummary g : summaries) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s %4d", label(g), g.respondents()));
      for (String p : poles) {
        out.append("  ").append(estimate(Optional.ofNullable(g.profile().get(p))));
      }
      OptionalDouble rwg = TeamSurvey.meanAgreement(g);
      out.append(
          String.format(
              Locale.ROOT,
              "  %-9s %5s%n",
              leadingPole(g).orElse("-"),
              rwg.isPresent() ? String.format(Locale.ROOT, "%.2f", rwg.getAsDouble()) : "-"));
    }
    out.append("\nMean pole strength: agreement with each pole's statements, 0-1\n");
    out.append(String.format(Locale.ROOT, "%-" + width + "s", "Group"));
    for (String p : poles) {
      out.append(String.format(Locale.ROOT, "  %-21s", p));
    }
    out.append('\n');
    for (GroupSummary g : summaries) {
      out.append(String.format(Locale.ROOT, "%-" + width + "s", label(g)));
      for (String p : poles) {
        out.append("  ").append(estimate(Optional.ofNullable(g.strengths().get(p))));
      }
      out.append('\n');
    }
    out.append("\nReliability\n");
    out.append(
        "  The library computes Cronbach's alpha (as psych::alpha) for two-pole rubrics only: it"
            + " keys\n  every item towards the second pole, and a channel statement runs towards"
            + " neither end.\n");
    out.append(
        String.format(
            Locale.ROOT,
            "  Extended rubric: %d dimensions with reliability. Two-pole default rubric on the"
                + " same answers%n  (channel statements ignored), the nine shared dimensions:%n",
            ext.reliability().size()));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-28s %6s %9s %7s %6s%n",
            "dimension",
            "alpha",
            "std.alpha",
            "mean r",
            "items"));
    for (Reliability r : study.twoPole().reliability()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-28s %6s %9s %7s %6d%n",
              DefaultRubrics.productCustomer()
                  .dimension(r.dimension())
                  .map(Dimension::name)
                  .orElse(r.dimension()),
              optional(r.rawAlpha()),
              optional(r.standardizedAlpha()),
              optional(r.averageCorrelation()),
              r.items().size()));
    }
    out.append(
        "  Routes to market: no two-pole alpha; psych::alpha on its five columns (the question"
            + " reversed) gives it.\n");
    return out.toString().replaceAll("(?m) +$", "");
  }

  private static String label(GroupSummary g) {
    return g.group().orElse("(all)");
  }

  private static String estimate(Optional<Estimate> e) {
    if (e.isEmpty()) {
      return String.format(Locale.ROOT, "%-21s", "-");
    }
    Estimate x = e.get();
    String interval =
        x.lower().isPresent()
            ? String.format(
                Locale.ROOT, " [%.3f, %.3f]", x.lower().getAsDouble(), x.upper().getAsDouble())
            : "";
    return String.format(
        Locale.ROOT, "%-21s", String.format(Locale.ROOT, "%.3f", x.mean()) + interval);
  }

  private static String optional(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "-";
  }

  /**
   * Runs the program with the given arguments.
   *
   * @param args {@code [--group-by COLUMN] [COHORT.csv]}, {@code --write-sample FILE}, or {@code
   *     --help}
   * @param out where the report goes
   * @param err where usage and error messages go
   * @return the exit code: 0 success, 2 bad arguments or input
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String groupColumn = CohortReader.GROUP_COLUMN;
    Path file = null;
    Path sample = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        out.print(usage());
        return 0;
      } else if (a.equals("--group-by") && i + 1 < args.length) {
        groupColumn = args[++i];
      } else if (a.equals("--write-sample") && i + 1 < args.length) {
        sample = Path.of(args[++i]);
      } else if (a.startsWith("-") || file != null) {
        err.print("unexpected argument '" + a + "'\n" + usage());
        return 2;
      } else {
        file = Path.of(a);
      }
    }
    try {
      if (sample != null) {
        Files.writeString(sample, toCsv(sampleCohort()), StandardCharsets.UTF_8);
        out.println("wrote " + sampleCohort().size() + " fictional respondents to " + sample);
        return 0;
      }
      Study study = file == null ? analyse(sampleCohort()) : analyse(file, groupColumn);
      out.print(render(study));
      return 0;
    } catch (CentricityException | IllegalArgumentException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("cannot write " + sample + ": " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println(e.getMessage());
      return 2;
    }
  }

  private static String usage() {
    return "usage: ChannelExtension [--group-by COLUMN] [COHORT.csv]\n"
        + "       ChannelExtension --write-sample FILE\n"
        + "  COHORT.csv          respondent, group and a column per trait of the extended rubric;\n"
        + "                      without it, a generated cohort of 36 fictional respondents\n"
        + "  --group-by NAME     the column naming each respondent's group (default: group)\n"
        + "  --write-sample FILE write the generated cohort as CSV and stop\n";
  }

  /**
   * Prints the study of a cohort file, or of the generated cohort.
   *
   * @param args {@code [--group-by COLUMN] [COHORT.csv]} or {@code --write-sample FILE}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }
}
