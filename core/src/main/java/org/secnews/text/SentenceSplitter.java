package org.secnews.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Splits tokenized text into sentences and paragraphs.
 *
 * <p>Design: one pass over the tokens; a sentence ends
 *
 * <ul>
 *   <li>after {@code .}, {@code !} or {@code ?} (with any closing quotation marks and brackets
 *       that follow, so {@code .”} stays with its sentence) when the next token can start a
 *       sentence: not a lower-case word, not more punctuation;
 *   <li>after a letter-dot abbreviation ({@code U.S.}) only before a line break or a word that
 *       typically starts a sentence ({@code The}, {@code He}); titles ({@code Dr.}, {@code Gen.})
 *       and initials never end one;
 *   <li>at a blank line, and at a single line break unless the line is hard-wrapped mid-sentence
 *       (it ends with a function word such as {@code of}, or the next line starts in lower case).
 * </ul>
 *
 * <p>Each line break that ends a sentence also ends a paragraph, so headlines, captions and
 * one-line paragraphs are sentences of their own. Linear in the number of tokens; immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class SentenceSplitter {

  private static final Set<String> CONTINUATION_WORDS = Set.of(
      "of", "the", "a", "an", "and", "or", "to", "in", "for", "with", "by", "from", "on", "at",
      "as", "that", "which", "who", "whose", "his", "her", "its", "their", "is", "are", "was",
      "were", "be", "has", "have", "had", "but", "nor");

  private static final Set<String> SENTENCE_STARTERS = Set.of(
      "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "A", "An",
      "This", "That", "These", "Those", "His", "Her", "Their", "Its", "There", "Meanwhile",
      "However", "Officials", "After", "When", "As", "If", "Some", "Many");

  /** Capitalised words that open a sentence, never continue one after a comma: {@code But}, {@code However}. */
  private static final Set<String> CLAUSE_OPENERS = Set.of("But", "However", "Meanwhile", "Yet", "Nevertheless",
      "Moreover", "Furthermore");

  private static final SentenceSplitter STANDARD = new SentenceSplitter();

  private SentenceSplitter() {}

  /**
   * The standard splitter.
   *
   * @return the shared standard splitter
   */
  public static SentenceSplitter standard() {
    return STANDARD;
  }

  /**
   * Splits {@code tokens} into sentences, in text order, covering every token once.
   *
   * @param tokens the tokens of a document, not null
   * @return the sentences, in text order
   */
  public List<Sentence> split(Tokens tokens) {
    Objects.requireNonNull(tokens, "tokens must not be null");
    String text = tokens.text();
    List<Sentence> out = new ArrayList<>();
    int n = tokens.size();
    int first = 0;
    int paragraph = 0;
    int i = 0;
    while (i < n) {
      int last = i; // last token of the sentence if it ends here
      boolean terminal = false;
      boolean end = false;
      TokenKind kind = tokens.kind(i);
      if (kind == TokenKind.PUNCT && isTerminal(text.charAt(tokens.start(i)))) {
        terminal = true;
        // runs such as ?! and closing marks: .” .) .’
        while (last + 1 < n && !tokens.spaceBefore(last + 1)
            && (isTerminalToken(tokens, last + 1) || isCloser(tokens, last + 1) && !squeezedOpener(tokens, last + 1))) {
          last++;
        }
        end = last + 1 == n || startsSentence(tokens, last + 1);
      } else if (kind == TokenKind.ABBREVIATION && last + 1 < n && isLetterDotAbbreviation(tokens, i)) {
        end = tokens.newlineBefore(last + 1) || isStarterWord(tokens, last + 1);
        terminal = end;
      }
      if (!end && last + 1 < n && tokens.newlineBefore(last + 1)) {
        end = lineBreakEnds(tokens, last, last + 1);
      }
      if (last + 1 == n) {
        end = true;
      }
      if (end) {
        boolean newParagraph = last + 1 < n && tokens.newlineBefore(last + 1);
        out.add(new Sentence(tokens.start(first), tokens.end(last), first, last + 1, paragraph,
            terminal || endsTerminal(tokens, first, last)));
        if (newParagraph) {
          paragraph++;
        }
        first = last + 1;
      }
      i = last + 1;
    }
    return List.copyOf(out);
  }

  /**
   * A straight double mark with a capital letter right after it, after a full stop with no space:
   * scraped text that lost the space before an opening mark ({@code here."We have a duty}), so
   * it opens the next sentence rather than closing this one.
   */
  private static boolean squeezedOpener(Tokens t, int i) {
    String text = t.text();
    int after = t.end(i);
    return text.charAt(t.start(i)) == '"' && i + 1 < t.size() && t.start(i + 1) == after
        && t.kind(i + 1) == TokenKind.WORD && Character.isUpperCase(text.charAt(after));
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isTerminalToken(Tokens t, int i) {
    return t.kind(i) == TokenKind.PUNCT && isTerminal(t.text().charAt(t.start(i)));
  }

  private static boolean isCloser(Tokens t, int i) {
    TokenKind k = t.kind(i);
    if (k == TokenKind.QUOTE) {
      char c = t.text().charAt(t.start(i));
      return c != '\u201C' && c != '\u2018' && c != '\u00AB' && c != '\u201E';
    }
    if (k == TokenKind.PUNCT) {
      char c = t.text().charAt(t.start(i));
      return c == ')' || c == ']';
    }
    return false;
  }

  private static boolean endsTerminal(Tokens t, int first, int last) {
    for (int j = last; j >= first; j--) {
      if (isTerminalToken(t, j)) {
        return true;
      }
      if (!isCloser(t, j)) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsSentence(Tokens t, int i) {
    if (t.newlineBefore(i)) {
      return true;
    }
    TokenKind k = t.kind(i);
    if (k == TokenKind.WORD) {
      return !Character.isLowerCase(t.text().codePointAt(t.start(i)));
    }
    char c = t.text().charAt(t.start(i));
    return k != TokenKind.PUNCT || c == '(' || c == '[' || isBullet(c); // "... was briefed.  • Dlodlo said"
  }

  /** Whether {@code c} marks an item of a list run into one line, as scraped standfirsts have them. */
  private static boolean isBullet(char c) {
    return c == '\u2022' || c == '\u25CF' || c == '\u25AA' || c == '\u25A0' || c == '\u25E6' || c == '\u2023';
  }

  private static boolean isLetterDotAbbreviation(Tokens t, int i) {
    // U.S., U.K., e.g.: at least two dots
    int dots = 0;
    for (int p = t.start(i); p < t.end(i); p++) {
      if (t.text().charAt(p) == '.') {
        dots++;
      }
    }
    return dots >= 2;
  }

  private static boolean isStarterWord(Tokens t, int i) {
    if (t.kind(i) != TokenKind.WORD || !t.spaceBefore(i)) {
      return false;
    }
    for (String s : SENTENCE_STARTERS) {
      if (t.is(i, s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line break between tokens {@code last} and {@code next} ends a sentence. */
  private static boolean lineBreakEnds(Tokens t, int last, int next) {
    String text = t.text();
    int newlines = 0;
    for (int p = t.end(last); p < t.start(next); p++) {
      if (text.charAt(p) == '\n') {
        newlines++;
      }
    }
    if (newlines >= 2) {
      return true;
    }
    if (t.kind(next) == TokenKind.WORD && Character.isLowerCase(text.codePointAt(t.start(next)))) {
      return false; // hard-wrapped: the next line continues in lower case
    }
    TokenKind k = t.kind(last);
    if (k == TokenKind.PUNCT) {
      char c = text.charAt(t.start(last));
      if (c == ',' && CLAUSE_OPENERS.contains(t.text(next))) {
        return true; // a scraped paragraph cut after a comma: "..., \nBut China says ..." (a wrapped line keeps "but")
      }
      return c != ',' && c != '(' && c != ';';
    }
    if (k == TokenKind.HYPHEN) {
      return false;
    }
    if (k == TokenKind.WORD && Character.isLowerCase(text.codePointAt(t.start(last)))) {
      for (String w : CONTINUATION_WORDS) {
        if (t.is(last, w)) {
          return false;
        }
      }
    }
    return true;
  }
}
