import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportHref } from './exports';

describe('exports', () => {
  it('offers the formats of the command line, in its order', () => {
    expect(EXPORT_FORMATS.map((f) => f.format)).toEqual(['json', 'stix', 'gexf', 'graphml', 'csv', 'ftm']);
  });
  it('downloads from the export route, relative to the page', () => {
    expect(exportHref('stix')).toBe('api/export?format=stix');
  });
});
