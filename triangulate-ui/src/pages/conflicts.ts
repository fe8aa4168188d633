/**
 * Conflicts side by side: who claimed an event beside who others say did it; what a coded row
 * (ACLED, GTD) names beside what the news names; and the tolls that sources count differently.
 */

import { api, type Conflict } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { humanize, speakerLabel } from '../format';
import { hrefFor, type Route } from '../routes';
import { citeButton, tag } from '../widgets';

export async function render(_route: Route, view: HTMLElement): Promise<void> {
  const conflicts = await api.conflicts();
  replace(view, card(`Conflicts (${conflicts.length})`,
    h('p', { class: 'muted small' }, 'Who claimed an event, beside who others say did it; a coded row beside the news; tolls counted differently; with the claims on each side.'),
    conflicts.length ? h('div', { id: 'conflicts' }, ...conflicts.map(conflictCard)) : empty('No conflicts.')));
}

function parties(list: { id: string; name: string }[]): HTMLElement {
  if (!list.length) return h('p', { class: 'muted' }, 'nobody');
  return h('ul', { class: 'plain parties' }, ...list.map((p) => h('li', null, routeLink(hrefFor('entity', p.id), p.name))));
}

type ClaimLines = Conflict['claims'];

function claimList(claims: ClaimLines): HTMLElement {
  return h('ul', { class: 'claims' }, ...claims.map((cl) =>
    h('li', { class: 'claim', 'data-claim': cl.id },
      h('div', { class: 'claim-head' }, tag(cl.modality, `modality modality-${cl.modality.toLowerCase()}`), ' ', h('strong', null, speakerLabel(cl))),
      h('blockquote', null, cl.text),
      h('div', { class: 'claim-foot' }, routeLink(hrefFor('document', cl.document), 'document'), citeButton(cl.id)))));
}

/** The counts that differ, one row a report: who counts, how many, in which document. */
function countTable(c: Conflict): HTMLElement {
  return h('table', { class: 'counts' },
    h('thead', null, h('tr', null, h('th', null, 'source'), h('th', null, c.counts[0]?.field ?? 'count'), h('th', null, 'document'))),
    h('tbody', null, ...c.counts.map((n) => h('tr', { 'data-report': n.report },
      h('td', null, n.source), h('td', { class: 'count' }, String(n.value)),
      h('td', null, routeLink(hrefFor('document', n.document), n.document))))));
}

function sides(c: Conflict): HTMLElement {
  if (c.kind === 'counts-differ') {
    return h('div', { class: 'counts-differ' }, countTable(c), claimList(c.claims));
  }
  if (c.kind === 'perpetrator-differs') {
    return h('div', null,
      h('div', { class: 'side-by-side' },
        h('div', { class: 'side coded' }, h('h4', null, 'Coded as'), parties(c.coded)),
        h('div', { class: 'side attributed' }, h('h4', null, 'Reported as'), parties(c.attributed))),
      claimList(c.claims));
  }
  const claimed = c.claims.filter((cl) => cl.predicate === 'CLAIMED');
  const attributed = c.claims.filter((cl) => !claimed.includes(cl));
  return h('div', { class: 'side-by-side' },
    h('div', { class: 'side claimed' }, h('h4', null, 'Claimed by'), parties(c.claimed), claimList(claimed)),
    h('div', { class: 'side attributed' }, h('h4', null, 'Attributed to'), parties(c.attributed), claimList(attributed)));
}

function conflictCard(c: Conflict): HTMLElement {
  return h('article', { class: 'conflict', 'data-kind': c.kind },
    h('h3', null, tag(c.eventType, 'event'), ' ', humanize(c.kind), h('span', { class: 'muted small' }, ' · ', routeLink(hrefFor('event', c.event), c.event, 'event-link'))),
    sides(c));
}
