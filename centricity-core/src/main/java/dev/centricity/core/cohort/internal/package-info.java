/**
 * The implementation behind the cohort API: the CSV reader, the one-pass accumulators, the
 * statistics and Student's t distribution. Not exported; nothing here is API.
 */
package dev.centricity.core.cohort.internal;
