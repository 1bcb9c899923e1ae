package org.secnews.claim;

import java.util.ArrayList;
import java.util.List;
import org.secnews.text.Sentence;
import org.secnews.text.TokenKind;
import org.secnews.text.Tokenizer;
import org.secnews.text.Tokens;

/**
 * Pairs quotation marks, paragraph by paragraph.
 *
 * <p>Design: a mark's role comes from its shape ({@code “} opens, {@code ”} closes, {@code „}
 * opens a quotation that {@code “} closes) or, for the straight marks {@code "} and {@code '},
 * from its flanks as in CommonMark: a mark with a space before and a letter after opens, one with a
 * letter before and a space or punctuation after closes. Double and single marks pair within
 * their family on a small stack; {@code ’} closes only an open single quotation, otherwise it is an
 * apostrophe ({@code spies’}). Nothing spans a paragraph: a quotation still open at the end of its
 * paragraph ends there, unclosed, which is also how news writes a quotation that runs on into the
 * next paragraph (an opening mark and no closing mark); a single mark left open counts so only
 * where it opens the paragraph or follows a colon or comma before a capital. An odd number of marks never fails. Linear
 * in the number of tokens.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  static List<Quotation> scan(Tokens t, List<Sentence> sentences) {
    List<Quotation> out = new ArrayList<>();
    String text = t.text();
    int s = 0;
    while (s < sentences.size()) {
      int paragraph = sentences.get(s).paragraph();
      int first = sentences.get(s).firstToken();
      while (s + 1 < sentences.size() && sentences.get(s + 1).paragraph() == paragraph) {
        s++;
      }
      int end = sentences.get(s).endToken();
      scanParagraph(t, text, first, end, paragraph, out);
      s++;
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static void scanParagraph(Tokens t, String text, int first, int end, int paragraph,
      List<Quotation> out) {
    int[] stack = new int[8]; // token indices of open marks
    boolean[] dbl = new boolean[8];
    int depth = 0;
    for (int i = first; i < end; i++) {
      if (t.kind(i) != TokenKind.QUOTE) {
        continue;
      }
      char c = text.charAt(t.start(i));
      int p = t.start(i);
      char prev = p > 0 ? text.charAt(p - 1) : ' ';
      char next = t.end(i) < text.length() ? text.charAt(t.end(i)) : ' ';
      boolean left = !isSpace(next) && (isSpace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0
          || Tokenizer.isQuoteChar(prev));
      boolean right = !isSpace(prev) && (isSpace(next) || isPunct(next));
      boolean doubleFamily = isDouble(c);
      int openDouble = topOf(dbl, depth, true);
      int openSingle = topOf(dbl, depth, false);
      boolean closes;
      boolean opens;
      switch (c) {
        case '\u201C' -> { // “ opens; closes „ and a stray “ at a word end
          boolean germanOpen = openDouble >= 0 && text.charAt(t.start(stack[openDouble])) == '\u201E';
          closes = openDouble >= 0 && (germanOpen || (right && !left));
          opens = !closes && left;
        }
        case '\u201D', '\u00BB', '\u203A' -> {
          closes = c == '\u203A' ? openSingle >= 0 : openDouble >= 0;
          opens = false;
        }
        case '\u201E', '\u00AB', '\u2039', '\u201A' -> {
          closes = false;
          opens = left;
        }
        case '"', '\uFF02' -> {
          closes = openDouble >= 0 && (right || !left);
          // or squeezed after a full stop, as scraped text loses the space: here."We have a duty ...
          opens = !closes && (left || openDouble < 0 && ".?!;".indexOf(prev) >= 0 && Character.isLetter(next));
        }
        case '\u2019' -> {
          closes = openSingle >= 0 && !isWordChar(next);
          opens = false;
        }
        case '\u2018', '\u201B' -> {
          closes = false;
          opens = left;
        }
        case '\'' -> {
          closes = openSingle >= 0 && !isWordChar(next) && !isSpace(prev);
          opens = !closes && left && !isWordChar(prev);
        }
        default -> {
          closes = false;
          opens = false;
        }
      }
      if (opens && doubleFamily && openDouble == 0 && depth == 1 && dbl[0] && c != '\u201D'
          && splitsOpenQuotation(t, text, stack[0], i)) {
        // a quotation left unclosed by the source and a new one opened: "... a Muslim. He added: "The ..."
        int endTok = lastTerminalBefore(t, text, stack[0], i);
        add(out, t, text, stack[0], -1, t.end(endTok), true, 0, paragraph);
        depth = 0;
      }
      if (closes) {
        int at = doubleFamily || c == '\u00BB' ? openDouble : openSingle;
        // marks opened after it and still open are not quotations (apostrophes, typos)
        int openTok = stack[at];
        depth = at;
        add(out, t, text, openTok, i, t.start(i), dbl[at], at, paragraph);
      } else if (opens) {
        if (depth == stack.length) {
          continue; // deeper nesting than any prose uses: leave the mark unpaired
        }
        stack[depth] = i;
        dbl[depth] = doubleFamily || c == '\u00AB';
        depth++;
      }
    }
    // unclosed double quotations end with the paragraph; open single marks were apostrophes, unless
    // one opens the paragraph or follows a colon or comma before a capital: "Albanese said: 'We ...",
    // a quotation in single marks that runs on into the next paragraph
    for (int d = 0; d < depth; d++) {
      if (dbl[d] || d == 0 && opensSingleQuotation(t, text, stack[d], first)) {
        add(out, t, text, stack[d], -1, t.end(end - 1), true, d, paragraph);
        break;
      }
    }
  }

  /** Whether the single mark at token {@code open} opens a quotation rather than an elision: see above. */
  private static boolean opensSingleQuotation(Tokens t, String text, int open, int first) {
    int after = t.end(open);
    if (after >= text.length() || !Character.isUpperCase(text.charAt(after))) {
      return false;
    }
    if (open == first) {
      return true;
    }
    int p = t.start(open) - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && (text.charAt(p) == ':' || text.charAt(p) == ',');
  }

  /**
   * Whether an opening double mark at {@code i}, while the quotation opened at {@code open} is
   * still open, starts a new quotation: it follows a colon, or a full stop ends the text before it.
   */
  private static boolean splitsOpenQuotation(Tokens t, String text, int open, int i) {
    int p = i - 1;
    if (p <= open) {
      return false;
    }
    if (t.is(p, ":")) {
      return lastTerminalBefore(t, text, open, i) > open;
    }
    return isTerminal(t, p) && i + 1 < t.size() && Character.isUpperCase(text.charAt(t.start(i + 1)));
  }

  /** A sentence-final mark: {@code .}, {@code !}, {@code ?}, or an ellipsis ({@code lifted... "It}). */
  private static boolean isTerminal(Tokens t, int k) {
    return t.kind(k) == TokenKind.ELLIPSIS
        || t.kind(k) == TokenKind.PUNCT && (t.is(k, ".") || t.is(k, "!") || t.is(k, "?"));
  }

  /** The last sentence-final mark between {@code open} and {@code i}, or {@code open}. */
  private static int lastTerminalBefore(Tokens t, String text, int open, int i) {
    for (int k = i - 1; k > open; k--) {
      if (isTerminal(t, k)) {
        return k;
      }
    }
    return open;
  }

  private static void add(List<Quotation> out, Tokens t, String text, int openTok, int closeTok,
      int endChar, boolean dbl, int depth, int paragraph) {
    int s = t.end(openTok);
    int e = endChar;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (closeTok < 0) {
      // a stray opening mark at the end of the paragraph: "... social fabric. “"
      while (e > s && Tokenizer.isQuoteChar(text.charAt(e - 1))) {
        e--;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
      }
    }
    if (e > s) {
      out.add(new Quotation(openTok, closeTok, s, e, dbl, depth, paragraph));
    }
  }

  private static int topOf(boolean[] dbl, int depth, boolean wantDouble) {
    for (int d = depth - 1; d >= 0; d--) {
      if (dbl[d] == wantDouble) {
        return d;
      }
    }
    return -1;
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB'
        || c == '\u00BB' || c == '\u201F' || c == '\uFF02';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isPunct(char c) {
    return ".,;:!?)]}\u2026-\u2013\u2014".indexOf(c) >= 0 || Tokenizer.isQuoteChar(c);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
