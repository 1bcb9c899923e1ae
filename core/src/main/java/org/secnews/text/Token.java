package org.secnews.text;

/**
 * One token of a document: its kind and its exact place in the text.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the slice {@code [start, end)} of the document
 * @param kind  what the token is
 * @since 0.1
 */
public record Token(int start, int end, String text, TokenKind kind) {

  /**
   * Checks the span and that {@code text} has its length.
   *
   * @param start first index, inclusive
   * @param end   last index, exclusive
   * @param text  the slice {@code [start, end)} of the document
   * @param kind  what the token is
   */
  public Token {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("bad token " + text + " [" + start + "," + end + ")");
    }
  }

  /**
   * The token's span.
   *
   * @return the span {@code [start, end)}
   */
  public Span span() {
    return new Span(start, end);
  }

  @Override
  public String toString() {
    return text + "/" + kind + "[" + start + "," + end + ")";
  }
}
