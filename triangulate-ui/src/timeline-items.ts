/** Turns /api/events into timeline items: dated events become points or ranges; the rest are listed apart. Pure. */

import type { TimelineEvent } from './api';
import { humanize } from './format';

export interface TimelineItem {
  id: string;
  group: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  label: string;
  title: string;
  /** The reporting document's id, when known: the page links to it. */
  document: string | null;
  event: TimelineEvent;
}

/** A document id as the store makes them ("doc-" and 16 hex digits). */
const DOCUMENT_ID = /^doc-[0-9a-f]{16}$/;

/** The id of the document that reports an event, if the API gave one. */
export function reportId(e: TimelineEvent): string | null {
  if (e.documentId) return e.documentId;
  return e.document && DOCUMENT_ID.test(e.document) ? e.document : null;
}

/** A date the timeline can place: "2021", "2021-02" and "2021-02-22…" become "YYYY-MM-DD"; anything else null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

export function timelineItems(events: readonly TimelineEvent[]): { items: TimelineItem[]; undated: TimelineEvent[] } {
  const items: TimelineItem[] = [];
  const undated: TimelineEvent[] = [];
  for (const e of events) {
    const start = isoDay(e.start) ?? isoDay(e.time);
    if (!start) {
      undated.push(e);
      continue;
    }
    const end = isoDay(e.end);
    const label = humanize(e.type) + (e.place ? ` · ${e.place}` : '');
    const basis = e.basis ? ` (${humanize(e.basis)})` : '';
    const item: TimelineItem = {
      id: e.id, group: e.type, start, type: 'point', label,
      title: `${label}: ${e.time ?? start}${basis}`, document: reportId(e), event: e,
    };
    if (end && end > start) {
      item.end = end;
      item.type = 'range';
    }
    items.push(item);
  }
  return { items, undated };
}

const DAY = 24 * 3600 * 1000;

/** The span to show first: every item, with a margin of a tenth of the span and at least two weeks a side. */
export function timelineWindow(items: readonly TimelineItem[]): { start: string; end: string } | null {
  if (!items.length) return null;
  const times = items.flatMap((i) => [Date.parse(i.start), Date.parse(i.end ?? i.start)]);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max(14 * DAY, (max - min) / 10);
  return { start: new Date(min - pad).toISOString().slice(0, 10), end: new Date(max + pad).toISOString().slice(0, 10) };
}
