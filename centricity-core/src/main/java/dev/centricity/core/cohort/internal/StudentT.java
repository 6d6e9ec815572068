package dev.centricity.core.cohort.internal;

/**
 * Student's t distribution: its upper tail and its quantile for any positive, not necessarily
 * whole, number of degrees of freedom (Welch's approximation gives fractional ones).
 *
 * <p>The upper tail is P(T &gt; t) = ½ I<sub>ν/(ν+t²)</sub>(ν/2, ½) for t ≥ 0, with I the
 * regularized incomplete beta function, evaluated by its continued fraction (modified Lentz; Press
 * et al., <i>Numerical Recipes</i>, 3rd ed., §6.4) and the logarithm of the complete beta function
 * computed as R's {@code lbeta} does (Stirling's series for arguments ≥ 10, so that large degrees
 * of freedom lose no precision). The quantile solves P(T &gt; t) = 1 − p by Newton's method on the
 * logarithm of the tail, safeguarded by bisection, starting from the normal quantile (Wichura, AS
 * 241, 1988); one and two degrees of freedom have closed forms, infinitely many give the normal
 * quantile. The result agrees with R's {@code qt} to about 1e-12 relative.
 *
 * <p>Stateless and thread-safe.
 */
public final class StudentT {

  private static final double LN_SQRT_2PI = 0.918938533204672741780329736406;
  private static final double LN_SQRT_PI = 0.572364942924700087071713675677;
  private static final int MAX_ITERATIONS = 200_000;

  /** Above this many degrees of freedom the quantile comes from the Cornish–Fisher expansion. */
  private static final double LARGE_DF = 1e5;

  private StudentT() {}

