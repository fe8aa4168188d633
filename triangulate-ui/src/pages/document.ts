/**
 * A document: its original text with mentions, events and claims highlighted; captions and
 * reader comments apart from the body. The text is inserted as text nodes only.
 */

import { api, type DocClaim, type DocumentDetail, type Part } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { formatDate, humanize, safeUrl, speakerLabel } from '../format';
import { documentMarks, segments, type Mark } from '../highlight';
import { hrefFor, refHref, type Route } from '../routes';
import { citeButton, tag } from '../widgets';

export async function render(route: Route, view: HTMLElement): Promise<void> {
  const doc = await api.document(route.id!);
  const marks = documentMarks(doc);
  const parts: Part[] = doc.parts.length ? doc.parts : [{ section: 'body', start: 0, end: doc.text.length, author: null, date: null, page: null }];
  const bySection = (s: Part['section']) => parts.filter((p) => p.section === s);
  const body = h('article', { class: 'doc-text', id: 'doc-body' }, ...bySection('body').map((p) => h('div', { class: 'part' }, ...spans(doc.text, p, marks))));
  const captions = bySection('caption');
  const comments = bySection('comment');
  const text = h('div', { class: 'column highlights show-mention show-event show-claim' },
    legend(),
    card('Text', body),
    captions.length ? card('Captions', h('div', { id: 'doc-captions' }, ...captions.map((p) => h('figure', { class: 'caption doc-text' }, ...spans(doc.text, p, marks))))) : null,
    comments.length ? card('Reader comments (not the article)', h('div', { id: 'doc-comments' }, ...comments.map((p) => comment(doc, p, marks)))) : null);
  replace(view, header(doc), h('div', { class: 'grid-2-1' }, text, h('div', { class: 'column' }, claimsCard(doc), eventsCard(doc))));
}

function header(d: DocumentDetail): HTMLElement {
  const url = safeUrl(d.url);
  const facts = [d.source, d.byline, d.dateline, formatDate(d.published, d.publishedInferred), d.language].filter((x): x is string => !!x);
  return h('section', { class: 'card doc-header' },
    h('h1', { id: 'doc-title' }, d.title || d.file || d.id),
    h('p', { class: 'muted' }, facts.join(' · ')),
    h('p', { class: 'small' },
      url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'external' }, url) : d.url ? h('span', { class: 'muted' }, d.url) : null,
      d.file ? h('span', { class: 'muted' }, ` file ${d.file}`) : null,
      d.copyOf ? h('span', null, ' · near-duplicate of ', routeLink(hrefFor('document', d.copyOf), 'this document')) : null),
    d.resolved ? null : h('p', { class: 'notice', id: 'doc-unresolved' },
      tag('not yet resolved', 'unresolved'), ' A batch saved this document and has not yet resolved it across documents: '
        + 'its entities and events are not yet merged with those of other reports.'));
}

function legend(): HTMLElement {
  const toggles = (['mention', 'event', 'claim'] as const).map((kind) => {
    const box = h('input', { type: 'checkbox' });
    box.checked = true;
    box.addEventListener('change', () => box.closest('.highlights')?.classList.toggle(`show-${kind}`, box.checked));
    return h('label', { class: `legend-item mark ${kind}` }, box, ` ${kind}s`);
  });
  return h('div', { class: 'legend' }, h('span', { class: 'muted small' }, 'Highlight: '), ...toggles);
}

/** The part's text as segments: a mention links to its entity; events and claims are marked. */
function spans(text: string, part: Part, marks: Mark[]): Node[] {
  return segments(part.start, part.end, marks).map((s) => {
    const words = text.slice(s.start, s.end);
    if (!s.marks.length) return document.createTextNode(words);
    const kinds = [...new Set(s.marks.map((m) => m.kind))];
    const mention = s.marks.find((m) => m.kind === 'mention');
    const cls = ['mark', ...kinds].join(' ');
    const el = mention ? routeLink(hrefFor('entity', mention.ref), words, cls) : h('span', { class: cls }, words);
    el.title = s.marks.map((m) => m.label).join('\n');
    const claim = s.marks.find((m) => m.kind === 'claim');
    if (claim) el.dataset['claim'] = claim.ref;
    return el;
  });
}

function comment(d: DocumentDetail, p: Part, marks: Mark[]): HTMLElement {
  return h('div', { class: 'comment' },
    h('div', { class: 'muted small' }, `${p.author || 'reader'}${p.date ? ' · ' + formatDate(p.date) : ''}`),
    h('div', { class: 'doc-text' }, ...spans(d.text, p, marks)));
}

function claimsCard(d: DocumentDetail): HTMLElement {
  if (!d.claims.length) return card('Claims', empty('No claims found.'));
  return card(`Claims (${d.claims.length})`, h('ul', { class: 'claims', id: 'doc-claims' }, ...d.claims.map(claimItem)));
}

function claimItem(c: DocClaim): HTMLElement {
  const who = (id: string | null, name: string | null) => (id && name ? routeLink(refHref(id), name) : name ?? '');
  const show = h('button', { type: 'button', class: 'link-button' }, 'show in text');
  show.addEventListener('click', () => {
    const el = document.querySelector<HTMLElement>(`[data-claim="${CSS.escape(c.id)}"].mark`);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.add('flash');
    window.setTimeout(() => el.classList.remove('flash'), 1600);
  });
  return h('li', { class: 'claim', 'data-claim-id': c.id },
    h('div', { class: 'claim-head' }, tag(c.modality, `modality modality-${c.modality.toLowerCase()}`), ' ',
      c.speaker ? routeLink(hrefFor('entity', c.speaker), speakerLabel(c)) : h('strong', null, speakerLabel(c))),
    h('div', null, who(c.subject, c.subjectName), ' ', h('span', { class: 'predicate' }, humanize(c.predicate)), ' ', who(c.object, c.objectName),
      c.section !== 'body' ? h('span', { class: 'tag' }, c.section) : null),
    h('div', { class: 'claim-foot' }, show, citeButton(c.id)));
}

function eventsCard(d: DocumentDetail): HTMLElement | null {
  if (!d.events.length) return null;
  return card(`Events (${d.events.length})`,
    h('ul', { class: 'plain', id: 'doc-events' }, ...d.events.map((e) => h('li', null, tag(e.type, 'event'), ' ', routeLink(hrefFor('event', e.id), formatDate(e.time))))));
}
