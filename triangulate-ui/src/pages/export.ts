/** Export: the whole store as a file in each format the command line's `export` writes. */

import { card, h, replace } from '../dom';
import { EXPORT_FORMATS, exportHref } from '../exports';
import type { Route } from '../routes';

export function render(_route: Route, view: HTMLElement): void {
  const rows = EXPORT_FORMATS.map((f) => {
    const link = h('a', { href: exportHref(f.format), class: 'export-download', 'data-format': f.format }, 'Download');
    // the server names the file (Content-Disposition); the attribute only asks to save it
    link.setAttribute('download', '');
    return h('tr', null,
      h('td', null, h('strong', null, f.name), h('div', { class: 'muted small' }, f.format)),
      h('td', null, f.for),
      h('td', null, f.holds),
      h('td', null, link));
  });
  replace(view,
    card('Export the store',
      h('p', { class: 'muted' }, 'Each file holds the whole store, as ', h('code', null, 'triangulate export --format FORMAT'), ' writes it.'),
      h('table', { class: 'table', id: 'exports' },
        h('thead', null, h('tr', null, h('th', null, 'Format'), h('th', null, 'For'), h('th', null, 'What it holds'), h('th', null, ''))),
        h('tbody', null, ...rows))));
}
