/**
 * The default rubrics: {@link dev.centricity.rubric.DefaultRubrics#productCustomer()} places an
 * organisation between product-centric and customer-centric; {@link
 * dev.centricity.rubric.DefaultRubrics#context()} says which of the two its situation calls for.
 * {@link dev.centricity.rubric.SampleOrganisation} holds three fictional organisations' answers.
 *
 * <p>No method accepts or returns {@code null}.
 */
package dev.centricity.rubric;
