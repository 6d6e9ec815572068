package dev.centricity.core.io.internal;

import java.math.BigInteger;

/**
 * Appends a double in the text of {@link Double#toString(double)}, faster for the numbers a
 * scorecard is made of. Most doubles of magnitude 2<sup>−9</sup> (about 0.00195) to 10<sup>7</sup>
 * are worked out here with exact integer arithmetic; every other double, and every case this class
 * does not decide for certain, is appended by {@link StringBuilder#append(double)} itself.
 *
 * <p>{@code Double.toString} writes, between 10<sup>−3</sup> and 10<sup>7</sup>, the decimal with
 * the fewest significant digits that lies strictly within the double's rounding interval (the
 * numbers closer to it than to its neighbours), and of two such decimals the one closer to the
 * double, as a plain decimal with at least one digit after the point. This class finds that decimal
 * exactly: with v = c·2<sup>−s</sup>, it scales v and its interval by 10<sup>J</sup> (J the least
 * with 10<sup>J</sup> ≥ 2<sup>s</sup>, so that the interval is at least 1 wide) into integers and
 * remainders held in longs, then looks for the largest power of ten with a multiple strictly inside
 * the interval. Where the answer would depend on how a boundary or a tie is treated (an interval
 * ending exactly on an integer of the scaled grid, two candidates equally close) and outside the
 * range, it leaves the number to the JDK. Zero and the powers of two of the range (whose interval
 * is narrower below than above) are written from texts the JDK gave when the class was loaded.
 * {@code DoubleTextProperties} holds it to {@code Double.toString} on many millions of doubles.
 */
final class DoubleText {

  private static final int MIN_S = 24;
  private static final int MAX_S = 61;

  private static final long[] POW10 = new long[19];
  private static final long[] POW5 = new long[28];

  /** J(s): the least J with 10^J ≥ 2^s. */
  private static final int[] SCALE = new int[MAX_S + 1];

  /**
   * The texts of the powers of two 2^(52 − s) of the range, as the JDK writes them (their rounding
   * interval is narrower below than above, which the search below does not handle).
   */
  private static final String[] POWERS_OF_TWO = new String[MAX_S + 1];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
    POW5[0] = 1;
    for (int i = 1; i < POW5.length; i++) {
      POW5[i] = POW5[i - 1] * 5;
    }
    for (int s = 0; s <= MAX_S; s++) {
      BigInteger two = BigInteger.ONE.shiftLeft(s);
      int j = 0;
      while (BigInteger.TEN.pow(j).compareTo(two) < 0) {
        j++;
      }
      SCALE[s] = j;
      POWERS_OF_TWO[s] = Double.toString(Math.scalb(1.0, 52 - s));
    }
  }

  private DoubleText() {}

  /**
   * Appends {@code Double.toString(v)}.
   *
   * @param out where to
   * @param v the number
   */
  static void append(StringBuilder out, double v) {
    if (!appendFast(out, v)) {
      out.append(v);
    }
  }

  /** Appends the text and returns true, or appends nothing and returns false. */
  static boolean appendFast(StringBuilder out, double v) {
    long bits = Double.doubleToRawLongBits(v);
    int biased = (int) (bits >>> 52) & 0x7FF;
    long fraction = bits & 0xFFFFFFFFFFFFFL;
    int s = 1075 - biased;
    if (s < MIN_S || s > MAX_S) {
      if ((bits & Long.MAX_VALUE) == 0) {
        out.append(bits == 0 ? "0.0" : "-0.0");
        return true;
      }
      return false;
    }
    if (fraction == 0) {
      if (bits < 0) {
        out.append('-');
      }
      out.append(POWERS_OF_TWO[s]);
      return true;
    }
    long c = fraction | (1L << 52);
    int scale = SCALE[s];
    int t = s - scale; // v·10^J = c·5^J / 2^t
    long p5 = POW5[scale];
    long hi = Math.multiplyHigh(c, p5);
    long lo = c * p5;
    long whole = (hi << (64 - t)) | (lo >>> t); // ⌊v·10^J⌋
    long rest = lo & ((1L << t) - 1); // v·10^J − whole, in units of 2^−t
    // The interval's ends, v·10^J ∓ 10^J/2^(s+1), in units of 2^−(t+1): the half-width is 5^J.
    int shift = t + 1;
    long unit = 1L << shift;
    long low = 2 * rest - p5;
    long lowWhole = whole + (low >> shift); // floor division by 2^shift, also when negative
    long lowRest = low & (unit - 1);
    long high = 2 * rest + p5;
    long highWhole = whole + (high >> shift);
    long highRest = high & (unit - 1);
    if (lowRest == 0 || highRest == 0) {
      return false; // an end on the grid: whether it is inside is not decided here
    }
    // Integers strictly inside: lowWhole + 1 .. highWhole. Find the largest e such that a
    // multiple of 10^e is inside, with the quotients by 10^e.
    long hq = highWhole;
    long lq = lowWhole;
    long xq = whole;
    int e = 0;
    while (true) {
      long hq1 = hq / 10;
      long lq1 = lq / 10;
      if (hq1 <= lq1) {
        break;
      }
      hq = hq1;
      lq = lq1;
      xq /= 10;
      e++;
    }
    boolean lowerInside = xq > lq;
    boolean upperInside = xq + 1 <= hq;
    long digits;
    if (lowerInside && upperInside) {
      // Both inside: the closer to v; a tie is left to the JDK.
      long r = whole - xq * POW10[e];
      long k = 2 * r - POW10[e];
      if (k >= 1) {
        digits = xq + 1;
      } else if (k == 0) {
        if (rest == 0) {
          return false;
        }
        digits = xq + 1;
      } else if (k == -1) {
        long d = 2 * rest - (1L << t);
        if (d == 0) {
          return false;
        }
        digits = d > 0 ? xq + 1 : xq;
      } else {
        digits = xq;
      }
    } else if (lowerInside) {
      digits = xq;
    } else if (upperInside) {
      digits = xq + 1;
    } else {
      return false;
    }
    if (digits % 10 == 0) {
      return false; // not the fewest digits: cannot happen, but not decided here either
    }
    int n = 1;
    while (n < POW10.length && digits >= POW10[n]) {
      n++;
    }
    // v ≈ 0.d1d2…dn × 10^exponent
    int exponent = n + e - scale;
    if (exponent <= -3 || exponent >= 8) {
      return false; // scientific notation: left to the JDK
    }
    if (bits < 0) {
      out.append('-');
    }
    if (exponent <= 0) {
      out.append("0.");
      for (int i = exponent; i < 0; i++) {
        out.append('0');
      }
      out.append(digits);
    } else if (n <= exponent) {
      out.append(digits);
      for (int i = n; i < exponent; i++) {
        out.append('0');
      }
      out.append(".0");
    } else {
      long p = POW10[n - exponent];
      out.append(digits / p).append('.');
      long frac = digits % p;
      for (long q = p / 10; q > frac; q /= 10) {
        out.append('0');
      }
      out.append(frac);
    }
    return true;
  }
}
