/**
 * Centricity core: the model, validation, scoring engine and file formats.
 *
 * <p>Exports the API packages only; {@code dev.centricity.core.internal} stays hidden.
 */
module dev.centricity.core {
  requires transitive com.fasterxml.jackson.annotation;
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

  opens dev.centricity.core to
      tools.jackson.databind;
  opens dev.centricity.core.internal to
      tools.jackson.databind;
  opens dev.centricity.core.cohort to
      tools.jackson.databind;
}
