package dev.centricity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.centricity.core.Dimension;
import dev.centricity.core.FormatException;
import dev.centricity.core.Rubric;
import dev.centricity.core.io.ResponseFormat;
import dev.centricity.core.io.RubricFormat;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips that invariant 11 of the contract ({@link InvariantContract#round_trip_rubric} and
 * {@link InvariantContract#round_trip_scorecard}) does not cover: ids a YAML reader could take for
 * octal numbers, and the responses the generators make.
 */
class RoundTripProperties {

  @Provide
  Arbitrary<Rubric> rubrics() {
    return Rubrics.arbitrary();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return Responses.assessments(Rubrics.arbitrary());
  }

  /**
   * Ids made of a 0 and more digits, some of them 8 or 9 ({@code 08}, {@code 0190}), and other
   * valid ids.
   */
  @Provide
  Arbitrary<String> leadingZeroIds() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4).map(s -> "0" + s),
        Rubrics.ids());
  }

  /**
   * Invariant 11 for any valid id of a dimension: a rubric written as YAML reads back equal, also
   * for ids such as {@code 08}, which a YAML writer must quote lest the reader take them for octal
   * numbers with a digit 8 or 9.
   */
  @Property(tries = 300)
  void round_trip_rubric_yaml_with_leading_zero_ids(
      @ForAll("rubrics") Rubric rubric, @ForAll("leadingZeroIds") String id) {
    Dimension first = rubric.dimensions().get(0);
    Assume.that(rubric.dimensions().stream().noneMatch(d -> d.id().equals(id)));
    List<Dimension> dimensions = new ArrayList<>(rubric.dimensions());
    dimensions.set(0, Dimension.builder().from(first).id(id).build());
    Rubric renamed = Rubrics.withDimensions(rubric, dimensions);
    String yaml = RubricFormat.toYaml(renamed);
    Rubric read;
    try {
      read = RubricFormat.fromYaml(yaml);
    } catch (FormatException e) {
      throw new AssertionError(
          String.format(
              "round_trip_rubric_yaml broke for dimension id '%s': the YAML written cannot be read"
                  + " back: %s%n%s",
              id, e.getMessage(), yaml),
          e);
    }
    assertThat(read)
        .as(
            "round_trip_rubric_yaml broke for dimension id '%s': the rubric read back differs%n%s",
            id, yaml)
        .isEqualTo(renamed);
  }

  /** The responses the generators make, with n/a and blank answers, read back equal from JSON. */
  @Property(tries = 300)
  void round_trip_response_json(@ForAll("assessments") Assessment a) {
    String json = ResponseFormat.toJson(a.response());
    assertThat(ResponseFormat.fromJson(json))
        .as(
            "round_trip_response_json broke: the response read back from this JSON differs%n%s",
            json)
        .isEqualTo(a.response());
  }
}
