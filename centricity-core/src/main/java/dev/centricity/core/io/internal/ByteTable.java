package dev.centricity.core.io.internal;

import java.util.Arrays;

/**
 * Byte strings to whole numbers, looked up straight from a range of an array: what a column's cells
 * resolve to, so that a text met a million times is decoded and resolved once. A key is known by
 * its length and its first and last eight bytes (for keys of up to sixteen bytes, that is all of
 * it; longer keys are compared whole besides). Holds at most a given number of keys; beyond that,
 * {@link #put} keeps nothing. Not thread-safe.
 */
final class ByteTable {

  /** What {@link #get} returns for a key not held. */
  static final int ABSENT = Integer.MIN_VALUE + 1;

  private final int maxKeys;
  private byte[][] keys = new byte[16][];
  private long[] heads = new long[16];
  private long[] tails = new long[16];
  private int[] values = new int[16];
  private int size;

  /** The head, tail and hash of the key {@link #get} looked up last, for {@link #put}. */
  private long head;

  private long tail;
  private int hash;

  ByteTable(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /** The value of the key {@code bytes[from, to)}, or ABSENT. */
  int get(byte[] bytes, int from, int to) {
    int length = to - from;
    if (length >= 8) {
      head = ByteArrays.longAt(bytes, from);
      tail = ByteArrays.longAt(bytes, to - 8);
    } else {
      long h = 0;
      for (int i = from; i < to; i++) {
        h = (h << 8) | (bytes[i] & 0xFF);
      }
      head = h;
      tail = 0;
    }
    long mix = head * 0x9E3779B97F4A7C15L + tail * 0xC2B2AE3D27D4EB4FL + length;
    hash = (int) (mix ^ (mix >>> 29) ^ (mix >>> 47));
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        return ABSENT;
      }
      if (key.length == length
          && heads[slot] == head
          && tails[slot] == tail
          && (length <= 16 || Arrays.equals(key, 8, length - 8, bytes, from + 8, to - 8))) {
        return values[slot];
      }
    }
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
    insert(Arrays.copyOfRange(bytes, from, to), head, tail, hash, value);
    size++;
  }

  private void insert(byte[] key, long keyHead, long keyTail, int keyHash, int value) {
    int mask = keys.length - 1;
    int slot = keyHash & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    heads[slot] = keyHead;
    tails[slot] = keyTail;
    values[slot] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    long[] oldHeads = heads;
    long[] oldTails = tails;
    int[] oldValues = values;
    keys = new byte[2 * oldKeys.length][];
    heads = new long[keys.length];
    tails = new long[keys.length];
    values = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        long mix =
            oldHeads[i] * 0x9E3779B97F4A7C15L
                + oldTails[i] * 0xC2B2AE3D27D4EB4FL
                + oldKeys[i].length;
        insert(
            oldKeys[i],
            oldHeads[i],
            oldTails[i],
            (int) (mix ^ (mix >>> 29) ^ (mix >>> 47)),
            oldValues[i]);
      }
    }
  }
}
