package org.secnews.gazetteer;

import org.secnews.entity.Entity;

/**
 * One alias of one entity as stored at a trie terminal, with where its words lie in the alias
 * text for the case check.
 *
 * <p>Kept small because a gazetteer of a million names holds a million of these: an entity's
 * plain name is not stored as an {@link Alias} object of its own ({@code stored} is null and
 * {@link #alias()} makes it on demand), and the word bounds of an alias of up to four words
 * within its first 127 characters are packed into one {@code long} (8 bits of start and 8 of end
 * per word); longer aliases keep an {@code int[]}.
 */
final class AliasEntry {
  private final Entity entity;
  private final Alias stored; // null: the entity's name alias
  private final long packed; // up to four (start, end) byte pairs; -1 when bounds holds them
  private final int[] bounds; // (start, end) pairs, or null when packed

  AliasEntry(Entity entity, Alias alias, int[] wordBounds) {
    this.entity = entity;
    this.stored = entity != null && Gazetteer.isNameAlias(alias, entity) ? null : alias;
    long p = 0;
    boolean fits = wordBounds != null && wordBounds.length <= 8;
    for (int k = 0; fits && k < wordBounds.length; k++) {
      fits = wordBounds[k] <= 127; // seven bits, so the packed value stays non-negative
      p |= ((long) wordBounds[k]) << (8 * k);
    }
    this.packed = fits ? p : -1;
    this.bounds = fits ? null : wordBounds;
  }

  /** The entity, or null for a stop name. */
  Entity entity() {
    return entity;
  }

  /** The alias this entry matches. */
  Alias alias() {
    return stored != null ? stored : Gazetteer.nameAlias(entity);
  }

  /** Start of word {@code k} in the alias text. */
  int start(int k) {
    return packed >= 0 ? (int) (packed >>> (16 * k)) & 0xFF : bounds[2 * k];
  }

  /** Length of word {@code k}. */
  int length(int k) {
    return packed >= 0 ? ((int) (packed >>> (16 * k + 8)) & 0xFF) - start(k) : bounds[2 * k + 1] - bounds[2 * k];
  }

  /** Character {@code p} of word {@code k}. */
  char charAt(Alias alias, int k, int p) {
    return alias.text().charAt(start(k) + p);
  }

  /** Word {@code k} as a new string (for rare paths only). */
  String word(Alias alias, int k) {
    return alias.text().substring(start(k), start(k) + length(k));
  }
}
