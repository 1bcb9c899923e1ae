package org.secnews.entity;

/**
 * Grammatical gender of an official where public, for pronoun resolution.
 *
 * @since 0.1
 */
public enum Gender {
  /** Referred to as "he". */
  MALE,
  /** Referred to as "she". */
  FEMALE,
  /** Not known, or not a person. */
  UNKNOWN
}
