package org.triangulate.model;

/**
 * What kind of event: the export's vocabulary, aligned with ACLED sub-event types and GTD attack
 * types (export-format.md has the mapping). Responsibility is not an event: it is a claim.
 */
public enum EventType {
  ARREST,
  /** Rockets, missiles, mortars, shelling, air and drone strikes. */
  MISSILE_ATTACK,
  /** IEDs, magnetic bombs, landmines, suicide bombs, grenades. */
  BOMBING,
  ASSASSINATION,
  KILLING,
  KIDNAPPING,
  /** Armed clashes, raids, shootings. */
  ARMED_ASSAULT,
  /** An attack of unspecified kind. */
  ATTACK,
  /** Planned or foiled, not carried out. */
  PLOT
}
