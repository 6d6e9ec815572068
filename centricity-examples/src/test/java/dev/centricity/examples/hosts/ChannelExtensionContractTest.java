package dev.centricity.examples.hosts;

import dev.centricity.core.Rubric;
import dev.centricity.testkit.RubricContract;

/**
 * The research extension's three-pole rubric checked against every invariant of the model ({@code
 * docs/model.md}) by the testkit. Invariant 10 (extremes) needs two poles and is reported as
 * skipped with its reason; every other property runs on the rubric built in code by {@link
 * ChannelExtension#rubric()}.
 */
class ChannelExtensionContractTest implements RubricContract {

  @Override
  public Rubric rubric() {
    return ChannelExtension.rubric();
  }
}
