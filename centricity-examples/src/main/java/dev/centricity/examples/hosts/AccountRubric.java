package dev.centricity.examples.hosts;

import dev.centricity.core.Answer;
import dev.centricity.core.Dimension;
import dev.centricity.core.Rubric;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.rubric.DefaultRubrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The B2B account rubric of {@link AccountScoring}, derived in code from the default rubric: the
 * dimension {@code organisation} dropped, two account-management statements added to {@code
 * service}, and {@code service} weighted 1.5, with worked examples that show the change at work.
 */
final class AccountRubric {

  private static final String DROPPED_DIMENSION = "organisation";
  private static final String REWEIGHTED_DIMENSION = "service";
  private static final double SERVICE_WEIGHT = 1.5;

  private AccountRubric() {}

  /**
   * Builds the rubric: see {@link AccountScoring#rubric()}.
   *
   * @return the validated rubric
   */
  static Rubric build() {
    Rubric base = DefaultRubrics.productCustomer();
    Trait jointPlan =
        Trait.builder()
            .id(AccountScoring.JOINT_ACCOUNT_PLAN)
            .statement(
                "Every major account has a written plan that we go through with the client and"
                    + " revise together at least once a year.")
            .keyed("customer")
            .scale("agree5")
            .addSources(Source.of("B", "B12"), Source.of("A", "A7"))
            .build();
    Trait newContracts =
        Trait.builder()
            .id(AccountScoring.NEW_CONTRACT_TARGETS)
            .statement(
                "Account managers' targets count new contracts signed; renewals of existing"
                    + " contracts hardly count towards them.")
            .keyed("product")
            .scale("agree5")
            .addSources(Source.of("A", "A1", "A11"))
            .build();
    List<Dimension> dimensions = new ArrayList<>();
    for (Dimension d : base.dimensions()) {
      if (d.id().equals(DROPPED_DIMENSION)) {
        continue;
      }
      if (d.id().equals(REWEIGHTED_DIMENSION)) {
        d =
            Dimension.builder()
                .from(d)
                .weight(SERVICE_WEIGHT)
                .addTraits(jointPlan, newContracts)
                .build();
      }
      dimensions.add(d);
    }
    Dimension service =
        dimensions.stream()
            .filter(d -> d.id().equals(REWEIGHTED_DIMENSION))
            .findFirst()
            .orElseThrow();
    Dimension measures =
        dimensions.stream().filter(d -> d.id().equals("measures")).findFirst().orElseThrow();
    return Rubric.builder()
        .from(base)
        .id("b2b-account-centricity")
        .version("1.0.0")
        .title("Product- vs customer-centricity of a B2B account")
        .description(
            "The default rubric shortened and adapted for client accounts of a B2B supplier: no"
                + " questions on internal structure and culture, two on account management, and"
                + " the relationship after the sale weighted 1.5 against 1 for every other"
                + " dimension.")
        .putMetadata("derived-from", base.reference())
        .dimensions(dimensions)
        .examples(
            List.of(
                WorkedExample.builder()
                    .name("account-management-only")
                    .description(
                        "Only service answered: its six default statements at the midpoint, a"
                            + " joint account plan fully agreed (+1) and new-contract targets fully"
                            + " rejected (+1). Service's index is 2/8 = 0.25, and with no other"
                            + " dimension answered that is the whole index.")
                    .answers(
                        RubricAnswers.at(
                            service.traits(),
                            3,
                            Map.of(
                                AccountScoring.JOINT_ACCOUNT_PLAN,
                                5,
                                AccountScoring.NEW_CONTRACT_TARGETS,
                                1)))
                    .expect(
                        WorkedExample.Expectation.builder()
                            .index(0.25)
                            .band("Customer-leaning")
                            .build())
                    .build(),
                WorkedExample.builder()
                    .name("relationship-outweighs-volume")
                    .description(
                        "Service fully customer-centric (+1) and measures fully product-centric"
                            + " (-1), nothing else answered: (1.5 - 1) / 2.5 = 0.2, which lies on"
                            + " the boundary and so belongs to the band nearer 0, Balanced. With"
                            + " equal weights the two would cancel to 0.")
                    .answers(
                        merge(
                            RubricAnswers.towards(base, service.traits(), "customer"),
                            RubricAnswers.towards(base, measures.traits(), "product")))
                    .expect(WorkedExample.Expectation.builder().index(0.2).band("Balanced").build())
                    .build()))
        .build();
  }

  private static Map<String, Answer> merge(Map<String, Answer> a, Map<String, Answer> b) {
    Map<String, Answer> all = new LinkedHashMap<>(a);
    all.putAll(b);
    return all;
  }
}
