package org.triangulate.extract.entities;

/** What the gazetteer knows of a name, as finding names in a text asks it. */
public interface PlaceNames {
  /** Whether the name is a province's or a country's ("Jammu and Kashmir"). */
  boolean isDivision(String name);

  /** Whether the name is a town of some size ("Dera Ismail Khan"), which a tagger may read as a person's. */
  boolean isTown(String name);

  /**
   * Whether {@code country} names a country and the gazetteer knows a town or division called
   * {@code name} in it ("Afrin" in "Syria"), so that a text placing the one in the other names a place.
   */
  boolean liesIn(String name, String country);
}
