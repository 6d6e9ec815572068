/**
 * Cohorts from workbooks: {@link dev.centricity.xlsx.WorkbookReader} reads the first sheet of an
 * {@code .xlsx} file, as Microsoft Forms and SurveyMonkey export their responses, into the same
 * {@link dev.centricity.core.cohort.CohortRows} a CSV export gives, through a {@link
 * dev.centricity.core.io.CohortReader} and with its rules for the header, the columns and the
 * cells. The sheet is streamed: one row is held at a time. No method accepts or returns {@code
 * null}.
 */
package dev.centricity.xlsx;
