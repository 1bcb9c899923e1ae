package org.secnews.claim;

import java.util.Objects;

/**
 * What a claim says: the quoted words, or the reported clause without {@code that} and without
 * the closing period.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the slice of the document
 * @since 0.1
 */
public record Content(int start, int end, String text) {
  /**
   * Checks the span.
   *
   * @param start first index, inclusive
   * @param end   last index, exclusive
   * @param text  the slice of the document
   */
  public Content {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad content [" + start + "," + end + ")");
    }
  }
}
