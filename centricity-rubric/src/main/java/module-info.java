/**
 * The default rubrics of Centricity, taken from two articles on product- and customer-centricity.
 */
module dev.centricity.rubric {
  requires transitive dev.centricity.core;
  requires static org.immutables.value; // to read the annotations on core's classes

  exports dev.centricity.rubric;
}
