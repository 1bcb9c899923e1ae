package org.secnews.entity;

/**
 * The four kinds of entity the library recognises (SPEC "Entities").
 *
 * @since 0.1
 */
public enum EntityType {
  /** A sovereign state, current or former: Russia, the UK, the Soviet Union. */
  COUNTRY,
  /** A state body of intelligence, security, law enforcement, defence or foreign affairs, an
   *  intergovernmental security body, or a seat of government used as an institution. */
  AGENCY,
  /** A named person who holds or held a state, military or intelligence post. */
  OFFICIAL,
  /** A non-state armed, terrorist, mercenary, criminal or cyber-threat group. */
  GROUP
}
