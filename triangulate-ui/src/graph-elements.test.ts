import { describe, expect, it } from 'vitest';
import type { Graph } from './api';
import { graphElements } from './graph-elements';

const graph: Graph = {
  nodes: [
    { id: 'haqqani', name: 'Haqqani Network', type: 'ORGANIZATION' },
    { id: 'isis', name: 'Islamic State Khorasan Province', type: 'ORGANIZATION' },
    { id: 'jebran', name: 'Haris Jebran', type: 'PERSON' },
    { id: 'alone', name: 'Kabul', type: 'LOCATION' },
  ],
  edges: [
    { id: 'haqqani~isis~COOPERATES_WITH', source: 'haqqani', target: 'isis', type: 'COOPERATES_WITH', grade: 'C2', independentOrigins: 2 },
    { id: 'jebran~nds~SPOKESPERSON_FOR', source: 'jebran', target: 'nds', type: 'SPOKESPERSON_FOR', grade: 'B1', independentOrigins: 3 },
    { id: 'jebran~haqqani~MEMBER_OF', source: 'jebran', target: 'haqqani', type: 'MEMBER_OF', grade: 'F6', independentOrigins: 1 },
  ],
};

const ids = (els: ReturnType<typeof graphElements>, group: string) => els.filter((e) => e.group === group).map((e) => e.data.id);

describe('graphElements', () => {
  it('draws every linked node and every edge whose ends exist', () => {
    const els = graphElements(graph, { grade: null, minOrigins: 1, hideIsolated: true });
    expect(ids(els, 'nodes')).toEqual(['haqqani', 'isis', 'jebran']);
    expect(ids(els, 'edges')).toEqual(['haqqani~isis~COOPERATES_WITH', 'jebran~haqqani~MEMBER_OF']);
  });
  it('keeps isolated nodes when asked', () => {
    expect(ids(graphElements(graph, { grade: null, minOrigins: 1, hideIsolated: false }), 'nodes')).toContain('alone');
  });
  it('filters edges by minimum origins and grade', () => {
    expect(ids(graphElements(graph, { grade: null, minOrigins: 2, hideIsolated: true }), 'edges')).toEqual(['haqqani~isis~COOPERATES_WITH']);
    expect(ids(graphElements(graph, { grade: 'C3', minOrigins: 1, hideIsolated: true }), 'edges')).toEqual(['haqqani~isis~COOPERATES_WITH']);
    expect(ids(graphElements(graph, { grade: 'B1', minOrigins: 1, hideIsolated: true }), 'nodes')).toEqual([]);
  });
  it('colours and labels edges by grade and sizes them by origins', () => {
    const edge = graphElements(graph, { grade: null, minOrigins: 1, hideIsolated: true }).find((e) => e.group === 'edges')!;
    expect(edge.data).toMatchObject({ label: 'cooperates with · C2', colour: '#4d9a2a', width: 3.5, origins: 2 });
  });
  it('classes nodes by type and shortens long names', () => {
    const node = graphElements(graph, { grade: null, minOrigins: 1, hideIsolated: true }).find((e) => e.data.id === 'isis')!;
    expect(node.classes).toBe('type-organization');
    expect(node.data).toMatchObject({ name: 'Islamic State Khorasan Province', label: 'Islamic State Khorasan…' });
  });
});
