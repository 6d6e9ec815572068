package dev.centricity.core.io.internal;

import dev.centricity.core.Rubric;
import dev.centricity.core.io.CohortMapping;
import dev.centricity.core.text.RubricTexts;

/**
 * What a {@link dev.centricity.core.io.CohortReader} was told, handed to the CSV code as one value.
 *
 * @param rubric the rubric
 * @param texts its texts in every language to match statements and labels in
 * @param mapping the mapping (empty when none was given)
 * @param groupColumn the header of the group column
 * @param groupRequired whether the group column was chosen, so that a file without it is refused
 * @param respondentColumn the header of the respondent column
 * @param respondentRequired whether the respondent column was chosen, likewise
 * @param skipRows rows under the header that are not respondents, whatever they hold
 * @param strictColumns whether a column that matches nothing is an error
 */
public record ReaderSettings(
    Rubric rubric,
    RubricTexts texts,
    CohortMapping mapping,
    String groupColumn,
    boolean groupRequired,
    String respondentColumn,
    boolean respondentRequired,
    int skipRows,
    boolean strictColumns) {}
