package org.secnews.internal;

import java.text.Normalizer;

/**
 * Character folding for dictionary look-ups: lower case, Latin diacritics removed, typographic
 * apostrophes and quotes unified. One char in, one char out, so folded text keeps the offsets of
 * the original and no offset map is needed. Not part of the API.
 */
public final class Folding {
  private static final char[] TABLE = new char[0x2100];

  static {
    for (int c = 0; c < TABLE.length; c++) {
      char lower = Character.toLowerCase((char) c);
      char folded = lower;
      if (c >= 0xC0 && c < 0x2000 && !Character.isSurrogate((char) c)) {
        String d = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        if (!d.isEmpty() && d.charAt(0) < 0x80 && Character.isLetter(d.charAt(0))) {
          folded = d.charAt(0);
        }
      }
      TABLE[c] = folded;
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

  /** The folded form of {@code c}. */
  public static char fold(char c) {
    return c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
  }

  /** The folded form of {@code s}, of the same length. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** A hash of the folded form of {@code s[start, end)}. */
  public static int hash(CharSequence s, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return h;
  }

  /** Whether the folded forms of {@code a[start, end)} and {@code folded} are equal. */
  public static boolean equalsFolded(CharSequence a, int start, int end, String folded) {
    if (end - start != folded.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (fold(a.charAt(i)) != folded.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }
}
