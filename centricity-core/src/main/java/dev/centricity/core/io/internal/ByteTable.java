package dev.centricity.core.io.internal;

import java.util.Arrays;

/**
 * Byte strings to whole numbers, looked up straight from a range of an array: what a column's cells
 * resolve to, so that a text met a million times is decoded and resolved once. Holds at most a
 * given number of keys; beyond that, {@link #put} keeps nothing. Not thread-safe.
 */
final class ByteTable {

  /** What {@link #get} returns for a key not held. */
  static final int ABSENT = Integer.MIN_VALUE + 1;

  private final int maxKeys;
  private byte[][] keys = new byte[16][];
  private int[] hashes = new int[16];
  private int[] values = new int[16];
  private int size;

  ByteTable(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  /**
   * A hash of {@code bytes[from, to)}: of its length and its first and last eight bytes, which tell
   * apart the few texts of a column (they only need to spread them; equal keys are compared whole).
   */
  static int hash(byte[] bytes, int from, int to) {
    int length = to - from;
    long h;
    if (length >= 8) {
      h =
          ByteArrays.longAt(bytes, from) * 0x9E3779B97F4A7C15L
              + ByteArrays.longAt(bytes, to - 8) * 0xC2B2AE3D27D4EB4FL
              + length;
    } else {
      h = length;
      for (int i = from; i < to; i++) {
        h = 31 * h + bytes[i];
      }
      h *= 0x9E3779B97F4A7C15L;
    }
    return (int) (h ^ (h >>> 29) ^ (h >>> 47));
  }

  /** The value of the key {@code bytes[from, to)} whose {@link #hash} is given, or ABSENT. */
  int get(byte[] bytes, int from, int to, int hash) {
    int mask = keys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      byte[] key = keys[slot];
      if (key == null) {
        return ABSENT;
      }
      if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, bytes, from, to)) {
        return values[slot];
      }
    }
  }

  /** Holds the key {@code bytes[from, to)} (not yet held) with its value, while there is room. */
  void put(byte[] bytes, int from, int to, int hash, int value) {
    if (size >= maxKeys) {
      return;
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(Arrays.copyOfRange(bytes, from, to), hash, value);
    size++;
  }

  private void insert(byte[] key, int hash, int value) {
    int mask = keys.length - 1;
    int slot = hash & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    keys = new byte[2 * oldKeys.length][];
    hashes = new int[keys.length];
    values = new int[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldHashes[i], oldValues[i]);
      }
    }
  }
}
