package org.triangulate.model;

/** How a claim is put. */
public enum Modality {
  /** Said as fact. */
  ASSERTED,
  /** Alleged, accused, blamed. */
  ACCUSED,
  /** Confessed by the one it incriminates. */
  CONFESSED,
  /** Responsibility claimed. */
  CLAIMED,
  /** Denied. */
  DENIED,
  /** Suggested, possible, apparent. */
  HEDGED
}
