package dev.centricity.spark.internal;

import dev.centricity.core.DimensionScore;
import dev.centricity.core.Problem;
import dev.centricity.core.Response;
import dev.centricity.core.ResponseValidationException;
import dev.centricity.core.Rubric;
import dev.centricity.core.Scorecard;
import dev.centricity.core.Scorer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores the rows of a partition one by one: each row comes out with the columns of the scorecard
 * appended (index, score, band, coverage, each dimension's index) and an error column that is null
 * for a scored row and says why for a row that cannot be scored, whose scorecard columns are null.
 * Rows out = rows in, in the same order.
 */
public final class ScoringFunction implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** The name of the index column; the others follow it. */
  public static final String INDEX = "index";

  /** The name of the score column. */
  public static final String SCORE = "score";

  /** The name of the band column. */
  public static final String BAND = "band";

  /** The name of the coverage column. */
  public static final String COVERAGE = "coverage";

  /** The name of the error column. */
  public static final String ERROR = "error";

  private final Broadcast<RubricShipment> rubric;
  private final RowAnswers answers;
  private final int dimensions;

  /**
   * Creates the function.
   *
   * @param rubric the broadcast rubric
   * @param answers how the rows' columns become answers
   * @param dimensions the rubric's number of dimensions
   */
  public ScoringFunction(Broadcast<RubricShipment> rubric, RowAnswers answers, int dimensions) {
    this.rubric = rubric;
    this.answers = answers;
    this.dimensions = dimensions;
  }

  /** The name of a dimension's index column. */
  public static String dimensionColumn(String dimensionId) {
    return dimensionId + "_index";
  }

  /**
   * The schema of the scored rows: the input's columns, then index, score, band, coverage, each
   * dimension's index and the error.
   *
   * @param input the input schema
   * @param rubric the rubric
   * @return the output schema
   * @throws IllegalArgumentException if the input already has a column of one of these names
   */
  public static StructType outputSchema(StructType input, Rubric rubric) {
    List<String> added = new ArrayList<>(List.of(INDEX, SCORE, BAND, COVERAGE));
    rubric.dimensions().forEach(d -> added.add(dimensionColumn(d.id())));
    added.add(ERROR);
    List<String> existing = List.of(input.fieldNames());
    StructType out = input;
    for (String name : added) {
      if (existing.contains(name)) {
        throw new IllegalArgumentException(
            "the dataset already has a column '"
                + name
                + "', which scoring would add; rename it first");
      }
      boolean text = name.equals(BAND) || name.equals(ERROR);
      out = out.add(name, text ? DataTypes.StringType : DataTypes.DoubleType, true);
    }
    return out;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Scorer scorer = rubric.value().scorer();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return score(scorer, rows.next());
      }
    };
  }

  private Row score(Scorer scorer, Row row) {
    int width = row.length();
    Object[] out = new Object[width + 4 + dimensions + 1];
    for (int i = 0; i < width; i++) {
      out[i] = row.get(i);
    }
    Object response = answers.response(row);
    if (!(response instanceof Response r)) {
      out[out.length - 1] = response;
      return RowFactory.create(out);
    }
    Scorecard card;
    try {
      card = scorer.score(r);
    } catch (ResponseValidationException e) {
      List<String> reasons = new ArrayList<>();
      for (Problem p : e.problems()) {
        reasons.add(p.message());
      }
      out[out.length - 1] = String.join("; ", reasons);
      return RowFactory.create(out);
    }
    int at = width;
    out[at++] = card.index().isPresent() ? card.index().getAsDouble() : null;
    out[at++] = card.score().isPresent() ? card.score().getAsDouble() : null;
    out[at++] = card.band().orElse(null);
    out[at++] = card.coverage();
    for (DimensionScore d : card.dimensions()) {
      out[at++] = d.index().isPresent() ? d.index().getAsDouble() : null;
    }
    return RowFactory.create(out);
  }
}
