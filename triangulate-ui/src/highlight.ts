/**
 * Cuts a stretch of a document's text into segments at every mark boundary, so overlapping
 * mentions, event evidence and claim evidence can each be highlighted. Offsets are UTF-16 code
 * units into the document text, as the API gives them. Pure: O(m log m + m·k) for m marks,
 * k the most marks over one point.
 */

export type MarkKind = 'mention' | 'event' | 'claim';

export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** The entity, event or claim id. */
  ref: string;
  /** A short label for a tooltip. */
  label: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** Segments covering [from, to) contiguously; marks outside are ignored, marks across the edges are clipped. */
export function segments(from: number, to: number, marks: readonly Mark[]): Segment[] {
  if (to <= from) return [];
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = inside.filter((m) => m.start <= start && m.end >= end);
    const last = result[result.length - 1];
    if (last && covering.length === 0 && last.marks.length === 0) {
      last.end = end;
    } else {
      result.push({ start, end, marks: covering });
    }
  }
  return result;
}

/** The marks of a document: mentions, event evidence and claim evidence. */
export function documentMarks(doc: {
  mentions: { entity: string; name: string; type: string; start: number; end: number }[];
  events: { id: string; type: string; evidence: { start: number; end: number }[] }[];
  claims: { id: string; modality: string; predicate: string; evidence: { start: number; end: number }[] }[];
}): Mark[] {
  const marks: Mark[] = [];
  for (const m of doc.mentions) {
    marks.push({ kind: 'mention', start: m.start, end: m.end, ref: m.entity, label: `${m.name} (${m.type.toLowerCase()})` });
  }
  for (const e of doc.events) {
    for (const s of e.evidence) marks.push({ kind: 'event', start: s.start, end: s.end, ref: e.id, label: `event: ${e.type.toLowerCase()}` });
  }
  for (const c of doc.claims) {
    for (const s of c.evidence) {
      marks.push({ kind: 'claim', start: s.start, end: s.end, ref: c.id, label: `claim: ${c.modality.toLowerCase()} ${c.predicate.toLowerCase()}` });
    }
  }
  return marks;
}
