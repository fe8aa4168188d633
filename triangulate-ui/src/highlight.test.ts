import { describe, expect, it } from 'vitest';
import { documentMarks, segments, type Mark } from './highlight';

const mark = (kind: Mark['kind'], start: number, end: number, ref = kind): Mark => ({ kind, start, end, ref, label: ref });

describe('segments', () => {
  it('covers the stretch contiguously when nothing is marked', () => {
    expect(segments(0, 10, [])).toEqual([{ start: 0, end: 10, marks: [] }]);
  });
  it('cuts at every boundary of overlapping marks', () => {
    const m = mark('mention', 4, 8);
    const c = mark('claim', 0, 12);
    const result = segments(0, 14, [m, c]);
    expect(result.map((s) => [s.start, s.end, s.marks.map((x) => x.kind)])).toEqual([
      [0, 4, ['claim']], [4, 8, ['mention', 'claim']], [8, 12, ['claim']], [12, 14, []],
    ]);
  });
  it('clips marks to the stretch and ignores those outside or empty', () => {
    const result = segments(10, 20, [mark('event', 5, 12), mark('mention', 30, 35), mark('claim', 15, 15)]);
    expect(result.map((s) => [s.start, s.end, s.marks.length])).toEqual([[10, 12, 1], [12, 20, 0]]);
  });
  it('returns nothing for an empty stretch', () => {
    expect(segments(5, 5, [mark('event', 0, 10)])).toEqual([]);
  });
});

describe('documentMarks', () => {
  it('makes one mark per mention and per evidence span', () => {
    const marks = documentMarks({
      mentions: [{ entity: 'e1', name: 'Haqqani Network', type: 'ORGANIZATION', start: 0, end: 15 }],
      events: [{ id: 'v1', type: 'BOMBING', evidence: [{ start: 20, end: 26 }] }],
      claims: [{ id: 'c1', modality: 'ASSERTED', predicate: 'COOPERATES_WITH', evidence: [{ start: 0, end: 40 }, { start: 50, end: 60 }] }],
    });
    expect(marks.map((m) => `${m.kind}:${m.ref}:${m.start}-${m.end}`)).toEqual(['mention:e1:0-15', 'event:v1:20-26', 'claim:c1:0-40', 'claim:c1:50-60']);
    expect(marks[0]!.label).toBe('Haqqani Network (organization)');
  });
});
