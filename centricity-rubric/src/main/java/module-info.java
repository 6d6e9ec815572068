/**
 * The default rubrics of Centricity, taken from two articles on product- and customer-centricity.
 */
module dev.centricity.rubric {
  requires transitive dev.centricity.core;

  exports dev.centricity.rubric;
}
