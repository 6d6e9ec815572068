package dev.centricity.core.cohort.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Student's t quantiles against printed tables and R's {@code qt}. Every expected value is R 4.2's
 * {@code print(qt(p, df), digits = 17)}.
 */
class StudentTTest {

  @ParameterizedTest(name = "t(0.975, {0}) = {1}")
  @CsvSource({
    // the table values of the issue, to their printed precision
    "1, 12.706204736",
    "2, 4.302652730",
    "10, 2.228138852",
    "30, 2.042272456",
    "1000, 1.962339",
  })
  void should_reproduce_the_table_of_t_quantiles(double df, String expected) {
    // GIVEN the two-sided 95% quantile, printed to as many decimals as the table gives
    int decimals = expected.length() - expected.indexOf('.') - 1;
    // WHEN
    double t = StudentT.quantile(0.975, df);
    // THEN
    assertThat(t).isCloseTo(Double.parseDouble(expected), within(0.6 * Math.pow(10, -decimals)));
  }

  @ParameterizedTest(name = "qt({0}, {1}) = {2}")
  @CsvSource({
    // R: print(qt(c(0.975, 0.995, 0.6, 0.025, 1e-10), df), digits = 17)
    "0.975, 1, 12.7062047361746941",
    "0.975, 2, 4.3026527297494619",
    "0.975, 3, 3.1824463052837078",
    "0.975, 10, 2.2281388519862739",
    "0.975, 30, 2.0422724563012378",
    "0.975, 1000, 1.9623390808264076",
    "0.995, 4.5, 4.2728239930112917",
    "0.6, 2.7, 0.27932846331796934",
    "0.025, 6.70748987854251, -2.3856900130577539",
    "1e-10, 3, -2225.7692846830946",
    "0.975, 99999, 1.9599877077718442",
    "0.975, 1e9, 1.9599639869123249",
  })
  void should_match_R_qt_to_1e_12_relative(double p, double df, double expected) {
    assertThat(StudentT.quantile(p, df)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
  }

  @Test
  void should_be_symmetric_and_zero_at_the_median() {
    assertThat(StudentT.quantile(0.5, 7)).isEqualTo(0.0);
    assertThat(StudentT.quantile(0.1, 7)).isEqualTo(-StudentT.quantile(0.9, 7));
  }

  @Test
  void should_give_the_normal_quantile_for_infinitely_many_degrees_of_freedom() {
    // R: print(qnorm(0.975), digits = 17) = 1.959963984540054
    assertThat(StudentT.quantile(0.975, Double.POSITIVE_INFINITY))
        .isCloseTo(1.959963984540054, within(1e-15));
  }

  @Test
  void should_invert_its_own_upper_tail() {
    for (double df : new double[] {1.5, 3, 8.25, 57, 400}) {
      for (double p : new double[] {0.9, 0.975, 0.999}) {
        double t = StudentT.quantile(p, df);
        assertThat(StudentT.upperTail(t, df)).isCloseTo(1 - p, within(1e-14));
      }
    }
  }

  @Test
  void should_reject_probabilities_and_degrees_of_freedom_out_of_range() {
    assertThatThrownBy(() -> StudentT.quantile(1.0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability must be in (0, 1) but was 1.0");
    assertThatThrownBy(() -> StudentT.quantile(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("degrees of freedom must be > 0 but was 0.0");
  }
}
