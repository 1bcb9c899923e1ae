package org.secnews.internal;

import java.util.ArrayList;
import java.util.List;
import org.secnews.text.Tokens;

/**
 * An immutable set of folded words, each with a dense int id, looked up by a slice of any
 * {@link CharSequence} without allocating. Open addressing with linear probing over a
 * power-of-two table. Build with {@link Builder}. Not part of the API.
 */
public final class FoldedVocabulary {
  // All words in one char pool (word id at [offsets[id], offsets[id + 1])): with a million names,
  // one array per word would cost more heap than the characters themselves.
  private final char[] pool;
  private final int[] offsets; // id -> start in pool; offsets[size] = pool length
  // Slot k holds the word's id + 1 at table[2k] (0 = empty) and its hash at table[2k + 1]: a probe
  // compares hashes without touching a second array, so a miss costs one cache line.
  private final int[] table;
  private final int mask;
  // A two-probe Bloom filter over the hashes, 16 bits per word: most tokens of a text are no word
  // of the vocabulary, and the filter, small enough for the first-level cache, turns nearly all of
  // them away before the table (a cache miss on a large gazetteer) is read.
  private final long[] filter;
  private final int filterMask;

  private FoldedVocabulary(List<String> words, List<Integer> hashes) {
    int total = 0;
    for (String w : words) {
      total += w.length();
    }
    this.pool = new char[total];
    this.offsets = new int[words.size() + 1];
    int at = 0;
    for (int id = 0; id < words.size(); id++) {
      String w = words.get(id);
      offsets[id] = at;
      w.getChars(0, w.length(), pool, at);
      at += w.length();
    }
    offsets[words.size()] = at;
    int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
    this.table = new int[2 * capacity];
    this.mask = capacity - 1;
    for (int id = 0; id < words.size(); id++) {
      int h = hashes.get(id);
      int slot = mix(h) & mask;
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = id + 1;
      table[2 * slot + 1] = h;
    }
    int bits = Integer.highestOneBit(Math.max(1024, words.size() * 16 - 1)) << 1;
    this.filter = new long[bits >>> 6];
    this.filterMask = bits - 1;
    for (int id = 0; id < words.size(); id++) {
      int h = hashes.get(id);
      int a = mix(h);
      int b = second(h);
      filter[(a & filterMask) >>> 6] |= 1L << a;
      filter[(b & filterMask) >>> 6] |= 1L << b;
    }
  }

  private FoldedVocabulary(char[] pool, int[] offsets, int[] table, long[] filter) {
    this.pool = pool;
    this.offsets = offsets;
    this.table = table;
    this.mask = table.length / 2 - 1;
    this.filter = filter;
    this.filterMask = filter.length * 64 - 1;
  }

  /**
   * Writes this vocabulary's arrays to a snapshot.
   *
   * @param out the snapshot being written
   */
  public void writeTo(Snapshot.Writer out) {
    out.putChars(java.nio.CharBuffer.wrap(pool));
    out.putInts(offsets);
    out.putInts(table);
    out.putLongs(filter);
  }

  /**
   * Reads a vocabulary {@link #writeTo} wrote.
   *
   * @param in the snapshot being read
   * @return the vocabulary
   */
  public static FoldedVocabulary readFrom(Snapshot.Reader in) {
    char[] pool = in.getChars();
    int[] offsets = in.getInts();
    int[] table = in.getInts();
    long[] filter = in.getLongs();
    if (offsets.length == 0 || Integer.bitCount(table.length) != 1 || table.length < 2
        || Long.bitCount(filter.length) != 1 || offsets[offsets.length - 1] != pool.length) {
      throw new IllegalArgumentException("damaged snapshot: vocabulary tables");
    }
    return new FoldedVocabulary(pool, offsets, table, filter);
  }

  private static int second(int h) {
    h *= 0x9e3779b9;
    return h ^ (h >>> 15);
  }

  /** Whether a word with folded hash {@code h} may be in the vocabulary (no false negatives). */
  private boolean mayContain(int h) {
    int a = mix(h);
    int b = second(h);
    return (filter[(a & filterMask) >>> 6] & (1L << a)) != 0 && (filter[(b & filterMask) >>> 6] & (1L << b)) != 0;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  /**
   * The id of the folded slice {@code s[start, end)}, or -1 if it is not in the vocabulary.
   *
   * @param s     the text
   * @param start first index of the slice, inclusive
   * @param end   last index of the slice, exclusive
   * @return the word's id, or -1 if it is not in the vocabulary
   */
  public int id(CharSequence s, int start, int end) {
    int h = Folding.hash(s, start, end);
    if (!mayContain(h)) {
      return -1;
    }
    int slot = mix(h) & mask;
    while (true) {
      int entry = table[2 * slot];
      if (entry == 0) {
        return -1;
      }
      int id = entry - 1;
      if (table[2 * slot + 1] == h && Folding.equalsFolded(s, start, end, pool, offsets[id], offsets[id + 1] - offsets[id])) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The id of token {@code i}, or -1 if it is not in the vocabulary: the same as {@link
   * #id(CharSequence, int, int)} over the token's span, using the hash and folded text the tokens
   * computed once.
   *
   * @param t the tokens
   * @param i the token's index
   * @return the word's id, or -1 if it is not in the vocabulary
   */
  public int id(Tokens t, int i) {
    int h = t.foldedHash(i);
    if (!mayContain(h)) {
      return -1;
    }
    int start = t.start(i);
    int len = t.end(i) - start;
    int slot = mix(h) & mask;
    while (true) {
      int entry = table[2 * slot];
      if (entry == 0) {
        return -1;
      }
      int id = entry - 1;
      if (table[2 * slot + 1] == h && offsets[id + 1] - offsets[id] == len && t.foldedRegionEquals(start, pool, offsets[id], len)) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * The number of words.
   *
   * @return the number of words, one more than the largest id
   */
  public int size() {
    return offsets.length - 1;
  }

  /** Collects words and hands out ids. */
  public static final class Builder {
    private final java.util.HashMap<String, Integer> ids = new java.util.HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final List<Integer> hashes = new ArrayList<>();

    /**
     * Adds the folded form of {@code word} if new, and returns its id.
     *
     * @param word the word to add
     * @return the id of its folded form, new or existing
     */
    public int add(CharSequence word) {
      String folded = Folding.fold(word);
      Integer id = ids.get(folded);
      if (id != null) {
        return id;
      }
      int next = words.size();
      ids.put(folded, next);
      words.add(folded);
      hashes.add(Folding.hash(folded, 0, folded.length()));
      return next;
    }

    /**
     * The immutable vocabulary.
     *
     * @return a new vocabulary of the words added so far
     */
    public FoldedVocabulary build() {
      return new FoldedVocabulary(words, hashes);
    }
  }
}
