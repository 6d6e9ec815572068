package dev.centricity.core.io;

import dev.centricity.core.Answer;
import dev.centricity.core.FormatException;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorer;
import dev.centricity.core.Trait;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortRows;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.io.internal.Reading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads SurveyJS results as a cohort: a JSON array with one object per respondent, keyed by
 * question name, as {@code survey.data} gives it and as SurveyJS's own export writes it. A question
 * named by a trait id is that trait's answer: a whole number from 1 to the scale's size (or text
 * holding one) is that point, {@code "n/a"} is "don't know", {@code null} is no answer. The keys
 * {@code respondent} and {@code group} (or the group key chosen) name the respondent and the group;
 * any other key is ignored and reported in {@link CohortRows#warnings()}. The survey {@link
 * Questionnaire#surveyJs} writes gives exactly these results.
 *
 * <p>Every element of the array gives one {@link CohortRow}, in order, its {@link CohortRow#line()}
 * being the element's 1-based position: a member, or an error naming the key and value when an
 * answer is not one of the above or the element is not an object (rows out = rows in). A document
 * that is not a JSON array, or breaks the reading limits of {@link RubricFormat}, fails with a
 * {@link FormatException}.
 *
 * <p>Immutable and thread-safe; the {@link CohortRows} it returns are read by one thread.
 */
public final class SurveyJsReader {

  private final Rubric rubric;
  private final String groupKey;

  private SurveyJsReader(Rubric rubric, String groupKey) {
    this.rubric = rubric;
    this.groupKey = groupKey;
  }

  /**
   * A reader for a rubric's survey results.
   *
   * @param scorer the scorer of the rubric the survey was made from
   * @return the reader
   */
  public static SurveyJsReader of(Scorer scorer) {
    return of(scorer.rubric());
  }

  /**
   * A reader for a rubric's survey results.
   *
   * @param rubric the rubric the survey was made from
   * @return the reader
   */
  public static SurveyJsReader of(Rubric rubric) {
    return new SurveyJsReader(Objects.requireNonNull(rubric, "rubric"), CohortReader.GROUP_COLUMN);
  }

  /**
   * This reader with another key for the respondent's group.
   *
   * @param key the question name that holds the group, such as {@code team}
   * @return the reader
   */
  public SurveyJsReader withGroupKey(String key) {
    return new SurveyJsReader(rubric, Objects.requireNonNull(key, "key"));
  }

  /**
   * Reads a results file.
   *
   * @param file the file
   * @return the rows
   * @throws FormatException if the file cannot be read as a JSON array
   */
  public CohortRows open(Path file) {
    return fromString(Reading.text(file), file.toString());
  }

  /**
   * Reads results from JSON text.
   *
   * @param json the text
   * @param source a name for messages
   * @return the rows
   * @throws FormatException if the text cannot be read as a JSON array
   */
  public CohortRows fromString(String json, String source) {
    JsonNode root = Reading.read(json, Reading.Syntax.JSON, JsonNode.class, source);
    if (!root.isArray()) {
      throw new FormatException(
          source,
          "",
          0,
          0,
          "expected SurveyJS results, a list of objects keyed by question name, but found "
              + (root.isObject() ? "an object" : "a single value"),
          null);
    }
    Map<String, Integer> points = new LinkedHashMap<>();
    for (Trait t : rubric.allTraits()) {
      points.put(t.id(), rubric.scale(t.scale()).map(Scale::size).orElseThrow());
    }
    List<CohortRow> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    Set<String> ignored = new LinkedHashSet<>();
    long position = 0;
    for (JsonNode element : root.values()) {
      position++;
      if (element.isObject()) {
        columns.addAll(element.propertyNames());
      }
      rows.add(row(position, element, points, ignored));
    }
    List<CohortWarning> warnings = new ArrayList<>();
    for (String key : ignored) {
      warnings.add(
          CohortWarning.of(
              CohortWarning.Code.UNKNOWN_COLUMN_IGNORED,
              key,
              "question '" + key + "' is not a trait of " + rubric.reference() + "; ignored",
              List.of(rubric.reference())));
    }
    for (String id : points.keySet()) {
      if (!columns.contains(id)) {
        warnings.add(
            CohortWarning.of(
                CohortWarning.Code.TRAIT_COLUMN_MISSING,
                id,
                "no result answers trait '" + id + "'"));
      }
    }
    return new Rows(source, List.copyOf(columns), warnings, rows);
  }

  private CohortRow row(
      long position, JsonNode element, Map<String, Integer> points, Set<String> ignored) {
    if (!element.isObject()) {
      return CohortRow.of(
          RowError.of(
              position,
              Optional.empty(),
              Optional.empty(),
              "expected an object of answers keyed by question name but found " + kind(element),
              List.of(
                  RowProblem.of(
                      RowProblem.Code.NOT_AN_OBJECT, Optional.empty(), List.of(asText(element))))));
    }
    Optional<String> respondent = text(element.get(CohortReader.RESPONDENT_COLUMN));
    Optional<String> group = text(element.get(groupKey));
    Map<String, Answer> answers = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    List<RowProblem> coded = new ArrayList<>();
    String firstKey = null;
    for (Map.Entry<String, JsonNode> e : element.properties()) {
      String key = e.getKey();
      Integer n = points.get(key);
      if (n == null) {
        if (!key.equals(CohortReader.RESPONDENT_COLUMN) && !key.equals(groupKey)) {
          ignored.add(key);
        }
        continue;
      }
      Object answer = answer(e.getValue(), n);
      if (answer instanceof Answer a) {
        answers.put(key, a);
      } else {
        if (firstKey == null) {
          firstKey = key;
        }
        problems.add("question '" + key + "': " + answer);
        coded.add(problem(key, e.getValue(), n));
      }
    }
    if (!problems.isEmpty()) {
      return CohortRow.of(
          RowError.of(
              position,
              respondent,
              Optional.of(firstKey),
              String.join("; ", problems),
              List.copyOf(coded)));
    }
    var response = Response.builder().answers(answers);
    respondent.ifPresent(response::respondent);
    Response r = response.build();
    return CohortRow.of(
        position, group.isPresent() ? CohortMember.of(r, group.get()) : CohortMember.of(r));
  }

  private static Object answer(JsonNode v, int points) {
    if (v.isNull()) {
      return Answer.blank();
    }
    String text = v.isString() ? v.asString().strip() : null;
    if (text != null && text.equalsIgnoreCase(Questionnaire.DONT_KNOW)) {
      return Answer.notApplicable();
    }
    long value = wholeNumber(v);
    if (value == Long.MIN_VALUE) {
      return String.format(
          Locale.ROOT,
          "%s is not an answer: give a whole number from 1 to %d, \"n/a\" or null",
          kind(v),
          points);
    }
    if (value < 1 || value > points) {
      return String.format(
          Locale.ROOT, "answer %d is outside the scale, which runs from 1 to %d", value, points);
    }
    return Answer.of((int) value);
  }

  /** Why a value {@link #answer} refused is not an answer, as a code and values. */
  private static RowProblem problem(String key, JsonNode v, int points) {
    long value = wholeNumber(v);
    if (value != Long.MIN_VALUE) {
      return RowProblem.of(
          RowProblem.Code.OUT_OF_SCALE,
          Optional.of(key),
          List.of(Long.toString(value), Integer.toString(points)));
    }
    return RowProblem.of(
        RowProblem.Code.NOT_AN_ANSWER,
        Optional.of(key),
        List.of(asText(v), Integer.toString(points)));
  }

  /**
   * The whole number a value holds (a JSON integer, a number with no fraction, or text of up to 9
   * digits), or Long.MIN_VALUE when it holds none.
   */
  private static long wholeNumber(JsonNode v) {
    String text = v.isString() ? v.asString().strip() : null;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.asLong();
    } else if (v.isNumber()
        && v.asDouble() == Math.rint(v.asDouble())
        && Math.abs(v.asDouble()) < 1e9) {
      return (long) v.asDouble();
    } else if (text != null && text.matches("[+-]?\\d{1,9}")) {
      return Long.parseLong(text);
    }
    return Long.MIN_VALUE;
  }

  /** A value as the file gives it: a string's text, any other value as JSON; shortened. */
  private static String asText(JsonNode v) {
    String s = v.isString() ? v.asString() : v.toString();
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static Optional<String> text(JsonNode v) {
    if (v == null || v.isNull() || !(v.isString() || v.isNumber())) {
      return Optional.empty();
    }
    String s = v.asString().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String kind(JsonNode v) {
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isBoolean()) {
      return v.asString();
    }
    String s = v.isString() ? "'" + v.asString() + "'" : v.asString();
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /** The rows, read at once (a SurveyJS results file is one JSON document within the limits). */
  private static final class Rows implements CohortRows {
    private final String source;
    private final List<String> columns;
    private final List<CohortWarning> warnings;
    private List<CohortRow> rows;

    Rows(String source, List<String> columns, List<CohortWarning> warnings, List<CohortRow> rows) {
      this.source = source;
      this.columns = columns;
      this.warnings = Collections.unmodifiableList(warnings);
      this.rows = rows;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public List<String> columns() {
      return columns;
    }

    @Override
    public List<CohortWarning> warnings() {
      return warnings;
    }

    @Override
    public Iterator<CohortRow> iterator() {
      if (rows == null) {
        throw new IllegalStateException("the rows of " + source + " have been iterated already");
      }
      Iterator<CohortRow> it = rows.iterator();
      rows = null;
      return it;
    }

    @Override
    public void close() {
      rows = null;
    }
  }
}
