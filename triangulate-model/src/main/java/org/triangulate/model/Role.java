package org.triangulate.model;

/** What a participant does in an event. */
public enum Role {
  /** Who arrests, or acts for a state. */
  AGENT,
  PERPETRATOR,
  TARGET,
  VICTIM,
  DETAINEE,
  /** Who claimed responsibility. */
  CLAIMANT;

  /** The predicate of a claim that a participant in this role took part: PERPETRATOR_OF, … */
  public Predicate predicate() {
    return switch (this) {
      case PERPETRATOR -> Predicate.PERPETRATOR_OF;
      case AGENT -> Predicate.ARRESTED;
      case CLAIMANT -> Predicate.CLAIMED;
      case TARGET -> Predicate.TARGETED;
      case VICTIM -> Predicate.VICTIM_OF;
      case DETAINEE -> Predicate.DETAINED_IN;
    };
  }
}
