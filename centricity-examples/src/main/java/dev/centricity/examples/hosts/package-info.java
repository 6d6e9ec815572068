/**
 * Three host applications, each a plain Java program with a {@code main} that a developer can copy
 * as the start of an integration of their own.
 *
 * <ul>
 *   <li>{@link dev.centricity.examples.hosts.TeamSurvey} — an HR tool: a cohort CSV of several
 *       teams in, a team-by-team table out, with intervals, agreement and the teams whose result is
 *       not yet clear or whose members disagree;
 *   <li>{@link dev.centricity.examples.hosts.AccountScoring} — a CRM batch job: a rubric derived
 *       from the default in code, one shared {@link dev.centricity.core.Scorer}, a large CSV of
 *       accounts scored on a fixed thread pool and written back in input order, bad rows kept as
 *       error records;
 *   <li>{@link dev.centricity.examples.hosts.ChannelExtension} — a researcher's extension: a third
 *       pole, {@code channel}, added to the default rubric in code, a cohort profiled per group,
 *       and reliability where the library defines it (two poles).
 * </ul>
 *
 * <p>Each keeps its logic in methods that return values, so that a test (or a host) can use the
 * results. What is not the integration itself lives beside it: the rubrics derived in code ({@code
 * AccountRubric}, {@code ChannelRubric}), the text reports ({@code TeamSurveyReport}, {@code
 * ChannelStudyReport}), and what the three share — picocli argument handling and exit codes ({@code
 * HostCommand}), number and CSV formatting ({@code HostText}), answers for worked examples ({@code
 * RubricAnswers}) and in-order scoring on a thread pool ({@code InOrderPool}). No method accepts or
 * returns {@code null}: what may be absent is an {@link java.util.Optional} or {@link
 * java.util.OptionalDouble}.
 */
package dev.centricity.examples.hosts;
