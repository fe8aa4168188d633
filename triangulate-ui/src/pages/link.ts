/** A link: every claim behind it, grouped by independent origin, with the grade and how it was reached. */

import { api, type LinkDetail, type OriginClaim } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { describeGrade, formatDate, humanize, safeUrl, speakerLabel } from '../format';
import { hrefFor, type Route } from '../routes';
import { citeButton, claimNotesToggle, gradeBadge, notesPanel, tag } from '../widgets';

export async function render(route: Route, view: HTMLElement): Promise<void> {
  const link = await api.link(route.id!);
  replace(view,
    header(link),
    h('div', { class: 'grid-2-1' },
      h('div', { class: 'column' }, origins(link)),
      h('div', { class: 'column' }, gradeCard(link), card('Analyst notes', notesPanel(link.id)))));
}

/** Predicates whose object is an event: that end opens the event page. */
const EVENT_PREDICATES = new Set(['PERPETRATOR_OF', 'CLAIMED', 'ARRESTED', 'TARGETED', 'VICTIM_OF', 'DETAINED_IN', 'OCCURRED']);

function endpoint(id: string, name: string, isEvent = false): HTMLElement {
  return routeLink(hrefFor(isEvent ? 'event' : 'entity', id), name, 'endpoint');
}

function header(l: LinkDetail): HTMLElement {
  const period = l.from || l.to ? `${formatDate(l.from)} – ${formatDate(l.to)}` : 'undated';
  return h('section', { class: 'card link-header' },
    h('h1', { id: 'link-title' }, endpoint(l.source, l.sourceName), h('span', { class: 'predicate' }, ` ${humanize(l.type)} `), endpoint(l.target, l.targetName, EVENT_PREDICATES.has(l.type))),
    h('div', { class: 'stats' },
      stat('Grade', gradeBadge(l.grade)),
      stat('Independent origins', h('span', { id: 'origin-count' }, String(l.independentOrigins))),
      stat('Contradicting origins', String(l.contradictingOrigins)),
      stat('Documents', String(l.documents)),
      stat('Speakers', String(l.speakers)),
      stat('Period', period)));
}

function stat(label: string, value: Node | string): HTMLElement {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-label' }, label), h('div', { class: 'stat-value' }, value));
}

function gradeCard(l: LinkDetail): HTMLElement {
  return card('Why this grade',
    h('p', { class: 'grade-line' }, gradeBadge(l.grade), ' ', describeGrade(l.grade)),
    h('ul', { class: 'explanation', id: 'explanation' }, ...l.explanation.map((line) => h('li', null, line))),
    l.origins.length ? h('p', { class: 'muted small' }, 'Supporting origins: ' + l.origins.join('; ')) : null);
}

function origins(l: LinkDetail): HTMLElement {
  if (!l.byOrigin.length) return card('Claims by origin', empty('No claims recorded.'));
  return card(`Claims by independent origin (${l.byOrigin.length})`,
    h('div', { id: 'origins' },
      ...l.byOrigin.map((o) =>
        h('div', { class: 'origin' },
          h('h3', { class: 'origin-name' }, o.origin),
          h('p', { class: 'muted small origin-why' }, o.why),
          h('ul', { class: 'claims' }, ...o.claims.map(originClaim))))));
}

/** One claim under its origin: speaker, modality, passage, document, date, original, cite. */
export function originClaim(c: OriginClaim): HTMLElement {
  const url = safeUrl(c.url);
  return h('li', { class: 'claim', 'data-claim': c.id },
    h('div', { class: 'claim-head' }, tag(c.modality, `modality modality-${c.modality.toLowerCase()}`), ' ', h('strong', null, speakerLabel(c))),
    h('blockquote', null, c.text),
    h('div', { class: 'claim-foot' },
      routeLink(hrefFor('document', c.document), c.documentTitle || 'document'),
      c.page != null ? h('span', { class: 'muted small page' }, ` · p. ${c.page}`) : null,
      h('span', { class: 'muted small' }, ` · ${formatDate(c.published)}`),
      url ? h('a', { href: url, class: 'small external', rel: 'noopener noreferrer', target: '_blank' }, 'original') : null,
      citeButton(c.id)),
    claimNotesToggle(c.id));
}
