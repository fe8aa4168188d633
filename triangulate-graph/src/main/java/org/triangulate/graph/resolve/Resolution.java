package org.triangulate.graph.resolve;

import java.util.List;
import java.util.Map;

/**
 * What resolution decided.
 *
 * @param ids the store entity id of every local entity, by row id
 * @param reasons why members were joined: one per union, in the order made
 */
public record Resolution(Map<Long, String> ids, List<MergeReason> reasons) {
  public Resolution {
    ids = Map.copyOf(ids);
    reasons = List.copyOf(reasons);
  }
}
