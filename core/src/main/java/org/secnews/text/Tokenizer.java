package org.secnews.text;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.secnews.internal.Folding;
import org.secnews.internal.WordSet;

/**
 * Splits text into {@link Tokens} with exact offsets.
 *
 * <p>Design: one left-to-right pass with an {@code int} cursor over UTF-16 code units, code-point
 * aware, no regular expressions and no substrings; every token is a few array cells, among them
 * the hash of its case- and accent-folded text, which every dictionary look-up later uses, so no
 * token is ever hashed twice and no folded copy of the text is made. The rules, in the order they
 * are tried at a token start:
 *
 * <ol>
 *   <li>URLs ({@code http://}, {@code https://}, {@code www.}) run to the next space, less
 *       trailing punctuation; e-mail addresses are kept whole.
 *   <li>Words: letters, digits and combining marks, with inner apostrophes ({@code don’t},
 *       {@code O'Brien}); a final {@code ’s}/{@code 's} becomes its own {@link TokenKind#POSSESSIVE}
 *       token, and so does a lone apostrophe after an {@code s} before a word ({@code Belarus’ State
 *       Border Committee}) unless a single quotation may be open in the paragraph. Numbers keep
 *       inner separators ({@code 20,000}, {@code 3.5}).
 *   <li>Abbreviations keep their dots: letter-dot runs ({@code U.S.}, {@code e.g.}), single capital
 *       initials ({@code J.}), titles ({@code Dr.}, {@code Gen.}) and month and company forms.
 *   <li>A hyphen between two word characters is a {@link TokenKind#HYPHEN}, so the parts of
 *       {@code Iranian-backed} stay reachable; {@code --}, {@code –} and {@code —} are dashes.
 *   <li>Every quotation-mark style is a {@link TokenKind#QUOTE}; {@code ...} and {@code …} are an
 *       ellipsis; the rest is punctuation or a symbol, one code point each.
 * </ol>
 *
 * <p>Every non-whitespace character is covered by exactly one token, and the cost is linear in the
 * text length (the e-mail look-ahead remembers where it failed, so runs such as {@code a.a.a.}
 * are not rescanned). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Tokenizer {

  /** Titles that never end a sentence, written with a dot. */
  static final Set<String> TITLES = Set.of(
      "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cmdr",
      "Cdr", "Adm", "Brig", "Cpl", "Pte", "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "St", "Mt",
      "Jr", "Sr", "Insp", "Supt", "Det", "Messrs", "Amb", "Fr", "Atty");

  /** Other abbreviations written with a dot, which may end a sentence. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "Inc", "Ltd", "Co", "Corp", "Bros", "vs", "etc", "al", "approx", "Dept", "dept", "est",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "Ave", "Blvd", "No", "Nos", "Vol", "Fig", "fig", "cf");

  /** Both sets, looked up on the text slice without a substring. */
  private static final WordSet DOTTED = WordSet.exact(
      java.util.stream.Stream.concat(TITLES.stream(), ABBREVIATIONS.stream()).toList());

  private static final Tokenizer STANDARD = new Tokenizer();

  private Tokenizer() {}

  /**
   * The standard tokenizer.
   *
   * @return the shared standard tokenizer
   */
  public static Tokenizer standard() {
    return STANDARD;
  }

  /**
   * Tokenizes {@code text}.
   *
   * @param text the text to tokenize
   * @return the tokens of {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public Tokens tokenize(String text) {
    Objects.requireNonNull(text, "text must not be null");
    return new Run(text).tokenize();
  }

  /**
   * Whether {@code c} is an apostrophe-like mark that can sit inside a word.
   *
   * @param c the character
   * @return {@code true} for {@code '}, {@code ’} and {@code ʼ}
   */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  /**
   * Whether {@code c} is a quotation mark of any style (apostrophes included).
   *
   * @param c the character
   * @return {@code true} if {@code c} is a quotation mark or apostrophe
   */
  public static boolean isQuoteChar(char c) {
    switch (c) {
      case '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E',
          '\u201A', '\u2039', '\u203A', '\u201F', '\u201B', '\u300C', '\u300D', '\uFF02' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** ASCII word characters (letters and digits), so the common case needs no Unicode tables. */
  private static final boolean[] ASCII_WORD = new boolean[128];
  /** ASCII white space as {@link #isSpace} defines it. */
  private static final boolean[] ASCII_SPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
      ASCII_SPACE[c] = Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }

  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return ASCII_WORD[cp];
    }
    if (cp == '\u02BC') {
      return false; // the modifier-letter apostrophe that some sites print for ’: "People\u02BCs Republic"
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isSpace(char c) {
    if (c < 128) {
      return ASCII_SPACE[c];
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isDash(char c) {
    return c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2015' || c == '\u2212';
  }

  /** The state of one tokenization. */
  private static final class Run {
    private final String text;
    private final int n;
    private int[] starts;
    private int[] ends;
    private TokenKind[] kinds;
    private boolean[] newlineBefore;
    private int[] hashes; // folded hash of each token, for dictionary look-ups
    private byte[] shapes; // Tokens.CAPITALIZED / ALL_CAPS of each token
    private boolean sawNewline; // a line break since the last token
    private boolean singleOpened; // an opening single quotation mark in this paragraph
    private int noEmailBefore = -1; // an e-mail look-ahead from any start below this fails
    private int nextAt = -2; // index of the next '@' at or after the cursor, -1 if none, -2 unknown

    Run(String text) {
      this.text = text;
      this.n = text.length();
      int capacity = Math.max(16, n / 4);
      starts = new int[capacity];
      ends = new int[capacity];
      kinds = new TokenKind[capacity];
      newlineBefore = new boolean[capacity];
      hashes = new int[capacity];
      shapes = new byte[capacity];
    }

    private int size;

    Tokens tokenize() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (isSpace(c)) {
          if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            sawNewline = true;
            singleOpened = false;
          }
          i++;
          continue;
        }
        int cp = text.codePointAt(i);
        int next;
        if ((c == 'h' || c == 'H' || c == 'w' || c == 'W') && (next = url(i)) > i) {
          add(i, next, TokenKind.URL);
        } else if (isWordChar(cp) && (next = email(i)) > i) {
          add(i, next, TokenKind.EMAIL);
        } else if (Character.isDigit(cp)) {
          next = number(i);
        } else if (isWordChar(cp)) {
          next = word(i);
        } else if (isHyphen(c)) {
          next = hyphen(i);
        } else if (isDash(c)) {
          next = i + 1;
          add(i, next, TokenKind.DASH);
        } else if (c == '.') {
          next = i + 1;
          if (i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
            next = i + 3;
            while (next < n && text.charAt(next) == '.') {
              next++;
            }
            add(i, next, TokenKind.ELLIPSIS);
          } else {
            add(i, next, TokenKind.PUNCT);
          }
        } else if (c == '\u2026') {
          next = i + 1;
          add(i, next, TokenKind.ELLIPSIS);
        } else if (isQuoteChar(c)) {
          next = i + 1;
          if (c == '\u2018' || c == '\'' && (i == 0 || !isWordChar(text.codePointBefore(i)))) {
            singleOpened = true; // a single quotation may be open: a later "s’" may close it
          }
          add(i, next, pluralPossessiveAt(i) ? TokenKind.POSSESSIVE : TokenKind.QUOTE);
        } else {
          next = i + Character.charCount(cp);
          add(i, next, isPunctuation(cp) ? TokenKind.PUNCT : TokenKind.SYMBOL);
        }
        i = next;
      }
      return new Tokens(text, starts, ends, kinds, newlineBefore, hashes, shapes, size);
    }

    private static boolean isPunctuation(int cp) {
      switch (Character.getType(cp)) {
        case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
            Character.START_PUNCTUATION, Character.END_PUNCTUATION,
            Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
            Character.OTHER_PUNCTUATION -> {
          return true;
        }
        default -> {
          return false;
        }
      }
    }

    private void add(int start, int end, TokenKind kind) {
      if (size == starts.length) {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        newlineBefore = Arrays.copyOf(newlineBefore, capacity);
        hashes = Arrays.copyOf(hashes, capacity);
        shapes = Arrays.copyOf(shapes, capacity);
      }
      hashes[size] = Folding.hash(text, start, end);
      shapes[size] = kind == TokenKind.WORD || kind == TokenKind.ABBREVIATION ? shape(start, end, kind) : 0;
      newlineBefore[size] = sawNewline;
      sawNewline = false;
      starts[size] = start;
      ends[size] = end;
      kinds[size] = kind;
      size++;
    }

    /** The {@link Tokens#CAPITALIZED} and {@link Tokens#ALL_CAPS} bits of a word or abbreviation. */
    private byte shape(int start, int end, TokenKind kind) {
      char first = text.charAt(start);
      if (first >= 'a' && first <= 'z') {
        return 0; // most tokens: neither capitalised nor all capitals
      }
      byte shape = Character.isUpperCase(text.codePointAt(start)) ? Tokens.CAPITALIZED : 0;
      if (kind != TokenKind.WORD) {
        return shape;
      }
      int letters = 0;
      for (int p = start; p < end; p++) {
        char c = text.charAt(p);
        if (Character.isLetter(c)) {
          if (!Character.isUpperCase(c)) {
            return shape;
          }
          letters++;
        }
      }
      return letters >= 2 ? (byte) (shape | Tokens.ALL_CAPS) : shape;
    }

    /** The end of a URL starting at {@code i}, or {@code i} if none starts there. */
    private int url(int i) {
      char second = i + 1 < n ? text.charAt(i + 1) : ' ';
      if (second != 't' && second != 'T' && second != 'w' && second != 'W') {
        return i; // neither http nor www: most words starting with h or w
      }
      if (!(text.regionMatches(true, i, "http://", 0, 7)
          || text.regionMatches(true, i, "https://", 0, 8)
          || text.regionMatches(true, i, "www.", 0, 4))) {
        return i;
      }
      int j = i;
      while (j < n) {
        char c = text.charAt(j);
        if (isSpace(c) || c == '<' || c == '>' || c == '"' || c == '\u201C' || c == '\u201D') {
          break;
        }
        j++;
      }
      while (j > i && ".,;:!?)]}'\u2019".indexOf(text.charAt(j - 1)) >= 0) {
        j--;
      }
      return j - i >= 8 ? j : i;
    }

    private static boolean isLocalPartChar(char c) {
      return (c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%'
          || c == '+' || c == '-'));
    }

    /** The end of an e-mail address starting at {@code i}, or {@code i} if none starts there. */
    private int email(int i) {
      if (i < noEmailBefore) {
        return i;
      }
      if (nextAt != -1 && nextAt < i) {
        nextAt = text.indexOf('@', i);
      }
      if (nextAt < 0 || nextAt - i > 64) {
        return i; // no '@' close enough: the common case costs one comparison
      }
      int j = i;
      while (j < n && isLocalPartChar(text.charAt(j))) {
        j++;
      }
      if (j == i || j + 1 >= n || text.charAt(j) != '@' || !Character.isLetterOrDigit(text.charAt(j + 1))) {
        noEmailBefore = j;
        return i;
      }
      int k = j + 1;
      int lastDot = -1;
      while (k < n) {
        char c = text.charAt(k);
        if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
          k++;
        } else if (c == '.' && k + 1 < n && Character.isLetterOrDigit(text.charAt(k + 1))) {
          lastDot = k;
          k++;
        } else {
          break;
        }
      }
      if (lastDot < 0) {
        noEmailBefore = j;
        return i;
      }
      return k;
    }

    private int number(int i) {
      int j = i;
      while (true) {
        while (j < n && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j + 1 < n && (text.charAt(j) == ',' || text.charAt(j) == '.')
            && Character.isDigit(text.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (j < n && isWordChar(text.codePointAt(j))) {
        // 1990s, 18th, 1.5bn, 3D: one alphanumeric word
        return word(i, j);
      }
      add(i, j, TokenKind.NUMBER);
      if (isPossessiveAt(j)) {
        add(j, j + 2, TokenKind.POSSESSIVE); // Radio 4's
        return j + 2;
      }
      return j;
    }

    private int word(int i) {
      return word(i, i);
    }

    /** Scans a word from {@code i}, whose characters up to {@code from} are already known. */
    private int word(int i, int from) {
      int j = from;
      while (true) {
        while (j < n) {
          char c = text.charAt(j);
          if (c < 128) { // ASCII fast path
            if (!ASCII_WORD[c]) {
              break;
            }
            j++;
            continue;
          }
          int cp = text.codePointAt(j);
          if (!isWordChar(cp)) {
            break;
          }
          j += Character.charCount(cp);
        }
        // inner apostrophe: don’t, O'Brien, Jama'a; but not the possessive ’s
        if (j + 1 < n && isApostrophe(text.charAt(j)) && isWordChar(text.codePointAt(j + 1))) {
          if (isPossessiveAt(j)) {
            break;
          }
          j++;
          continue;
        }
        break;
      }
      int abbreviationEnd = abbreviation(i, j);
      if (abbreviationEnd > j) {
        add(i, abbreviationEnd, TokenKind.ABBREVIATION);
        return abbreviationEnd;
      }
      add(i, j, TokenKind.WORD);
      if (isPossessiveAt(j)) {
        add(j, j + 2, TokenKind.POSSESSIVE);
        return j + 2;
      }
      return j;
    }

    /**
     * Whether the apostrophe at {@code i} ends a plural or {@code s}-final possessive ({@code
     * Belarus’ State Border Committee}, {@code the spies' handlers}): after a word ending in
     * {@code s}, before a space and a word, in a paragraph with no single quotation it could close.
     */
    private boolean pluralPossessiveAt(int i) {
      if (!isApostrophe(text.charAt(i)) || singleOpened || i < 2 || i + 2 >= n) {
        return false;
      }
      char before = text.charAt(i - 1);
      return (before == 's' || before == 'S') && Character.isLetter(text.charAt(i - 2))
          && text.charAt(i + 1) == ' ' && Character.isLetterOrDigit(text.charAt(i + 2));
    }

    /** Whether an {@code ’s} possessive ending starts at {@code j}. */
    private boolean isPossessiveAt(int j) {
      return j + 1 < n
          && isApostrophe(text.charAt(j))
          && (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
          && (j + 2 == n || !isWordChar(text.codePointAt(j + 2)));
    }

    /** The end of an abbreviation whose word part is {@code [i, j)}, or {@code j} if it is none. */
    private int abbreviation(int i, int j) {
      if (j >= n || text.charAt(j) != '.') {
        return j;
      }
      int len = j - i;
      if (len == 1 && Character.isLetter(text.charAt(i))) {
        // letter-dot runs: U.S., U.S.A., e.g., D.C.
        int k = j + 1;
        while (k + 1 < n && Character.isLetter(text.charAt(k)) && text.charAt(k + 1) == '.'
            && (k + 2 == n || !isWordChar(text.codePointAt(k + 2)))) {
          k += 2;
        }
        if (k > j + 1) {
          return k;
        }
        // a single capital initial: J. Edgar, Barack H. Obama
        if (Character.isUpperCase(text.charAt(i))) {
          return j + 1;
        }
        return j;
      }
      if (len <= 6 && DOTTED.contains(text, i, j)) {
        return j + 1;
      }
      return j;
    }

    private int hyphen(int i) {
      int j = i + 1;
      if (text.charAt(i) == '-' && j < n && text.charAt(j) == '-') {
        while (j < n && text.charAt(j) == '-') {
          j++;
        }
        add(i, j, TokenKind.DASH);
        return j;
      }
      boolean joined = size > 0 && ends[size - 1] == i
          && (kinds[size - 1] == TokenKind.WORD || kinds[size - 1] == TokenKind.NUMBER
              || kinds[size - 1] == TokenKind.ABBREVIATION)
          && j < n && isWordChar(text.codePointAt(j));
      add(i, j, joined ? TokenKind.HYPHEN : TokenKind.PUNCT);
      return j;
    }
  }
}
