package org.secnews.text;

/**
 * One sentence, headline or stand-alone line of a document.
 *
 * @param start      first character index, inclusive
 * @param end        last character index, exclusive
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param paragraph  0-based paragraph number (paragraphs are separated by line breaks)
 * @param terminated whether it ends with {@code .}, {@code !}, {@code ?} (possibly followed by a
 *                   closing quotation mark or bracket); a line without one is a headline,
 *                   caption or label
 * @since 0.1
 */
public record Sentence(int start, int end, int firstToken, int endToken, int paragraph,
    boolean terminated) {

  /**
   * Checks the spans.
   *
   * @param start      first character index, inclusive
   * @param end        last character index, exclusive
   * @param firstToken index of its first token
   * @param endToken   index after its last token
   * @param paragraph  0-based paragraph number (paragraphs are separated by line breaks)
   * @param terminated whether it ends with {@code .}, {@code !}, {@code ?} (possibly followed by a
   *                   closing quotation mark or bracket); a line without one is a headline,
   *                   caption or label
   */
  public Sentence {
    if (start < 0 || end < start || firstToken < 0 || endToken < firstToken || paragraph < 0) {
      throw new IllegalArgumentException("bad sentence [" + start + "," + end + ")");
    }
  }

  /**
   * The sentence's character span.
   *
   * @return the span {@code [start, end)}
   */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * The number of tokens.
   *
   * @return {@code endToken - firstToken}
   */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
