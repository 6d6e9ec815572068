package dev.centricity.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Specifies {@link Answer}: a point of a scale, not applicable, or blank. */
class AnswerTest {

  @Test
  void should_give_the_point_when_the_answer_is_a_point() {
    // GIVEN
    Answer answer = Answer.of(4);

    // WHEN / THEN
    assertThat(answer.isGiven()).isTrue();
    assertThat(answer.isNotApplicable()).isFalse();
    assertThat(answer.point()).isEqualTo(OptionalInt.of(4));
    assertThat(answer.pointValue()).isEqualTo(4);
    assertThat(answer).hasToString("4");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 11, 12, 1000, -1, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void should_be_equal_by_value_when_two_answers_have_the_same_point(int point) {
    // GIVEN: points 0 to 11 are cached, the others are new instances
    Answer first = Answer.of(point);
    Answer second = Answer.of(point);

    // WHEN / THEN
    assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    assertThat(first.pointValue()).isEqualTo(point);
    assertThat(first).isNotEqualTo(Answer.of(point == 5 ? 6 : 5));
  }

  @Test
  void should_be_missing_when_the_answer_is_not_applicable() {
    // GIVEN
    Answer answer = Answer.notApplicable();

    // WHEN / THEN
    assertThat(answer.isGiven()).isFalse();
    assertThat(answer.isNotApplicable()).isTrue();
    assertThat(answer.point()).isEmpty();
    assertThat(answer).hasToString("n/a").isEqualTo(Answer.notApplicable());
  }

  @Test
  void should_be_missing_when_the_answer_is_blank() {
    // GIVEN
    Answer answer = Answer.blank();

    // WHEN / THEN
    assertThat(answer.isGiven()).isFalse();
    assertThat(answer.isNotApplicable()).isFalse();
    assertThat(answer.point()).isEmpty();
    assertThat(answer).hasToString("null").isEqualTo(Answer.blank());
  }

  @Test
  void should_tell_the_kinds_apart_when_comparing_missing_answers_with_points() {
    // GIVEN: both missing kinds are stored with point 0, so only the kind separates them from of(0)
    Answer notApplicable = Answer.notApplicable();
    Answer blank = Answer.blank();
    Answer zero = Answer.of(0);

    // WHEN / THEN
    assertThat(notApplicable).isNotEqualTo(blank).isNotEqualTo(zero);
    assertThat(blank).isNotEqualTo(zero).isNotEqualTo(notApplicable);
    assertThat(zero).isNotEqualTo(blank);
    assertThat(notApplicable).isNotEqualTo("n/a");
    assertThat(blank).isNotEqualTo(null);
  }

  @Test
  void should_throw_illegal_state_when_asking_the_point_of_a_not_applicable_answer() {
    // GIVEN
    Answer answer = Answer.notApplicable();

    // WHEN / THEN
    assertThatThrownBy(answer::pointValue)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("n/a")
        .hasMessageContaining("not a point of the scale");
  }

  @Test
  void should_throw_illegal_state_when_asking_the_point_of_a_blank_answer() {
    // GIVEN
    Answer answer = Answer.blank();

    // WHEN / THEN
    assertThatThrownBy(answer::pointValue)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("null")
        .hasMessageContaining("not a point of the scale");
  }
}