  /**
   * The quantile t<sub>p,ν</sub>: the t with P(T ≤ t) = p.
   *
   * @param p a probability in (0, 1)
   * @param df the degrees of freedom ν &gt; 0, possibly fractional or infinite
   * @return the quantile
   * @throws IllegalArgumentException if p or df is out of range
   */
  public static double quantile(double p, double df) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1) but was " + p);
    }
    if (!(df > 0)) {
      throw new IllegalArgumentException("degrees of freedom must be > 0 but was " + df);
    }
    if (p == 0.5) {
      return 0.0;
    }
    // Work in the upper tail, where the probability q = min(p, 1 − p) keeps its precision.
    double q = p < 0.5 ? p : 1 - p;
    double t = upperQuantile(q, df);
    return p < 0.5 ? -t : t;
  }

  /**
   * The upper tail P(T &gt; t).
   *
   * @param t any number
   * @param df the degrees of freedom ν &gt; 0, finite
   * @return the probability
   */
  public static double upperTail(double t, double df) {
    if (t < 0) {
      return 1 - upperTail(-t, df);
    }
    return tails(t, df)[0];
  }

  /**
   * {P(T &gt; t), P(0 &lt; T ≤ t)} for t ≥ 0, the one of them that the continued fraction gives
   * directly exact to rounding, the other ½ minus it.
   */
  private static double[] tails(double t, double df) {
    if (t == 0) {
      return new double[] {0.5, 0.0};
    }
    if (t == Double.POSITIVE_INFINITY) {
      return new double[] {0.0, 0.5};
    }
    // x = ν/(ν + t²) and y = t²/(ν + t²) through r = ν/t², so that t² never overflows.
    double r = df / t / t;
    double u = t / Math.sqrt(df);
    double lnX = u > 1e150 ? Math.log(df) - 2 * Math.log(t) : -Math.log1p(u * u);
    double lnY = -Math.log1p(r);
    double x = Math.exp(lnX);
    double a = df / 2;
    double b = 0.5;
    double lnFront = a * lnX + b * lnY - logBeta(a, b);
    if (r == Double.POSITIVE_INFINITY) {
      // t² ≪ ν: P(0 < T ≤ t) ≈ t f(0); the upper tail is ½ minus it.
      double central = t * density(0, df);
      return new double[] {0.5 - central, central};
    }
    if (x < (a + 1) / (a + b + 2)) {
      double upper = 0.5 * Math.exp(lnFront) * continuedFraction(x, a, b) / a;
      return new double[] {upper, 0.5 - upper};
    }
    double central = 0.5 * Math.exp(lnFront) * continuedFraction(1 / (1 + r), b, a) / b;
    return new double[] {0.5 - central, central};
  }

  private static double upperQuantile(double q, double df) {
    if (Double.isInfinite(df)) {
      return -normalQuantile(q);
    }
    if (df == 1) {
      return 1 / Math.tan(Math.PI * q);
    }
    if (df == 2) {
      return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
    }
    if (df > LARGE_DF) {
      return cornishFisher(-normalQuantile(q), df);
    }
    // Solve in whichever of the two tails is small, where it keeps its relative precision: the
    // upper tail P(T > t) = q far out, the central part P(0 < T ≤ t) = ½ − q near 0.
    boolean far = q < 0.25;
    double target = far ? q : 0.5 - q;
    double lo = 0;
    double hi = Math.max(1.0, -normalQuantile(q));
    while (tails(hi, df)[0] > q) {
      lo = hi;
      hi *= 2;
      if (hi == Double.POSITIVE_INFINITY) {
        return hi;
      }
    }
    double t = -normalQuantile(q);
    if (!(t > lo && t < hi)) {
      t = 0.5 * (lo + hi);
    }
    double lnTarget = Math.log(target);
    for (int i = 0; i < 500; i++) {
      double[] tail = tails(t, df);
      if (tail[0] > q) {
        lo = t;
      } else {
        hi = t;
      }
      double f = density(t, df);
      // Newton on ln(upper) − ln q (derivative −f/upper) or on ln(central) − ln(½ − q)
      // (derivative f/central).
      double step =
          far
              ? (Math.log(tail[0]) - lnTarget) * tail[0] / f
              : -(Math.log(tail[1]) - lnTarget) * tail[1] / f;
      double next = t + step;
      if (!(next > lo && next < hi)) {
        next = lo + 0.5 * (hi - lo);
      }
      if (Math.abs(next - t) <= 2e-16 * Math.abs(t) || next == lo || next == hi) {
        return next;
      }
      t = next;
    }
    return t;
  }

  /**
   * The Cornish–Fisher expansion of the t quantile in powers of 1/ν (Abramowitz and Stegun 26.7.5),
   * for large ν where the continued fraction converges slowly; its error is of order z¹¹/ν⁵.
   */
  private static double cornishFisher(double z, double df) {
    double z2 = z * z;
    double g1 = z * (z2 + 1) / 4;
    double g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
    double g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
    double g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) / 92160;
    return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
  }

  /** The density of t with ν degrees of freedom. */
  static double density(double t, double df) {
    double lnConstant = -logBeta(df / 2, 0.5) - 0.5 * Math.log(df);
    double u = t / Math.sqrt(df);
    double ln1pU2 =
        Math.abs(u) > 1e150 ? 2 * Math.log(Math.abs(u)) : Math.log1p(u * u); // no overflow
    return Math.exp(lnConstant - (df + 1) / 2 * ln1pU2);
  }

  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    final double eps = 1e-16;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= MAX_ITERATIONS; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < eps) {
        break;
      }
    }
    return h;
  }

  /** ln B(a, b), as R's {@code lbeta}: exact to rounding even when a or b is large. */
  static double logBeta(double a, double b) {
    double p = Math.min(a, b);
    double q = Math.max(a, b);
    if (p >= 10) {
      double corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
      return -0.5 * Math.log(q)
          + LN_SQRT_2PI
          + corr
          + (p - 0.5) * Math.log(p / (p + q))
          + q * Math.log1p(-p / (p + q));
    }
    if (q >= 10) {
      double corr = stirlingCorrection(q) - stirlingCorrection(p + q);
      return logGamma(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-p / (p + q));
    }
    return logGamma(p) + logGamma(q) - logGamma(p + q);
  }

  /** ln Γ(x) for x &gt; 0. */
  static double logGamma(double x) {
    if (x == 0.5) {
      return LN_SQRT_PI;
    }
    if (x >= 10) {
      return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
    }
    // Γ(x) = Γ(x + n) / (x (x + 1) … (x + n − 1)), with x + n ≥ 10.
    double product = 1;
    double y = x;
    while (y < 10) {
      product *= y;
      y += 1;
    }
    return logGamma(y) - Math.log(product);
  }

  /** ln Γ(x) − [(x − ½) ln x − x + ln √(2π)] for x ≥ 10, by Stirling's series. */
  private static double stirlingCorrection(double x) {
    double r = 1 / x;
    double r2 = r * r;
    return r
        * (1.0 / 12
            - r2
                * (1.0 / 360
                    - r2
                        * (1.0 / 1260
                            - r2
                                * (1.0 / 1680
                                    - r2
                                        * (1.0 / 1188
                                            - r2 * (691.0 / 360360 - r2 * (1.0 / 156)))))));
  }

  private static final double[] CENTRAL_NUM = {
    3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
    45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727
  };
  private static final double[] CENTRAL_DEN = {
    1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
    21213.794301586595867, 39307.89580009271061, 28729.085735721942674, 5226.495278852545925
  };
  private static final double[] NEAR_NUM = {
    1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
    3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
    0.0227238449892691845833, 7.7454501427834140764e-4
  };
  private static final double[] NEAR_DEN = {
    1.0,
    2.05319162663775882187,
    1.6763848301838038494,
    0.68976733498510000455,
    0.14810397642748007459,
    0.0151986665636164571966,
    5.475938084995344946e-4,
    1.05075007164441684324e-9
  };
  private static final double[] FAR_NUM = {
    6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
    0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
    2.71155556874348757815e-5, 2.01033439929228813265e-7
  };
  private static final double[] FAR_DEN = {
    1.0,
    0.59983220655588793769,
    0.13692988092273580531,
    0.0148753612908506148525,
    7.868691311456132591e-4,
    1.8463183175100546818e-5,
    1.4215117583164458887e-7,
    2.04426310338993978564e-15
  };

  /**
   * The standard normal quantile z<sub>p</sub>, by Wichura's algorithm AS 241 (PPND16), accurate to
   * about 1e-16.
   *
   * @param p a probability in (0, 1)
   * @return the quantile
   */
  public static double normalQuantile(double p) {
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * horner(CENTRAL_NUM, r) / horner(CENTRAL_DEN, r);
    }
    double r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
    double z =
        r <= 5
            ? horner(NEAR_NUM, r - 1.6) / horner(NEAR_DEN, r - 1.6)
            : horner(FAR_NUM, r - 5) / horner(FAR_DEN, r - 5);
    return q < 0 ? -z : z;
  }

  /** c[0] + c[1] x + … + c[n] x^n. */
  private static double horner(double[] c, double x) {
    double s = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      s = s * x + c[i];
    }
    return s;
  }
}
