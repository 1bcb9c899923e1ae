package org.secnews.gazetteer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post an official held: who, what, where and when.
 *
 * @param person  the official's id
 * @param post    the role, lower-case with hyphens: {@code head}, {@code foreign-minister}, {@code president}
 * @param org     the agency id or country code the post belongs to ({@code gb/sis}, {@code RU})
 * @param from    first day in post (a month-precision date is its first day), or {@code null} if unknown
 * @param to      last day in post, or {@code null} if still in office
 * @param note    {@code acting}, {@code co} or free text; {@code ""} for none
 * @since 0.1
 */
public record Post(String person, String post, String org, LocalDate from, LocalDate to, String note) {

  /**
   * Checks required parts and {@code from <= to}.
   *
   * @param person  the official's id
   * @param post    the role, lower-case with hyphens: {@code head}, {@code foreign-minister}, {@code president}
   * @param org     the agency id or country code the post belongs to ({@code gb/sis}, {@code RU})
   * @param from    first day in post (a month-precision date is its first day), or {@code null} if unknown
   * @param to      last day in post, or {@code null} if still in office
   * @param note    {@code acting}, {@code co} or free text; {@code ""} for none
   */
  public Post {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(note, "note");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("post of " + person + " ends before it starts: " + from + " > " + to);
    }
  }

  /**
   * The first day in post, if known.
   *
   * @return the first day in post, or empty if unknown
   */
  public Optional<LocalDate> since() {
    return Optional.ofNullable(from);
  }

  /**
   * The last day in post, if the post has ended.
   *
   * @return the last day in post, or empty if still in office
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(to);
  }

  /**
   * Whether the post was held on {@code date}.
   *
   * @param date the day to check
   * @return {@code true} if {@code date} is within the post's known bounds, inclusive
   */
  public boolean heldOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
