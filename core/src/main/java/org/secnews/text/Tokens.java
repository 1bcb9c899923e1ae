package org.secnews.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import org.secnews.internal.Folding;

/**
 * The tokens of one document, immutable.
 *
 * <p>Design: the tokenizer writes three parallel arrays (start, end, kind) instead of one object
 * per token, so tokenizing allocates a few arrays per document whatever its length. The
 * {@link java.util.List} view creates a {@link Token} record only when asked; the analysis code
 * reads the arrays through the index accessors ({@link #start(int)}, {@link #kind(int)}, ...)
 * and compares token text in place ({@link #is(int, String)}) without substrings.
 *
 * @since 0.1
 */
public final class Tokens extends AbstractList<Token> implements RandomAccess {
  private final String text; // the document, as given
  private final int[] starts; // token i covers [starts[i], ends[i])
  private final int[] ends;
  private final TokenKind[] kinds;
  private final boolean[] newlineBefore; // a line break between token i - 1 (or the start) and token i
  private final int size;
  private final int[] foldedHashes; // token i -> the hash of its folded text (Folding#hash)
  private final byte[] shapes; // token i -> CAPITALIZED | ALL_CAPS, found while tokenizing

  /** Shape bit: a word or abbreviation whose first code point is upper case. */
  static final byte CAPITALIZED = 1;
  /** Shape bit: a word of at least two letters, all of them upper case. */
  static final byte ALL_CAPS = 2;

  Tokens(String text, int[] starts, int[] ends, TokenKind[] kinds, boolean[] newlineBefore, int[] foldedHashes,
      byte[] shapes, int size) {
    // trimmed to the tokens, so that the arrays' own bounds checks guard every accessor
    this.text = text;
    this.foldedHashes = trim(foldedHashes, size);
    this.shapes = shapes.length == size ? shapes : Arrays.copyOf(shapes, size);
    this.starts = trim(starts, size);
    this.ends = trim(ends, size);
    this.kinds = kinds.length == size ? kinds : Arrays.copyOf(kinds, size);
    this.newlineBefore = newlineBefore.length == size ? newlineBefore : Arrays.copyOf(newlineBefore, size);
    this.size = size;
  }

  private static int[] trim(int[] a, int size) {
    return a.length == size ? a : Arrays.copyOf(a, size);
  }

  /**
   * The hash of token {@code i}'s folded text, as {@link Folding#hash} computes it. Every dictionary
   * (gazetteer words, cue verbs, role and title sets) looks tokens up by their folded form; the
   * tokenizer hashes each token once, while it scans the text, so no dictionary hashes it again.
   *
   * @param i the token's index
   * @return the hash of the token's folded text
   */
  public int foldedHash(int i) {
    return foldedHashes[i];
  }

  /**
   * Whether the folded text at {@code [start, start + length)} equals {@code pool[from, from +
   * length)}, an already folded word.
   *
   * @param start  a character index into the text
   * @param pool   characters holding the folded word
   * @param from   where the word starts in {@code pool}
   * @param length the word's length
   * @return {@code true} if the folded text there is that word
   */
  public boolean foldedRegionEquals(int start, char[] pool, int from, int length) {
    if (start < 0 || start + length > text.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) { // folded on the fly: compared only when the hashes agree
      if (Folding.fold(text.charAt(start + k)) != pool[from + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The document these tokens index into.
   *
   * @return the document, as given
   */
  public String text() {
    return text;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Token get(int i) {
    return new Token(start(i), end(i), text.substring(start(i), end(i)), kind(i));
  }

  /**
   * Start index of token {@code i}.
   *
   * @param i the token's index
   * @return the token's first character index, inclusive
   */
  public int start(int i) {
    return starts[i];
  }

  /**
   * End index (exclusive) of token {@code i}.
   *
   * @param i the token's index
   * @return the token's last character index, exclusive
   */
  public int end(int i) {
    return ends[i];
  }

  /**
   * Kind of token {@code i}.
   *
   * @param i the token's index
   * @return the token's kind
   */
  public TokenKind kind(int i) {
    return kinds[i];
  }

  /**
   * Length of token {@code i} in UTF-16 units.
   *
   * @param i the token's index
   * @return the token's length in UTF-16 units
   */
  public int length(int i) {
    return end(i) - start(i);
  }

  /**
   * The text of token {@code i} (a new string).
   *
   * @param i the token's index
   * @return the token's text, as a new string
   */
  public String text(int i) {
    return text.substring(start(i), end(i));
  }

  /**
   * First character of token {@code i}.
   *
   * @param i the token's index
   * @return the token's first UTF-16 code unit
   */
  public char first(int i) {
    return text.charAt(start(i));
  }

  /**
   * Whether token {@code i} is exactly {@code s}.
   *
   * @param i the token's index
   * @param s the text to compare with
   * @return {@code true} if the token's text equals {@code s}
   */
  public boolean is(int i, String s) {
    return length(i) == s.length() && text.startsWith(s, starts[i]);
  }

  /**
   * Whether token {@code i} equals {@code s} ignoring case.
   *
   * @param i the token's index
   * @param s the text to compare with
   * @return {@code true} if the token's text equals {@code s} ignoring case
   */
  public boolean isIgnoreCase(int i, String s) {
    return length(i) == s.length() && text.regionMatches(true, starts[i], s, 0, s.length());
  }

  /**
   * Whether token {@code i} is a word or abbreviation that starts with an upper-case letter.
   *
   * @param i the token's index
   * @return {@code true} if the token is a capitalised word or abbreviation
   */
  public boolean isCapitalized(int i) {
    return (shapes[i] & CAPITALIZED) != 0;
  }

  /**
   * Whether token {@code i} is a word whose letters are all upper case (at least two letters).
   *
   * @param i the token's index
   * @return {@code true} if the token is an all-capitals word of at least two letters
   */
  public boolean isAllCaps(int i) {
    return (shapes[i] & ALL_CAPS) != 0;
  }

  /**
   * Whether there is whitespace (or the start of the text) right before token {@code i}.
   *
   * @param i the token's index
   * @return {@code true} if the token starts the text or follows whitespace
   */
  public boolean spaceBefore(int i) {
    int s = start(i);
    return s == 0 || Character.isWhitespace(text.charAt(s - 1));
  }

  /**
   * Whether there is whitespace (or the end of the text) right after token {@code i}.
   *
   * @param i the token's index
   * @return {@code true} if the token ends the text or is followed by whitespace
   */
  public boolean spaceAfter(int i) {
    int e = end(i);
    return e == text.length() || Character.isWhitespace(text.charAt(e));
  }

  /**
   * Whether a line break lies between token {@code i - 1} (or the text start) and token {@code i}.
   *
   * @param i the token's index
   * @return {@code true} if the token is the first one or a line break precedes it
   */
  public boolean newlineBefore(int i) {
    return newlineBefore[i] || i == 0; // the array access checks i
  }

  /**
   * Index of the first token whose end is after {@code offset}, or {@link #size()} if none.
   *
   * @param offset a character index into the text
   * @return the index of the first token ending after {@code offset}, or {@link #size()} if none
   */
  public int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Tokens t)) {
      return super.equals(o);
    }
    return size == t.size
        && text.equals(t.text)
        && Arrays.equals(starts, 0, size, t.starts, 0, size)
        && Arrays.equals(ends, 0, size, t.ends, 0, size)
        && Arrays.equals(kinds, 0, size, t.kinds, 0, size);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
