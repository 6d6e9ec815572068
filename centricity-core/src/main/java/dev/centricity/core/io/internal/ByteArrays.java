package dev.centricity.core.io.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Reading eight bytes of an array at once, to look for a byte in all eight with one test. */
final class ByteArrays {

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

  private ByteArrays() {}

  /** The eight bytes from {@code i}, the first in the lowest bits. */
  static long longAt(byte[] bytes, int i) {
    return (long) LONGS.get(bytes, i);
  }

  /** {@code b} in each of the eight bytes of a long. */
  static long pattern(int b) {
    return 0x0101010101010101L * (b & 0xFF);
  }

  /**
   * The high bit of each byte of {@code word} that equals the byte of {@code pattern}, and no other
   * bit: exact, with no false matches across bytes.
   */
  static long matches(long word, long pattern) {
    long x = word ^ pattern;
    return ~(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN);
  }
}
