/**
 * Hash routes: #/entity/ID, #/event/ID, #/link/ID, #/document/ID, #/graph, #/timeline, #/map, #/conflicts,
 * #/upload, #/export, #/search?q=…&type=…. Routing by hash means the server needs no fallback route.
 */

export type Page =
  | 'home'
  | 'search'
  | 'entity'
  | 'event'
  | 'link'
  | 'document'
  | 'graph'
  | 'timeline'
  | 'map'
  | 'conflicts'
  | 'upload'
  | 'export';

export interface Route {
  page: Page;
  id: string | null;
  params: URLSearchParams;
}

const PAGES_WITH_ID: ReadonlySet<string> = new Set(['entity', 'event', 'link', 'document']);
const PAGES: ReadonlySet<string> = new Set([
  'search', 'graph', 'timeline', 'map', 'conflicts', 'upload', 'export', ...PAGES_WITH_ID,
]);

/** Parses a location hash ("#/entity/ent%3A1?x=y") into a route; unknown hashes go home. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [head = '', ...rest] = path.split('/');
  if (!PAGES.has(head)) return { page: 'home', id: null, params };
  const page = head as Page;
  if (PAGES_WITH_ID.has(page)) {
    const id = rest.length ? safeDecode(rest.join('/')) : '';
    if (!id) return { page: 'home', id: null, params };
    return { page, id, params };
  }
  return { page, id: null, params };
}

/** The hash of a page about one thing. */
export function hrefFor(page: 'entity' | 'event' | 'link' | 'document', id: string): string {
  return `#/${page}/${encodeURIComponent(id)}`;
}

/** An event id as the store makes them ("evt-" and 12 hex digits). */
const EVENT_ID = /^evt-[0-9a-f]{12}$/;

/**
 * The page of an id the API gives where an entity or an event may stand (a claim's subject or
 * object, a link's end, a participant): an event id opens the event page, anything else the
 * entity page.
 */
export function refHref(id: string): string {
  return hrefFor(EVENT_ID.test(id) ? 'event' : 'entity', id);
}

/** The hash of a page with query parameters (empty values left out). */
export function hrefWith(page: Page, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  }
  const qs = search.toString();
  return `#/${page}${qs ? '?' + qs : ''}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
