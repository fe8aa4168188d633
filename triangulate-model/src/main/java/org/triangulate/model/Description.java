package org.triangulate.model;

import java.util.Objects;

/** A role or description of an entity from the text ("NDS spokesman"), with its evidence. */
public record Description(String text, Evidence evidence) {
  public Description {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
  }
}
