package org.secnews.claim;

import java.util.Objects;
import java.util.Optional;
import org.secnews.entity.Entity;

/**
 * Who makes a claim: the span as written ({@code he}, {@code the agency}, {@code Richard Moore})
 * and, where it could be resolved, the entity it stands for.
 *
 * @param start  first index of the span as written, inclusive
 * @param end    last index, exclusive
 * @param text   the slice of the document
 * @param entity the resolved entity; empty when the source is no entity ({@code Other sources})
 * @since 0.1
 */
public record Speaker(int start, int end, String text, Optional<Entity> entity) {
  /**
   * Checks the span.
   *
   * @param start  first index of the span as written, inclusive
   * @param end    last index, exclusive
   * @param text   the slice of the document
   * @param entity the resolved entity; empty when the source is no entity ({@code Other sources})
   */
  public Speaker {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
    if (start < 0 || end <= start || text.length() != end - start) {
      throw new IllegalArgumentException("bad speaker " + text + " [" + start + "," + end + ")");
    }
  }

  /**
   * Whether the speaker was resolved to an entity.
   *
   * @return {@code true} if {@link #entity()} is present
   */
  public boolean isResolved() {
    return entity.isPresent();
  }
}
