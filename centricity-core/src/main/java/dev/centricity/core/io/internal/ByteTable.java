package dev.centricity.core.io.internal;

import java.util.Arrays;

/**
 * Byte strings to whole numbers, looked up straight from a range of an array: what a column's cells
 * resolve to, so that a text met a million times is decoded and resolved once. A key is known by
 * its length and four words of eight bytes (its first eight, its last eight and two in between,
 * overlapping where the key is short), which for keys of up to 32 bytes is all of it, so that a
 * look-up compares a few numbers with few branches; longer keys are compared whole besides. Holds
 * at most a given number of keys; beyond that, {@link #put} keeps nothing. Not thread-safe.
 */
final class ByteTable {

  /** What {@link #get} returns for a key not held. */
  static final int ABSENT = Integer.MIN_VALUE + 1;

  private final int maxKeys;
  private byte[][] keys = new byte[16][];

  /** The four words of each slot's key, side by side. */
  private long[] words = new long[4 * 16];

  private int[] values = new int[16];
  private int[] lengths = new int[16];
  private int size;

  /** The words and hash of the key {@link #get} looked up last, for {@link #put}. */
  private long w0;

  private long w1;
  private long w2;
  private long w3;
  private int hash;

  ByteTable(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** The value of the key {@code bytes[from, to)}, or ABSENT. */
  int get(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length >= 8) {
      w0 = ByteArrays.longAt(bytes, from);
      w1 = ByteArrays.longAt(bytes, from + Math.min(8, length - 8));
      w2 = ByteArrays.longAt(bytes, from + Math.min(16, length - 8));
      w3 = ByteArrays.longAt(bytes, to - 8);
    } else {
      long h = 0;
      for (int i = from; i < to; i++) {
        h = (h << 8) | (bytes[i] & 0xFF);
      }
      w0 = h;
      w1 = 0;
      w2 = 0;
      w3 = 0;
    }
    hash = hash(w0, w3, length);
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        return ABSENT;
      }
      int w = 4 * slot;
      if (((words[w] ^ w0) | (words[w + 1] ^ w1) | (words[w + 2] ^ w2) | (words[w + 3] ^ w3)) == 0
          && lengths[slot] == length
          && (length <= 32 || Arrays.equals(key, 24, length - 8, bytes, from + 24, to - 8))) {
        return values[slot];
      }
    }
  }

  private static int hash(long first, long last, int length) {
    long mix = first * 0x9E3779B97F4A7C15L + last * 0xC2B2AE3D27D4EB4FL + length;
    return (int) (mix ^ (mix >>> 29) ^ (mix >>> 47));
  }

  /**
   * Holds the key {@code bytes[from, to)}, which {@link #get} has just looked up in vain, with its
   * value, while there is room.
   */
  void put(byte[] bytes, int from, int to, int value) {
    if (size >= maxKeys) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(Arrays.copyOfRange(bytes, from, to), new long[] {w0, w1, w2, w3}, 0, hash, value);
    size++;
  }

  private void insert(byte[] key, long[] keyWords, int at, int keyHash, int value) {
    int mask = keys.length - 1;
    int slot = keyHash & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    lengths[slot] = key.length;
    System.arraycopy(keyWords, at, words, 4 * slot, 4);
    values[slot] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    long[] oldWords = words;
    int[] oldValues = values;
    keys = new byte[2 * oldKeys.length][];
    words = new long[4 * keys.length];
    values = new int[keys.length];
    lengths = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(
            oldKeys[i],
            oldWords,
            4 * i,
            hash(oldWords[4 * i], oldWords[4 * i + 3], oldKeys[i].length),
            oldValues[i]);
      }
    }
  }
}
