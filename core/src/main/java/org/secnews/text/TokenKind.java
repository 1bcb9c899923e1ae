package org.secnews.text;

/**
 * What a {@link Token} is. Quotation marks, apostrophes and hyphens are kinds of their own
 * because possessives, hyphenated names and quotations matter to mentions and claims.
 *
 * @since 0.1
 */
public enum TokenKind {
  /** Letters, possibly with digits, combining marks and inner apostrophes: {@code MI6}, {@code don’t}. */
  WORD,
  /** A number: {@code 18}, {@code 20,000}, {@code 3.5}. */
  NUMBER,
  /** An abbreviation or initial with its dots: {@code U.S.}, {@code Dr.}, {@code J.}. */
  ABBREVIATION,
  /** A possessive ending: {@code ’s}, {@code 's}. */
  POSSESSIVE,
  /** A hyphen joining two parts of one word: the {@code -} of {@code UK-China}. */
  HYPHEN,
  /** A dash between phrases: {@code –}, {@code —}, {@code --}. */
  DASH,
  /** A quotation mark of any style: {@code " ' “ ” ‘ ’ « » „ ‹ ›}. */
  QUOTE,
  /** An ellipsis: {@code …} or {@code ...}. */
  ELLIPSIS,
  /** A URL, kept whole. */
  URL,
  /** An e-mail address, kept whole. */
  EMAIL,
  /** Sentence and clause punctuation and brackets. */
  PUNCT,
  /** Anything else: currency signs, {@code %}, {@code &}, emoji. */
  SYMBOL
}
