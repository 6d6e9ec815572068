package dev.centricity.core.io.internal;

/**
 * Checks UTF-8 bytes the way a strict decoder does: well-formed sequences only (no overlong forms,
 * no encoded surrogates, nothing above U+10FFFF, no lone or missing continuation bytes), so that
 * bytes it passes decode to the same characters as {@link Utf8Reader} gives and bytes it refuses
 * are those {@link Utf8Reader} refuses.
 */
final class Utf8Bytes {

  private Utf8Bytes() {}

  /**
   * The index of the first byte of {@code bytes[from, to)} that is not part of a well-formed UTF-8
   * sequence within the range, or -1 when all are.
   */
  static int firstInvalid(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      // eight ASCII bytes at a time while there are
      while (i + 8 <= to && (ByteArrays.longAt(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int lowest = 0x80;
      int highest = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          lowest = 0xA0; // no overlong three-byte forms
        } else if (b == 0xED) {
          highest = 0x9F; // no surrogates
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          lowest = 0x90; // no overlong four-byte forms
        } else if (b == 0xF4) {
          highest = 0x8F; // nothing above U+10FFFF
        }
      } else {
        return i;
      }
      if (i + length > to) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < lowest || second > highest) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
