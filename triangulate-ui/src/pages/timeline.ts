/** Events on a timeline (vis-timeline, standalone build), one row per event type; a click shows the event, with links to its page and its report. */

import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { Timeline } from 'vis-timeline/standalone';
import { api, type TimelineEvent } from '../api';
import { card, empty, h, replace, routeLink } from '../dom';
import { humanize } from '../format';
import { hrefFor, type Route } from '../routes';
import { tag } from '../widgets';
import { reportId, timelineItems, timelineWindow, type TimelineItem } from '../timeline-items';

export async function render(route: Route, view: HTMLElement): Promise<(() => void) | void> {
  const entity = route.params.get('entity') ?? undefined;
  const [events, subject] = await Promise.all([
    api.events({ entity }),
    entity ? api.entity(entity).catch(() => null) : Promise.resolve(null),
  ]);
  const { items, undated } = timelineItems(events);
  const title = subject ? `Timeline: events of ${subject.name}` : 'Timeline of events';
  const container = h('div', { class: 'timeline', id: 'timeline' });
  const details = h('div', { class: 'event-details', id: 'event-details' }, h('p', { class: 'muted small' }, 'Select an event to see who took part and the passage that reports it.'));
  const undatedList = undated.length
    ? card(`Undated (${undated.length})`, h('ul', { class: 'plain' }, ...undated.map((e) =>
        h('li', null, routeLink(eventHref(e), humanize(e.type)), e.place ? ` · ${e.place}` : '', ' · ', report(e.document, reportId(e))))))
    : null;
  replace(view, card(title,
    h('p', { class: 'muted small' }, `${items.length} dated event${items.length === 1 ? '' : 's'}. Drag to move, Ctrl+wheel to zoom.`),
    items.length ? container : empty('No dated events.'), items.length ? details : null), undatedList);
  if (!items.length) return;

  // Contents are elements built from text: vis-timeline would parse a string as HTML.
  const groups = [...new Set(items.map((i) => i.group))].sort().map((g) => ({ id: g, content: h('span', null, humanize(g)) }));
  const data = items.map((i) => ({
    id: i.id, group: i.group, start: i.start, end: i.end, type: i.type,
    content: h('span', { class: 'tl-item', 'data-event': i.id, title: i.title }, i.label),
  }));
  const byId = new Map(items.map((i) => [i.id, i]));
  // vis-timeline takes elements as content at run time; its types only say string.
  const timeline = new Timeline(container, data as never, groups as never, {
    stack: true, zoomKey: 'ctrlKey', orientation: 'top', margin: { item: 6 }, maxHeight: 560,
    zoomMin: 7 * 24 * 3600 * 1000, ...timelineWindow(items),
  });
  timeline.on('select', (props: { items: string[] }) => {
    const item = byId.get(String(props.items[0]));
    if (item) replace(details, ...eventDetails(item));
  });
  container.dataset['items'] = String(items.length);
  return () => timeline.destroy();
}

/** The event page: of the event this report was resolved into, when the API says which. */
function eventHref(e: TimelineEvent): string {
  return hrefFor('event', e.group ?? e.id);
}

/** The reporting document: a link when its id is known, else its title. */
function report(title: string | null, id: string | null): Node {
  if (id) return routeLink(hrefFor('document', id), title && title !== id ? title : 'the report');
  return h('span', null, title ?? 'unknown report');
}

function participant(p: string): HTMLElement {
  const space = p.indexOf(' ');
  return space < 0 ? h('li', null, p) : h('li', null, tag(p.slice(0, space)), ' ', p.slice(space + 1));
}

function eventDetails(item: TimelineItem): Node[] {
  const e = item.event;
  const nodes: (Node | null)[] = [
    h('h3', null, humanize(e.type), h('span', { class: 'muted small' }, ` · ${e.time ?? item.start}${e.basis === 'REPORTED' ? ' (date of the report)' : ''}${e.place ? ' · ' + e.place : ''}`)),
    e.participants.length ? h('ul', { class: 'plain' }, ...e.participants.map(participant)) : null,
    e.evidence ? h('blockquote', null, e.evidence) : null,
    h('p', { class: 'small' }, 'Reported in ', report(e.document, item.document)),
    h('p', null, h('a', { href: eventHref(e), id: 'event-open', class: 'button-link' }, 'Open the event')),
  ];
  return nodes.filter((n): n is Node => n !== null);
}
