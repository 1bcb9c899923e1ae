package org.secnews.internal;

import java.util.Collection;
import org.secnews.text.Tokens;

/**
 * An immutable set of words looked up by a slice of any {@link CharSequence} without allocating:
 * {@link #contains(CharSequence, int, int)} hashes the slice in place. Exact (case-sensitive) or
 * folded ({@link Folding}: case and Latin diacritics ignored). Not part of the API.
 */
public final class WordSet {
  private final FoldedVocabulary folded; // used when case-insensitive
  private final String[] table; // exact: open addressing
  private final int mask;
  private final boolean fold;
  private final int maxLength;

  private WordSet(Collection<String> words, boolean fold) {
    this.fold = fold;
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    this.maxLength = max;
    if (fold) {
      FoldedVocabulary.Builder b = new FoldedVocabulary.Builder();
      words.forEach(b::add);
      this.folded = b.build();
      this.table = null;
      this.mask = 0;
    } else {
      this.folded = null;
      int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2 - 1)) << 1;
      this.table = new String[capacity];
      this.mask = capacity - 1;
      for (String w : words) {
        int slot = hash(w, 0, w.length()) & mask;
        while (table[slot] != null && !table[slot].equals(w)) {
          slot = (slot + 1) & mask;
        }
        table[slot] = w;
      }
    }
  }

  private static boolean same(String w, CharSequence s, int start) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) != s.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A case-sensitive set.
   *
   * @param words the words
   * @return a new case-sensitive set of {@code words}
   */
  public static WordSet exact(Collection<String> words) {
    return new WordSet(words, false);
  }

  /**
   * A set that ignores case and Latin diacritics.
   *
   * @param words the words
   * @return a new folded set of {@code words}
   */
  public static WordSet folded(Collection<String> words) {
    return new WordSet(words, true);
  }

  private static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    h ^= h >>> 16;
    return h * 0x85ebca6b;
  }

  /**
   * Whether token {@code i} is in the set; a folded set uses the hash the tokens computed once.
   *
   * @param t the tokens
   * @param i the token's index
   * @return {@code true} if the token's text is in the set
   */
  public boolean contains(Tokens t, int i) {
    if (t.length(i) > maxLength) {
      return false;
    }
    return fold ? folded.id(t, i) >= 0 : id(t.text(), t.start(i), t.end(i)) >= 0;
  }

  /**
   * Whether the slice {@code s[start, end)} is in the set.
   *
   * @param s     the text
   * @param start first index of the slice, inclusive
   * @param end   last index of the slice, exclusive
   * @return {@code true} if the slice is in the set
   */
  public boolean contains(CharSequence s, int start, int end) {
    return id(s, start, end) >= 0;
  }

  /**
   * A non-negative number for a word of a folded set (its vocabulary id), or -1; for an exact set 0 or -1.
   *
   * @param s     the text
   * @param start first index of the slice, inclusive
   * @param end   last index of the slice, exclusive
   * @return the vocabulary id (folded set) or 0 (exact set) if the slice is in the set, else -1
   */
  public int id(CharSequence s, int start, int end) {
    if (end - start > maxLength) {
      return -1;
    }
    if (fold) {
      return folded.id(s, start, end);
    }
    int slot = hash(s, start, end) & mask;
    int len = end - start;
    while (true) {
      String w = table[slot];
      if (w == null) {
        return -1;
      }
      if (w.length() == len && same(w, s, start)) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }
}
