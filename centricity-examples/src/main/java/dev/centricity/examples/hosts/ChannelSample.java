package dev.centricity.examples.hosts;

import dev.centricity.core.Answer;
import dev.centricity.core.Pole;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The fictional cohort {@link ChannelExtension} studies when no file is given, and its CSV form:
 * generated data, kept apart from the integration.
 */
public final class ChannelSample {

  /** The seed of the generated cohort, so that every run gives the same respondents. */
  public static final long SEED = 16L;

  /** How many respondents each organisation of the generated cohort has. */
  public static final int GROUP_SIZE = 12;

  private ChannelSample() {}

  /**
   * A fictional cohort: {@value #GROUP_SIZE} staff of each of three invented organisations answer
   * the extended rubric, drawn with a fixed seed ({@value #SEED}) so that every run gives the same
   * answers.
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
  public static Cohort cohort() {
    Rubric rubric = ChannelExtension.rubric();
    Random random = new Random(SEED);
    String[] groups = {"Alder Appliances", "Birch Analytics", "Cedar Components"};
    double[][] tendency = { // product, customer, channel
      {0.45, 0.40, 0.85}, {0.35, 0.80, 0.20}, {0.80, 0.35, 0.40}
    };
    List<String> poles = rubric.poles().stream().map(Pole::id).toList();
    List<CohortMember> members = new ArrayList<>();
    int n = 0;
    for (int g = 0; g < groups.length; g++) {
      for (int i = 0; i < GROUP_SIZE; i++) {
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
    List<Trait> traits = ChannelExtension.rubric().allTraits();
    StringBuilder out = new StringBuilder();
    out.append("respondent,group");
    for (Trait t : traits) {
      out.append(',').append(t.id());
    }
    out.append('\n');
    for (CohortMember m : cohort.members()) {
      out.append(HostText.csvField(m.response().respondent().orElse("")))
          .append(',')
          .append(HostText.csvField(m.group().orElse("")));
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
}
