package dev.centricity.core.cohort.internal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Arrays of the accumulators written and read as raw numbers, every double bit for bit, so that a
 * summary read back merges exactly as the one written. The lengths are the rubric's, known to both
 * sides, and not written.
 */
final class Codec {

  private Codec() {}

  static void write(DataOutput out, long[] values) throws IOException {
    for (long v : values) {
      out.writeLong(v);
    }
  }

  static void read(DataInput in, long[] into) throws IOException {
    for (int i = 0; i < into.length; i++) {
      into[i] = in.readLong();
    }
  }

  static void write(DataOutput out, int[] values) throws IOException {
    for (int v : values) {
      out.writeInt(v);
    }
  }

  static void read(DataInput in, int[] into) throws IOException {
    for (int i = 0; i < into.length; i++) {
      into[i] = in.readInt();
    }
  }

  static void write(DataOutput out, Moments m) throws IOException {
    out.writeLong(m.n);
    out.writeDouble(m.mean);
    out.writeDouble(m.m2);
  }

  static void read(DataInput in, Moments m) throws IOException {
    m.n = in.readLong();
    m.mean = in.readDouble();
    m.m2 = in.readDouble();
  }

  static void write(DataOutput out, Moments[] values) throws IOException {
    for (Moments m : values) {
      write(out, m);
    }
  }

  static void read(DataInput in, Moments[] into) throws IOException {
    for (Moments m : into) {
      read(in, m);
    }
  }
}
