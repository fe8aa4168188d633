/** Pure formatting: grades, labels, dates, citations and safe URLs. No DOM here. */

import type { Citation } from './api';

/** An Admiralty grade split into source reliability (A–F) and information credibility (1–6). */
export interface Grade { reliability: string; credibility: number; }

/** Parses "C2"; anything else (null, "", "Z9", "c2 ") is null, except that case and spaces are forgiven. */
export function parseGrade(code: string | null | undefined): Grade | null {
  const m = /^([A-F])([1-6])$/.exec((code ?? '').trim().toUpperCase());
  return m ? { reliability: m[1]!, credibility: Number(m[2]) } : null;
}

const RELIABILITY: Record<string, string> = {
  A: 'completely reliable', B: 'usually reliable', C: 'fairly reliable',
  D: 'not usually reliable', E: 'unreliable', F: 'reliability cannot be judged',
};
const CREDIBILITY = [
  '', 'confirmed by other sources', 'probably true', 'possibly true',
  'doubtful', 'improbable', 'truth cannot be judged',
];

/** "C2" → "C2: fairly reliable source, probably true". */
export function describeGrade(code: string | null | undefined): string {
  const g = parseGrade(code);
  if (!g) return 'ungraded';
  return `${g.reliability}${g.credibility}: ${RELIABILITY[g.reliability]} source, ${CREDIBILITY[g.credibility]}`;
}

/** Badge class by credibility, the number that says how well corroborated a link is. */
export function gradeClass(code: string | null | undefined): string {
  const g = parseGrade(code);
  return g ? `grade grade-${g.credibility}` : 'grade grade-none';
}

/** Colours by credibility 1–6: green (confirmed) through amber to red, grey when it cannot be judged. */
export const GRADE_COLOURS: readonly string[] = ['#8a94a6', '#1a7f37', '#4d9a2a', '#b08800', '#d4680f', '#c62828', '#8a94a6'];

/** The colour of a grade (index 0 is "ungraded"). */
export function gradeColour(code: string | null | undefined): string {
  const g = parseGrade(code);
  return GRADE_COLOURS[g ? g.credibility : 0]!;
}

/** Whether a grade is at least as good as a threshold ("C3" meets "D4", not "B2"); no threshold: always. */
export function meetsGrade(code: string | null | undefined, atLeast: string | null | undefined): boolean {
  const min = parseGrade(atLeast);
  if (!min) return true;
  const g = parseGrade(code);
  return g !== null && g.reliability <= min.reliability && g.credibility <= min.credibility;
}

/** "MEMBER_OF" → "member of"; "claimed-vs-attributed" → "claimed vs attributed". */
export function humanize(code: string | null | undefined): string {
  return (code ?? '').toLowerCase().replace(/[_-]/g, ' ').trim();
}

/** Who said it: the resolved speaker's name, the words the document used, or the document itself. */
export function speakerLabel(c: { speakerName?: string | null; speakerText?: string | null }): string {
  const name = c.speakerName?.trim();
  const text = c.speakerText?.trim();
  if (name && text && name.toLowerCase() !== text.toLowerCase()) return `${name} (“${text}”)`;
  return name || text || 'the document';
}

/** A date as given ("2021-02-22"), or "undated"; an inferred date says so. */
export function formatDate(date: string | null | undefined, inferred = false): string {
  if (!date) return 'undated';
  const day = date.length > 10 && date[10] === 'T' ? date.slice(0, 10) : date;
  return inferred ? `${day} (inferred)` : day;
}

/** Only http(s) URLs become links: a javascript: or data: URL in a document stays text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The citation to copy: the server's text when it gives one, else built from its parts as
 * “quote” — speaker, in Title (URL), date. Link grade C2.
 */
export function formatCitation(c: Partial<Citation>): string {
  if (c.text && c.text.trim()) return c.text.trim();
  const parts: string[] = [];
  parts.push(`“${(c.quote ?? '').trim()}” — ${c.speaker?.trim() || 'the document'}`);
  if (c.title) parts.push(`, in ${c.title}${c.url ? ` (${c.url})` : ''}`);
  else if (c.url) parts.push(`, ${c.url}`);
  if (c.date) parts.push(`, ${formatDate(c.date)}`);
  let text = parts.join('') + '.';
  if (c.grade) text += ` Link grade ${c.grade}.`;
  return text;
}

/** Shortens long text for a label, at a word boundary where it can. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** The entity types the search filters offer. */
export const ENTITY_TYPES: readonly string[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'FACILITY'];

/**
 * An event's time as the event page says it: "2021-02-14 (day) from “on 14 February”, read
 * against 2021-03-02"; "by 2021-03-01 (the date of the report)" for a REPORTED range; "unknown".
 */
export function eventTimeText(t: { value: string | null; precision: string; basis: string; text: string | null; anchor: string | null }): string {
  if (!t.value) return 'unknown' + (t.text ? ` (“${t.text}” not resolved)` : '');
  const value = t.value.startsWith('../') ? `by ${t.value.slice(3)}` : t.value;
  const basis = t.basis === 'REPORTED' ? 'the date of the report' : t.precision;
  return `${value} (${basis})` + (t.text ? ` from “${t.text}”` : '') + (t.anchor ? `, read against ${t.anchor}` : '');
}

/** A place with what contains it, most specific first: "Andar district, Ghazni, AF". */
export function placeText(p: { name: string; chain?: string[] | null }): string {
  return p.chain && p.chain.length ? p.chain.join(', ') : p.name;
}
