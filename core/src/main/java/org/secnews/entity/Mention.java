package org.secnews.entity;

import java.util.Objects;
import org.secnews.text.Span;

/**
 * A span of the text that names an entity.
 *
 * @param entity the entity named
 * @param start  first index, inclusive (UTF-16, into the original text)
 * @param end    last index, exclusive
 * @param text   the slice {@code [start, end)} of the text
 * @param form   how the span names the entity
 * @since 0.1
 */
public record Mention(Entity entity, int start, int end, String text, MentionForm form) {

  /**
   * Checks the span and that {@code text} has its length.
   *
   * @param entity the entity named
   * @param start  first index, inclusive (UTF-16, into the original text)
   * @param end    last index, exclusive
   * @param text   the slice {@code [start, end)} of the text
   * @param form   how the span names the entity
   */
  public Mention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad mention " + text + " [" + start + "," + end + ")");
    }
  }

  /**
   * The mention's span.
   *
   * @return the span {@code [start, end)}
   */
  public Span span() {
    return new Span(start, end);
  }

  /**
   * Shortcut for {@code entity().type()}.
   *
   * @return the type of the entity named
   */
  public EntityType type() {
    return entity.type();
  }

  /**
   * Shortcut for {@code entity().id()}.
   *
   * @return the id of the entity named
   */
  public String id() {
    return entity.id();
  }

  @Override
  public String toString() {
    return text + "|" + entity.type() + " " + entity.id() + "[" + start + "," + end + ")";
  }
}
