package org.triangulate.extract.nlp;

import java.util.Objects;

/**
 * One edge of a sentence's dependency graph (Universal Dependencies, enhanced++).
 *
 * @param governor index of the head token in the whole text ({@link Token#index()}), or -1 for
 *     the root
 * @param dependent index of the dependent token
 * @param relation the relation, with its case marker where enhanced ({@code nsubj}, {@code obj},
 *     {@code obl:on}, {@code nmod:of})
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }

  /** The relation without its case marker: {@code obl:on} → {@code obl}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }
}
