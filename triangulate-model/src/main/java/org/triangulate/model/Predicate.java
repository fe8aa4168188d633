package org.triangulate.model;

/** What a claim says of its subject; the export's claim {@code predicate} vocabulary. */
public enum Predicate {
  // entity – entity
  MEMBER_OF,
  LEADS,
  FOUNDED,
  SPOKESPERSON_FOR,
  WORKS_FOR,
  BRANCH_OF,
  COOPERATES_WITH,
  // entity – event
  PERPETRATOR_OF,
  CLAIMED,
  ARRESTED,
  TARGETED,
  VICTIM_OF,
  DETAINED_IN,
  /** The subject is an event: the claim that it happened. */
  OCCURRED
}
