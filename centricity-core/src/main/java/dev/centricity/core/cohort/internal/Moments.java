package dev.centricity.core.cohort.internal;

/**
 * The count, mean and sum of squared deviations of a stream of numbers, updated one value at a time
 * by Welford's algorithm (Welford, B. P. (1962), <i>Technometrics</i> 4(3), 419–420): numerically
 * stable, and n equal values give that value as the mean and exactly 0 as the sum of squares. Not
 * thread-safe.
 */
final class Moments {
  long n;
  double mean;
  double m2;

  void add(double x) {
    n++;
    double delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }

  /** The sample variance Σ(x − x̄)²/(n − 1); needs n ≥ 2. */
  double variance() {
    return Math.max(0.0, m2 / (n - 1));
  }
}
