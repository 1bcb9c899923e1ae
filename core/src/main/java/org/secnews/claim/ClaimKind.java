package org.secnews.claim;

/**
 * Whether a claim is quoted or reported (SPEC "Claims").
 *
 * @since 0.1
 */
public enum ClaimKind {
  /** Words inside quotation marks, attributed to a speaker. */
  DIRECT,
  /** Reported speech through a cue: {@code said that ...}, {@code according to ...}. */
  INDIRECT
}
