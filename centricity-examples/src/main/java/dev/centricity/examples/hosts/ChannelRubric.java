package dev.centricity.examples.hosts;

import dev.centricity.core.Answer;
import dev.centricity.core.Contrast;
import dev.centricity.core.Dimension;
import dev.centricity.core.Pole;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.WorkedExample;
import dev.centricity.rubric.DefaultRubrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three-pole rubric of {@link ChannelExtension}, derived in code from the default rubric: the
 * pole {@code channel}, the dimension <i>Routes to market</i> citing claim A16, no bands, and
 * worked examples that expect a leading pole.
 */
final class ChannelRubric {

  private ChannelRubric() {}

  /**
   * Builds the rubric: see {@link ChannelExtension#rubric()}.
   *
   * @return the validated rubric
   */
  static Rubric build() {
    Rubric base = DefaultRubrics.productCustomer();
    Source a16 = Source.of("A", "A16");
    Dimension channels =
        Dimension.builder()
            .id(ChannelExtension.DIMENSION)
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
                    .id(ChannelExtension.FIRST_ASK)
                    .statement("When we want to find out what buyers need, whom do we ask first?")
                    .contrast(Contrast.of(ChannelExtension.CHANNEL, "customer"))
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
                    .id(ChannelExtension.CHANNEL)
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
                    .expect(
                        WorkedExample.Expectation.builder()
                            .leadingPole(ChannelExtension.CHANNEL)
                            .build())
                    .build(),
                WorkedExample.builder()
                    .name("customer-led")
                    .description(
                        "Every answer at the customer end, channel statements fully rejected:"
                            + " customer leads.")
                    .answers(RubricAnswers.towards(draft, draft.allTraits(), "customer"))
                    .expect(WorkedExample.Expectation.builder().leadingPole("customer").build())
                    .build()))
        .build();
  }

  private static Trait channelTrait(String id, String statement, Source source) {
    return Trait.builder()
        .id(id)
        .statement(statement)
        .keyed(ChannelExtension.CHANNEL)
        .scale("agree5")
        .addSources(source)
        .build();
  }
}
