package org.secnews.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document.
 *
 * <p>Every offset the library reports is a {@code Span} or a pair of ints with the same
 * convention: Java {@code String} indices into the text exactly as given, {@code end}
 * exclusive.
 *
 * @param start first index, inclusive, {@code >= 0}
 * @param end   last index, exclusive, {@code >= start}
 * @since 0.1
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Checks {@code 0 <= start <= end}.
   *
   * @param start first index, inclusive, {@code >= 0}
   * @param end   last index, exclusive, {@code >= start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }
  }

  /**
   * The number of UTF-16 code units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * The covered slice of {@code text}.
   *
   * @param text the text this span indexes into
   * @return the slice {@code [start, end)} of {@code text}
   */
  public String slice(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /**
   * Whether {@code other} lies wholly inside this span.
   *
   * @param other the other span
   * @return {@code true} if {@code other} lies wholly inside this span
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether index {@code i} lies inside this span.
   *
   * @param i the index
   * @return {@code true} if {@code start <= i < end}
   */
  public boolean contains(int i) {
    return start <= i && i < end;
  }

  /**
   * Whether the two spans share at least one index.
   *
   * @param other the other span
   * @return {@code true} if the spans share at least one index
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
