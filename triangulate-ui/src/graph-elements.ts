/** Turns /api/graph into Cytoscape elements, filtered by grade and minimum independent origins. Pure. */

import type { Graph } from './api';
import { gradeColour, meetsGrade, truncate } from './format';

export interface GraphFilter {
  /** Keep edges graded at least this well ("C3"), or all when null. */
  grade: string | null;
  /** Keep edges with at least this many independent origins. */
  minOrigins: number;
  /** Drop nodes left without an edge. */
  hideIsolated: boolean;
}

export interface NodeElement {
  group: 'nodes';
  data: { id: string; label: string; name: string; type: string };
  classes: string;
}
export interface EdgeElement {
  group: 'edges';
  data: { id: string; source: string; target: string; label: string; grade: string; origins: number; colour: string; width: number };
  classes: string;
}
export type Element = NodeElement | EdgeElement;

/** The elements to draw; edges whose ends are missing from the nodes are dropped. */
export function graphElements(graph: Graph, filter: GraphFilter): Element[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: EdgeElement[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .filter((e) => e.independentOrigins >= filter.minOrigins && meetsGrade(e.grade, filter.grade))
    .map((e) => ({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target,
        label: `${e.type.toLowerCase().replace(/_/g, ' ')} · ${e.grade}`,
        grade: e.grade, origins: e.independentOrigins, colour: gradeColour(e.grade),
        width: Math.min(8, 1.5 + e.independentOrigins),
      },
      classes: 'link',
    }));
  const linked = new Set<string>();
  for (const e of edges) {
    linked.add(e.data.source);
    linked.add(e.data.target);
  }
  const nodes: NodeElement[] = graph.nodes
    .filter((n) => !filter.hideIsolated || linked.has(n.id))
    .map((n) => ({
      group: 'nodes',
      data: { id: n.id, label: truncate(n.name, 28), name: n.name, type: n.type },
      classes: `type-${n.type.toLowerCase()}`,
    }));
  return [...nodes, ...edges];
}
