import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from './api';
import { isoDay, reportId, timelineItems, timelineWindow } from './timeline-items';

const event = (over: Partial<TimelineEvent>): TimelineEvent => ({
  id: 'v1', type: 'BOMBING', time: null, basis: null, start: null, end: null, place: null, placeGeo: null,
  participants: [], document: 'doc-00000000000e2e01', evidence: null, ...over,
});

describe('timelineItems', () => {
  it('completes partial dates to a day', () => {
    expect(isoDay('2021')).toBe('2021-01-01');
    expect(isoDay('2021-02')).toBe('2021-02-01');
    expect(isoDay('2021-02-22T00:00:00Z')).toBe('2021-02-22');
    expect(isoDay('last week')).toBeNull();
  });
  it('makes points, ranges, and a list of undated events', () => {
    const { items, undated } = timelineItems([
      event({ id: 'a', start: '2021-02-22', end: '2021-02-22', place: 'Kabul' }),
      event({ id: 'b', type: 'ARREST', time: '2020-08', start: '2020-08-01', end: '2020-08-31', basis: 'REPORT' }),
      event({ id: 'c' }),
    ]);
    expect(items.map((i) => [i.id, i.type, i.start, i.end])).toEqual([['a', 'point', '2021-02-22', undefined], ['b', 'range', '2020-08-01', '2020-08-31']]);
    expect(items[0]!.label).toBe('bombing · Kabul');
    expect(items[1]!.title).toBe('arrest: 2020-08 (report)');
    expect(undated.map((e) => e.id)).toEqual(['c']);
  });
});

describe('reportId', () => {
  it('takes a document id, and not a title given in its place', () => {
    expect(reportId(event({}))).toBe('doc-00000000000e2e01');
    expect(reportId(event({ document: 'UN monitors report Haqqani contacts' }))).toBeNull();
    expect(reportId(event({ document: 'A title', documentId: 'doc-0123456789abcdef' }))).toBe('doc-0123456789abcdef');
  });
});

describe('timelineWindow', () => {
  it('shows at least two weeks either side of a single day', () => {
    const { items } = timelineItems([event({ start: '2021-02-20' })]);
    expect(timelineWindow(items)).toEqual({ start: '2021-02-06', end: '2021-03-06' });
  });
  it('pads a long span by a tenth', () => {
    const { items } = timelineItems([event({ id: 'a', start: '2020-01-01' }), event({ id: 'b', start: '2020-12-31', end: '2021-01-10' })]);
    const w = timelineWindow(items)!;
    expect(w.start < '2020-01-01' && w.start > '2019-11-01').toBe(true);
    expect(w.end > '2021-01-10' && w.end < '2021-03-01').toBe(true);
  });
  it('has nothing to show without items', () => {
    expect(timelineWindow([])).toBeNull();
  });
});
