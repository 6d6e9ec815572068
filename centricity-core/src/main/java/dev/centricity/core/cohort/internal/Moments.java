package dev.centricity.core.cohort.internal;

/**
 * The count, mean and sum of squared deviations of a stream of numbers, updated one value at a time
 * by Welford's algorithm (Welford, B. P. (1962), <i>Technometrics</i> 4(3), 419–420), and merged
 * with the moments of another stream by Chan, Golub and LeVeque's pairwise update (Chan, T. F.,
 * Golub, G. H. and LeVeque, R. J. (1979), <i>Updating formulae and a pairwise algorithm for
 * computing sample variances</i>, Stanford CS report STAN-CS-79-773): numerically stable, and n
 * equal values give that value as the mean and exactly 0 as the sum of squares however they are
 * split. Not thread-safe.
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

  /**
   * Adds the values another stream saw: with δ = x̄<sub>b</sub> − x̄<sub>a</sub> and n =
   * n<sub>a</sub> + n<sub>b</sub>, the mean becomes x̄<sub>a</sub> + δ n<sub>b</sub>/n and M2
   * becomes M2<sub>a</sub> + M2<sub>b</sub> + δ² n<sub>a</sub> n<sub>b</sub>/n. An empty side
   * leaves the other's figures exactly as they were.
   */
  void merge(Moments other) {
    if (other.n == 0) {
      return;
    }
    if (n == 0) {
      n = other.n;
      mean = other.mean;
      m2 = other.m2;
      return;
    }
    long total = n + other.n;
    double delta = other.mean - mean;
    mean += delta * ((double) other.n / total);
    m2 += other.m2 + delta * delta * ((double) n * other.n / total);
    n = total;
  }

  /** The sample variance Σ(x − x̄)²/(n − 1); needs n ≥ 2. */
  double variance() {
    return Math.max(0.0, m2 / (n - 1));
  }
}
