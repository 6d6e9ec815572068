package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DoubleText} writes every double as {@link Double#toString(double)} does, character for
 * character, whether it works the text out itself or leaves it to the JDK; and it does work out the
 * numbers a scorecard is made of (otherwise these checks would only test the JDK against itself).
 */
class DoubleTextProperties {

  private static String text(double v) {
    StringBuilder out = new StringBuilder("x");
    DoubleText.append(out, v);
    return out.substring(1);
  }

  /** The text when this class decides it, else null. */
  private static String fast(double v) {
    StringBuilder out = new StringBuilder();
    return DoubleText.appendFast(out, v) ? out.toString() : null;
  }

  /** Doubles from their bits, with exponents over the range worked out here and beyond it. */
  @Provide
  Arbitrary<Double> inRange() {
    return Arbitraries.integers()
        .between(1075 - 64, 1075 - 20)
        .flatMap(
            biased ->
                Arbitraries.longs()
                    .between(0, (1L << 52) - 1)
                    .map(f -> Double.longBitsToDouble(((long) biased << 52) | f)));
  }

  @Property(tries = 5000)
  void writes_what_double_to_string_writes(@ForAll double v) {
    assertThat(text(v)).isEqualTo(Double.toString(v));
  }

  @Property(tries = 20000)
  void writes_what_double_to_string_writes_in_range(@ForAll("inRange") double v) {
    assertThat(text(v)).isEqualTo(Double.toString(v));
    assertThat(text(-v)).isEqualTo(Double.toString(-v));
  }

  @Property(tries = 5000)
  void writes_ratios_of_small_numbers_as_double_to_string(
      @ForAll("small") int p, @ForAll("small") int q, @ForAll("small") int r) {
    double v = (double) p / q;
    for (double x :
        new double[] {
          v, v - (double) r / (p + q), 50.0 * (v / r + 1.0), Math.nextUp(v), Math.nextDown(v)
        }) {
      assertThat(text(x)).as("%s", x).isEqualTo(Double.toString(x));
    }
  }

  @Provide
  Arbitrary<Integer> small() {
    return Arbitraries.integers().between(1, 1000);
  }

  /**
   * Decimals with few digits and their neighbours, and the neighbours of powers of two (where the
   * rounding interval is not symmetric), from 10^−4 to 10^8: where a shortest decimal is most often
   * on or near an end of the interval.
   */
  @Example
  void writes_short_decimals_and_their_neighbours_as_double_to_string() {
    SplittableRandom random = new SplittableRandom(20);
    for (int i = 0; i < 200_000; i++) {
      int digits = 1 + random.nextInt(9);
      long m = random.nextLong(1, (long) Math.pow(10, digits));
      double base = Double.parseDouble(m + "e" + (random.nextInt(13) - 4 - digits));
      double up = base;
      double down = base;
      for (int k = 0; k < 3; k++) {
        assertThat(text(up)).isEqualTo(Double.toString(up));
        assertThat(text(down)).isEqualTo(Double.toString(down));
        up = Math.nextUp(up);
        down = Math.nextDown(down);
      }
    }
    for (int e = -12; e < 30; e++) {
      double p = Math.scalb(1.0, e);
      for (double x : new double[] {p, Math.nextUp(p), Math.nextDown(p), 3 * p}) {
        assertThat(text(x)).isEqualTo(Double.toString(x));
      }
    }
  }

  /** Figures of the worked examples in docs/model.md and a sample answer, decided here. */
  @Example
  void works_out_the_figures_of_a_scorecard_itself() {
    assertThat(fast(0.41666666666666663)).isEqualTo("0.41666666666666663");
    assertThat(fast(70.83333333333333)).isEqualTo("70.83333333333333");
    assertThat(fast(-0.17252654752654756)).isEqualTo("-0.17252654752654756");
    assertThat(fast(0.027777777777777776)).isEqualTo("0.027777777777777776");
    assertThat(fast(0.375)).isEqualTo("0.375");
    assertThat(fast(0.1)).isEqualTo("0.1");
    assertThat(fast(0.3)).isEqualTo("0.3");
    assertThat(fast(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(fast(1234567.125)).isEqualTo("1234567.125");
    assertThat(fast(41.0 + 1.0 / 3)).isEqualTo("41.333333333333336");
    // powers of two and zero from the JDK's texts kept when loaded
    assertThat(fast(0.125)).isEqualTo("0.125");
    assertThat(fast(-1.0)).isEqualTo("-1.0");
    assertThat(fast(0.0)).isEqualTo("0.0");
    assertThat(fast(-0.0)).isEqualTo("-0.0");
    // 7 = 1.75·2^2 is decided here; 1e-5 (scientific notation) and 1e7 are left to the JDK
    assertThat(fast(7.0)).isEqualTo("7.0");
    assertThat(fast(1e-5)).isNull();
    assertThat(fast(1e7)).isNull();
    assertThat(text(1e-5)).isEqualTo("1.0E-5");
  }

  /** Most doubles of the range are worked out here, not left to the JDK. */
  @Example
  void decides_most_doubles_between_two_to_the_minus_nine_and_ten_million() {
    SplittableRandom random = new SplittableRandom(9);
    int decided = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      double v = Math.scalb(1.0 + random.nextDouble(), -9 + random.nextInt(32));
      if (v < 1e7 && fast(v) != null) {
        decided++;
      }
    }
    // about 2% of the doubles have an end of their interval on the scaled grid or a tie, and
    // those from 1e7 to 2^23 are out of range
    assertThat(decided).isGreaterThan(n * 9 / 10);
  }
}
