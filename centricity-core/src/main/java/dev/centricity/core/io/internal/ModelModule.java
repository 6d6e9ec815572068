package dev.centricity.core.io.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.centricity.core.Answer;
import dev.centricity.core.Band;
import dev.centricity.core.Contrast;
import dev.centricity.core.Contribution;
import dev.centricity.core.Dimension;
import dev.centricity.core.DimensionScore;
import dev.centricity.core.Fit;
import dev.centricity.core.Pole;
import dev.centricity.core.Reference;
import dev.centricity.core.Response;
import dev.centricity.core.Rubric;
import dev.centricity.core.RubricIdentity;
import dev.centricity.core.Scale;
import dev.centricity.core.Scorecard;
import dev.centricity.core.ScoringPolicy;
import dev.centricity.core.Source;
import dev.centricity.core.Trait;
import dev.centricity.core.Warning;
import dev.centricity.core.WorkedExample;
import dev.centricity.core.cohort.BandEstimate;
import dev.centricity.core.cohort.Cohort;
import dev.centricity.core.cohort.CohortComparison;
import dev.centricity.core.cohort.CohortMember;
import dev.centricity.core.cohort.CohortReport;
import dev.centricity.core.cohort.CohortRow;
import dev.centricity.core.cohort.CohortWarning;
import dev.centricity.core.cohort.Difference;
import dev.centricity.core.cohort.DimensionSummary;
import dev.centricity.core.cohort.Estimate;
import dev.centricity.core.cohort.GroupSummary;
import dev.centricity.core.cohort.IntraclassCorrelation;
import dev.centricity.core.cohort.ItemStatistics;
import dev.centricity.core.cohort.Reliability;
import dev.centricity.core.cohort.RowError;
import dev.centricity.core.cohort.RowProblem;
import dev.centricity.core.cohort.WithinGroupAgreement;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;
import tools.jackson.databind.module.SimpleModule;

/**
 * How the model's types are read and written as JSON and YAML, kept here so that the model itself
 * imports nothing from Jackson: each value type is read into its generated implementation (through
 * the JSON creator Immutables writes for it), scorecards and answers by the writers and readers of
 * this package, and the codes of enums in kebab case ({@code unknown-trait-ignored}).
 */
final class ModelModule {

  /** The value types read from files, each into the generated {@code Immutable*} beside it. */
  static final List<Class<?>> VALUE_TYPES =
      List.of(
          Rubric.class,
          Pole.class,
          Scale.class,
          Dimension.class,
          Trait.class,
          Contrast.class,
          Source.class,
          Band.class,
          Reference.class,
          Reference.Claim.class,
          WorkedExample.class,
          WorkedExample.Expectation.class,
          ScoringPolicy.class,
          Response.class,
          RubricIdentity.class,
          Warning.class,
          Scorecard.class,
          DimensionScore.class,
          Contribution.class,
          Fit.class,
          Fit.DimensionGap.class,
          Cohort.class,
          CohortMember.class,
          CohortRow.class,
          RowError.class,
          RowProblem.class,
          CohortWarning.class,
          CohortReport.class,
          GroupSummary.class,
          DimensionSummary.class,
          Estimate.class,
          BandEstimate.class,
          WithinGroupAgreement.class,
          IntraclassCorrelation.class,
          ItemStatistics.class,
          Reliability.class,
          CohortComparison.class,
          Difference.class);

  private ModelModule() {}

  /** The module to register with every mapper of the library. */
  static SimpleModule create() {
    SimpleModule module = new SimpleModule("centricity-model");
    for (Class<?> type : VALUE_TYPES) {
      map(module, type);
    }
    module.addDeserializer(Double.TYPE, new FiniteNumbers.DoubleReader(Double.TYPE, 0.0));
    module.addDeserializer(Double.class, new FiniteNumbers.DoubleReader(Double.class, null));
    module.addDeserializer(OptionalDouble.class, new FiniteNumbers.OptionalReader());
    module.addSerializer(Answer.class, new AnswerJson.Writer());
    module.addDeserializer(Answer.class, new AnswerJson.Reader());
    module.addSerializer(Response.class, new ResponseJson.Writer());
    module.addSerializer(Scorecard.class, new ScorecardJson.ScorecardWriter());
    module.addSerializer(DimensionScore.class, new ScorecardJson.DimensionScoreWriter());
    module.addSerializer(Contribution.class, new ScorecardJson.ContributionWriter());
    for (Class<?> e :
        List.of(
            ScoringPolicy.MissingAnswers.class,
            ScoringPolicy.UnknownTraits.class,
            Warning.Code.class,
            CohortWarning.Code.class,
            RowProblem.Code.class)) {
      module.setMixInAnnotation(e, KebabCase.class);
    }
    // An answer may be null in a file (a blank answer), although nulls are refused elsewhere.
    module.setMixInAnnotation(implementation(Response.class, "$Json"), AnswersMayBeNull.class);
    module.setMixInAnnotation(implementation(WorkedExample.class, "$Json"), AnswersMayBeNull.class);
    return module;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void map(SimpleModule module, Class<?> type) {
    module.addAbstractTypeMapping((Class) type, (Class) implementation(type, ""));
  }

  /**
   * The implementation Immutables generates for a value type: {@code Immutable} and the type's
   * simple name, in the type's package (also for a type nested in another).
   */
  static Class<?> implementation(Class<?> type, String suffix) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName() + suffix;
    try {
      return Class.forName(name, false, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated implementation " + name + " of " + type, e);
    }
  }

  @EnumNaming(EnumNamingStrategies.KebabCaseStrategy.class)
  private abstract static class KebabCase {}

  private abstract static class AnswersMayBeNull {
    @JsonSetter(contentNulls = Nulls.SET)
    abstract void setAnswers(Map<String, Answer> answers);
  }
}
