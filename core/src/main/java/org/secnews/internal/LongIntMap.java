package org.secnews.internal;

import java.util.Arrays;

/**
 * A map from {@code long} keys to non-negative {@code int} values with open addressing, for the
 * trie's transitions; lookups allocate nothing. Filled once, then only read. Not part of the API.
 */
public final class LongIntMap {
  private long[] keys;
  private int[] values; // -1 = empty slot
  private int size;
  private int mask;

  /** An empty map. */
  public LongIntMap() {
    keys = new long[16];
    values = new int[16];
    Arrays.fill(values, -1);
    mask = 15;
  }

  private LongIntMap(long[] keys, int[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
    this.mask = keys.length - 1;
  }

  /**
   * Writes this map's arrays to a snapshot.
   *
   * @param out the snapshot being written
   */
  public void writeTo(Snapshot.Writer out) {
    out.putLongs(keys);
    out.putInts(values);
    out.putInt(size);
  }

  /**
   * Reads a map {@link #writeTo} wrote.
   *
   * @param in the snapshot being read
   * @return the map
   */
  public static LongIntMap readFrom(Snapshot.Reader in) {
    long[] keys = in.getLongs();
    int[] values = in.getInts();
    int size = in.getInt();
    if (Integer.bitCount(keys.length) != 1 || values.length != keys.length || size < 0 || size >= keys.length) {
      throw new IllegalArgumentException("damaged snapshot: transition table");
    }
    return new LongIntMap(keys, values, size);
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * The value for {@code key}, or -1.
   *
   * @param key the key
   * @return the value for {@code key}, or -1 if it has none
   */
  public int get(long key) {
    int s = slot(key, mask);
    while (true) {
      int v = values[s];
      if (v < 0) {
        return -1;
      }
      if (keys[s] == key) {
        return v;
      }
      s = (s + 1) & mask;
    }
  }

  /**
   * Sets {@code key} to {@code value} ({@code value >= 0}).
   *
   * @param key   the key
   * @param value the value, not negative
   */
  public void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int s = slot(key, mask);
    while (values[s] >= 0 && keys[s] != key) {
      s = (s + 1) & mask;
    }
    if (values[s] < 0) {
      size++;
    }
    keys[s] = key;
    values[s] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(values, -1);
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] >= 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  /**
   * The number of keys.
   *
   * @return the number of keys
   */
  public int size() {
    return size;
  }
}
