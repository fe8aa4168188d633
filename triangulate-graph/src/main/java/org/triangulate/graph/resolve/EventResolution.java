package org.triangulate.graph.resolve;

import java.util.List;
import java.util.Map;

/**
 * What event coreference decided.
 *
 * @param groups the event group of every event, by row id: the export id of the group's earliest
 *     member (by document ordinal, then key); an event alone is its own group
 * @param reasons why events were joined: one per union, in the order made
 */
public record EventResolution(Map<Long, String> groups, List<MergeReason> reasons) {
  public EventResolution {
    groups = Map.copyOf(groups);
    reasons = List.copyOf(reasons);
  }
}
