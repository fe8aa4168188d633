package org.triangulate.model;

/** What kind of thing an entity is; the export's entity {@code type} vocabulary. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  FACILITY
}
