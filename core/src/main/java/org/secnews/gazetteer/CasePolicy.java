package org.secnews.gazetteer;

/**
 * How strictly an alias's letter case must match the text.
 *
 * @since 0.1
 */
public enum CasePolicy {
  /** Only exactly as written ({@code US}, {@code IS}). */
  EXACT,
  /** Acronyms: exactly as written, or, for four letters or more, with only the first letter upper
   *  case as some newsrooms write them ({@code Nato}, {@code Isis}). */
  ACRONYM,
  /** Names: as written, with a word's first letter raised ({@code al-Qaeda} → {@code Al-Qaeda}),
   *  or in all capitals (headlines); never lowered ({@code Turkey} does not match {@code turkey}). */
  NAME,
  /** Any letter case. */
  ANY
}
