package org.triangulate.graph.resolve;

/**
 * A map from long keys to int values by open addressing with linear probing, for the millions
 * of hashed blocking keys of a large resolution without boxing. Not thread-safe.
 */
final class LongIntMap {
  private static final int ABSENT = -1;
  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    java.util.Arrays.fill(values, ABSENT);
  }

  /** The value of {@code key}, or -1 when it has none; values must not be negative. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == ABSENT) {
        return ABSENT;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Puts {@code value} unless {@code key} has one; returns the value it had, or -1. */
  int putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must not be negative: " + value);
    }
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == ABSENT) {
        keys[i] = key;
        values[i] = value;
        size++;
        return ABSENT;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    java.util.Arrays.fill(values, ABSENT);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != ABSENT) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** A 64-bit FNV-1a hash of {@code s}: collisions among a few million keys are negligible. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
