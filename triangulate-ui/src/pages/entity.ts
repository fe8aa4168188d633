/** An entity: names, aliases with the sentence that made each one, roles, affiliations, links, events, and claims by speaker. */

import { api, type EntityClaim, type EntityDetail, type Link } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { formatDate, humanize, speakerLabel, truncate } from '../format';
import { hrefFor, hrefWith, refHref, type Route } from '../routes';
import { citeButton, claimNotesToggle, gradeBadge, notesPanel, tag } from '../widgets';

export async function render(route: Route, view: HTMLElement): Promise<void> {
  const id = route.id!;
  const [entity, links] = await Promise.all([api.entity(id), api.links({ entity: id }).catch(() => [] as Link[])]);
  replace(view,
    header(entity),
    h('div', { class: 'grid-2-1' },
      h('div', { class: 'column' }, aliases(entity), descriptions(entity), claims(entity), mentions(entity)),
      h('div', { class: 'column' }, linksCard(links), affiliations(entity), events(entity),
        card('Analyst notes', notesPanel(entity.id)))));
}

function header(e: EntityDetail): HTMLElement {
  const geo = e.geo
    ? h('p', { class: 'muted' }, `${[e.geo.province, e.geo.country].filter(Boolean).join(', ')} · ${e.geo.lat.toFixed(3)}, ${e.geo.lon.toFixed(3)} · `,
        routeLink('#/map', 'on the map'))
    : null;
  return h('section', { class: 'card entity-header' },
    h('h1', { id: 'entity-name' }, e.name), tag(e.type, 'type'),
    e.kb ? h('span', { class: 'tag kb', title: 'knowledge-base id' }, e.kb) : null,
    geo,
    h('p', { class: 'muted small' }, routeLink(hrefWith('timeline', { entity: e.id }), 'Timeline of its events'), ' · ', `id ${e.id}`));
}

/** The sentence with the alias itself emphasised, built as text nodes. */
function sentenceWith(sentence: string, words: string): HTMLElement {
  const at = words ? sentence.toLowerCase().indexOf(words.toLowerCase()) : -1;
  if (at < 0) return h('q', null, sentence);
  return h('q', null, sentence.slice(0, at), h('mark', null, sentence.slice(at, at + words.length)), sentence.slice(at + words.length));
}

function aliases(e: EntityDetail): HTMLElement {
  if (!e.aliases.length) return card('Aliases', empty('No aliases.'));
  return card(`Aliases (${e.aliases.length})`,
    h('ul', { class: 'evidence-list', id: 'aliases' },
      ...e.aliases.map((a) =>
        h('li', { class: 'alias' },
          h('div', null, h('strong', { class: 'alias-name' }, a.name), ' ', h('span', { class: 'muted small', title: 'the rule that made it an alias' }, humanize(a.rule))),
          a.sentence ? h('blockquote', { class: 'alias-sentence' }, sentenceWith(a.sentence, a.name)) : null,
          h('div', { class: 'small' }, routeLink(hrefFor('document', a.document), 'in the document'))))));
}

function descriptions(e: EntityDetail): HTMLElement | null {
  if (!e.descriptions.length) return null;
  return card('Roles and descriptions',
    h('ul', { class: 'evidence-list', id: 'descriptions' },
      ...e.descriptions.map((d) =>
        h('li', null, h('strong', null, d.text),
          d.sentence ? h('blockquote', null, sentenceWith(d.sentence, d.text)) : null,
          h('div', { class: 'small' }, routeLink(hrefFor('document', d.document), 'in the document'))))));
}

function affiliations(e: EntityDetail): HTMLElement | null {
  if (!e.affiliations.length) return null;
  return card('Affiliations',
    h('ul', { class: 'plain', id: 'affiliations' },
      ...e.affiliations.map((a) =>
        h('li', null, h('span', { class: 'muted' }, humanize(a.type) + ' '), routeLink(hrefFor('entity', a.target), a.targetName), ' ',
          a.grade ? gradeBadge(a.grade) : null))));
}

function linksCard(links: Link[]): HTMLElement {
  const rows = links.map((l) => {
    return h('li', { class: 'link-row' },
      gradeBadge(l.grade), ' ',
      h('a', { href: hrefFor('link', l.id), class: 'link-open' }, `${l.sourceName} ${humanize(l.type)} ${l.targetName}`),
      h('span', { class: 'muted small' }, ` · ${l.independentOrigins} origin${l.independentOrigins === 1 ? '' : 's'}`));
  });
  return card('Links', rows.length ? h('ul', { class: 'plain', id: 'links' }, ...rows) : empty('No links.'));
}

function events(e: EntityDetail): HTMLElement | null {
  if (!e.events.length) return null;
  return card('Events',
    h('ul', { class: 'plain', id: 'events' },
      ...e.events.map((ev) =>
        h('li', null, tag(ev.type, 'event'), ' ', routeLink(hrefFor('event', ev.id), formatDate(ev.time)), ' ',
          h('span', { class: 'muted' }, `as ${humanize(ev.role)}`), ev.place ? h('span', { class: 'muted' }, ` · ${ev.place}`) : null))));
}

function claims(e: EntityDetail): HTMLElement {
  if (!e.claimsBySpeaker.length) return card('Claims', empty('No claims about it.'));
  return card('Claims, by speaker',
    h('div', { id: 'claims' },
      ...e.claimsBySpeaker.map((group) =>
        h('div', { class: 'speaker-group' },
          h('h3', null, group.speaker ? routeLink(hrefFor('entity', group.speaker), speakerLabel(group)) : speakerLabel(group),
            h('span', { class: 'muted small' }, ` · ${group.claims.length} claim${group.claims.length === 1 ? '' : 's'}`)),
          h('ul', { class: 'claims' }, ...group.claims.map(claimItem))))));
}

/** One claim: what is claimed, how, the quote, its document, and the citation and notes buttons. */
export function claimItem(c: EntityClaim): HTMLElement {
  const who = (id: string | null, name: string | null) => (id && name ? routeLink(refHref(id), name) : name ?? '');
  return h('li', { class: 'claim', 'data-claim': c.id },
    h('div', { class: 'claim-head' }, tag(c.modality, `modality modality-${c.modality.toLowerCase()}`), ' ',
      who(c.subject, c.subjectName), ' ', h('span', { class: 'predicate' }, humanize(c.predicate)), ' ', who(c.object, c.objectName)),
    h('blockquote', null, c.text),
    h('div', { class: 'claim-foot' }, routeLink(hrefFor('document', c.document), truncate(c.documentTitle || 'document', 70)), citeButton(c.id)),
    claimNotesToggle(c.id));
}

function mentions(e: EntityDetail): HTMLElement | null {
  if (!e.mentions.length) return null;
  return h('details', { class: 'card' },
    h('summary', null, mentionsTitle(e)),
    h('ul', { class: 'evidence-list' },
      ...e.mentions.map((m) => h('li', null, h('blockquote', null, sentenceWith(m.sentence || m.text, m.text)),
        routeLink(hrefFor('document', m.document), 'in the document')))));
}

/** "All mentions (12)", or "First 60 of 14,692 mentions" when the page holds only the first. */
function mentionsTitle(e: EntityDetail): string {
  const total = e.totals?.mentions ?? e.mentions.length;
  return total > e.mentions.length
    ? `First ${e.mentions.length} of ${total.toLocaleString('en')} mentions`
    : `All mentions (${e.mentions.length})`;
}
