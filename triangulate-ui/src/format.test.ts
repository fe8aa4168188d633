import { describe, expect, it } from 'vitest';
import { describeGrade, eventTimeText, formatCitation, formatDate, gradeClass, gradeColour, humanize, meetsGrade, parseGrade, placeText, safeUrl, speakerLabel, truncate } from './format';

describe('grades', () => {
  it('parses an Admiralty code and forgives case and spaces', () => {
    expect(parseGrade('C2')).toEqual({ reliability: 'C', credibility: 2 });
    expect(parseGrade(' b1 ')).toEqual({ reliability: 'B', credibility: 1 });
    expect(parseGrade('Z9')).toBeNull();
    expect(parseGrade(null)).toBeNull();
  });
  it('colours badges by credibility, grey when it cannot be judged', () => {
    expect(gradeClass('A1')).toBe('grade grade-1');
    expect(gradeClass('F6')).toBe('grade grade-6');
    expect(gradeClass('')).toBe('grade grade-none');
    expect(gradeColour('B1')).toBe('#1a7f37');
    expect(gradeColour('C5')).toBe('#c62828');
    expect(gradeColour(undefined)).toBe(gradeColour('F6'));
  });
  it('spells a grade out', () => {
    expect(describeGrade('C2')).toBe('C2: fairly reliable source, probably true');
    expect(describeGrade('x')).toBe('ungraded');
  });
  it('compares against a threshold on both scales', () => {
    expect(meetsGrade('C3', 'D4')).toBe(true);
    expect(meetsGrade('C3', 'B2')).toBe(false);
    expect(meetsGrade('A5', 'F3')).toBe(false);
    expect(meetsGrade(null, 'F6')).toBe(false);
    expect(meetsGrade(null, null)).toBe(true);
  });
});

describe('citations', () => {
  it('uses the text the server formatted', () => {
    expect(formatCitation({ text: ' “Q” — S, in T (U), 2021-02-22. Link grade C2. ' })).toBe('“Q” — S, in T (U), 2021-02-22. Link grade C2.');
  });
  it('builds one from its parts when the server gives none', () => {
    expect(formatCitation({
      quote: 'The Haqqani Network plans, ISIS executes and claims',
      speaker: 'Haris Jebran', title: 'Evidence suggests Haqqani Network, ISIS co-ordinating terror attacks',
      url: 'https://example.org/a', date: '2021-02-22', grade: 'C2',
    })).toBe('“The Haqqani Network plans, ISIS executes and claims” — Haris Jebran, in Evidence suggests Haqqani Network, ISIS co-ordinating terror attacks (https://example.org/a), 2021-02-22. Link grade C2.');
  });
  it('falls back to the document as speaker and leaves out what is missing', () => {
    expect(formatCitation({ quote: 'q' })).toBe('“q” — the document.');
  });
});

describe('text', () => {
  it('turns vocabulary codes into words', () => {
    expect(humanize('MEMBER_OF')).toBe('member of');
    expect(humanize('claimed-vs-attributed')).toBe('claimed vs attributed');
    expect(humanize(null)).toBe('');
  });
  it('names the speaker and the words the document used when they differ', () => {
    expect(speakerLabel({ speakerName: 'Haris Jebran', speakerText: 'NDS spokesman' })).toBe('Haris Jebran (“NDS spokesman”)');
    expect(speakerLabel({ speakerName: 'NDS', speakerText: 'nds' })).toBe('NDS');
    expect(speakerLabel({})).toBe('the document');
  });
  it('marks inferred dates and cuts timestamps to the day', () => {
    expect(formatDate('2021-02-22T10:00:00Z')).toBe('2021-02-22');
    expect(formatDate('2021-02-22', true)).toBe('2021-02-22 (inferred)');
    expect(formatDate(null)).toBe('undated');
  });
  it('truncates at a word boundary', () => {
    expect(truncate('Islamic State Khorasan Province', 20)).toBe('Islamic State…');
    expect(truncate('short', 20)).toBe('short');
  });
});

describe('safeUrl', () => {
  it('keeps http and https links', () => {
    expect(safeUrl('https://salaamtimes.com/en/articles/1')).toBe('https://salaamtimes.com/en/articles/1');
  });
  it('refuses javascript:, data: and junk', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<script>x</script>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe('events', () => {
  it('says a time with its precision, expression and reference date', () => {
    expect(eventTimeText({ value: '2021-02-14', precision: 'day', basis: 'EVENT', text: 'on 14 February', anchor: '2021-03-02' }))
      .toBe('2021-02-14 (day) from “on 14 February”, read against 2021-03-02');
  });
  it('says a time known only from the report as the date of the report', () => {
    expect(eventTimeText({ value: '../2021-03-01', precision: 'range', basis: 'REPORTED', text: null, anchor: null }))
      .toBe('by 2021-03-01 (the date of the report)');
  });
  it('says an unknown time as unknown, with the words not resolved', () => {
    expect(eventTimeText({ value: null, precision: 'unknown', basis: 'EVENT', text: 'last spring', anchor: null }))
      .toBe('unknown (“last spring” not resolved)');
  });
  it('gives a place with what contains it, or its name alone', () => {
    expect(placeText({ name: 'Andar district', chain: ['Andar district', 'Ghazni', 'AF'] })).toBe('Andar district, Ghazni, AF');
    expect(placeText({ name: 'Talashi Chowk', chain: [] })).toBe('Talashi Chowk');
  });
});
