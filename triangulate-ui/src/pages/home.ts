/** Home: the documents in the store and the most mentioned entities. */

import { api } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { formatDate } from '../format';
import { hrefFor } from '../routes';
import type { Route } from '../routes';
import { tag } from '../widgets';

export async function render(_route: Route, view: HTMLElement): Promise<void> {
  const [documents, entities] = await Promise.all([api.documents(), api.entities({ limit: 30 })]);
  const docRows = documents.map((d) =>
    h('tr', null,
      h('td', null, routeLink(hrefFor('document', d.id), d.title || d.file || d.id)),
      h('td', null, d.source ?? ''),
      h('td', { class: 'nowrap' }, formatDate(d.published, d.publishedInferred)),
      h('td', { class: 'num' }, String(d.entities)),
      h('td', null,
        d.copyOf ? h('span', { class: 'muted small' }, 'copy of ', routeLink(hrefFor('document', d.copyOf), 'original')) : null,
        d.resolved ? null : tag('not yet resolved', 'unresolved'))));
  const entityItems = [...entities]
    .sort((a, b) => b.mentions - a.mentions)
    .map((e) => h('li', null, routeLink(hrefFor('entity', e.id), e.name), ' ', tag(e.type),
      h('span', { class: 'muted small' }, ` ${e.documents} doc${e.documents === 1 ? '' : 's'}`)));
  replace(view,
    h('div', { class: 'grid-2-1' },
      card(`Documents (${documents.length})`,
        documents.length
          ? h('table', { class: 'table', id: 'documents' },
              h('thead', null, h('tr', null, h('th', null, 'Title'), h('th', null, 'Source'), h('th', null, 'Published'), h('th', { class: 'num' }, 'Entities'), h('th', null, ''))),
              h('tbody', null, ...docRows))
          : empty('No documents yet: drop some on the Upload page.')),
      card('Entities', entityItems.length ? h('ul', { class: 'plain' }, ...entityItems) : empty('No entities yet.'))));
}
