package org.secnews.claim;

import java.util.Objects;

/**
 * Where a claim was made, when the text says so: {@code Politico} in {@code told Politico},
 * {@code an interview with the BBC}, {@code a video}, {@code Telegram}, {@code a news conference}.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the slice of the document
 * @since 0.1
 */
public record Channel(int start, int end, String text) {
  /**
   * Checks the span.
   *
   * @param start first index, inclusive
   * @param end   last index, exclusive
   * @param text  the slice of the document
   */
  public Channel {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad channel " + text + " [" + start + "," + end + ")");
    }
  }
}
