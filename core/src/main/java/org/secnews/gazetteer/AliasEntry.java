package org.secnews.gazetteer;

import org.secnews.entity.Entity;

/** One alias of one entity as stored at a trie terminal, with its tokens for the case check. */
record AliasEntry(Entity entity, Alias alias, String[] tokens) {}
