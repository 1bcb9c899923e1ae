package org.secnews.claim;

import java.util.Objects;

/**
 * A number stated in a claim, typed: {@code more than 750 Russian diplomats} is value 750, bound
 * {@code >}, unit {@code diplomats}.
 *
 * @param start first index, inclusive
 * @param end   last index, exclusive
 * @param text  the slice of the document
 * @param value the number ({@code 1.5e9} for {@code $1.5 billion})
 * @param bound {@code =}, {@code ~}, {@code >}, {@code <}, {@code >=} or {@code <=}
 * @param unit  the unit or counted noun ({@code months}, {@code USD}, {@code percent}); {@code ""} if none
 * @since 0.1
 */
public record Quantity(int start, int end, String text, double value, String bound, String unit) {
  /**
   * Checks the span.
   *
   * @param start first index, inclusive
   * @param end   last index, exclusive
   * @param text  the slice of the document
   * @param value the number ({@code 1.5e9} for {@code $1.5 billion})
   * @param bound {@code =}, {@code ~}, {@code >}, {@code <}, {@code >=} or {@code <=}
   * @param unit  the unit or counted noun ({@code months}, {@code USD}, {@code percent}); {@code ""} if none
   */
  public Quantity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(unit, "unit");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad quantity " + text + " [" + start + "," + end + ")");
    }
  }
}
