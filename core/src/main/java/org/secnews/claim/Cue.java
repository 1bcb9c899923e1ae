package org.secnews.claim;

import java.util.Objects;

/**
 * The reporting verb or phrase that attributes a claim: {@code said}, {@code told}, {@code according to}.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the slice of the document
 * @since 0.1
 */
public record Cue(int start, int end, String text) {
  /**
   * Checks the span.
   *
   * @param start first index, inclusive
   * @param end   last index, exclusive
   * @param text  the slice of the document
   */
  public Cue {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad cue " + text + " [" + start + "," + end + ")");
    }
  }
}
