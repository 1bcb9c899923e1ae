package org.secnews.entity;

/**
 * How a mention names its entity, so users can filter (only full names, no demonyms, ...).
 *
 * @since 0.1
 */
public enum MentionForm {
  /** The canonical name: {@code Secret Intelligence Service}. */
  NAME,
  /** Another listed name or spelling: {@code Britain}, {@code Foreign Office}. */
  ALIAS,
  /** An acronym or abbreviation: {@code MI6}, {@code U.S.}. */
  ACRONYM,
  /** A demonym or country adjective: {@code British}, {@code Russians}. */
  DEMONYM,
  /** A capital city standing for its government: {@code Washington}. */
  CAPITAL,
  /** A later surname of a person named in full before: {@code Moore}. */
  SURNAME,
  /** A misspelling or variant a reader recognises: {@code M15}, {@code Poutine}. */
  VARIANT,
  /** A person absent from the gazetteer, introduced in the text with a role: the id is derived from the name. */
  INTRODUCED,
  /** A bare generic name resolved from context: {@code Foreign Ministry} after {@code the Netherlands}. */
  CONTEXTUAL
}
