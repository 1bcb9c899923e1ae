package org.secnews.claim;

/**
 * A stretch of text between paired quotation marks.
 *
 * @param open       token index of the opening mark
 * @param close      token index of the closing mark, or -1 when the paragraph ended first
 * @param start      first content character (after the opening mark)
 * @param end        end of the content (before the closing mark, or at the paragraph end)
 * @param doubleMark whether the marks are double ({@code “”}, {@code "}, {@code «»}) rather than single
 * @param depth      0 for a top-level quotation, 1 for one nested inside another
 * @param paragraph  the paragraph it lies in
 */
record Quotation(int open, int close, int start, int end, boolean doubleMark, int depth, int paragraph) {
  boolean unclosed() {
    return close < 0;
  }
}
