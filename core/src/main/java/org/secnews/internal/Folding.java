package org.secnews.internal;

/**
 * Character folding for dictionary look-ups: lower case, Latin diacritics removed, typographic
 * apostrophes and quotes unified. One char in, one char out, so folded text keeps the offsets of
 * the original and no offset map is needed. Not part of the API.
 */
public final class Folding {
  private static final char[] TABLE = new char[0x2100];
  // Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional: the letter without its
  // diacritics, lower case (generated from Unicode NFD; kept literal so start-up needs no Normalizer)
  private static final String LATIN_00C0 =
      "aaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00d7\u00f8uuuuy\u00fe\u00dfaaaaaa\u00e6ceeeeiiii\u00f0"
      + "nooooo\u00f7\u00f8uuuuy\u00feyaaaaaaccccccccdd\u0111\u0111eeeeeeeeeegggggggghh\u0127\u0127"
      + "iiiiiiiiI\u0131\u0133\u0133jjkk\u0138llllll\u0140\u0140\u0142\u0142nnnnnn\u0149\u014b\u014b"
      + "oooooo\u0153\u0153rrrrrrsssssssstttt\u0167\u0167uuuuuuuuuuuuwwyyyzzzzzz\u017f\u0180\u0253"
      + "\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018c\u018c\u018d\u01dd\u0259\u025b"
      + "\u0192\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019a\u019b\u026f\u0272\u019e\u0275"
      + "oo\u01a3\u01a3\u01a5\u01a5\u0280\u01a8\u01a8\u0283\u01aa\u01ab\u01ad\u01ad\u0288uu\u028a"
      + "\u028b\u01b4\u01b4\u01b6\u01b6\u0292\u01b9\u01b9\u01ba\u01bb\u01bd\u01bd\u01be\u01bf\u01c0"
      + "\u01c1\u01c2\u01c3\u01c6\u01c6\u01c6\u01c9\u01c9\u01c9\u01cc\u01cc\u01ccaaiioouuuuuuuuuu"
      + "\u01ddaaaa\u01e3\u01e3\u01e5\u01e5ggkkoooo\u01ef\u01efj\u01f3\u01f3\u01f3gg\u0195\u01bfn"
      + "naa\u01fd\u01fd\u01ff\u01ffaaaaeeeeiiiioooorrrruuuusstt\u021d\u021dhh\u019e\u0221\u0223\u0223"
      + "\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2c65\u023c\u023c\u019a\u2c66"
      + "\u023f\u0240\u0242\u0242\u0180\u0289\u028c\u0247\u0247\u0249\u0249\u024b\u024b\u024d\u024d"
      + "\u024f\u024f";
  private static final String LATIN_1E00 =
      "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppp"
      + "rrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\u1e9a\u1e9b\u1e9c\u1e9d"
      + "\u00df\u1e9faaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuu"
      + "uuuuuuyyyyyyyy\u1efb\u1efb\u1efd\u1efd\u1eff\u1eff";

  static {
    for (int c = 0; c < TABLE.length; c++) {
      TABLE[c] = Character.toLowerCase((char) c);
    }
    for (int c = 0xC0; c < 0x250; c++) {
      TABLE[c] = LATIN_00C0.charAt(c - 0xC0);
    }
    for (int c = 0x1E00; c < 0x1F00; c++) {
      TABLE[c] = LATIN_1E00.charAt(c - 0x1E00);
    }
    TABLE[0x0131] = 'i'; // dotless i
    TABLE[0x0130] = 'i'; // İ
    TABLE[0x00D8] = 'o';
    TABLE[0x00F8] = 'o';
    TABLE[0x0141] = 'l';
    TABLE[0x0142] = 'l';
    TABLE[0x0110] = 'd';
    TABLE[0x0111] = 'd';
    TABLE[0x2018] = '\'';
    TABLE[0x2019] = '\'';
    TABLE[0x02BC] = '\'';
    TABLE[0x0060] = '\'';
    TABLE[0x00B4] = '\'';
    TABLE[0x2010] = '-';
    TABLE[0x2011] = '-';
  }

  private Folding() {}

  /**
   * The folded form of {@code c}.
   *
   * @param c the character
   * @return its folded form
   */
  public static char fold(char c) {
    return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
  }

  /**
   * The folded form of {@code s}, of the same length.
   *
   * @param s the text
   * @return its folded form, of the same length
   */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /**
   * A hash of the folded form of {@code s[start, end)}.
   *
   * @param s     the text
   * @param start first index of the slice, inclusive
   * @param end   last index of the slice, exclusive
   * @return the hash of the folded slice
   */
  public static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h;
  }

  /**
   * Whether the folded form of {@code a[start, end)} equals {@code pool[from, from + length)}, an
   * already folded word.
   *
   * @param a      the text
   * @param start  first index of the slice, inclusive
   * @param end    last index of the slice, exclusive
   * @param pool   characters holding the folded word
   * @param from   where the word starts in {@code pool}
   * @param length the word's length
   * @return {@code true} if the folded slice equals the word
   */
  public static boolean equalsFolded(CharSequence a, int start, int end, char[] pool, int from, int length) {
    if (end - start != length) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (fold(a.charAt(i)) != pool[from + i - start]) {
        return false;
      }
    }
    return true;
  }
}
