/**
 * The export formats the server offers at GET /api/export (api-contract.md), in its order, with
 * what each is for. The file name comes from the server's Content-Disposition, not from here.
 */

export interface ExportFormat {
  /** The value of ?format=, as `triangulate export --format` spells it. */
  format: string;
  name: string;
  /** The tools that read it. */
  for: string;
  holds: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { format: 'json', name: 'Triangulate JSON', for: 'Triangulate, scripts', holds: 'everything, with every mention and evidence span (triangulate/1)' },
  { format: 'stix', name: 'STIX 2.1', for: 'OpenCTI, MISP', holds: 'a bundle: actors, identities, locations, incidents, reports, relationships graded, a note per claim and conflict' },
  { format: 'gexf', name: 'GEXF 1.3', for: 'Gephi', holds: 'entities and events as nodes, links as edges with grade and origins, spells and the grade over time for the timeline' },
  { format: 'graphml', name: 'GraphML', for: 'Gephi, yEd, Cytoscape, NetworkX', holds: 'the same network and attributes' },
  { format: 'csv', name: 'ACLED-style CSV', for: 'R, spreadsheets', holds: "one row per event with ACLED's columns and date format" },
  { format: 'ftm', name: 'FollowTheMoney', for: 'Aleph', holds: 'entities as JSON lines: people, organisations, addresses, articles, events, mentions, memberships' },
];

/** The address that downloads the whole store in {@code format}. */
export function exportHref(format: string): string {
  return `api/export?format=${encodeURIComponent(format)}`;
}
