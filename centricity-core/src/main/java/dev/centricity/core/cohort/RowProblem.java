package dev.centricity.core.cohort;

import dev.centricity.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason a row could not be scored, given as a code, the column it lies in and the values it
 * reports, from which a host can word it in any language; {@link RowError#reason()} words the same
 * reasons in English. Values taken from the file (a cell, a column name) are kept as the file gives
 * them (a very long cell shortened, as in the reason), so they can be shown verbatim.
 *
 * <p>Immutable and value-based.
 */
@Value.Immutable
@ValueStyle
public interface RowProblem {

  /** The kinds of problem, each listing the values it reports. */
  enum Code {
    /**
     * The record breaks the CSV syntax: a quote inside a field that does not start with one, or
     * text after a field's closing quote. Values: the 1-based number of the field.
     */
    MALFORMED_RECORD,
    /**
     * The row has another number of fields than the header. Values: the row's number of fields and
     * the header's.
     */
    FIELD_COUNT,
    /**
     * A cell (or a SurveyJS value) is not an answer. Column: where it lies; values: the cell as the
     * file gives it (a JSON value other than a string as JSON text) and the number of points of the
     * trait's scale.
     */
    NOT_AN_ANSWER,
    /**
     * A whole number outside the trait's scale. Column: where it lies; values: the number and the
     * number of points of the scale (which runs from 1).
     */
    OUT_OF_SCALE,
    /**
     * An answer to a trait the rubric does not have, under policy {@code REJECT}. Column: the trait
     * id answered; values: the rubric's reference.
     */
    UNKNOWN_TRAIT,
    /**
     * A trait is unanswered and the policy rejects missing answers. Column: the trait id; no
     * values.
     */
    UNANSWERED,
    /**
     * The response names another rubric than the one scoring it. Values: the rubric it names and
     * the scoring rubric's reference.
     */
    WRONG_RUBRIC,
    /**
     * An element of SurveyJS results is not an object of answers. Values: the element as JSON text.
     */
    NOT_AN_OBJECT
  }

  /** The kind of problem. */
  Code code();

  /** The column (trait id, column or question name) it lies in, when it lies in one. */
  Optional<String> column();

  /** What it reports, in the order its {@link Code} lists. */
  List<String> values();

  /**
   * Creates a problem.
   *
   * @param code the kind
   * @param column the column it lies in, if any
   * @param values what it reports, in the order its code lists
   * @return the problem
   */
  static RowProblem of(Code code, Optional<String> column, List<String> values) {
    return ImmutableRowProblem.builder().code(code).column(column).values(values).build();
  }
}
