package dev.centricity.core.cohort.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Welford's update and Chan's merge on hand-computed examples. */
class MomentsTest {

  private static Moments of(double... values) {
    Moments m = new Moments();
    for (double v : values) {
      m.add(v);
    }
    return m;
  }

  @Test
  void should_merge_two_streams_into_the_moments_of_their_union() {
    // GIVEN {1, 2}: n 2, mean 1.5, M2 = 0.25 + 0.25 = 0.5; and {3, 4, 5}: n 3, mean 4, M2 = 1 + 0 +
    // 1
    Moments a = of(1, 2);
    Moments b = of(3, 4, 5);
    // WHEN merged: δ = 4 − 1.5 = 2.5, mean = 1.5 + 2.5 · 3/5 = 3,
    // M2 = 0.5 + 2 + 2.5² · (2 · 3)/5 = 2.5 + 7.5 = 10
    a.merge(b);
    // THEN the moments of {1, ..., 5}: mean 3, Σ(x − 3)² = 4 + 1 + 0 + 1 + 4 = 10, variance 10/4
    assertThat(a.n).isEqualTo(5);
    assertThat(a.mean).isEqualTo(3.0);
    assertThat(a.m2).isEqualTo(10.0);
    assertThat(a.variance()).isEqualTo(2.5);
    // and the other side is unchanged
    assertThat(b.n).isEqualTo(3);
    assertThat(b.mean).isEqualTo(4.0);
    assertThat(b.m2).isEqualTo(2.0);
  }

  @Test
  void should_leave_the_figures_as_they_are_when_one_side_is_empty() {
    // GIVEN {0.1, 0.7}, whose mean and M2 carry rounding
    Moments values = of(0.1, 0.7);
    Moments empty = new Moments();
    // WHEN merged into an empty stream, and an empty stream merged into it
    empty.merge(values);
    Moments same = of(0.1, 0.7);
    same.merge(new Moments());
    // THEN the figures are copied bit for bit
    for (Moments m : new Moments[] {empty, same}) {
      assertThat(m.n).isEqualTo(2);
      assertThat(m.mean).isEqualTo(values.mean);
      assertThat(m.m2).isEqualTo(values.m2);
    }
  }

  @Test
  void should_keep_a_spread_of_exactly_zero_for_equal_values_however_split() {
    // GIVEN 0.3 three times and twice: each mean is 0.3 exactly and each M2 exactly 0
    Moments a = of(0.3, 0.3, 0.3);
    Moments b = of(0.3, 0.3);
    // WHEN merged: δ = 0, so M2 = 0 + 0 + 0
    a.merge(b);
    // THEN
    assertThat(a.n).isEqualTo(5);
    assertThat(a.mean).isEqualTo(0.3);
    assertThat(a.m2).isEqualTo(0.0);
  }
}
