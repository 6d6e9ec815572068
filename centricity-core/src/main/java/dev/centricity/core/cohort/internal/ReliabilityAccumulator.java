package dev.centricity.core.cohort.internal;

import dev.centricity.core.internal.CompiledRubric;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The exact sums one pass keeps for the reliability of one dimension: per item its count, sum, sum
 * of squares, lowest and highest answer; per pair of items, over the respondents who answered both,
 * their count, the two sums and the sum of products — enough for pairwise-complete covariances, as
 * R's {@code cov(x, use = "pairwise")}. Its size is p² for p items. Every figure is a count, an
 * exact sum or an extreme, so accumulators of disjoint sets of respondents {@link #merge merge}
 * exactly. Not thread-safe.
 */
final class ReliabilityAccumulator {

  final int dimension;
  final int start;
  final int size;
  long respondents;
  final long[] n;
  final long[] sum;
  final long[] sumSquares;
  final int[] min;
  final int[] max;

  /** Pair (i, j), i &lt; j, at i · size + j. */
  final long[] pairN;

  final long[] pairSumI;
  final long[] pairSumJ;
  final long[] pairSumProducts;

  private final int[] answered;

  ReliabilityAccumulator(CompiledRubric layout, int dimension) {
    this.dimension = dimension;
    this.start = layout.dimensionStart[dimension];
    this.size = layout.dimensionEnd[dimension] - start;
    n = new long[size];
    sum = new long[size];
    sumSquares = new long[size];
    min = new int[size];
    max = new int[size];
    pairN = new long[size * size];
    pairSumI = new long[size * size];
    pairSumJ = new long[size * size];
    pairSumProducts = new long[size * size];
    answered = new int[size];
  }

  void add(int[] points) {
    int m = 0;
    for (int i = 0; i < size; i++) {
      int p = points[start + i];
      if (p > 0) {
        answered[m++] = i;
        if (n[i] == 0 || p < min[i]) {
          min[i] = p;
        }
        if (n[i] == 0 || p > max[i]) {
          max[i] = p;
        }
        n[i]++;
        sum[i] += p;
        sumSquares[i] += (long) p * p;
      }
    }
    if (m == 0) {
      return;
    }
    respondents++;
    for (int a = 0; a < m; a++) {
      int i = answered[a];
      long x = points[start + i];
      for (int b = a + 1; b < m; b++) {
        int j = answered[b];
        long y = points[start + j];
        int at = i * size + j;
        pairN[at]++;
        pairSumI[at] += x;
        pairSumJ[at] += y;
        pairSumProducts[at] += x * y;
      }
    }
  }

  /** Adds what another accumulator of the same dimension kept. */
  void merge(ReliabilityAccumulator other) {
    respondents += other.respondents;
    for (int i = 0; i < size; i++) {
      if (other.n[i] > 0) {
        if (n[i] == 0 || other.min[i] < min[i]) {
          min[i] = other.min[i];
        }
        if (n[i] == 0 || other.max[i] > max[i]) {
          max[i] = other.max[i];
        }
        n[i] += other.n[i];
        sum[i] += other.sum[i];
        sumSquares[i] += other.sumSquares[i];
      }
    }
    for (int at = 0; at < pairN.length; at++) {
      pairN[at] += other.pairN[at];
      pairSumI[at] += other.pairSumI[at];
      pairSumJ[at] += other.pairSumJ[at];
      pairSumProducts[at] += other.pairSumProducts[at];
    }
  }

  /** Writes the sums for {@link #read}. */
  void write(DataOutput out) throws IOException {
    out.writeLong(respondents);
    Codec.write(out, n);
    Codec.write(out, sum);
    Codec.write(out, sumSquares);
    Codec.write(out, min);
    Codec.write(out, max);
    Codec.write(out, pairN);
    Codec.write(out, pairSumI);
    Codec.write(out, pairSumJ);
    Codec.write(out, pairSumProducts);
  }

  /** Reads into this empty accumulator the sums {@link #write} wrote. */
  void read(DataInput in) throws IOException {
    respondents = in.readLong();
    Codec.read(in, n);
    Codec.read(in, sum);
    Codec.read(in, sumSquares);
    Codec.read(in, min);
    Codec.read(in, max);
    Codec.read(in, pairN);
    Codec.read(in, pairSumI);
    Codec.read(in, pairSumJ);
    Codec.read(in, pairSumProducts);
  }
}
