/** The JSON API under /api (api-contract.md): types and one function per route. */

export interface Span { start: number; end: number; }

export interface DocumentSummary {
  id: string; title: string | null; published: string | null; publishedInferred: boolean;
  language: string | null; source: string | null; file: string | null; entities: number;
  extracted: boolean; copyOf: string | null;
  /** False while a batch that saved it has not yet resolved its entities and events across documents. */
  resolved: boolean;
}

export interface Part { section: 'title' | 'body' | 'caption' | 'comment'; start: number; end: number; author: string | null; date: string | null; page: number | null; }
export interface DocMention { entity: string; name: string; type: string; start: number; end: number; }
export interface DocEvent { id: string; type: string; time: string | null; evidence: Span[]; }
export interface DocClaim {
  id: string; speaker: string | null; speakerName: string | null; speakerText: string | null;
  modality: string; predicate: string; subject: string | null; subjectName: string | null;
  object: string | null; objectName: string | null; section: string;
  evidence: (Span & { text: string })[];
}
export interface DocumentDetail {
  id: string; title: string | null; url: string | null; byline: string | null; dateline: string | null;
  source: string | null; published: string | null; publishedInferred: boolean; language: string | null;
  file: string | null; copyOf: string | null; resolved: boolean; text: string; parts: Part[]; mentions: DocMention[];
  events: DocEvent[]; claims: DocClaim[];
}

export interface EntitySummary { id: string; type: string; name: string; aliases: string[]; documents: number; mentions: number; kb: string | null; }
export interface Geo { lat: number; lon: number; country: string | null; province: string | null; }
export interface EntityClaim {
  id: string; modality: string; predicate: string; subject: string | null; subjectName: string | null;
  object: string | null; objectName: string | null; document: string; documentTitle: string | null; text: string;
}
export interface EntityDetail {
  id: string; type: string; name: string; kb: string | null; geo: Geo | null;
  aliases: { name: string; rule: string; document: string; start: number; end: number; sentence: string }[];
  descriptions: { text: string; document: string; sentence: string }[];
  affiliations: { type: string; target: string; targetName: string; grade: string | null }[];
  events: { id: string; type: string; time: string | null; role: string; place: string | null }[];
  claimsBySpeaker: { speaker: string | null; speakerName: string | null; speakerText: string | null; claims: EntityClaim[] }[];
  mentions: { document: string; start: number; end: number; text: string; sentence: string }[];
  /** How many there are beyond the page; null before the entity is resolved (older servers: absent). */
  totals?: { members: number; documents: number; mentions: number; events: number; claims: number } | null;
}

export interface TimelineEvent {
  /** This report's own event id; group is the event it was resolved into, which the event page shows. */
  id: string; group?: string; type: string; time: string | null; basis: string | null; start: string | null; end: string | null;
  place: string | null; placeGeo: { lat: number; lon: number } | null; participants: string[];
  /** The reporting document's id, or its title when the server gives that instead. */
  document: string | null; documentId?: string | null; evidence: string | null;
  province?: string | null; country?: string | null; killed?: number | null; injured?: number | null;
}

export interface EventTime { value: string | null; precision: string; basis: 'EVENT' | 'REPORTED'; text: string | null; anchor: string | null; }
export interface EventPlace {
  name: string; entity: string | null; province: string | null; country: string | null;
  lat: number | null; lon: number | null; chain: string[];
}
export interface EventReport {
  event: string; type: string; time: EventTime; place: EventPlace | null;
  participants: { role: string; text: string; entity: string | null; name: string | null }[];
  killed: number | null; injured: number | null; document: string; documentTitle: string | null; evidence: string | null;
}
export interface EventDetail {
  id: string; type: string; corrections: string[]; reports: EventReport[];
  casualties: { source: string | null; document: string; killed: number | null; injured: number | null }[];
  claimsByOrigin: { origin: string; why: string; claims: OriginClaim[] }[];
  documents: { id: string; title: string | null; source: string | null; published: string | null }[];
}

