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
  CLAIMANT
}
