package org.triangulate.extract.entities;

import java.util.Objects;
import org.triangulate.model.EntityType;
import org.triangulate.model.Span;

/**
 * The text says that {@code alias} is another name of whatever {@code primary} names.
 *
 * @param primary span of the main name
 * @param alias span of the other name
 * @param type the entity type the pattern implies when no tagger found the main name
 * @param rule which pattern said so
 * @param evidence the passage that says so
 */
record AliasLink(Span primary, Span alias, EntityType type, String rule, Span evidence) {
  AliasLink {
    Objects.requireNonNull(primary, "primary");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(evidence, "evidence");
  }
}