export interface Link {
  id: string; source: string; sourceName: string; target: string; targetName: string; type: string;
  claims: number | string[]; documents: number; speakers: number; independentOrigins: number;
  contradictingOrigins: number; grade: string; from: string | null; to: string | null;
  origins: string[]; explanation: string[];
}
export interface OriginClaim {
  id: string; speakerName: string | null; speakerText: string | null; modality: string; document: string;
  documentTitle: string | null; published: string | null; url: string | null; text: string;
  /** The passage's page in a paged original (a PDF), else null. */
  page: number | null;
}
export interface LinkDetail extends Link { byOrigin: { origin: string; why: string; claims: OriginClaim[] }[]; }

export interface GraphNode { id: string; name: string; type: string; }
export interface GraphEdge { id: string; source: string; target: string; type: string; grade: string; independentOrigins: number; }
export interface Graph { nodes: GraphNode[]; edges: GraphEdge[]; }

export interface Conflict {
  event: string; eventType: string; claimed: { id: string; name: string }[]; attributed: { id: string; name: string }[];
  /** Who a coded row (ACLED, GTD) names as the perpetrator: kind perpetrator-differs. */
  coded: { id: string; name: string }[];
  /** Each report's count of the dead or wounded: kind counts-differ. */
  counts: { field: string; value: number; report: string; document: string; source: string }[];
  claims: { id: string; speakerName: string | null; speakerText: string | null; modality: string; predicate: string; text: string; document: string }[];
  kind: string;
}
export interface SearchHit { id: string; type: string; name: string; matched: string; score: number; }
export interface Place { id: string; name: string; type: string; lat: number; lon: number; country: string | null; province: string | null; events: number; }
export interface IngestResult { file: string; status: 'INGESTED' | 'UNCHANGED' | 'FAILED'; id: string | null; message: string | null; }
export interface Note { id: string; target: string; author: string | null; created: string; text: string; }
export interface Citation { text: string; quote: string; speaker: string; title: string | null; url: string | null; date: string | null; grade: string | null; }

/** An error the API answered with, or a network failure, with a message fit to show. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function get<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  return read<T>(path, response);
}

async function read<T>(path: string, response: Response): Promise<T> {
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = (await response.json()) as { message?: string };
      if (body.message) message = body.message;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(response.status, `${path}: ${message}`);
  }
  return (await response.json()) as T;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? '?' + s : '';
}

const seg = encodeURIComponent;

export const api = {
  documents: () => get<DocumentSummary[]>('api/documents'),
  document: (id: string) => get<DocumentDetail>(`api/documents/${seg(id)}`),
  entities: (p: { type?: string; q?: string; limit?: number } = {}) => get<EntitySummary[]>('api/entities' + query({ ...p })),
  entity: (id: string) => get<EntityDetail>(`api/entities/${seg(id)}`),
  events: (p: { entity?: string; from?: string; to?: string; type?: string; place?: string; actor?: string } = {}) =>
    get<TimelineEvent[]>('api/events' + query({ ...p })),
  event: (id: string) => get<EventDetail>(`api/events/${seg(id)}`),
  links: (p: { entity?: string; minOrigins?: number; grade?: string } = {}) => get<Link[]>('api/links' + query({ ...p })),
  link: (id: string) => get<LinkDetail>(`api/links/${seg(id)}`),
  graph: () => get<Graph>('api/graph'),
  conflicts: () => get<Conflict[]>('api/conflicts'),
  search: (q: string, type?: string) => get<SearchHit[]>('api/search' + query({ q, type })),
  places: () => get<Place[]>('api/places'),
  notes: (target: string) => get<Note[]>('api/notes' + query({ target })),
  cite: (claimId: string) => get<Citation>(`api/cite/${seg(claimId)}`),
  async addNote(note: { target: string; text: string; author: string }): Promise<Note> {
    const response = await fetch('api/notes', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(note),
    });
    return read<Note>('api/notes', response);
  },
};
