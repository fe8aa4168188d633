/** Conflicts: events whose claimed responsibility differs from the responsibility others attribute, side by side. */

import { api, type Conflict } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { humanize, speakerLabel } from '../format';
import { hrefFor, type Route } from '../routes';
import { citeButton, tag } from '../widgets';

export async function render(_route: Route, view: HTMLElement): Promise<void> {
  const conflicts = await api.conflicts();
  replace(view, card(`Conflicts (${conflicts.length})`,
    h('p', { class: 'muted small' }, 'Who claimed an event, beside who others say did it, with the claims on each side.'),
    conflicts.length ? h('div', { id: 'conflicts' }, ...conflicts.map(conflictCard)) : empty('No conflicts.')));
}

function parties(list: { id: string; name: string }[]): HTMLElement {
  if (!list.length) return h('p', { class: 'muted' }, 'nobody');
  return h('ul', { class: 'plain parties' }, ...list.map((p) => h('li', null, routeLink(hrefFor('entity', p.id), p.name))));
}

function conflictCard(c: Conflict): HTMLElement {
  const side = (predicates: string[]) => c.claims.filter((cl) => predicates.includes(cl.predicate));
  const claimed = side(['CLAIMED']);
  const attributed = c.claims.filter((cl) => !claimed.includes(cl));
  const claimList = (claims: Conflict['claims']) => h('ul', { class: 'claims' }, ...claims.map((cl) =>
    h('li', { class: 'claim', 'data-claim': cl.id },
      h('div', { class: 'claim-head' }, tag(cl.modality, `modality modality-${cl.modality.toLowerCase()}`), ' ', h('strong', null, speakerLabel(cl))),
      h('blockquote', null, cl.text),
      h('div', { class: 'claim-foot' }, routeLink(hrefFor('document', cl.document), 'document'), citeButton(cl.id)))));
  return h('article', { class: 'conflict' },
    h('h3', null, tag(c.eventType, 'event'), ' ', humanize(c.kind), h('span', { class: 'muted small' }, ` · ${c.event}`)),
    h('div', { class: 'side-by-side' },
      h('div', { class: 'side claimed' }, h('h4', null, 'Claimed by'), parties(c.claimed), claimList(claimed)),
      h('div', { class: 'side attributed' }, h('h4', null, 'Attributed to'), parties(c.attributed), claimList(attributed))));
}
