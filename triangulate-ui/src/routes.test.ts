import { describe, expect, it } from 'vitest';
import { hrefFor, hrefWith, parseRoute, refHref } from './routes';

describe('routes', () => {
  it('reads a page and its decoded id', () => {
    const r = parseRoute('#/link/' + encodeURIComponent('ent:1~ent:2~MEMBER_OF'));
    expect(r.page).toBe('link');
    expect(r.id).toBe('ent:1~ent:2~MEMBER_OF');
  });
  it('round-trips ids through hrefFor', () => {
    const id = 'doc/ab 12?#';
    expect(parseRoute(hrefFor('document', id))).toMatchObject({ page: 'document', id });
  });
  it('reads query parameters', () => {
    const r = parseRoute(hrefWith('search', { q: 'Haqqani', type: 'ORGANIZATION', empty: '' }));
    expect(r.page).toBe('search');
    expect(r.params.get('q')).toBe('Haqqani');
    expect(r.params.get('type')).toBe('ORGANIZATION');
    expect(r.params.has('empty')).toBe(false);
  });
  it('goes home for unknown pages and pages missing their id', () => {
    expect(parseRoute('').page).toBe('home');
    expect(parseRoute('#/nowhere').page).toBe('home');
    expect(parseRoute('#/entity/').page).toBe('home');
    expect(parseRoute('#/timeline?entity=x').page).toBe('timeline');
    expect(parseRoute('#/export').page).toBe('export');
  });
  it('reads an event page and its id', () => {
    expect(parseRoute('#/event/evt-0123456789ab')).toMatchObject({ page: 'event', id: 'evt-0123456789ab' });
    expect(parseRoute(hrefFor('event', 'evt-0123456789ab'))).toMatchObject({ page: 'event', id: 'evt-0123456789ab' });
  });
  it('goes home for an event page missing its id', () => {
    expect(parseRoute('#/event/').page).toBe('home');
    expect(parseRoute('#/event').page).toBe('home');
  });
  it('sends event ids to the event page and every other id to the entity page', () => {
    expect(refHref('evt-0123456789ab')).toBe('#/event/evt-0123456789ab');
    expect(refHref('ent-0123456789ab')).toBe('#/entity/ent-0123456789ab');
    // only the store's own event ids: a name that starts so is an entity's
    expect(refHref('evt-party')).toBe('#/entity/evt-party');
  });
});
