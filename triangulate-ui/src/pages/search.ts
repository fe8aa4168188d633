/** Search results: fuzzy matches on names and aliases (pg_trgm on the server), with type filters. */

import { api } from '../api';
import { card, empty, h, replace } from '../dom';
import { ENTITY_TYPES } from '../format';
import { hrefFor, hrefWith, type Route } from '../routes';
import { tag } from '../widgets';

export async function render(route: Route, view: HTMLElement): Promise<void> {
  const q = route.params.get('q') ?? '';
  const type = route.params.get('type') ?? '';
  const filters = h('div', { class: 'chips' },
    ...['', ...ENTITY_TYPES].map((t) =>
      h('a', { href: hrefWith('search', { q, type: t }), class: t === type ? 'chip active' : 'chip' }, t ? t.toLowerCase() : 'all')));
  if (!q) {
    replace(view, card('Search', filters, empty('Type a name or alias in the search box above.')));
    return;
  }
  const hits = await api.search(q, type || undefined);
  const rows = hits.map((hit) =>
    h('li', { class: 'hit' },
      h('a', { href: hrefFor('entity', hit.id), class: 'hit-name' }, hit.name), ' ', tag(hit.type),
      hit.matched && hit.matched !== hit.name ? h('span', { class: 'muted' }, ` matched alias “${hit.matched}”`) : null,
      h('span', { class: 'score', title: 'similarity' }, hit.score.toFixed(2))));
  replace(view, card(`Results for “${q}”`, filters,
    rows.length ? h('ul', { class: 'hits', id: 'search-results' }, ...rows) : empty(`Nothing matches “${q}”.`)));
}
