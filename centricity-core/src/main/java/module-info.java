/**
 * Centricity core: the model, validation, scoring engine, cohort analysis and file formats.
 *
 * <p>Exports the API packages only; the engine ({@code dev.centricity.core.internal}), the cohort
 * accumulators ({@code dev.centricity.core.cohort.internal}) and the Jackson, YAML and CSV code
 * ({@code dev.centricity.core.io.internal}) stay hidden. The API packages use no Jackson type.
 */
module dev.centricity.core {
  requires com.fasterxml.jackson.annotation;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.slf4j;
  requires static org.immutables.value;

  exports dev.centricity.core;
  exports dev.centricity.core.io;
  exports dev.centricity.core.cohort;
  exports dev.centricity.core.text;
  exports dev.centricity.core.plan;
  exports dev.centricity.core.versions;

  // Jackson reads into the generated, package-private implementations of the value types.
  opens dev.centricity.core to
      tools.jackson.databind;
  opens dev.centricity.core.cohort to
      tools.jackson.databind;
}
