package org.triangulate.graph.resolve;

import java.util.Objects;

/**
 * Why two local entities were put in one store entity: one union of resolution.
 *
 * @param a the row id of one local entity
 * @param b the row id of the other
 * @param rule which rule: KB, GAZETTEER, NAME, ALIAS, CONTEXT, INITIALS, ANALYST_MERGE,
 *     ANALYST_SPLIT
 * @param reason in words, with the names and the evidence shared
 */
public record MergeReason(long a, long b, String rule, String reason) {
  public MergeReason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
